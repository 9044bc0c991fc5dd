/**
 * The comparison report (`cogov compare`), pure: the data read from its outputs
 * (viz/compare-parse.ts) in, page sections out. It opens with its answer (compare-headline.ts),
 * then a forest plot and a table of the key indicators' paired differences, each better, worse or
 * not distinguishable by the indicator's direction (compare-forest.ts), and the parameters that
 * differ (compare-params.ts). Then the curves, outcomes before funding flows: per metric, one chart
 * overlays every scenario's median with its 25–75 % band, and one shows each scenario's paired
 * difference to the baseline (mean over runs) with its 95 % band; a few primary metrics per section
 * are open, the rest under "More charts". Provenance comes last.
 */
import { METRIC_UNITS } from '../sim/model/metrics.js';
import { PALETTE, withAlpha } from './charts.js';
import { emptyNote, isCountUnit, seriesContent } from './figure-notes.js';
import type { CompareData } from './compare-parse.js';
import { escapeHtml as esc } from './escape.js';
import { COMPARE_CSS, differencesTableHtml, forestHtml } from './compare-forest.js';
import { compareHeadline } from './compare-headline.js';
import { parametersHtml } from './compare-params.js';
import {
  axisTitle,
  chartMeta,
  chartOptions,
  type ExperimentPage,
  figureHtml,
  type PageSection,
  settingsHtml,
} from './experiment-page.js';
import { displayUnit, formatNumber, maxAbsOf } from './format.js';
import { metricLabel, t } from './i18n.js';
import { cw } from './words-compare.js';
import type { ChartDataset, ChartSpec, Lang } from './types.js';

const scaledNum = (xs: readonly number[], f: number) => xs.map((v) => v * f);
const colour = (i: number) => PALETTE[i % PALETTE.length];

/** Datasets of a chart with line-and-band groups, and the legend meta that ties each band together. */
interface BandSet {
  datasets: ChartDataset[];
  hidden: number[];
  groups: Record<number, number[]>;
  ranges: Record<number, number>;
}

/**
 * Append one line with its band: the line (`mid`), the lower edge (hidden from the legend) and the
 * upper edge filled down to it; the legend toggles both edges together.
 */
function pushBand(
  set: BandSet,
  b: {
    label: string;
    bandLabel: string;
    mid: number[];
    lo: number[];
    hi: number[];
    colour: string;
    alpha: number;
  },
): void {
  const at = set.datasets.length;
  const edge = {
    borderWidth: 0,
    borderColor: withAlpha(b.colour, 0),
    backgroundColor: withAlpha(b.colour, b.alpha),
  };
  set.datasets.push(
    {
      label: b.label,
      data: b.mid.map(nullIfNaN),
      borderColor: b.colour,
      backgroundColor: b.colour,
      borderWidth: 2,
      fill: false,
    },
    { label: b.label, data: b.lo.map(nullIfNaN), ...edge, fill: false },
    { label: b.bandLabel, data: b.hi.map(nullIfNaN), ...edge, fill: '-1' },
  );
  set.hidden.push(at + 1);
  set.groups[at + 2] = [at + 1, at + 2];
  set.ranges[at + 2] = at + 1;
}

const nullIfNaN = (v: number | null) => (v === null || !Number.isFinite(v) ? null : v);

/**
 * Every scenario's median of `metric` with its 25–75 % band: per scenario i, datasets 3i (median),
 * 3i + 1 (p25, hidden) and 3i + 2 (p75, filled down to p25).
 */
export function overlayChart(lang: Lang, data: CompareData, metric: string, index: number): ChartSpec | null {
  const series = data.scenarios.map((s) => data.curves.get(s)?.get(metric));
  const first = series.find((s) => s !== undefined);
  if (!first) return null;
  const unit = METRIC_UNITS.get(metric) ?? '';
  const d = displayUnit(lang, unit, maxAbsOf(...series.flatMap((s) => (s ? [s.p25, s.p75, s.p50] : []))));
  const set: BandSet = { datasets: [], hidden: [], groups: {}, ranges: {} };
  const empty = first.dates.map(() => Number.NaN);
  data.scenarios.forEach((id, i) => {
    const s = series[i];
    pushBand(set, {
      label: id,
      bandLabel: t(lang, 'scenarioBand50', { scenario: id }),
      mid: scaledNum(s?.p50 ?? empty, d.factor),
      lo: scaledNum(s?.p25 ?? empty, d.factor),
      hi: scaledNum(s?.p75 ?? empty, d.factor),
      colour: colour(i),
      alpha: 0.2,
    });
  });
  const { datasets, hidden, groups, ranges } = set;
  const min = Math.min(0, ...datasets.flatMap((x) => x.data.filter((v): v is number => v !== null)));
  const counts = isCountUnit(unit) ? { ticks: { precision: 0 } } : {};
  const nothing = emptyNote(lang, series.filter((s) => s !== undefined).map(seriesContent));
  return {
    id: `overlay-${index}`,
    ...(nothing ? { empty: nothing } : {}),
    section: 'other',
    title: metricLabel(lang, metric),
    note: t(lang, 'overlayNote'),
    metrics: [metric],
    config: {
      type: 'line',
      data: { labels: [...first.dates], datasets },
      options: chartOptions(lang, {
        y: { title: axisTitle(d.label), ...(min >= 0 ? { min: 0 } : {}), ...counts },
      }),
    },
    meta: chartMeta(lang, d.label, maxAbsOf(...series.flatMap((s) => (s ? [s.p75] : []))) * d.factor, {
      hidden,
      groups,
      ranges,
    }),
  };
}

/**
 * Each scenario's paired difference to the baseline: per scenario after the first (j = 0, 1 …),
 * datasets 3j (mean difference), 3j + 1 (lower 95 % bound, hidden), 3j + 2 (upper, filled down).
 */
export function differenceChart(
  lang: Lang,
  data: CompareData,
  metric: string,
  index: number,
): ChartSpec | null {
  const others = data.scenarios.filter((s) => s !== data.baseline);
  const series = others.map((s) => data.differenceCurves.get(s)?.get(metric));
  const first = series.find((s) => s !== undefined);
  if (!first) return null;
  const unit = METRIC_UNITS.get(metric) ?? '';
  const d = displayUnit(lang, unit, maxAbsOf(...series.flatMap((s) => (s ? [s.lo, s.hi, s.mean] : []))));
  const set: BandSet = { datasets: [], hidden: [], groups: {}, ranges: {} };
  const empty = first.dates.map(() => Number.NaN);
  others.forEach((id, j) => {
    const s = series[j];
    const name = t(lang, 'differenceLabel', { scenario: id, baseline: data.baseline });
    pushBand(set, {
      label: name,
      bandLabel: t(lang, 'differenceBand', { scenario: id }),
      mid: scaledNum(s?.mean ?? empty, d.factor),
      lo: scaledNum(s?.lo ?? empty, d.factor),
      hi: scaledNum(s?.hi ?? empty, d.factor),
      colour: colour(data.scenarios.indexOf(id)),
      alpha: 0.25,
    });
  });
  const { datasets, hidden, groups, ranges } = set;
  return {
    id: `difference-${index}`,
    section: 'other',
    title: t(lang, 'differenceTitle', { metric: metricLabel(lang, metric) }),
    note: t(lang, 'differenceNote'),
    metrics: [metric],
    config: {
      type: 'line',
      data: { labels: [...first.dates], datasets },
      options: chartOptions(lang, { y: { title: axisTitle(d.label) } }),
    },
    meta: chartMeta(lang, d.label, maxAbsOf(...series.flatMap((s) => (s ? [s.lo, s.hi] : []))) * d.factor, {
      hidden,
      groups,
      ranges,
    }),
  };
}

/** The metrics of the comparison, in the baseline's file order. */
export function compareMetrics(data: CompareData): string[] {
  const seen = new Set<string>();
  for (const s of data.scenarios) for (const m of data.curves.get(s)?.keys() ?? []) seen.add(m);
  return [...seen];
}

/** Every chart of the comparison: per metric, the overlay then (with two or more scenarios) the differences. */
export function compareCharts(data: CompareData, lang: Lang): ChartSpec[] {
  return compareMetrics(data).flatMap((m, i) => metricCharts(data, lang, m, i));
}

/** The overlay and (with two or more scenarios) the difference chart of metric number `i`. */
function metricCharts(data: CompareData, lang: Lang, metric: string, i: number): ChartSpec[] {
  const o = overlayChart(lang, data, metric, i);
  const d = data.scenarios.length > 1 ? differenceChart(lang, data, metric, i) : null;
  return [o, d].filter((c): c is ChartSpec => c !== null);
}

/** The chart sections, outcomes before flows. */
export type ChartSection = 'outcomes' | 'participation' | 'resilience' | 'governance' | 'funding' | 'other';

/** Sections in page order. */
export const CHART_SECTIONS: readonly ChartSection[] = [
  'outcomes',
  'participation',
  'resilience',
  'governance',
  'funding',
  'other',
];

/** The metrics whose charts a section shows open; every other metric's charts are under "More charts". */
export const PRIMARY_METRICS: ReadonlySet<string> = new Set([
  'participation.householdsRenovated',
  'participation.elevatorsInstalled',
  'participation.satisfaction',
  'participation.votePassRate',
  'resilience.composite',
  'resilience.fireCompliance',
  'governance.approvalMonths',
  'governance.disputesOpen',
]);

/** The section of a metric: households renovated, elevators and project states first, funding last. */
export function chartSectionOf(metric: string): ChartSection {
  if (metric === 'participation.householdsRenovated' || metric === 'participation.elevatorsInstalled') {
    return 'outcomes';
  }
  if (metric.startsWith('projects.')) return 'outcomes';
  for (const s of ['participation', 'resilience', 'governance', 'funding'] as const) {
    if (metric.startsWith(`${s}.`)) return s;
  }
  return 'other';
}

function sectionTitle(lang: Lang, s: ChartSection): string {
  if (s === 'outcomes') return cw(lang, 'outcomesSection');
  if (s === 'funding') return cw(lang, 'fundingSection');
  return t(lang, s);
}

/**
 * The chart sections of the page, outcomes first, funding flows last: a section's primary metrics
 * (PRIMARY_METRICS) open, the others inside a closed "More charts" block.
 */
export function chartSections(data: CompareData, lang: Lang): PageSection[] {
  const by = new Map<ChartSection, { open: ChartSpec[]; more: ChartSpec[] }>();
  compareMetrics(data).forEach((m, i) => {
    const s = chartSectionOf(m);
    const slot = by.get(s) ?? { open: [], more: [] };
    by.set(s, slot);
    (PRIMARY_METRICS.has(m) ? slot.open : slot.more).push(...metricCharts(data, lang, m, i));
  });
  const grid = (cs: ChartSpec[]) => `<div class="grid">\n${cs.map((c) => figureHtml(c)).join('\n')}\n</div>`;
  return CHART_SECTIONS.flatMap((s) => {
    const slot = by.get(s);
    if (!slot || slot.open.length + slot.more.length === 0) return [];
    const more =
      slot.more.length > 0
        ? `<details class="more-charts"><summary>${esc(cw(lang, 'moreCharts', { n: slot.more.length }))}</summary>${grid(slot.more)}</details>`
        : '';
    return [
      {
        id: `charts-${s}`,
        title: sectionTitle(lang, s),
        html: `${slot.open.length > 0 ? grid(slot.open) : ''}${more}`,
        charts: [...slot.open, ...slot.more],
      },
    ];
  });
}

/** The comparison page's content: headline, answer at a glance, what differs, outcomes, flows, provenance. */
export function comparePage(data: CompareData, lang: Lang): ExperimentPage {
  const runs = data.runs === null ? '?' : formatNumber(lang, data.runs, 0);
  const settings = settingsHtml([
    [t(lang, 'scenarios'), data.scenarios.join(', ')],
    [t(lang, 'baseline'), data.baseline],
    [t(lang, 'runs'), data.runs === null ? '' : runs],
    [t(lang, 'seed'), data.seed === null ? '' : String(data.seed)],
    [t(lang, 'version'), data.version ?? ''],
    [t(lang, 'command'), data.command ?? '', true],
  ]);
  const forest = forestHtml(lang, data);
  const sections: PageSection[] = [];
  if (forest !== '') {
    sections.push({ id: 'forest', title: cw(lang, 'forestTitle'), html: forest, charts: [] });
  }
  sections.push(
    {
      id: 'differences',
      title: cw(lang, 'differencesTitle'),
      html:
        data.indicators.length > 0
          ? differencesTableHtml(lang, data)
          : `<p>${esc(t(lang, 'noIndicators'))}</p>`,
      charts: [],
    },
    { id: 'parameters', title: cw(lang, 'paramsTitle'), html: parametersHtml(lang, data), charts: [] },
  );
  sections[0] = { ...sections[0], html: `<style>${COMPARE_CSS}</style>\n${sections[0].html}` };
  const charts = chartSections(data, lang);
  if (charts.length > 0) {
    charts[0] = {
      ...charts[0],
      html: `<p class="section-note">${esc(cw(lang, 'curvesNote'))}</p>${charts[0].html}`,
    };
  }
  sections.push(
    ...charts,
    {
      id: 'methods',
      title: t(lang, 'methods'),
      html: `<p>${esc(cw(lang, 'methods', { runs }))}</p>`,
      charts: [],
    },
    { id: 'settings', title: t(lang, 'settings'), html: settings, charts: [] },
  );
  return {
    kind: t(lang, 'compareTitle'),
    title: data.scenarios.join(' · '),
    subtitle: t(lang, 'compareSubtitle', { baseline: data.baseline, runs }),
    headline: compareHeadline(data, lang),
    version: data.version,
    sections,
  };
}

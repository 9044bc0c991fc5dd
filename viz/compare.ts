/**
 * The comparison report (`cogov compare`), pure: the data read from its outputs
 * (viz/compare-parse.ts) in, page sections out. Per metric, one chart overlays every scenario's
 * median with its 25–75 % band, and one shows each scenario's paired difference to the baseline
 * (mean over runs) with its 95 % band; a table lists the key indicators' paired differences,
 * marking those not distinguishable from zero.
 */
import { METRIC_UNITS } from '../sim/model/metrics.js';
import { PALETTE, withAlpha } from './charts.js';
import type { CompareData } from './compare-parse.js';
import { escapeHtml as esc } from './escape.js';
import {
  axisTitle,
  chartMeta,
  chartOptions,
  type ExperimentPage,
  figureHtml,
  settingsHtml,
  tableHtml,
} from './experiment-page.js';
import { displayUnit, formatIn, formatNumber, maxAbsOf } from './format.js';
import { indicatorLabel, metricLabel, t } from './i18n.js';
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
  return {
    id: `overlay-${index}`,
    section: 'other',
    title: metricLabel(lang, metric),
    note: t(lang, 'overlayNote'),
    metrics: [metric],
    config: {
      type: 'line',
      data: { labels: [...first.dates], datasets },
      options: chartOptions(lang, { y: { title: axisTitle(d.label), ...(min >= 0 ? { min: 0 } : {}) } }),
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
  const out: ChartSpec[] = [];
  compareMetrics(data).forEach((m, i) => {
    const o = overlayChart(lang, data, m, i);
    if (o) out.push(o);
    const d = data.scenarios.length > 1 ? differenceChart(lang, data, m, i) : null;
    if (d) out.push(d);
  });
  return out;
}

/** Rows of the differences table: indicator, scenario, baseline mean, scenario mean, difference, CI, unit, verdict. */
export function differenceRows(data: CompareData, lang: Lang): string[][] {
  const rows: string[][] = [];
  for (const ind of data.indicators) {
    const base = ind.scenarios.find((s) => s.scenario === data.baseline);
    for (const d of ind.differences) {
      const sc = ind.scenarios.find((s) => s.scenario === d.scenario);
      const u = displayUnit(lang, ind.unit, maxAbsOf([base?.mean ?? 0, sc?.mean ?? 0, d.ci95[0], d.ci95[1]]));
      const f = (v: number) => formatIn(lang, u, v);
      const signed = (v: number) => (Number.isFinite(v) && v > 0 ? `+${f(v)}` : f(v));
      rows.push([
        indicatorLabel(lang, ind.indicator, null),
        d.scenario,
        f(base?.mean ?? Number.NaN),
        f(sc?.mean ?? Number.NaN),
        signed(d.difference),
        `${signed(d.ci95[0])} – ${signed(d.ci95[1])}`,
        u.label,
        t(lang, d.distinguishable ? 'distinguishable' : 'notDistinguishable'),
      ]);
    }
  }
  return rows;
}

/** The comparison page's content. */
export function comparePage(data: CompareData, lang: Lang): ExperimentPage {
  const charts = compareCharts(data, lang);
  const runs = data.runs === null ? '?' : formatNumber(lang, data.runs, 0);
  const settings = settingsHtml([
    [t(lang, 'scenarios'), data.scenarios.join(', ')],
    [t(lang, 'baseline'), data.baseline],
    [t(lang, 'runs'), data.runs === null ? '' : runs],
    [t(lang, 'seed'), data.seed === null ? '' : String(data.seed)],
    [t(lang, 'version'), data.version ?? ''],
    [t(lang, 'command'), data.command ?? '', true],
  ]);
  const head = (
    [
      'indicator',
      'scenario',
      'baselineMean',
      'scenarioMean',
      'difference',
      'ci95Difference',
      'unit',
      'verdict',
    ] as const
  ).map((k) => t(lang, k));
  const rows = differenceRows(data, lang);
  return {
    kind: t(lang, 'compareTitle'),
    title: data.scenarios.join(' · '),
    subtitle: t(lang, 'compareSubtitle', { baseline: data.baseline, runs }),
    headline: null,
    version: data.version,
    sections: [
      { id: 'settings', title: t(lang, 'settings'), html: settings, charts: [] },
      {
        id: 'differences',
        title: t(lang, 'pairedDifferences'),
        html: rows.length > 0 ? tableHtml(head, rows) : `<p>${esc(t(lang, 'noIndicators'))}</p>`,
        charts: [],
      },
      {
        id: 'curves',
        title: t(lang, 'compareCurves'),
        html: `<p class="section-note">${esc(t(lang, 'compareCurvesNote'))}</p><div class="grid">\n${charts.map((c) => figureHtml(c)).join('\n')}\n</div>`,
        charts,
      },
      {
        id: 'methods',
        title: t(lang, 'methods'),
        html: `<p>${esc(t(lang, 'compareMethods', { runs }))}</p>`,
        charts: [],
      },
    ],
  };
}

/**
 * Chart builders: aggregated curves in, chart.js configurations out (plain JSON, no callbacks).
 * - {@link bandChart}: one metric's median over calendar time with its p25–p75 and p05–p95 bands;
 * - {@link stackedAreaChart}: several metrics' means stacked over time (means add up, medians don't);
 * - {@link annualStackedBarChart}: several monthly flows' means summed per calendar year, stacked.
 * Values are scaled to the chart's display unit (万元, million RMB, %) before they go in.
 */
import { displayUnit, digitsFor, maxAbsOf } from './format.js';
import type { MetricName } from '../sim/model/metrics.js';
import { localeOf, metricLabel, t } from './i18n.js';
import { emptyNote, isCountUnit, seriesContent } from './figure-notes.js';
import type { ChartConfig, ChartDataset, ChartMeta, ChartSpec, CurveSeries, Lang } from './types.js';
import { figureWord } from './words-figures.js';

/** Colour-blind-safe palette (Okabe–Ito, then Tableau 10 extras). */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
  '#F0E442',
  '#332288',
  '#8C564B',
  '#7F7F7F',
  '#BCBD22',
  '#17BECF',
  '#9467BD',
  '#2CA02C',
  '#D62728',
  '#1F77B4',
] as const;

/** Fixed colours of series whose meaning suggests one: the pipeline from grey (not started) to green, shocks. */
export const SERIES_COLOURS: Readonly<Record<string, string>> = {
  'projects.unlisted': '#BDBDBD',
  'projects.listed': '#C6DBEF',
  'projects.consultation': '#9ECAE1',
  'projects.vote': '#6BAED6',
  'projects.funding': '#4292C6',
  'projects.approval': '#2171B5',
  'projects.construction': '#E69F00',
  'projects.operation': '#41AB5D',
  'projects.done': '#006D2C',
  'projects.stalled': '#D55E00',
  'resilience.loss.rainstorm': '#0072B2',
  'resilience.loss.fire': '#D55E00',
  'resilience.loss.earthquake': '#8C564B',
} satisfies Partial<Record<MetricName, string>>;

/** Colour of the i-th series of a stack. */
function colourOf(metric: string, i: number): string {
  return SERIES_COLOURS[metric] ?? PALETTE[i % PALETTE.length];
}

/** `#rrggbb` with an alpha as `rgba(...)`. */
export function withAlpha(hex: string, alpha: number): string {
  const v = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(v >> 16) & 255}, ${(v >> 8) & 255}, ${v & 255}, ${alpha})`;
}

/** What a chart shows besides its data. */
export interface ChartHead {
  id: string;
  section: ChartSpec['section'];
  title: string;
  /** Unit of the values (a METRICS unit, e.g. "RMB/month"). */
  unit: string;
}

const scaled = (xs: readonly number[], factor: number): (number | null)[] =>
  xs.map((v) => (Number.isFinite(v) ? v * factor : null));

/** The note standing in for a chart of `series` with nothing to draw, as a spec field (none when there is data). */
function emptyOf(lang: Lang, series: readonly CurveSeries[]): Pick<ChartSpec, 'empty'> {
  const note = emptyNote(lang, series.map(seriesContent));
  return note === undefined ? {} : { empty: note };
}

/** Smallest finite value of the datasets (0 when none). */
function minOf(datasets: readonly ChartDataset[]): number {
  let m = 0;
  for (const d of datasets) for (const v of d.data) if (v !== null && v < m) m = v;
  return m;
}

function baseOptions(
  lang: Lang,
  unit: string,
  unitLabel: string,
  stacked: boolean,
  datasets: readonly ChartDataset[],
): Record<string, unknown> {
  // Non-negative quantities start at zero (and an all-zero curve does not get a -1..1 axis).
  const y: Record<string, unknown> = { stacked, title: { display: unitLabel !== '', text: unitLabel } };
  if (minOf(datasets) >= 0) y['min'] = 0;
  // Households, communities, elevators, disputes, projects: no tick at 2.5 households.
  if (isCountUnit(unit)) y['ticks'] = { precision: 0 };
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    locale: localeOf(lang),
    interaction: { mode: 'index', intersect: false },
    elements: { point: { radius: 0, hitRadius: 6, hoverRadius: 3 }, line: { tension: 0 } },
    scales: {
      x: { stacked, grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 8 } },
      y,
    },
    plugins: {
      legend: { position: 'bottom', labels: { boxWidth: 12, boxHeight: 12 } },
      title: { display: false, text: '' },
    },
  };
}

function meta(lang: Lang, unitLabel: string, maxScaled: number, extra: Partial<ChartMeta>): ChartMeta {
  return {
    locale: localeOf(lang),
    unit: unitLabel,
    digits: Math.min(3, digitsFor(maxScaled) + 1),
    hidden: [],
    groups: {},
    ranges: {},
    total: false,
    totalLabel: t(lang, 'total'),
    yearTicks: t(lang, 'yearLabel'),
    ...extra,
  };
}

/**
 * The median of a metric with its bands. Datasets: 0 median; 1 p25 and 2 p75 (filled to 1);
 * 3 p05 and 4 p95 (filled to 3). Lower bounds are hidden from legend and tooltip; each band's
 * legend entry toggles both its bounds; the tooltip shows a band as "lower – upper".
 */
export function bandChart(lang: Lang, head: ChartHead, s: CurveSeries, color: string): ChartSpec {
  const d = displayUnit(lang, head.unit, maxAbsOf(s.p05, s.p95, s.p50));
  const bound = (
    label: string,
    data: readonly number[],
    fill: string | false,
    alpha: number,
  ): ChartDataset => ({
    label,
    data: scaled(data, d.factor),
    borderWidth: 0,
    borderColor: withAlpha(color, 0),
    backgroundColor: withAlpha(color, alpha),
    pointRadius: 0,
    fill,
  });
  const datasets: ChartDataset[] = [
    {
      label: t(lang, 'median50'),
      data: scaled(s.p50, d.factor),
      borderColor: color,
      backgroundColor: color,
      borderWidth: 2,
      pointRadius: 0,
      fill: false,
    },
    bound(t(lang, 'band50'), s.p25, false, 0.35),
    bound(t(lang, 'band50'), s.p75, '-1', 0.35),
    bound(t(lang, 'band90'), s.p05, false, 0.15),
    bound(t(lang, 'band90'), s.p95, '-1', 0.15),
  ];
  const config: ChartConfig = {
    type: 'line',
    data: { labels: [...s.dates], datasets },
    options: baseOptions(lang, head.unit, d.label, false, datasets),
  };
  return {
    id: head.id,
    section: head.section,
    title: head.title,
    note: t(lang, 'bandNote'),
    ...emptyOf(lang, [s]),
    metrics: [s.metric],
    config,
    meta: meta(lang, d.label, maxAbsOf(s.p95, s.p05) * d.factor, {
      hidden: [1, 3],
      groups: { 2: [1, 2], 4: [3, 4] },
      ranges: { 2: 1, 4: 3 },
    }),
  };
}

/**
 * Element-wise sum of several series' values over the series defined there; NaN where none is (an
 * undefined value is not 0).
 */
export function sumSeries(values: readonly (readonly number[])[]): number[] {
  const n = values[0]?.length ?? 0;
  const out = new Array<number>(n).fill(Number.NaN);
  for (const v of values) {
    for (let i = 0; i < n; i++) {
      if (Number.isFinite(v[i])) out[i] = Number.isFinite(out[i]) ? out[i] + v[i] : v[i];
    }
  }
  return out;
}

/**
 * Sum of `xs` at `ticks` over the defined ones: NaN when none is defined (a gap, not 0); `partial`
 * when some are defined and some not.
 */
export function sumDefined(
  xs: readonly number[],
  ticks: readonly number[],
): { sum: number; partial: boolean } {
  let sum = 0;
  let defined = 0;
  for (const i of ticks) {
    if (Number.isFinite(xs[i])) {
      sum += xs[i];
      defined++;
    }
  }
  if (defined === 0) return { sum: Number.NaN, partial: false };
  return { sum, partial: defined < ticks.length };
}

/** Means of several metrics stacked over time (areas), first metric at the bottom. */
export function stackedAreaChart(lang: Lang, head: ChartHead, series: readonly CurveSeries[]): ChartSpec {
  const d = displayUnit(lang, head.unit, maxAbsOf(sumSeries(series.map((s) => s.mean))));
  const datasets: ChartDataset[] = series.map((s, i) => ({
    label: metricLabel(lang, s.metric),
    data: scaled(s.mean, d.factor),
    borderColor: colourOf(s.metric, i),
    backgroundColor: withAlpha(colourOf(s.metric, i), 0.75),
    borderWidth: 1,
    pointRadius: 0,
    fill: i === 0 ? 'origin' : '-1',
  }));
  const max = maxAbsOf(sumSeries(series.map((s) => s.mean))) * d.factor;
  return {
    id: head.id,
    section: head.section,
    title: head.title,
    note: t(lang, 'stackNote'),
    ...emptyOf(lang, series),
    metrics: series.map((s) => s.metric),
    config: {
      type: 'line',
      data: { labels: [...(series[0]?.dates ?? [])], datasets },
      options: baseOptions(lang, head.unit, d.label, true, datasets),
    },
    meta: meta(lang, d.label, max, { total: true }),
  };
}

/** Calendar years of "YYYY-MM" dates, in order, with the ticks of each. */
export function yearsOf(dates: readonly string[]): { year: string; ticks: number[] }[] {
  const out: { year: string; ticks: number[] }[] = [];
  dates.forEach((date, i) => {
    const year = date.slice(0, 4);
    if (out.length === 0 || out[out.length - 1].year !== year) out.push({ year, ticks: [] });
    out[out.length - 1].ticks.push(i);
  });
  return out;
}

/**
 * Monthly flows (RMB/month) summed per calendar year from their means across runs, stacked bars;
 * series that are zero throughout are left out.
 */
export function annualStackedBarChart(
  lang: Lang,
  head: ChartHead,
  series: readonly CurveSeries[],
): ChartSpec {
  const years = yearsOf(series[0]?.dates ?? []);
  const annual = series
    .map((s) => {
      const sums = years.map((y) => sumDefined(s.mean, y.ticks));
      return { metric: s.metric, sums: sums.map((x) => x.sum), partial: sums.map((x) => x.partial) };
    })
    .filter((a) => a.sums.some((v) => Number.isFinite(v) && v !== 0));
  const partialYears = years.filter((_, k) => annual.some((a) => a.partial[k])).map((y) => y.year);
  const note =
    partialYears.length === 0
      ? t(lang, 'annualNote')
      : `${t(lang, 'annualNote')} ${figureWord(lang, 'partialYears', { years: partialYears.join(lang === 'zh' ? '、' : ', ') })}`;
  const d = displayUnit(lang, head.unit, maxAbsOf(sumSeries(annual.map((a) => a.sums))));
  const colours = new Map(series.map((s, i) => [s.metric, colourOf(s.metric, i)]));
  const datasets: ChartDataset[] = annual.map((a) => ({
    label: metricLabel(lang, a.metric),
    data: scaled(a.sums, d.factor),
    backgroundColor: colours.get(a.metric)!,
    borderWidth: 0,
  }));
  return {
    id: head.id,
    section: head.section,
    title: head.title,
    note,
    ...emptyOf(lang, series),
    metrics: series.map((s) => s.metric),
    config: {
      type: 'bar',
      data: { labels: years.map((y) => t(lang, 'yearLabel', { year: y.year })), datasets },
      options: baseOptions(lang, head.unit, d.label, true, datasets),
    },
    meta: meta(lang, d.label, maxAbsOf(sumSeries(annual.map((a) => a.sums))) * d.factor, {
      total: true,
      yearTicks: null,
    }),
  };
}

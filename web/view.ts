/**
 * The explorer's results view: the summary, a band chart per metric (with the baseline's median
 * when one is kept) and the key-indicator table, drawn from the page's state. Browser only.
 */
import { Chart, type ChartConfiguration } from 'chart.js';
import type { Scenario } from '../scenarios/schema.js';
import { monthsBetween, tickLabel } from '../sim/kernel/calendar.js';
import { METRIC_UNITS, type MetricName } from '../sim/model/metrics.js';
import { bandChart, PALETTE } from '../viz/charts.js';
import { escapeHtml } from '../viz/escape.js';
import { displayUnit, maxAbsOf } from '../viz/format.js';
import { headlineHtml } from '../viz/headline.js';
import { metricLabel } from '../viz/i18n.js';
import { cogovHydrate } from '../viz/runtime.js';
import type { ChartMeta, ChartSpec, CurveSeries, Lang } from '../viz/types.js';
import type { WebRun } from './aggregate.js';
import { indicatorRows } from './indicator-rows.js';
import type { LeverValues } from './levers.js';
import { summaryHeadline } from './summary.js';
import { w } from './words.js';

/** The ensemble whose results are on screen: its scenario, size, calendar and levers. */
export interface EnsembleOf {
  scenarioId: string;
  total: number;
  calendar: { start: string; end: string; keyYear: number };
  levers: LeverValues;
}

/** A finished ensemble kept as the baseline. */
export interface Baseline {
  scenarioId: string;
  total: number;
  curves: Map<string, CurveSeries>;
  runs: WebRun[];
}

/** What the view draws from. */
export interface ResultsView {
  lang: Lang;
  /** The loaded scenario (its calendar frames the empty charts before any run). */
  base: Scenario | null;
  /** The ensemble the runs and curves are of (null before the first run). */
  ensemble: EnsembleOf | null;
  runs: WebRun[];
  curves: Map<string, CurveSeries>;
  baseline: Baseline | null;
}

/** The charts drawn so far, by metric (kept between renders; tests read their data). */
export const charts = new Map<string, Chart>();

const hydrate = (config: ChartSpec['config'], meta: ChartMeta) =>
  cogovHydrate(config, meta) as unknown as { data: Chart['data']; options: Chart['options'] };

/** Metrics drawn as band charts, in page order. */
export const CHART_METRICS: readonly MetricName[] = [
  'participation.householdsRenovated',
  'participation.elevatorsInstalled',
  'funding.committedPrivate',
  'funding.cityFundBalance',
  'participation.satisfaction',
  'participation.trust',
  'resilience.composite',
  'governance.disputesOpen',
];

/**
 * Empty curves over the loaded scenario's months, so the chart frames (and chart.js itself) are set
 * up when the page loads rather than on the first results of an ensemble.
 */
function placeholderCurves(v: ResultsView): Map<string, CurveSeries> {
  const out = new Map<string, CurveSeries>();
  if (!v.base) return out;
  const { start, end } = v.base.calendar;
  const dates = Array.from({ length: monthsBetween(start, end) + 1 }, (_, t) => tickLabel(start, t));
  const none = dates.map(() => Number.NaN);
  for (const metric of CHART_METRICS) {
    out.set(metric, {
      metric,
      dates,
      n: dates.map(() => 0),
      mean: none,
      sd: none,
      p05: none,
      p25: none,
      p50: none,
      p75: none,
      p95: none,
    });
  }
  return out;
}

/** Draw (or update) the band chart of every metric of {@link CHART_METRICS} into `box`. */
export function renderCharts(box: HTMLElement, v: ResultsView): void {
  const curves = v.curves.size > 0 ? v.curves : placeholderCurves(v);
  CHART_METRICS.forEach((metric, i) => {
    const s = curves.get(metric);
    if (!s) return;
    const unit = METRIC_UNITS.get(metric) ?? '';
    const head = {
      id: metric.replace(/[^A-Za-z0-9.-]/g, '-'),
      section: 'other' as const,
      title: metricLabel(v.lang, metric),
      unit,
    };
    const spec = bandChart(v.lang, head, s, PALETTE[i % 6]);
    const base = v.baseline?.curves.get(metric);
    if (base) {
      const d = displayUnit(v.lang, unit, maxAbsOf(s.p05, s.p95, s.p50));
      spec.config.data.datasets.push({
        label: w(v.lang, 'baseline'),
        data: base.p50.map((v) => (Number.isFinite(v) ? v * d.factor : null)),
        borderColor: '#333',
        backgroundColor: '#333',
        borderDash: [5, 4],
        borderWidth: 1.5,
        pointRadius: 0,
        fill: false,
      });
      const y = (spec.config.options['scales'] as { y: Record<string, unknown> }).y;
      if (base.p50.some((v) => v < 0)) delete y['min'];
    }
    const config = hydrate(spec.config, spec.meta);
    let chart = charts.get(metric);
    if (!chart) {
      const card = document.createElement('div');
      card.className = 'chart';
      const h = document.createElement('h3');
      const holder = document.createElement('div');
      holder.className = 'box';
      const canvas = document.createElement('canvas');
      canvas.id = `chart-${head.id}`;
      holder.append(canvas);
      card.append(h, holder);
      box.append(card);
      chart = new Chart(canvas, config as unknown as ChartConfiguration);
      charts.set(metric, chart);
    } else {
      chart.data = config.data;
      chart.options = config.options;
      chart.update('none');
    }
    const title = chart.canvas.parentElement?.previousElementSibling;
    if (title) title.textContent = spec.title;
  });
}

/**
 * The key indicators as rows of `table`: indicator, unit (once per row), runs with a value, median,
 * 5–95 % of runs and the baseline's median when one is kept.
 */
export function renderTable(table: HTMLElement, v: ResultsView): void {
  const L = v.lang;
  const rows = indicatorRows(L, v.runs, v.baseline?.runs ?? null, v.ensemble?.calendar.keyYear ?? null);
  const th = (key: string) => `<th>${escapeHtml(w(L, key))}</th>`;
  const head =
    `<tr>${th('indicator')}${th('unit')}<th title="${escapeHtml(w(L, 'nDefinedTitle'))}">${escapeHtml(w(L, 'nDefined'))}</th>` +
    `${th('median')}${th('range90')}${v.baseline ? th('baseline') : ''}</tr>`;
  const body = rows.map((r) => {
    const td = (s: string | number) => `<td>${escapeHtml(String(s))}</td>`;
    return `<tr data-indicator="${r.name}">${td(r.label)}${td(r.unit)}${td(r.n)}${td(r.median)}${td(r.range90)}${v.baseline ? td(r.baseline) : ''}</tr>`;
  });
  table.innerHTML = [head, ...body].join('');
}

/** The summary above the results (empty before any run has finished). */
export function renderSummary(box: HTMLElement, v: ResultsView): void {
  const h = v.ensemble ? summaryHeadline(v.lang, { ...v.ensemble, runs: v.runs }) : null;
  box.innerHTML = h ? headlineHtml(h) : '';
}

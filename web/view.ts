/**
 * The explorer's results view: a band chart per metric (with the baseline's median when one is
 * kept) and the key-indicator table, drawn from the page's state. Browser only.
 */
import { Chart, type ChartConfiguration } from 'chart.js';
import type { Scenario } from '../scenarios/schema.js';
import { monthsBetween, tickLabel } from '../sim/kernel/calendar.js';
import { percentile } from '../sim/kernel/stats.js';
import { KEY_INDICATORS, METRIC_UNITS, type MetricName } from '../sim/model/metrics.js';
import { bandChart, PALETTE } from '../viz/charts.js';
import { escapeHtml } from '../viz/escape.js';
import { displayUnit, formatValue, maxAbsOf } from '../viz/format.js';
import { indicatorLabel, metricLabel } from '../viz/i18n.js';
import { cogovHydrate } from '../viz/runtime.js';
import type { ChartMeta, ChartSpec, CurveSeries, Lang } from '../viz/types.js';
import type { WebRun } from './aggregate.js';
import { w } from './words.js';

/** What the view draws from. */
export interface ResultsView {
  lang: Lang;
  base: Scenario | null;
  runs: WebRun[];
  curves: Map<string, CurveSeries>;
  baseline: { label: string; curves: Map<string, CurveSeries>; runs: WebRun[] } | null;
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

/** Type-7 quantile of the finite values of `xs` (NaN when there are none). */
function quantile(xs: number[], q: number): number {
  return percentile(xs.filter(Number.isFinite), q);
}

/** The key indicators' median and 90 % range (and the baseline's median) as the rows of `table`. */
export function renderTable(table: HTMLElement, v: ResultsView): void {
  const L = v.lang;
  const keyYear = v.base?.calendar.keyYear ?? null;
  const rows = [
    `<tr><th>${w(L, 'indicator')}</th><th>${w(L, 'median')}</th><th>${w(L, 'range90')}</th>${v.baseline ? `<th>${w(L, 'baseline')}</th>` : ''}</tr>`,
  ];
  for (const k of KEY_INDICATORS) {
    const xs = v.runs.map((r) => r.indicators[k.name]);
    const fmt = (v: number) => escapeHtml(formatValue(L, k.unit, v));
    let row = `<tr><td>${escapeHtml(indicatorLabel(L, k.name, keyYear))}</td><td>${fmt(quantile(xs, 0.5))}</td><td>${fmt(quantile(xs, 0.05))} – ${fmt(quantile(xs, 0.95))}</td>`;
    if (v.baseline)
      row += `<td>${fmt(
        quantile(
          v.baseline.runs.map((r) => r.indicators[k.name]),
          0.5,
        ),
      )}</td>`;
    rows.push(`${row}</tr>`);
  }
  table.innerHTML = rows.join('');
}

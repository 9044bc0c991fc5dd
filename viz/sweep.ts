/**
 * The sweep report (`cogov sweep`), pure: points.csv and manifest.json in (read by sweep-data.ts),
 * page sections out. The page opens with the experiment's name, question and headline, then ranks
 * the design points (sweep-ranking.ts) and, per indicator the experiment lists, shows two-factor
 * interaction heatmaps (sweep-heatmap.ts) and one scatter per factor: every run (design point ×
 * replicate) as a dot at its factor value, with the mean over the runs at each value as a line when
 * values repeat (grids, replicates). Categorical factors (lists of words or booleans) get a category
 * axis.
 */
import { isCountUnit } from './figure-notes.js';
import { PALETTE, withAlpha } from './charts.js';
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
import { displayUnit, formatNumber, maxAbsOf } from './format.js';
import { indicatorLabel, t } from './i18n.js';
import { asNumber, type SweepData } from './sweep-data.js';
import { heatmapPlan, indicatorHeatmaps } from './sweep-heatmap.js';
import { sweepHeadline } from './sweep-headline.js';
import { summarisePoints } from './sweep-points.js';
import { rankingHtml } from './sweep-ranking.js';
import type { ChartDataset, ChartSpec, Lang } from './types.js';
import { sw } from './words-sweep.js';

export { parseSweep, type SweepData, type SweepFactor, type SweepTexts } from './sweep-data.js';

/**
 * Indicator `k` against factor `f`: dataset 0 holds every run as a point ({x, y}); dataset 1, when
 * some factor value occurs more than once, the mean over the runs at each value.
 */
export function sweepChart(lang: Lang, data: SweepData, k: number, f: number): ChartSpec {
  const ind = data.indicators[k];
  const factor = data.factors[f];
  const numeric = data.rows.every((r) => asNumber(r.values[f]) !== null);
  const ys = data.rows.map((r) => r.indicators[k]);
  const d = displayUnit(lang, ind.unit, maxAbsOf(ys));
  const y = (v: number) => (Number.isFinite(v) ? v * d.factor : null);
  const colour = PALETTE[f % PALETTE.length];
  const points = data.rows.map((r) => ({
    x: numeric ? asNumber(r.values[f])! : r.values[f],
    y: y(r.indicators[k]),
  }));
  // Mean per distinct factor value, in axis order.
  const groups = new Map<string, { x: number | string; sum: number; n: number }>();
  data.rows.forEach((r, i) => {
    const g = groups.get(r.values[f]) ?? { x: points[i].x, sum: 0, n: 0 };
    if (Number.isFinite(r.indicators[k])) {
      g.sum += r.indicators[k];
      g.n++;
    }
    groups.set(r.values[f], g);
  });
  const order = [...groups.values()];
  if (numeric) order.sort((a, b) => (a.x as number) - (b.x as number));
  const datasets: ChartDataset[] = [
    {
      label: t(lang, 'sweepRuns'),
      data: points as unknown as (number | null)[],
      showLine: false,
      pointRadius: 3,
      pointHoverRadius: 4,
      borderColor: colour,
      backgroundColor: withAlpha(colour, 0.45),
      pointBackgroundColor: withAlpha(colour, 0.45),
      pointBorderWidth: 0,
    },
  ];
  if (order.length < data.rows.length) {
    datasets.push({
      label: t(lang, 'sweepMean'),
      data: order.map((g) => ({ x: g.x, y: g.n > 0 ? (g.sum / g.n) * d.factor : null })) as unknown as (
        | number
        | null
      )[],
      borderColor: '#333333',
      backgroundColor: '#333333',
      borderWidth: 2,
      pointRadius: 3,
      showLine: true,
      fill: false,
    });
  }
  const labels = numeric ? [] : order.map((g) => String(g.x));
  const min = Math.min(0, ...ys.filter(Number.isFinite).map((v) => v * d.factor));
  return {
    id: `sweep-${k}-${f}`,
    section: 'other',
    title: t(lang, 'sweepTitleChart', {
      indicator: indicatorLabel(lang, ind.name, data.calendar?.keyYear ?? null),
      factor: factor.name,
    }),
    note: '',
    metrics: [ind.name],
    config: {
      type: 'line',
      data: { labels, datasets },
      options: chartOptions(
        lang,
        {
          x: { type: numeric ? 'linear' : 'category', title: axisTitle(factor.name) },
          y: {
            title: axisTitle(d.label),
            ...(min >= 0 ? { min: 0 } : {}),
            ...(isCountUnit(ind.unit) ? { ticks: { precision: 0 } } : {}),
          },
        },
        'nearest',
      ),
    },
    meta: chartMeta(lang, d.label, maxAbsOf(ys) * d.factor),
  };
}

/** One scatter per key indicator × factor, indicator-major. */
export function sweepCharts(data: SweepData, lang: Lang): ChartSpec[] {
  return data.indicators.flatMap((_, k) => data.factors.map((_, f) => sweepChart(lang, data, k, f)));
}

/** The file name of a path (the title when the experiment has no name). */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * The sweep page's content: titled by the experiment's name and question, the headline; the design
 * points ranked; per indicator of the experiment its two-factor heatmaps and one-factor scatters;
 * the factors, how to read, and the settings and provenance last.
 */
export function sweepPage(data: SweepData, lang: Lang): ExperimentPage {
  const charts = sweepCharts(data, lang);
  const points = summarisePoints(data);
  const plan = heatmapPlan(
    lang,
    data,
    points.map((p) => p.values),
  );
  const n = (v: number | null) => (v === null ? '' : formatNumber(lang, v, 0));
  const factorRows = data.factors.map((f, fi) => {
    const vals = data.rows.map((r) => r.values[fi]);
    const nums = vals.map(asNumber).filter((v): v is number => v !== null);
    const range =
      nums.length === vals.length && nums.length > 0
        ? `${formatNumber(lang, Math.min(...nums), 3)} – ${formatNumber(lang, Math.max(...nums), 3)}`
        : [...new Set(vals)].join(', ');
    return [f.name, f.path ?? '', range, formatNumber(lang, new Set(vals).size, 0)];
  });
  const perIndicator = data.indicators.map((ind, k) => {
    const cs = charts.slice(k * data.factors.length, (k + 1) * data.factors.length);
    return {
      id: `indicator-${k}`,
      title: indicatorLabel(lang, ind.name, data.calendar?.keyYear ?? null),
      html: `${indicatorHeatmaps(lang, data, k, plan)}\n<div class="grid">\n${cs.map((c) => figureHtml(c)).join('\n')}\n</div>`,
      charts: cs,
    };
  });
  const runs = n(data.runs ?? data.rows.length);
  const fallbackTitle = data.experimentFile === null ? t(lang, 'sweepTitle') : baseName(data.experimentFile);
  return {
    kind: t(lang, 'sweepTitle'),
    title: data.name?.[lang] ?? fallbackTitle,
    subtitle:
      data.description?.[lang] ??
      t(lang, 'sweepSubtitle', { runs, factors: formatNumber(lang, data.factors.length, 0) }),
    headline: sweepHeadline(lang, data, points),
    version: data.version,
    sections: [
      {
        id: 'ranking',
        title: sw(lang, 'rankingTitle'),
        html: rankingHtml(lang, data, points),
        charts: [],
      },
      ...perIndicator,
      {
        id: 'factors',
        title: t(lang, 'factors'),
        html: tableHtml(
          [t(lang, 'factor'), t(lang, 'factorPath'), t(lang, 'factorValues'), t(lang, 'distinctValues')],
          factorRows,
        ),
        charts: [],
      },
      {
        id: 'methods',
        title: t(lang, 'methods'),
        html: `<p>${esc(sw(lang, 'methods'))}</p>\n<p>${esc(t(lang, 'sweepMethods'))}</p>`,
        charts: [],
      },
      {
        id: 'settings',
        title: t(lang, 'settings'),
        html: settingsHtml([
          [t(lang, 'experimentFile'), data.experimentFile ?? '', true],
          [t(lang, 'scenarioFile'), data.scenarioFile ?? '', true],
          [t(lang, 'designType'), data.design ?? ''],
          [t(lang, 'designPoints'), n(data.designPoints)],
          [t(lang, 'replicates'), n(data.replicates)],
          [t(lang, 'runs'), runs],
          [t(lang, 'seed'), data.seed === null ? '' : String(data.seed)],
          [t(lang, 'version'), data.version ?? ''],
          [t(lang, 'command'), data.command ?? '', true],
        ]),
        charts: [],
      },
    ],
  };
}

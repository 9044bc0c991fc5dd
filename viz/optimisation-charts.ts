/**
 * The optimisation report's charts, pure (chart.js configurations as JSON, drawn by the page script):
 * - {@link paretoScatters}: every pair of objectives, each candidate a dot at its aggregates, the
 *   non-dominated mixes coloured over the other feasible ones (faint) and the infeasible (grey);
 * - {@link parallelChart}: the non-dominated mixes across the levers and objectives, each axis scaled
 *   from the lowest to the highest value among all candidates;
 * - {@link convergenceChart}: hypervolume and front size per generation against the runs spent.
 * Values are scaled to each axis's display unit (万元, million RMB, %) before they go in.
 */
import { PALETTE, withAlpha } from './charts.js';
import { axisTitle, chartMeta, chartOptions } from './experiment-page.js';
import { isCountUnit } from './figure-notes.js';
import { displayUnit, formatNumber, maxAbsOf } from './format.js';
import { frontOf, labelOf, leverValueText } from './optimisation-text.js';
import type { OptimisationData } from './optimisation-types.js';
import { asNumber } from './sweep-data.js';
import type { ChartDataset, ChartSpec, Lang } from './types.js';
import { ow } from './words-optimisation.js';

const GREY = '#9E9E9E';
const FRONT = PALETTE[3];
const FEASIBLE = PALETTE[0];

type Point = { x: number | null; y: number | null };
const asData = (ps: Point[]) => ps as unknown as (number | null)[];

/** Objective `j` against objective `i` (x): infeasible, feasible dominated and front as three datasets. */
function scatter(lang: Lang, data: OptimisationData, i: number, j: number): ChartSpec {
  const oi = data.objectives[i];
  const oj = data.objectives[j];
  const xs = data.candidates.map((c) => c.objectives[i].value);
  const ys = data.candidates.map((c) => c.objectives[j].value);
  const dx = displayUnit(lang, oi.unit, maxAbsOf(xs));
  const dy = displayUnit(lang, oj.unit, maxAbsOf(ys));
  const at = (k: number): Point | null =>
    Number.isFinite(xs[k]) && Number.isFinite(ys[k]) ? { x: xs[k] * dx.factor, y: ys[k] * dy.factor } : null;
  const group = (keep: (k: number) => boolean) =>
    data.candidates.flatMap((_, k) => {
      const p = keep(k) ? at(k) : null;
      return p === null ? [] : [p];
    });
  const cs = data.candidates;
  const dot = (
    label: string,
    points: Point[],
    colour: string,
    alpha: number,
    radius: number,
  ): ChartDataset => ({
    label,
    data: asData(points),
    showLine: false,
    pointRadius: radius,
    pointHoverRadius: radius + 1,
    borderColor: colour,
    backgroundColor: withAlpha(colour, alpha),
    pointBackgroundColor: withAlpha(colour, alpha),
    pointBorderWidth: 0,
  });
  const datasets = [
    dot(
      ow(lang, 'seriesInfeasible'),
      group((k) => !cs[k].feasible),
      GREY,
      0.35,
      2.5,
    ),
    dot(
      ow(lang, 'seriesFeasible'),
      group((k) => cs[k].feasible && !cs[k].front),
      FEASIBLE,
      0.3,
      3,
    ),
    dot(
      ow(lang, 'seriesFront'),
      group((k) => cs[k].feasible && cs[k].front),
      FRONT,
      0.95,
      5,
    ),
  ];
  const xLabel = `${labelOf(lang, data, oi.indicator)} (${dx.label || '—'})`;
  const yLabel = `${labelOf(lang, data, oj.indicator)} (${dy.label || '—'})`;
  const empty = datasets.every((d) => d.data.length === 0) ? ow(lang, 'valueUndefined') : undefined;
  return {
    id: `pareto-${i}-${j}`,
    section: 'other',
    title: ow(lang, 'scatterTitle', {
      x: labelOf(lang, data, oi.indicator),
      y: labelOf(lang, data, oj.indicator),
    }),
    note: ow(lang, 'scatterNote'),
    ...(empty ? { empty } : {}),
    metrics: [oi.indicator, oj.indicator],
    config: {
      type: 'line',
      data: { labels: [], datasets },
      options: chartOptions(
        lang,
        {
          x: {
            type: 'linear',
            title: axisTitle(xLabel),
            ...(isCountUnit(oi.unit) ? { ticks: { precision: 0, maxTicksLimit: 8 } } : {}),
          },
          y: { title: axisTitle(yLabel), ...(isCountUnit(oj.unit) ? { ticks: { precision: 0 } } : {}) },
        },
        'nearest',
      ),
    },
    meta: chartMeta(lang, dy.label, maxAbsOf(ys) * dy.factor),
  };
}

/** The Pareto scatter matrix: one chart per pair of objectives (none with a single objective). */
export function paretoScatters(lang: Lang, data: OptimisationData): ChartSpec[] {
  const out: ChartSpec[] = [];
  for (let i = 0; i < data.objectives.length; i++)
    for (let j = i + 1; j < data.objectives.length; j++) out.push(scatter(lang, data, i, j));
  return out;
}

/** One axis of the parallel coordinates: its label, how a candidate maps to 0..1, its range in words. */
interface Axis {
  label: string;
  pos: (k: number) => number | null;
  range: string;
}

/** The axes: every lever, then every objective. */
function axes(lang: Lang, data: OptimisationData): Axis[] {
  const cs = data.candidates;
  const scaled = (vals: number[], label: string, fmt: (v: number) => string): Axis => {
    const finite = vals.filter(Number.isFinite);
    const lo = finite.length > 0 ? Math.min(...finite) : Number.NaN;
    const hi = finite.length > 0 ? Math.max(...finite) : Number.NaN;
    return {
      label,
      pos: (k) => (Number.isFinite(vals[k]) ? (hi > lo ? (vals[k] - lo) / (hi - lo) : 0.5) : null),
      range: `${label} ${fmt(lo)} – ${fmt(hi)}`,
    };
  };
  const leverAxes = data.levers.map((l, li) => {
    const raw = cs.map((c) => c.levers[li] ?? '');
    const nums = raw.map(asNumber);
    if (nums.every((v) => v !== null))
      return scaled(nums as number[], l.name, (v) => leverValueText(lang, String(v)));
    // Words and booleans: evenly spaced in the lever's listed order (false before true).
    const order = l.type === 'boolean' ? ['false', 'true'] : [...new Set([...l.values, ...raw])];
    const index = new Map(order.map((v, i) => [v, i]));
    return {
      label: l.name,
      pos: (k: number) => {
        const i = index.get(raw[k]);
        return i === undefined ? null : order.length > 1 ? i / (order.length - 1) : 0.5;
      },
      range: `${l.name} ${order.map((v) => leverValueText(lang, v)).join(' / ')}`,
    };
  });
  const objectiveAxes = data.objectives.map((o, k) => {
    const vals = cs.map((c) => c.objectives[k].value);
    const d = displayUnit(lang, o.unit, maxAbsOf(vals));
    const label = labelOf(lang, data, o.indicator);
    return scaled(
      vals,
      label,
      (v) => `${formatNumber(lang, v * d.factor, d.digits)}${d.label ? ` ${d.label}` : ''}`,
    );
  });
  return [...leverAxes, ...objectiveAxes];
}

/** Parallel coordinates of the non-dominated mixes over the levers and objectives. */
export function parallelChart(lang: Lang, data: OptimisationData): ChartSpec {
  const front = frontOf(data);
  const ax = axes(lang, data);
  const index = new Map(data.candidates.map((c, k) => [c.id, k]));
  const datasets: ChartDataset[] = front.map((c, m) => {
    const colour = PALETTE[m % PALETTE.length];
    const k = index.get(c.id)!;
    return {
      label: ow(lang, 'mixLabel', { id: c.id }),
      data: ax.map((a) => a.pos(k)),
      borderColor: colour,
      backgroundColor: colour,
      borderWidth: 2,
      pointRadius: 3,
      fill: false,
      spanGaps: false,
    };
  });
  return {
    id: 'parallel',
    section: 'other',
    title: ow(lang, 'parallelTitle'),
    note: ow(lang, 'parallelNote', { ranges: ax.map((a) => a.range).join(ow(lang, 'listSep')) }),
    ...(front.length === 0 ? { empty: ow(lang, 'parallelEmpty') } : {}),
    metrics: data.objectives.map((o) => o.indicator),
    config: {
      type: 'line',
      data: { labels: ax.map((a) => a.label), datasets },
      options: chartOptions(lang, {
        x: { type: 'category', ticks: { autoSkip: false, maxRotation: 30 } },
        y: { min: 0, max: 1, title: axisTitle(ow(lang, 'parallelAxis')) },
      }),
    },
    meta: chartMeta(lang, '', 1),
  };
}

/** Hypervolume (left) and front size (right) per generation, against the runs evaluated. */
export function convergenceChart(lang: Lang, data: OptimisationData): ChartSpec {
  const gens = data.convergence;
  // No feasible front (the contract writes 0): a gap, not a hypervolume of 0.
  const hv = gens.map((g) => ({
    x: g.evaluations,
    y: g.frontSize > 0 && Number.isFinite(g.hypervolume) ? g.hypervolume : null,
  }));
  const size = gens.map((g) => ({ x: g.evaluations, y: g.frontSize }));
  const options = chartOptions(lang, {
    x: {
      type: 'linear',
      title: axisTitle(ow(lang, 'evaluations')),
      ticks: { precision: 0, maxTicksLimit: 8 },
    },
    y: { min: 0, title: axisTitle(ow(lang, 'hypervolume')) },
  });
  (options['scales'] as Record<string, unknown>)['y1'] = {
    position: 'right',
    min: 0,
    grid: { drawOnChartArea: false },
    ticks: { precision: 0 },
    title: axisTitle(ow(lang, 'frontSize')),
  };
  return {
    id: 'convergence',
    section: 'other',
    title: ow(lang, 'convergenceTitle'),
    note: ow(lang, 'convergenceNote'),
    ...(gens.length === 0 ? { empty: ow(lang, 'convergenceEmpty') } : {}),
    metrics: [],
    config: {
      type: 'line',
      data: {
        labels: [],
        datasets: [
          {
            label: ow(lang, 'hypervolume'),
            data: asData(hv),
            yAxisID: 'y',
            borderColor: PALETTE[0],
            backgroundColor: PALETTE[0],
            borderWidth: 2,
            pointRadius: 2,
            spanGaps: false,
          },
          {
            label: ow(lang, 'frontSize'),
            data: asData(size),
            yAxisID: 'y1',
            borderColor: PALETTE[1],
            backgroundColor: PALETTE[1],
            borderWidth: 2,
            borderDash: [5, 3],
            pointRadius: 2,
            stepped: true,
          },
        ],
      },
      options,
    },
    meta: chartMeta(lang, '', 1),
  };
}

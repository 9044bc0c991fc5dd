/**
 * Two-factor interaction heatmaps of a sweep, pure: for a pair of factors, the mean of an indicator
 * over the runs whose two factor values fall in each cell (averaged over the other factors' values),
 * with the design points and runs behind it. A factor with few values (a grid's levels, booleans,
 * words) keeps its values; a continuous one (Latin hypercube, Sobol) is cut into quantile bins of its
 * design values. Drawn as an HTML table whose cells are coloured by value and carry the number itself
 * (readable without colour, offline, under the page's CSP: inline styles only). An empty cell (no
 * design point) is blank; a cell whose runs define no value shows "—".
 */
import { quantileSorted } from '../sim/kernel/stats.js';
import { type Direction, directionOf } from '../sim/outputs/dictionary.js';
import { escapeHtml as esc } from './escape.js';
import { digitsFor, displayUnit, formatIn, formatNumber, maxAbsOf } from './format.js';
import { indicatorLabel } from './i18n.js';
import { asNumber, type SweepData } from './sweep-data.js';
import { factorValueText } from './sweep-text.js';
import type { Lang } from './types.js';
import { sw } from './words-sweep.js';

/** A factor with at most this many distinct numbers keeps its values; more are binned. */
export const MAX_LEVELS = 6;
/** Quantile bins of a continuous factor. */
export const BINS = 4;
/** A factor of words with more distinct values than this is left out of the heatmaps. */
export const MAX_WORDS = 12;
/** Factor pairs shown per indicator. */
export const MAX_PAIRS = 6;

/** How one factor's values map to the rows or columns of a heatmap. */
export interface FactorAxis {
  labels: string[];
  /** The row/column of a value as written in points.csv. */
  indexOf: (value: string) => number;
  binned: boolean;
}

/** The axis of a factor taking `values` (one per design point); null when it has too many words. */
export function factorAxis(lang: Lang, values: readonly string[]): FactorAxis | null {
  const distinct = [...new Set(values)];
  const nums = distinct.map(asNumber);
  if (nums.every((v) => v !== null)) {
    const sorted = (nums as number[]).slice().sort((a, b) => a - b);
    if (sorted.length <= MAX_LEVELS) {
      const at = new Map(sorted.map((v, i) => [v, i]));
      return {
        labels: sorted.map((v) => factorValueText(lang, String(v))),
        indexOf: (s) => at.get(asNumber(s) ?? Number.NaN) ?? -1,
        binned: false,
      };
    }
    const all = Float64Array.from(values.map((s) => asNumber(s)!)).sort();
    const edges = [
      ...new Set(Array.from({ length: BINS + 1 }, (_, i) => quantileSorted(all, all.length, i / BINS))),
    ];
    const digits = digitsFor(maxAbsOf(edges));
    const f = (v: number) => formatNumber(lang, v, digits);
    return {
      labels: edges.slice(1).map((hi, b) => `${f(edges[b])} – ${f(hi)}`),
      indexOf: (s) => {
        const v = asNumber(s);
        if (v === null) return -1;
        const b = edges.findIndex((e, i) => i > 0 && v <= e);
        return b < 0 ? -1 : b - 1;
      },
      binned: true,
    };
  }
  if (distinct.length > MAX_WORDS) return null;
  return {
    labels: distinct,
    indexOf: (s) => distinct.indexOf(s),
    binned: false,
  };
}

/** The factor pairs to draw: pairs of the factors listed first, at most {@link MAX_PAIRS}. */
export interface HeatmapPlan {
  axes: (FactorAxis | null)[];
  pairs: [number, number][];
  /** Pairs of factors that have an axis. */
  totalPairs: number;
  /** Factors left out (too many words). */
  skipped: string[];
  binned: boolean;
}

/** Plan the heatmaps of a sweep: axes from the design points' values (`pointValues`, one per point). */
export function heatmapPlan(
  lang: Lang,
  data: SweepData,
  pointValues: readonly (readonly string[])[],
): HeatmapPlan {
  const axes = data.factors.map((_, f) =>
    factorAxis(
      lang,
      pointValues.map((v) => v[f]),
    ),
  );
  const usable = axes.flatMap((a, f) => (a ? [f] : []));
  const all: [number, number][] = [];
  // Ordered by the later factor, then the earlier: the pairs among the first factors come first.
  for (let j = 1; j < usable.length; j++) for (let i = 0; i < j; i++) all.push([usable[i], usable[j]]);
  return {
    axes,
    pairs: all.slice(0, MAX_PAIRS),
    totalPairs: all.length,
    skipped: data.factors.filter((_, f) => axes[f] === null).map((f) => f.name),
    binned: axes.some((a) => a?.binned === true),
  };
}

/** One cell of a heatmap: mean over its defined runs (NaN when none), its design points and runs. */
export interface HeatCell {
  mean: number;
  /** Runs that define the indicator. */
  n: number;
  runs: number;
  points: number;
}

/** The cells of indicator `k` over factors `fi` (rows) × `fj` (columns); null where no design point. */
export function heatCells(
  data: SweepData,
  k: number,
  fi: number,
  fj: number,
  rows: FactorAxis,
  cols: FactorAxis,
): (HeatCell | null)[][] {
  const acc = rows.labels.map(() =>
    cols.labels.map(() => ({ sum: 0, n: 0, runs: 0, points: new Set<number>() })),
  );
  for (const r of data.rows) {
    const a = rows.indexOf(r.values[fi]);
    const b = cols.indexOf(r.values[fj]);
    if (a < 0 || b < 0) continue;
    const c = acc[a][b];
    c.runs++;
    c.points.add(r.point);
    const v = r.indicators[k];
    if (Number.isFinite(v)) {
      c.sum += v;
      c.n++;
    }
  }
  return acc.map((row) =>
    row.map((c) =>
      c.runs === 0
        ? null
        : { mean: c.n > 0 ? c.sum / c.n : Number.NaN, n: c.n, runs: c.runs, points: c.points.size },
    ),
  );
}

/** Background and text colour of a cell at `t` ∈ [0, 1] of the heatmap's range (1: darkest). */
export function cellColour(t: number): string {
  const l = Math.round(96 - 58 * Math.min(1, Math.max(0, t)));
  return `background:hsl(205,65%,${l}%);color:${l < 62 ? '#ffffff' : '#1d2733'}`;
}

/** One heatmap as a figure holding an HTML table. */
export function heatmapHtml(
  lang: Lang,
  data: SweepData,
  k: number,
  fi: number,
  fj: number,
  rows: FactorAxis,
  cols: FactorAxis,
): string {
  const ind = data.indicators[k];
  const cells = heatCells(data, k, fi, fj, rows, cols);
  const means = cells.flat().flatMap((c) => (c && Number.isFinite(c.mean) ? [c.mean] : []));
  const d = displayUnit(lang, ind.unit, maxAbsOf(means));
  const lo = Math.min(...means);
  const hi = Math.max(...means);
  const direction: Direction = directionOf(ind.name);
  const shade = (v: number) => {
    const t = hi > lo ? (v - lo) / (hi - lo) : 0.5;
    return direction === 'lower' ? 1 - t : t;
  };
  const label = indicatorLabel(lang, ind.name, data.calendar?.keyYear ?? null);
  const rowName = data.factors[fi].name;
  const colName = data.factors[fj].name;
  const head =
    `<th scope="col">${esc(rowName)} \\ ${esc(colName)}</th>` +
    cols.labels.map((c) => `<th scope="col" style="text-align:center">${esc(c)}</th>`).join('');
  const body = cells
    .map((row, a) => {
      const tds = row.map((c) => {
        if (c === null) return '<td></td>';
        const count = `<br><small>${esc(sw(lang, 'cellCount', { points: c.points, runs: c.n }))}</small>`;
        const style = Number.isFinite(c.mean)
          ? ` style="${cellColour(shade(c.mean))};text-align:center"`
          : ' style="text-align:center"';
        return `<td${style}>${esc(formatIn(lang, d, c.mean))}${count}</td>`;
      });
      return `<tr><th scope="row">${esc(rows.labels[a])}</th>${tds.join('')}</tr>`;
    })
    .join('\n');
  return (
    `<figure class="heatmap" id="heatmap-${k}-${fi}-${fj}" style="margin:0;flex:0 1 480px;min-width:0">` +
    `<figcaption><h3>${esc(sw(lang, 'heatmapTitle', { indicator: label, unit: d.label || sw(lang, 'unitless'), row: rowName, col: colName }))}</h3></figcaption>` +
    `<div class="table-scroll"><table class="indicators heatmap" style="width:auto"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div></figure>`
  );
}

/** The heatmaps of indicator `k` (every planned pair), with the plan's notes; '' when no pair. */
export function indicatorHeatmaps(lang: Lang, data: SweepData, k: number, plan: HeatmapPlan): string {
  const ind = data.indicators[k];
  const direction = directionOf(ind.name);
  const notes: string[] = [
    direction === 'neither'
      ? sw(lang, 'heatmapNoteNeither')
      : sw(lang, 'heatmapNote', {
          direction: sw(lang, direction === 'higher' ? 'higherBetter' : 'lowerBetter'),
        }),
  ];
  if (data.factors.length < 2) notes.push(sw(lang, 'heatmapOneFactor'));
  if (plan.pairs.length < plan.totalPairs)
    notes.push(sw(lang, 'heatmapCap', { shown: plan.pairs.length, total: plan.totalPairs }));
  if (plan.binned) notes.push(sw(lang, 'heatmapBins', { bins: BINS }));
  if (plan.skipped.length > 0)
    notes.push(sw(lang, 'heatmapSkipped', { max: MAX_WORDS, names: plan.skipped.join(', ') }));
  const maps = plan.pairs.map(([fi, fj]) =>
    heatmapHtml(lang, data, k, fi, fj, plan.axes[fi]!, plan.axes[fj]!),
  );
  return (
    (notes.length > 0 ? `<p class="note">${esc(notes.join(' '))}</p>\n` : '') +
    (maps.length > 0
      ? `<div class="heatmaps" style="display:flex;flex-wrap:wrap;gap:6px 32px;margin:0 0 18px">\n${maps.join('\n')}\n</div>`
      : '')
  );
}

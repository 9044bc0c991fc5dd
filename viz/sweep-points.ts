/**
 * A sweep's design points, summarised and ranked, pure: per design point the mean of each indicator
 * over its replicate runs with the 95 % confidence interval of the mean (Student t) and the number
 * of runs that define it (undefined runs are skipped, never counted as 0), and the order of the
 * points on one indicator in its desirable direction (sim/outputs/dictionary.ts).
 */
import { type IndicatorSummary, summarise } from '../sim/analysis/summary.js';
import { type Direction, directionOf } from '../sim/outputs/dictionary.js';
import type { SweepData } from './sweep-data.js';

/** One design point: its factor values and, per indicator of the data, its summary over runs. */
export interface PointSummary {
  point: number;
  values: string[];
  /** Runs of the point (defined or not). */
  runs: number;
  stats: IndicatorSummary[];
}

/** Every design point of the data, in point order. */
export function summarisePoints(data: SweepData): PointSummary[] {
  const byPoint = new Map<number, { values: string[]; ys: number[][] }>();
  for (const r of data.rows) {
    let p = byPoint.get(r.point);
    if (!p) {
      p = { values: r.values, ys: data.indicators.map(() => []) };
      byPoint.set(r.point, p);
    }
    r.indicators.forEach((v, k) => {
      p.ys[k].push(v);
    });
  }
  return [...byPoint.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([point, p]) => ({
      point,
      values: p.values,
      runs: p.ys[0]?.length ?? 0,
      stats: p.ys.map((ys) => summarise(ys)),
    }));
}

/** The indicator the points are ranked on: the first listed one with a direction (else the first). */
export function rankingIndicator(data: SweepData): { k: number; direction: Direction } {
  const k = data.indicators.findIndex((ind) => directionOf(ind.name) !== 'neither');
  return k >= 0 ? { k, direction: directionOf(data.indicators[k].name) } : { k: 0, direction: 'neither' };
}

/**
 * The points ordered on indicator `k`: best first by `direction` ('neither': highest first),
 * undefined means last, ties by point index.
 */
export function rankPoints(points: readonly PointSummary[], k: number, direction: Direction): PointSummary[] {
  const sign = direction === 'lower' ? 1 : -1;
  return [...points].sort((a, b) => {
    const x = a.stats[k].mean;
    const y = b.stats[k].mean;
    const dx = Number.isFinite(x);
    const dy = Number.isFinite(y);
    if (dx !== dy) return dx ? -1 : 1;
    if (dx && x !== y) return sign * (x - y);
    return a.point - b.point;
  });
}

/** Whether two 95 % intervals overlap; null when either is undefined (fewer than two runs). */
export function intervalsOverlap(a: IndicatorSummary, b: IndicatorSummary): boolean | null {
  const [a0, a1] = a.ci95;
  const [b0, b1] = b.ci95;
  if (![a0, a1, b0, b1].every(Number.isFinite)) return null;
  return a0 <= b1 && b0 <= a1;
}

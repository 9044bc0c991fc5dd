/**
 * Pareto ranking for NSGA-II (Deb, Pratap, Agarwal & Meyarivan 2002): fast non-dominated sorting,
 * crowding distance and the crowded comparison, under constraint domination (Deb 2000): a feasible
 * point beats an infeasible one; of two infeasible points the one with the smaller total violation
 * wins; two feasible points compare by Pareto dominance. Objectives are minimised; an undefined
 * objective (NaN) counts as +∞, the worst value. Every ordering breaks ties by index, so results do
 * not depend on the order of equal points' arrival beyond their indices.
 */

/** A point to rank: objective values (all minimised) and total constraint violation (0 = feasible). */
export interface RankedPoint {
  f: readonly number[];
  violation: number;
}

const worst = (v: number): number => (Number.isNaN(v) ? Number.POSITIVE_INFINITY : v);

/** True when `a` Pareto-dominates `b`: no worse in every objective and better in one (minimisation). */
export function dominates(a: readonly number[], b: readonly number[]): boolean {
  let better = false;
  for (let i = 0; i < a.length; i++) {
    const x = worst(a[i]);
    const y = worst(b[i]);
    if (x > y) return false;
    if (x < y) better = true;
  }
  return better;
}

/** True when `a` constraint-dominates `b` (Deb 2000; see the file comment). */
export function constrainedDominates(a: RankedPoint, b: RankedPoint): boolean {
  const af = a.violation <= 0;
  const bf = b.violation <= 0;
  if (af && !bf) return true;
  if (!af && bf) return false;
  if (!af && !bf) return a.violation < b.violation;
  return dominates(a.f, b.f);
}

/**
 * Fast non-dominated sort: the fronts (lists of indices, ascending within each front), front 0 the
 * non-dominated points. O(M N²).
 */
export function nonDominatedFronts(points: readonly RankedPoint[]): number[][] {
  const n = points.length;
  const dominatedBy = new Int32Array(n);
  const dominating: number[][] = Array.from({ length: n }, () => []);
  for (let p = 0; p < n; p++) {
    for (let q = p + 1; q < n; q++) {
      if (constrainedDominates(points[p], points[q])) {
        dominating[p].push(q);
        dominatedBy[q]++;
      } else if (constrainedDominates(points[q], points[p])) {
        dominating[q].push(p);
        dominatedBy[p]++;
      }
    }
  }
  const fronts: number[][] = [];
  let current: number[] = [];
  for (let p = 0; p < n; p++) if (dominatedBy[p] === 0) current.push(p);
  while (current.length > 0) {
    fronts.push(current);
    const next: number[] = [];
    for (const p of current) {
      for (const q of dominating[p]) if (--dominatedBy[q] === 0) next.push(q);
    }
    current = next.sort((a, b) => a - b);
  }
  return fronts;
}

/**
 * Crowding distance of each member of one front (indices into `points`), in the front's order:
 * per objective, the members sorted by value (ties by index), the two ends get +∞, the others the
 * sum over objectives of the gap between their neighbours divided by the objective's range on the
 * front. An objective with zero or undefined range adds nothing.
 */
export function crowdingDistance(points: readonly RankedPoint[], front: readonly number[]): number[] {
  const m = front.length;
  const d = new Array<number>(m).fill(0);
  if (m <= 2) return d.fill(Number.POSITIVE_INFINITY);
  const k = points[front[0]].f.length;
  const order = front.map((_, i) => i);
  for (let j = 0; j < k; j++) {
    const v = (i: number) => worst(points[front[i]].f[j]);
    order.sort((a, b) => v(a) - v(b) || front[a] - front[b]);
    const lo = v(order[0]);
    const hi = v(order[m - 1]);
    d[order[0]] = Number.POSITIVE_INFINITY;
    d[order[m - 1]] = Number.POSITIVE_INFINITY;
    const range = hi - lo;
    if (!(range > 0) || !Number.isFinite(range)) continue;
    for (let i = 1; i < m - 1; i++) {
      const gap = v(order[i + 1]) - v(order[i - 1]);
      // An infinite (undefined) neighbour makes the gap infinite: such a point stays at the edge.
      d[order[i]] += Number.isFinite(gap) ? gap / range : Number.POSITIVE_INFINITY;
    }
  }
  return d;
}

/** Rank (1 = first front) and crowding distance of every point. */
export interface Ranking {
  fronts: number[][];
  rank: Int32Array;
  crowding: Float64Array;
}

/** Rank every point and compute its crowding distance within its front. */
export function rankPoints(points: readonly RankedPoint[]): Ranking {
  const fronts = nonDominatedFronts(points);
  const rank = new Int32Array(points.length);
  const crowding = new Float64Array(points.length);
  fronts.forEach((front, r) => {
    const d = crowdingDistance(points, front);
    front.forEach((p, i) => {
      rank[p] = r + 1;
      crowding[p] = d[i];
    });
  });
  return { fronts, rank, crowding };
}

/** The crowded comparison: lower rank first, then larger crowding distance, then lower index. */
export function crowdedCompare(ranking: Ranking, a: number, b: number): number {
  return (
    ranking.rank[a] - ranking.rank[b] ||
    (ranking.crowding[b] > ranking.crowding[a] ? 1 : ranking.crowding[b] < ranking.crowding[a] ? -1 : 0) ||
    a - b
  );
}

/**
 * NSGA-II's environmental selection: the indices of the `n` points to keep (ascending), whole fronts
 * first, the last front cut by crowding distance (largest first, ties by index).
 */
export function selectSurvivors(ranking: Ranking, n: number): number[] {
  const kept: number[] = [];
  for (const front of ranking.fronts) {
    if (kept.length + front.length <= n) {
      kept.push(...front);
      continue;
    }
    const rest = [...front].sort((a, b) => crowdedCompare(ranking, a, b));
    kept.push(...rest.slice(0, n - kept.length));
    break;
  }
  return kept.sort((a, b) => a - b);
}

/**
 * ε-box dominance (Laumanns, Thiele, Deb & Zitzler 2002, "Combining convergence and diversity in
 * evolutionary multiobjective optimization", Evol. Comput. 10(3)): each point (minimised objectives)
 * falls in the box ⌊f_j / ε_j⌋; a point is kept when no other point's box dominates its box, and of
 * several points in one box only the one nearest the box's lower corner (distance in ε units; ties
 * by index). The indices kept, ascending: a front with at most one point per ε-box, so points that
 * differ by less than ε in every objective are shown once.
 */
export function epsilonNonDominated(
  points: readonly (readonly number[])[],
  epsilon: readonly number[],
): number[] {
  const boxes = points.map((p) => p.map((v, j) => Math.floor(worst(v) / epsilon[j])));
  const corner = (i: number) =>
    Math.hypot(...points[i].map((v, j) => (worst(v) - boxes[i][j] * epsilon[j]) / epsilon[j]));
  const kept: number[] = [];
  for (let i = 0; i < points.length; i++) {
    let out = false;
    for (let k = 0; k < points.length && !out; k++) {
      if (k === i) continue;
      const same = boxes[k].every((b, j) => b === boxes[i][j]);
      if (same) out = corner(k) < corner(i) || (corner(k) === corner(i) && k < i);
      else out = dominates(boxes[k], boxes[i]);
    }
    if (!out) kept.push(i);
  }
  return kept;
}

import { describe, expect, it } from 'vitest';
import { hypervolume, nonDominated } from '../../sim/analysis/hypervolume.js';
import {
  constrainedDominates,
  crowdingDistance,
  epsilonNonDominated,
  nonDominatedFronts,
  rankPoints,
  selectSurvivors,
} from '../../sim/analysis/pareto.js';
import { makeRng } from '../../sim/kernel/rng.js';

const feasible = (...f: number[]) => ({ f, violation: 0 });

describe('non-dominated sorting', () => {
  it('sorts a hand case into its fronts', () => {
    const pts = [
      feasible(1, 4), // 0: front 1
      feasible(2, 2), // 1: front 1
      feasible(4, 1), // 2: front 1
      feasible(3, 3), // 3: dominated by 1 → front 2
      feasible(5, 5), // 4: dominated by 3 → front 3
      feasible(2, 4), // 5: dominated by 0 → front 2
    ];
    expect(nonDominatedFronts(pts)).toEqual([[0, 1, 2], [3, 5], [4]]);
  });

  it('applies constraint domination: feasible first, then smaller violation', () => {
    const a = { f: [10, 10], violation: 0 };
    const b = { f: [0, 0], violation: 0.5 };
    const c = { f: [0, 0], violation: 0.2 };
    expect(constrainedDominates(a, b)).toBe(true);
    expect(constrainedDominates(b, a)).toBe(false);
    expect(constrainedDominates(c, b)).toBe(true);
    expect(nonDominatedFronts([b, a, c])).toEqual([[1], [2], [0]]);
  });

  it('counts an undefined objective as the worst value', () => {
    const fronts = nonDominatedFronts([feasible(Number.NaN, 1), feasible(5, 1)]);
    expect(fronts).toEqual([[1], [0]]);
  });
});

describe('crowding distance', () => {
  it('gives the ends infinity and inner points the normalised neighbour gaps', () => {
    const pts = [feasible(0, 4), feasible(1, 3), feasible(3, 1), feasible(4, 0)];
    const d = crowdingDistance(pts, [0, 1, 2, 3]);
    expect(d[0]).toBe(Number.POSITIVE_INFINITY);
    expect(d[3]).toBe(Number.POSITIVE_INFINITY);
    // point 1: (3 − 0)/4 + (4 − 1)/4 = 1.5; point 2: (4 − 1)/4 + (3 − 0)/4 = 1.5
    expect(d[1]).toBeCloseTo(1.5, 12);
    expect(d[2]).toBeCloseTo(1.5, 12);
    const e = crowdingDistance(
      [feasible(0, 4), feasible(1, 3), feasible(2, 2), feasible(4, 0)],
      [0, 1, 2, 3],
    );
    expect(e[1]).toBeCloseTo(1, 12); // (2 − 0)/4 + (4 − 2)/4
    expect(e[2]).toBeCloseTo(1.5, 12); // (4 − 1)/4 + (3 − 0)/4
  });

  it('keeps whole fronts, then the least crowded of the last front', () => {
    const pts = [feasible(0, 4), feasible(1, 3), feasible(2, 2.9), feasible(4, 0), feasible(5, 5)];
    const ranking = rankPoints(pts);
    expect(Array.from(ranking.rank)).toEqual([1, 1, 1, 1, 2]);
    // Point 1: (2 − 0)/4 + (4 − 2.9)/4 = 0.775; point 2: (4 − 1)/4 + (3 − 0)/4 = 1.5: point 1 goes.
    expect(ranking.crowding[1]).toBeCloseTo(0.775, 12);
    expect(ranking.crowding[2]).toBeCloseTo(1.5, 12);
    expect(selectSurvivors(ranking, 3)).toEqual([0, 2, 3]);
    expect(selectSurvivors(ranking, 5)).toEqual([0, 1, 2, 3, 4]);
  });
});

/** Hypervolume by inclusion–exclusion over every subset (exponential: tiny sets only). */
function bruteHypervolume(points: number[][], ref: number[]): number {
  let total = 0;
  const n = points.length;
  for (let mask = 1; mask < 1 << n; mask++) {
    const corner = ref.map(() => Number.NEGATIVE_INFINITY);
    let bits = 0;
    for (let i = 0; i < n; i++) {
      if (!(mask & (1 << i))) continue;
      bits++;
      points[i].forEach((v, j) => {
        corner[j] = Math.max(corner[j], v);
      });
    }
    let box = 1;
    for (let j = 0; j < ref.length; j++) box *= Math.max(0, ref[j] - corner[j]);
    total += bits % 2 === 1 ? box : -box;
  }
  return total;
}

describe('hypervolume', () => {
  it('computes hand cases in 2-D and 3-D', () => {
    expect(
      hypervolume(
        [
          [1, 3],
          [2, 2],
          [3, 1],
        ],
        [4, 4],
      ),
    ).toBeCloseTo(6, 12);
    expect(
      hypervolume(
        [
          [1, 3],
          [2, 2],
          [3, 1],
          [3, 3],
        ],
        [4, 4],
      ),
    ).toBeCloseTo(6, 12);
    expect(hypervolume([[5, 0]], [4, 4])).toBe(0);
    expect(hypervolume([[1, 1, 1]], [2, 2, 2])).toBeCloseTo(1, 12);
    expect(
      hypervolume(
        [
          [0, 0, 1],
          [1, 1, 0],
        ],
        [2, 2, 2],
      ),
    ).toBeCloseTo(5, 12);
    expect(
      hypervolume(
        [
          [0, 1, 1],
          [1, 0, 1],
          [1, 1, 0],
        ],
        [2, 2, 2],
      ),
    ).toBeCloseTo(4, 12);
  });

  it('agrees with inclusion–exclusion on random sets of 3 and 4 objectives', () => {
    const rng = makeRng(7, 'hv-test');
    for (let trial = 0; trial < 40; trial++) {
      const d = trial % 2 === 0 ? 3 : 4;
      const n = 2 + rng.int(8);
      const pts = Array.from({ length: n }, () => Array.from({ length: d }, () => rng.next()));
      const ref = Array.from({ length: d }, () => 1);
      expect(hypervolume(pts, ref)).toBeCloseTo(bruteHypervolume(pts, ref), 10);
    }
  });

  it('keeps the non-dominated points once', () => {
    expect(
      nonDominated([
        [1, 2],
        [1, 2],
        [2, 1],
        [2, 2],
      ]),
    ).toEqual([
      [1, 2],
      [2, 1],
    ]);
  });
});

describe('ε-box dominance', () => {
  it('keeps one point per box, the nearest to its corner, and drops points in dominated boxes', () => {
    const pts = [
      [0.1, 2.9], // box (0, 2)
      [0.4, 2.2], // box (0, 2), nearer its corner (0, 2) than point 0? (0.4, 0.2) vs (0.1, 0.9): yes
      [1.5, 1.5], // box (1, 1)
      [2.5, 0.5], // box (2, 0)
      [2.9, 1.9], // box (2, 1): dominated by box (1, 1)
      [Number.NaN, 0], // undefined first objective: box (∞, 0), dominated by point 3's box (2, 0)
    ];
    expect(epsilonNonDominated(pts, [1, 1])).toEqual([1, 2, 3]);
    // With a fine grid every point of a plain front stays.
    expect(epsilonNonDominated(pts.slice(0, 4), [0.01, 0.01])).toEqual([0, 1, 2, 3]);
  });
});

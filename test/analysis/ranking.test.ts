import { describe, expect, it } from 'vitest';
import { rankFactors, rankingTies, rankingWarnings, type ScoredFactor } from '../../sim/analysis/ranking.js';
import { warningText } from '../../sim/analysis/warnings.js';

const f = (factor: string, score: number, lo: number, hi: number): ScoredFactor => ({
  factor,
  score,
  ci: [lo, hi],
});

describe('is a sensitivity ranking established?', () => {
  it('well-separated intervals: no tie, no warning', () => {
    const xs = [f('c', 1, 0.5, 1.5), f('a', 10, 9, 11), f('b', 5, 4, 6)];
    expect(rankFactors(xs).map((x) => x.factor)).toEqual(['a', 'b', 'c']);
    expect(rankingTies(xs)).toEqual([]);
    expect(rankingWarnings(xs, 'μ*')).toEqual([]);
  });

  it('overlapping first and second: a tie of ranks 1–2, warned in en and zh', () => {
    const xs = [f('a', 10, 7, 13), f('b', 9, 6, 12), f('c', 1, 0.5, 1.5)];
    expect(rankingTies(xs)).toEqual([{ from: 1, to: 2, factors: ['a', 'b'] }]);
    const [w] = rankingWarnings(xs, 'μ*');
    expect(w).toEqual({
      code: 'rankingNotSeparated',
      vars: { measure: 'μ*', factors: 'a / b', from: 1, to: 2 },
    });
    expect(warningText('en', w)).toContain('of a / b (ranks 1–2) overlap');
    expect(warningText('zh', w)).toContain('a / b（第 1–2 位）的 μ* 95% 置信区间相互重叠');
  });

  it('a chain of overlaps is one tie; a later tie within the top ranks is its own', () => {
    // a–b overlap, b–c overlap (a–c do not): one chain of ranks 1–3; d–e tie at ranks 4–5 is below the top 3.
    const chain = [
      f('a', 10, 8, 12),
      f('b', 7, 5, 9),
      f('c', 4, 2, 6),
      f('d', 1, 0.8, 1.2),
      f('e', 0.9, 0.7, 1.1),
    ];
    expect(rankingTies(chain)).toEqual([{ from: 1, to: 3, factors: ['a', 'b', 'c'] }]);
    // First place established, second and third not.
    const second = [f('a', 10, 9, 11), f('b', 5, 4, 6), f('c', 4.5, 3.5, 5.5), f('d', 1, 0.9, 1.1)];
    expect(rankingTies(second)).toEqual([{ from: 2, to: 3, factors: ['b', 'c'] }]);
  });

  it('equal indices with zero-width intervals tie; factors without an interval are left out', () => {
    expect(rankingTies([f('a', 2, 2, 2), f('b', 2, 2, 2)])).toEqual([
      { from: 1, to: 2, factors: ['a', 'b'] },
    ]);
    expect(rankingTies([f('a', 2, Number.NaN, Number.NaN), f('b', 1, 0, 3)])).toEqual([]);
    // Factors with no effect at all are not a tie of ranks 2–3.
    expect(rankingTies([f('a', 2, 1.5, 2.5), f('b', 0, 0, 0), f('c', 0, 0, 0)])).toEqual([]);
  });

  it('warns when the top-ranked factor’s interval reaches 0', () => {
    const xs = [f('a', 0.3, -0.05, 0.6), f('b', 0.01, -0.02, 0.03)];
    const codes = rankingWarnings(xs, 'ST').map((w) => w.code);
    expect(codes).toContain('topIncludesZero');
    expect(rankingWarnings([f('a', 0.3, 0.1, 0.5), f('b', 0.01, -0.02, 0.03)], 'ST')).toEqual([]);
  });
});

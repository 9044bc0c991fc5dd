import { describe, expect, it } from 'vitest';
import { aggregate, bestPerState, meanInterval, robustness } from '../../sim/analysis/robustness.js';

describe('aggregates of replicates', () => {
  it('takes the mean, a type-7 percentile or the worst run', () => {
    expect(aggregate([1, 2, 3, 4], 'mean')).toBe(2.5);
    expect(aggregate([1, 2, 3, 4], 'p50')).toBe(2.5);
    expect(aggregate([4, 1, 3, 2], 'p90')).toBeCloseTo(3.7, 12); // h = 2.7: 3 + 0.7·(4 − 3)
    expect(aggregate([1, 2, 3, 4], 'p0')).toBe(1);
    expect(aggregate([1, 2, 3, 4], 'p100')).toBe(4);
    expect(aggregate([0.9, 1, 0.8], 'all', 'max')).toBe(0.8); // at least: the smallest run counts
    expect(aggregate([5, 7, 6], 'all', 'min')).toBe(7); // at most: the largest run counts
  });

  it('is undefined when a run is undefined or there is none, never 0', () => {
    expect(aggregate([1, Number.NaN], 'mean')).toBeNaN();
    expect(aggregate([1, Number.NaN], 'p50')).toBeNaN();
    expect(aggregate([], 'mean')).toBeNaN();
  });
});

describe('robustness over states of the world', () => {
  const perState = [10, 20, 30, 40, 50];
  it('gives the mean and the 10th and 90th percentiles', () => {
    expect(robustness(perState, 'mean', 'max')).toBe(30);
    expect(robustness(perState, 'p10', 'max')).toBeCloseTo(14, 12);
    expect(robustness(perState, 'p90', 'max')).toBeCloseTo(46, 12);
  });

  it('gives the largest regret from the best per state, in either direction', () => {
    const best = [12, 20, 35, 40, 50];
    expect(robustness(perState, 'regret', 'max', best)).toBe(5);
    expect(robustness([12, 25, 30, 40, 50], 'regret', 'min', [10, 20, 30, 40, 50])).toBe(5);
    expect(robustness(perState, 'regret', 'max', perState)).toBe(0);
  });

  it('gives the satisficing share of states reaching the threshold', () => {
    expect(robustness(perState, 'satisficing', 'max', [], 30)).toBe(0.6);
    expect(robustness(perState, 'satisficing', 'min', [], 30)).toBe(0.6);
    expect(robustness(perState, 'satisficing', 'max', [], 100)).toBe(0);
  });

  it('finds the best candidate per state, skipping undefined values', () => {
    const best = bestPerState(
      [
        [1, Number.NaN, 3],
        [2, 5, Number.NaN],
      ],
      3,
      'max',
    );
    expect(Array.from(best)).toEqual([2, 5, 3]);
    expect(Array.from(bestPerState([[1, Number.NaN]], 2, 'min'))).toEqual([1, Number.NaN]);
  });
});

describe('Student-t interval of a mean', () => {
  it('matches a hand computation and is undefined with one value', () => {
    // n = 4, mean 2.5, sd = 1.29099, t(0.975, 3) = 3.18245: half-width 2.05426
    const ci = meanInterval([1, 2, 3, 4]);
    expect(ci.mean).toBe(2.5);
    expect(ci.high - 2.5).toBeCloseTo(2.054265, 5);
    expect(2.5 - ci.low).toBeCloseTo(2.054265, 5);
    const one = meanInterval([7]);
    expect(one.mean).toBe(7);
    expect(one.low).toBeNaN();
    expect(one.high).toBeNaN();
  });
});

/** The writers of an optimisation's convergence.csv and evaluations.csv on hand-made data. */
import { describe, expect, it } from 'vitest';
import {
  convergenceCsv,
  evaluationsCsv,
  hypervolumeScale,
  scaledHypervolume,
} from '../../sim/batch/optimise-io.js';
import { planOptimisation } from '../../sim/experiments/optimisation-plan.js';
import { OptimisationSchema } from '../../sim/experiments/optimisation-schema.js';
import type { GenerationSummary } from '../../sim/experiments/optimiser.js';

const plan = planOptimisation(
  OptimisationSchema.parse({
    kind: 'optimisation',
    scenario: 'x.yaml',
    levers: [{ name: 'a', path: 'p.a', type: 'real', range: [0, 1] }],
    objectives: [
      { name: 'cost', indicator: 'publicCommitted', direction: 'min' },
      { name: 'done', indicator: 'householdsRenovated', direction: 'max' },
    ],
    constraints: [{ indicator: 'trust', op: '>=', bound: 0.5 }],
  }),
);

const summary = (generation: number, front: number[][]): GenerationSummary => ({
  generation,
  runs: 10 * (generation + 1),
  candidates: 5 * (generation + 1),
  front,
  feasibleShare: front.length / 4,
});

describe('convergence.csv', () => {
  it('scales every front by the ideal and nadir of all fronts, then takes the hypervolume against 1.1', () => {
    const summaries = [
      summary(0, [[100, 10]]),
      summary(1, [
        [50, 10],
        [100, 30],
      ]),
      summary(2, []),
    ];
    const scale = hypervolumeScale(plan, summaries);
    // cost is minimised (ideal 50, nadir 100); done is maximised (ideal 30, nadir 10)
    expect(scale.ideal).toEqual([50, 30]);
    expect(scale.nadir).toEqual([100, 10]);
    // generation 0: (1, 1) → (1.1 − 1)²; generation 1: (0, 1) and (1, 0) → 1.1·0.1 + 0.1·1.1 − 0.1·0.1
    expect(scaledHypervolume(summaries[0].front, scale)).toBeCloseTo(0.01, 12);
    expect(scaledHypervolume(summaries[1].front, scale)).toBeCloseTo(0.21, 12);
    const lines = convergenceCsv(summaries, scale).trimEnd().split('\n');
    expect(lines).toEqual([
      'generation,runs,candidates,hypervolume,front,feasibleShare',
      '0,10,5,0.01,1,0.25',
      '1,20,10,0.21,2,0.5',
      '2,30,15,0,0,0',
    ]);
  });
});

describe('evaluations.csv', () => {
  it('writes undefined values and an infinite crowding distance as empty cells, booleans as words', () => {
    const text = evaluationsCsv(plan, [
      {
        generation: 1,
        candidate: 4,
        values: [0.25],
        replicates: 1,
        runs: 1,
        objectives: [
          { value: 7, mean: 7, low: Number.NaN, high: Number.NaN },
          { value: Number.NaN, mean: Number.NaN, low: Number.NaN, high: Number.NaN },
        ],
        constraints: [{ value: 0.4, ok: false }],
        feasible: false,
        violation: 1.2,
        rank: 2,
        crowding: Number.POSITIVE_INFINITY,
        survived: true,
      },
    ]);
    expect(text.split('\n')[0]).toBe(
      'generation,candidate,a,replicates,runs,cost,cost.mean,cost.ciLow,cost.ciHigh,done,done.mean,done.ciLow,done.ciHigh,trust,trust.ok,feasible,violation,rank,crowding,survived',
    );
    expect(text.split('\n')[1]).toBe('1,4,0.25,1,1,7,7,,,,,,,0.4,false,false,1.2,2,,true');
  });
});

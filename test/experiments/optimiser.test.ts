/**
 * The optimiser's state machine on a synthetic model (indicators computed from the lever values and
 * the run's seed), without scenarios: what it runs, on which seeds, how survivors are re-evaluated,
 * the budget, and that the same seed gives the same search.
 */
import { describe, expect, it } from 'vitest';
import { planOptimisation } from '../../sim/experiments/optimisation-plan.js';
import { OptimisationSchema } from '../../sim/experiments/optimisation-schema.js';
import { createOptimiser, type OptimisationRun } from '../../sim/experiments/optimiser.js';
import { runSeed } from '../../sim/kernel/rng.js';
import { KEY_INDICATORS } from '../../sim/model/metrics.js';

const col = (name: string) => KEY_INDICATORS.findIndex((k) => k.name === name);

function plan(algorithm: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return planOptimisation(
    OptimisationSchema.parse({
      kind: 'optimisation',
      scenario: 'x.yaml',
      levers: [
        { name: 'a', path: 'p.a', type: 'real', range: [0, 1] },
        { name: 'b', path: 'p.b', type: 'integer', range: [0, 4] },
        { name: 'c', path: 'p.c', type: 'boolean' },
      ],
      objectives: [
        { indicator: 'publicCommitted', direction: 'min' },
        { indicator: 'participation', direction: 'max' },
      ],
      constraints: [{ indicator: 'trust', op: '>=', bound: 0.5, aggregate: 'all' }],
      algorithm,
      seed: 4,
      ...extra,
    }),
  );
}

/** A model with a true front: cost a + b/4, participation a (noise from the seed); trust fails when c. */
function indicators(values: readonly unknown[], run: OptimisationRun): Float64Array {
  const [a, b, c] = values as [number, number, boolean];
  const noise = ((run.seed % 1000) / 1000 - 0.5) * 0.02;
  const out = new Float64Array(KEY_INDICATORS.length).fill(Number.NaN);
  out[col('publicCommitted')] = a + b / 4 + noise;
  out[col('participation')] = a + noise;
  out[col('trust')] = c ? 0.4 : 0.6 + run.state * 0.01;
  return out;
}

function search(p: ReturnType<typeof plan>) {
  const o = createOptimiser(p);
  const runs: OptimisationRun[] = [];
  const rows = [];
  for (let g = o.next(); g; g = o.next()) {
    for (const r of g.runs) {
      runs.push(r);
      o.record(r, indicators(o.candidate(r.candidate).values, r));
    }
    rows.push(...o.select());
  }
  return { o, runs, rows };
}

describe('the optimiser', () => {
  it('numbers runs in order, on common random numbers, and re-evaluates survivors up to maxReplicates', () => {
    const { runs, rows, o } = search(
      plan({ population: 8, generations: 5, replicates: 1, maxReplicates: 3 }),
    );
    expect(runs.map((r) => r.run)).toEqual(runs.map((_, i) => i));
    for (const r of runs) expect(r.seed).toBe(runSeed(4, r.replicate));
    // Every (candidate, state, replicate) runs once.
    const keys = runs.map((r) => `${r.candidate}/${r.state}/${r.replicate}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Generation 0 evaluates each candidate once; later rows of the same candidate have one more replicate.
    const seen = new Map<number, number>();
    for (const row of rows) {
      const before = seen.get(row.candidate) ?? 0;
      expect(row.replicates).toBe(Math.min(3, before + 1));
      seen.set(row.candidate, row.replicates);
    }
    expect(Math.max(...rows.map((r) => r.replicates))).toBe(3);
    expect(o.runs).toBe(runs.length);
  });

  it('keeps only feasible candidates on the front and finds the trade-off', () => {
    const { o } = search(plan({ population: 16, generations: 12, replicates: 1 }));
    const front = o.pareto();
    expect(front.length).toBeGreaterThan(3);
    for (const e of front) {
      expect(e.feasible).toBe(true);
      expect(e.values[2]).toBe(false); // c = true breaks the trust constraint
      expect(e.values[1]).toBe(0); // b only costs
      expect(e.rank).toBe(1);
    }
  });

  it('thins the front to one candidate per ε-box with algorithm.epsilon', () => {
    const settings = { population: 16, generations: 12, replicates: 1 };
    const full = search(plan(settings)).o.pareto();
    // cost and participation both span about [0, 1] on the front: boxes of 0.5 leave at most 3 points.
    const coarse = search(plan({ ...settings, epsilon: [0.5, 0.5] })).o.pareto();
    const fine = search(plan({ ...settings, epsilon: [1e-9, 1e-9] })).o.pareto();
    expect(fine).toEqual(full);
    expect(coarse.length).toBeGreaterThan(0);
    expect(coarse.length).toBeLessThanOrEqual(3);
    expect(coarse.length).toBeLessThan(full.length);
    for (const e of coarse) expect(full).toContainEqual(e);
  });

  it('counts an undefined objective or constraint as a violation', () => {
    const o = createOptimiser(plan({ population: 4, generations: 0, replicates: 1 }));
    const g = o.next()!;
    for (const r of g.runs) o.record(r, new Float64Array(KEY_INDICATORS.length).fill(Number.NaN));
    const rows = o.select();
    for (const r of rows) {
      expect(r.feasible).toBe(false);
      expect(r.violation).toBe(3); // two objectives and one constraint undefined
      expect(r.constraints[0].ok).toBe(false);
    }
    expect(o.pareto()).toEqual([]);
  });

  it('stops before a generation that would pass the budget', () => {
    const { o } = search(plan({ population: 6, generations: 50, replicates: 2, budget: 40 }));
    expect(o.runs).toBeLessThanOrEqual(40);
    expect(o.runs).toBeGreaterThan(40 - 6 * 2 - 1);
  });

  it('runs every candidate in every state of the world, and the same seed gives the same search', () => {
    const robust = plan(
      { population: 6, generations: 3, replicates: 2 },
      { uncertainties: { factors: [{ name: 'u', path: 'p.u', range: [0, 1] }], states: 3 } },
    );
    expect(robust.states).toHaveLength(3);
    const one = search(robust);
    const two = search(robust);
    expect(two.runs).toEqual(one.runs);
    expect(two.rows).toEqual(one.rows);
    for (const row of one.rows) expect(row.runs).toBe(row.replicates * 3);
    const other = search({ ...robust, seed: 5 });
    expect(other.rows).not.toEqual(one.rows);
  });
});

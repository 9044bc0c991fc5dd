/**
 * The optimisation as a deterministic state machine, apart from how its runs are executed: `next()`
 * gives the runs of the next generation (or nothing when the search is over), the driver records
 * every run's key indicators, and `select()` ranks the generation and keeps the survivors. The same
 * seed gives the same sequence of runs whatever executes them, so a driver may take runs from a
 * journal instead of running them and reach the same result (resume).
 *
 * Generation 0 evaluates a random population; generation g ≥ 1 makes as many offspring by
 * tournament, SBX and mutation (sim/analysis/nsga2.ts), runs the new ones with `replicates`
 * replicates in every state of the world, gives each parent below `maxReplicates` one more
 * replicate (re-evaluation, so the front does not rest on lucky draws), then keeps the best
 * `population` of parents and offspring (rank, then crowding distance). An offspring equal to a
 * candidate already evaluated is that candidate again (its runs are reused), and one equal to a
 * member of the population or to an earlier offspring of the generation is dropped: runs are never
 * spent twice on one candidate. Replicate r of every candidate in every state runs on seed
 * `runSeed(seed, r)` (common random numbers). Candidates are numbered in order of creation; within a
 * generation runs are ordered by candidate, state and replicate.
 */
import type { FactorValue } from '../analysis/factors.js';
import { initialGenes, offspring } from '../analysis/nsga2.js';
import {
  epsilonNonDominated,
  type Ranking,
  type RankedPoint,
  rankPoints,
  selectSurvivors,
} from '../analysis/pareto.js';
import { aggregate, bestPerState, meanInterval, robustness } from '../analysis/robustness.js';
import { makeRng, runSeed } from '../kernel/rng.js';
import { leverValues, type OptimisationPlan } from './optimisation-plan.js';

/** One run of the optimisation. */
export interface OptimisationRun {
  run: number;
  generation: number;
  candidate: number;
  state: number;
  replicate: number;
  seed: number;
}

/** A candidate: its genes, lever values and the key indicators of its runs by state and replicate. */
export interface Candidate {
  id: number;
  genes: number[];
  values: FactorValue[];
  /** Replicates per state run so far. */
  replicates: number;
  /** results[state][replicate]: key indicators (KEY_INDICATORS order). */
  results: Float64Array[][];
}

/** A candidate as ranked in one generation (a row of evaluations.csv). */
export interface CandidateEvaluation {
  generation: number;
  candidate: number;
  values: FactorValue[];
  replicates: number;
  runs: number;
  objectives: { value: number; mean: number; low: number; high: number }[];
  constraints: { value: number; ok: boolean }[];
  feasible: boolean;
  violation: number;
  rank: number;
  crowding: number;
  survived: boolean;
}

/** What one generation ended with (a row of convergence.csv, before the hypervolume). */
export interface GenerationSummary {
  generation: number;
  runs: number;
  candidates: number;
  /** Objective values (`o` columns) of the population's feasible non-dominated candidates. */
  front: number[][];
  feasibleShare: number;
}

/** The state machine; see the file comment. */
export interface Optimiser {
  next(): { generation: number; runs: OptimisationRun[] } | undefined;
  record(run: OptimisationRun, indicators: Float64Array): void;
  select(): CandidateEvaluation[];
  candidate(id: number): Candidate;
  /** The last generation's population's feasible non-dominated candidates, by candidate (one per ε-box with ε). */
  pareto(): CandidateEvaluation[];
  summaries(): GenerationSummary[];
  readonly runs: number;
  readonly candidates: number;
}

/** A new optimiser for `plan`. */
export function createOptimiser(plan: OptimisationPlan): Optimiser {
  const a = plan.algorithm;
  const S = plan.states.length;
  const rng = makeRng(plan.seed, 'nsga2');
  const all: Candidate[] = [];
  const byKey = new Map<string, Candidate>();
  let population: number[] = [];
  let popRanking: Ranking | undefined;
  let generation = -1;
  let pending: { members: number[]; fresh: Set<number> } | undefined;
  let runs = 0;
  let last: CandidateEvaluation[] = [];
  const summaries: GenerationSummary[] = [];

  const adopt = (genes: number[]): Candidate => {
    const key = genes.join(',');
    const known = byKey.get(key);
    if (known) return known;
    const c: Candidate = {
      id: all.length,
      genes,
      values: leverValues(plan, genes),
      replicates: 0,
      results: Array.from({ length: S }, () => []),
    };
    all.push(c);
    byKey.set(key, c);
    return c;
  };

  const planRuns = (targets: { c: Candidate; to: number }[]): OptimisationRun[] => {
    const out: OptimisationRun[] = [];
    let index = runs;
    for (const { c, to } of targets.sort((x, y) => x.c.id - y.c.id))
      for (let s = 0; s < S; s++)
        for (let r = c.replicates; r < to; r++)
          out.push({
            run: index++,
            generation: generation + 1,
            candidate: c.id,
            state: s,
            replicate: r,
            seed: runSeed(plan.seed, r),
          });
    return out;
  };

  function next(): { generation: number; runs: OptimisationRun[] } | undefined {
    if (pending) throw new Error('select() the generation before asking for the next');
    let members: number[];
    let targets: { c: Candidate; to: number }[];
    if (generation < 0) {
      const made = initialGenes(plan.genes, a.population, rng).map(adopt);
      members = [...new Set(made.map((c) => c.id))];
      targets = members.map((id) => ({ c: all[id], to: a.replicates }));
    } else {
      if (generation >= a.generations || !popRanking) return undefined;
      const parents = population.map((id) => all[id]);
      const kids = offspring(
        parents.map((c) => c.genes),
        popRanking,
        plan.genes,
        a.population,
        a,
        rng,
      ).map(adopt);
      const inPopulation = new Set(population);
      const newcomers = [...new Set(kids.map((c) => c.id))].filter((id) => !inPopulation.has(id));
      members = [...population, ...newcomers].sort((x, y) => x - y);
      targets = [
        ...parents.filter((c) => c.replicates < a.maxReplicates).map((c) => ({ c, to: c.replicates + 1 })),
        ...newcomers
          .map((id) => all[id])
          .filter((c) => c.replicates === 0)
          .map((c) => ({ c, to: a.replicates })),
      ];
    }
    const planned = planRuns(targets);
    if (generation >= 0 && a.budget !== null && runs + planned.length > a.budget) return undefined;
    generation++;
    pending = { members, fresh: new Set(targets.map((t) => t.c.id)) };
    return { generation, runs: planned };
  }

  function record(run: OptimisationRun, indicators: Float64Array): void {
    const c = all[run.candidate];
    c.results[run.state][run.replicate] = indicators;
    runs++;
  }

  function evaluate(
    c: Candidate,
    best: Float64Array[],
  ): Omit<CandidateEvaluation, 'rank' | 'crowding' | 'survived'> {
    const n = c.replicates;
    const column = (j: number) => c.results.map((reps) => reps.slice(0, n).map((v) => v[j]));
    let violation = 0;
    const objectives = plan.objectives.map((o, k) => {
      const byState = column(o.column);
      const perState = byState.map((xs) => aggregate(xs, o.aggregate, o.direction));
      const value = robustness(perState, o.robustness, o.direction, best[k], o.threshold);
      if (Number.isNaN(value)) violation += 1;
      const perReplicate = Array.from(
        { length: n },
        (_, r) => byState.reduce((sum, xs) => sum + xs[r], 0) / S,
      );
      const ci = meanInterval(perReplicate);
      return { value, mean: ci.mean, low: ci.low, high: ci.high };
    });
    const constraints = plan.constraints.map((q) => {
      const value = aggregate(column(q.column).flat(), q.aggregate, q.op === '>=' ? 'max' : 'min');
      const ok = q.op === '>=' ? value >= q.bound : value <= q.bound;
      const gap = Number.isNaN(value) ? 1 : Math.max(0, q.op === '>=' ? q.bound - value : value - q.bound);
      violation += Number.isNaN(value) ? 1 : gap / Math.max(Math.abs(q.bound), 1);
      return { value, ok };
    });
    return {
      generation,
      candidate: c.id,
      values: c.values,
      replicates: n,
      runs: n * S,
      objectives,
      constraints,
      feasible: violation === 0,
      violation,
    };
  }

  function select(): CandidateEvaluation[] {
    if (!pending) throw new Error('no generation to select');
    const { members, fresh } = pending;
    pending = undefined;
    for (const id of fresh) {
      const c = all[id];
      let n = 0;
      while (c.results.every((reps) => reps[n] !== undefined)) n++;
      c.replicates = n;
    }
    const evaluated = all.filter((c) => c.replicates > 0);
    const best = plan.objectives.map((o) =>
      o.robustness === 'regret'
        ? bestPerState(
            evaluated.map((c) =>
              c.results.map((reps) =>
                aggregate(
                  reps.slice(0, c.replicates).map((v) => v[o.column]),
                  o.aggregate,
                  o.direction,
                ),
              ),
            ),
            S,
            o.direction,
          )
        : new Float64Array(0),
    );
    const rows = members.map((id) => evaluate(all[id], best));
    const points: RankedPoint[] = rows.map((r) => ({
      f: r.objectives.map((o, k) => (plan.objectives[k].valueDirection === 'max' ? -o.value : o.value)),
      violation: r.violation,
    }));
    const ranking = rankPoints(points);
    const kept = new Set(selectSurvivors(ranking, a.population));
    last = rows.map((r, i) => ({
      ...r,
      rank: ranking.rank[i],
      crowding: ranking.crowding[i],
      survived: kept.has(i),
    }));
    population = members.filter((_, i) => kept.has(i));
    const keptIdx = [...kept].sort((x, y) => x - y);
    popRanking = rankPoints(keptIdx.map((i) => points[i]));
    const front = last.filter((r) => r.survived && r.rank === 1 && r.feasible);
    summaries.push({
      generation,
      runs,
      candidates: evaluated.length,
      front: front.map((r) => r.objectives.map((o) => o.value)),
      feasibleShare: last.filter((r) => r.survived && r.feasible).length / population.length,
    });
    return last.filter((r) => fresh.has(r.candidate));
  }

  return {
    next,
    record,
    select,
    candidate: (id) => all[id],
    pareto: () => {
      const front = last.filter((r) => r.survived && r.rank === 1 && r.feasible);
      if (a.epsilon === null) return front;
      const f = front.map((r) =>
        r.objectives.map((o, k) => (plan.objectives[k].valueDirection === 'max' ? -o.value : o.value)),
      );
      return epsilonNonDominated(f, a.epsilon).map((i) => front[i]);
    },
    summaries: () => summaries,
    get runs() {
      return runs;
    },
    get candidates() {
      return all.filter((c) => c.replicates > 0).length;
    },
  };
}

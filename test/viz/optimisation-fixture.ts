/**
 * Hand-made optimisation outputs in the contract's layout (sim/outputs/optimisation.ts) for the
 * report's unit tests: two levers (a subsidy and the PPP switch), two objectives (public money, min;
 * households renovated by the key year, max) and the fire-compliance constraint. The numbers are
 * chosen so each headline sentence has one right answer; the end-to-end test uses real outputs of
 * `cogov optimize` instead (test/fixtures/optimisation/).
 */
import { CONVERGENCE_COLUMNS, evaluationsColumns } from '../../sim/outputs/optimisation.js';

/** One evaluation row: generation, candidate, levers, runs, objectives (value, mean, lo, hi), constraint, ok, feasible, rank. */
export interface Row {
  generation: number;
  candidate: number;
  subsidy: number;
  ppp: boolean;
  runs: number;
  money: [number | '', number | '', number | '', number | ''];
  households: [number | '', number | '', number | '', number | ''];
  fire: number | '';
  feasible: boolean;
  rank: number;
}

export const LEVERS = ['subsidy', 'ppp'];
export const OBJECTIVES = ['publicCommitted', 'householdsRenovatedByKeyYear'];
export const CONSTRAINTS = ['fire'];

/** A manifest.json of the contract's shape (the fields the report reads, plus a few more). */
export function manifest(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'optimisation',
    cogovVersion: '0.1.0',
    experimentFile: 'scenarios/experiments/least-public-money.yaml',
    experimentSha256: 'x',
    name: { en: 'Least public money', zh: '最少公共资金' },
    description: {
      en: 'Which mix reaches fire safety at least cost?',
      zh: '哪种组合以最少资金实现消防达标？',
    },
    scenarioName: { en: 'Tiny town', zh: '小城' },
    calendar: { start: '2024-07', end: '2027-12', keyYear: 2027 },
    scenarioFile: 'scenarios/demo-small.yaml',
    scenarioSha256: 'y',
    levers: [
      {
        name: 'subsidy',
        path: 'government.householdSubsidy.rmbPerHousehold',
        role: 'lever',
        type: 'real',
        range: [0, 40000],
        values: null,
      },
      {
        name: 'ppp',
        path: 'enterprises.enabled',
        role: 'lever',
        type: 'boolean',
        range: null,
        values: [false, true],
      },
    ],
    uncertainties: [],
    states: 0,
    objectives: [
      {
        name: 'publicCommitted',
        indicator: 'publicCommitted',
        unit: 'RMB',
        direction: 'min',
        aggregate: 'mean',
        robustness: 'mean',
        threshold: null,
        valueUnit: 'RMB',
        valueDirection: 'min',
      },
      {
        name: 'householdsRenovatedByKeyYear',
        indicator: 'householdsRenovatedByKeyYear',
        unit: 'households',
        direction: 'max',
        aggregate: 'mean',
        robustness: 'mean',
        threshold: null,
        valueUnit: 'households',
        valueDirection: 'max',
      },
    ],
    constraints: [
      {
        name: 'fire',
        indicator: 'fireComplianceAtDeadline',
        unit: 'share',
        op: '>=',
        bound: 1,
        aggregate: 'mean',
      },
    ],
    algorithm: {
      name: 'NSGA-II',
      population: 4,
      generations: 6,
      budget: null,
      replicates: 3,
      maxReplicates: 6,
    },
    seed: 7,
    totals: { runs: 90, candidates: 6, generations: 6, evaluations: 30, front: 2 },
    command: 'cogov optimize least-public-money.yaml --out out/opt',
    ...over,
  };
}

/** Candidate 1 is cheap, 2 renovates most, 3 is dominated, 4 and 5 break the fire constraint; 2 was re-evaluated. */
export const ROWS: Row[] = [
  {
    generation: 0,
    candidate: 1,
    subsidy: 5000,
    ppp: true,
    runs: 3,
    money: [3.1e8, 3.1e8, 3.0e8, 3.2e8],
    households: [4120, 4120, 4000, 4240],
    fire: 1,
    feasible: true,
    rank: 1,
  },
  {
    generation: 0,
    candidate: 2,
    subsidy: 30000,
    ppp: true,
    runs: 3,
    money: [5.0e8, 5.0e8, 4.8e8, 5.2e8],
    households: [6000, 6000, 5800, 6200],
    fire: 1,
    feasible: true,
    rank: 1,
  },
  {
    generation: 0,
    candidate: 3,
    subsidy: 20000,
    ppp: false,
    runs: 3,
    money: [5.5e8, 5.5e8, 5.3e8, 5.7e8],
    households: [3000, 3000, 2900, 3100],
    fire: 1,
    feasible: true,
    rank: 2,
  },
  {
    generation: 0,
    candidate: 4,
    subsidy: 0,
    ppp: false,
    runs: 3,
    money: [1e8, 1e8, 0.9e8, 1.1e8],
    households: [900, 900, 800, 1000],
    fire: 0.8,
    feasible: false,
    rank: 3,
  },
  {
    generation: 1,
    candidate: 5,
    subsidy: 1000,
    ppp: false,
    runs: 3,
    money: [1.2e8, 1.2e8, 1.1e8, 1.3e8],
    households: [1000, 1000, 950, 1050],
    fire: '',
    feasible: false,
    rank: 3,
  },
  {
    generation: 2,
    candidate: 2,
    subsidy: 30000,
    ppp: true,
    runs: 6,
    money: [5.1e8, 5.1e8, 5.0e8, 5.2e8],
    households: [6100, 6100, 6000, 6200],
    fire: 1,
    feasible: true,
    rank: 1,
  },
];

const cell = (v: number | string | boolean) => String(v);

/** evaluations.csv (or pareto.csv) of these rows. */
export function evaluationsCsv(rows: readonly Row[]): string {
  const head = evaluationsColumns(LEVERS, OBJECTIVES, CONSTRAINTS);
  const lines = rows.map((r) =>
    [
      r.generation,
      r.candidate,
      r.subsidy,
      r.ppp,
      Math.min(r.runs, 3),
      r.runs,
      ...r.money,
      ...r.households,
      r.fire,
      r.fire !== '' && r.fire >= 1,
      r.feasible,
      r.feasible ? 0 : 0.2,
      r.rank,
      '',
      true,
    ]
      .map(cell)
      .join(','),
  );
  return `${head.join(',')}\n${lines.join('\n')}\n`;
}

/** convergence.csv of [runs, hypervolume, front] per generation. */
export function convergenceCsv(gens: readonly [number, number, number][]): string {
  const lines = gens.map(([runs, hv, front], g) =>
    [g, runs, 4 + g, hv, front, front > 0 ? 0.75 : 0].join(','),
  );
  return `${CONVERGENCE_COLUMNS.join(',')}\n${lines.join('\n')}\n`;
}

/** A flat hypervolume over the last generations: converged. */
export const FLAT: [number, number, number][] = [
  [12, 0.2, 1],
  [24, 0.4, 2],
  [36, 0.5, 2],
  [48, 0.5, 2],
  [60, 0.501, 2],
  [90, 0.502, 2],
];

/** Every file of an optimisation folder, as texts. */
export function texts(
  over: {
    rows?: Row[];
    pareto?: number[];
    gens?: [number, number, number][];
    manifest?: Record<string, unknown>;
  } = {},
) {
  const rows = over.rows ?? ROWS;
  const pareto = over.pareto ?? [1, 2];
  const latest = pareto.map((id) => rows.filter((r) => r.candidate === id).at(-1)!);
  return {
    manifest: JSON.stringify(over.manifest ?? manifest()),
    evaluations: evaluationsCsv(rows),
    pareto: evaluationsCsv(latest),
    convergence: convergenceCsv(over.gens ?? FLAT),
  };
}

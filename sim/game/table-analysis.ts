/**
 * The papers' workflow on a loaded payoff-table game, for the base and every stage: equilibria with
 * eigenvalues and stability, replicator trajectories from the starts (RK4) and the corner each start
 * reaches, optionally the mean of seeded agent-based runs (with a warning when a run ends in a corner
 * that is not an ESS because a strategy went extinct); and a one-parameter scan reporting where the
 * set of ESS corners changes. Work is capped (see the MAX_ constants); pure.
 */
import { runSeed } from '../kernel/rng.js';
import { runAbmDeltas } from './abm.js';
import { nearCorner } from './game.js';
import { integrateDeltas, type Path } from './replicator.js';
import type { Start } from './schema.js';
import {
  type Equilibrium,
  interiorEquilibria,
  pureEquilibria,
  type TableDynamics,
  tableDynamics,
} from './table.js';
import { evaluateAt, type TableGame } from './table-load.js';
import type { Name } from './table-schema.js';

/** Most RK4 steps over all starts and stages of one analysis. */
export const MAX_TABLE_RK4_STEPS = 200_000_000;
/** Most recorded states of one path. */
export const MAX_TABLE_RECORDS = 100_000;
/** Most agent revisions over all starts, stages and runs (as the renewal game's cap). */
export const MAX_TABLE_ABM_REVISIONS = 20_000_000_000;
/** Most points of a scan. */
export const MAX_SCAN_POINTS = 10_001;

/** The grid of the papers: {0.1, 0.5, 0.9}³, x slowest (as their MATLAB loops). */
export const GRID27: readonly Start[] = [0.1, 0.5, 0.9].flatMap((x) =>
  [0.1, 0.5, 0.9].flatMap((y) => [0.1, 0.5, 0.9].map((z) => [x, y, z] as const)),
);

/** The starts of a game file. */
export function tableStarts(game: TableGame): readonly Start[] {
  return game.file.starts === 'grid27' ? GRID27 : game.file.starts;
}

/** Work of an analysis: RK4 steps, records per path, ABM revisions. */
export function tableWork(
  game: TableGame,
  starts: readonly Start[],
): { rk4: number; records: number; revisions: number } {
  const { tEnd, dt, every } = game.file.ode;
  const sub = Math.max(1, Math.ceil(every / dt - 1e-9));
  const records = Math.floor(tEnd / every + 1e-9) + 1;
  const rk4 = records * sub * starts.length * game.stages.length;
  let revisions = 0;
  if (game.file.abm.agents > 0) {
    for (const st of game.stages) {
      const K = tableDynamics(st.table).K;
      revisions += Math.round(tEnd * K) * game.file.abm.agents * 3 * game.file.abm.runs * starts.length;
    }
  }
  return { rk4, records, revisions };
}

/** One start's outcome at one stage. */
export interface TableOutcome {
  start: Start;
  path: Path;
  end: Start;
  /** The pure corner within `corner` of the end, or null. */
  corner: Start | null;
  /** Mean agent-based end state, null without agents. */
  abmEnd: Start | null;
  abmCorner: Start | null;
}

/** A run that ended at a non-ESS corner with an extinct strategy. */
export interface ExtinctionWarning {
  stage: number;
  start: Start;
  run: number;
  corner: Start;
}

/** The analysis of one parameter set. */
export interface StageResult {
  name: Name;
  values: Map<string, number>;
  table: Float64Array;
  K: number;
  equilibria: Equilibrium[];
  /** Pure corners that are ESS. */
  ess: Start[];
  outcomes: TableOutcome[];
}

/** The whole analysis. */
export interface TableResult {
  stages: StageResult[];
  warnings: ExtinctionWarning[];
}

const endOf = (p: Path): Start => {
  const k = p.t.length - 1;
  return [p.x[k], p.y[k], p.z[k]];
};

const isCorner = (p: Start) => p.every((v) => v === 0 || v === 1);
const sameCorner = (a: Start, b: Start) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2];

/** All equilibria of a table (pure corners, then interior ones) and its ESS corners. */
export function equilibriaOf(g: TableDynamics): { equilibria: Equilibrium[]; ess: Start[] } {
  const pure = pureEquilibria(g);
  return {
    equilibria: [...pure, ...interiorEquilibria(g)],
    ess: pure.filter((e) => e.stability === 'ESS').map((e) => e.point),
  };
}

/**
 * Analyse every stage of `game` from `starts`. The agent-based mode (when the file asks for agents)
 * records its mean path at one state per agent-based step (1/K ODE time) and is compared by its end.
 */
export function analyseTableGame(game: TableGame, starts: readonly Start[] = tableStarts(game)): TableResult {
  const work = tableWork(game, starts);
  if (
    work.rk4 > MAX_TABLE_RK4_STEPS ||
    work.records > MAX_TABLE_RECORDS ||
    work.revisions > MAX_TABLE_ABM_REVISIONS
  ) {
    // The command refuses such work with a message before calling; this keeps the work bounded.
    throw new RangeError(`game too large: ${work.rk4} RK4 steps, ${work.revisions} agent revisions`);
  }
  const { tEnd, dt, every } = game.file.ode;
  const { abm, corner: tol } = game.file;
  const warnings: ExtinctionWarning[] = [];
  const stages = game.stages.map((st, s): StageResult => {
    const g = tableDynamics(st.table);
    const { equilibria, ess } = equilibriaOf(g);
    const outcomes = starts.map((start): TableOutcome => {
      const path = integrateDeltas(g, start, tEnd, dt, every);
      const end = endOf(path);
      let abmEnd: Start | null = null;
      if (abm.agents > 0 && g.K > 0) {
        const steps = Math.round(tEnd * g.K);
        const sum = [0, 0, 0];
        for (let r = 0; r < abm.runs; r++) {
          const seed = runSeed(abm.seed, r);
          const run = runAbmDeltas(g, g.K, start, {
            agents: abm.agents,
            steps,
            seed,
            mutation: abm.mutation,
          });
          const e = endOf(run);
          for (let i = 0; i < 3; i++) sum[i] += e[i];
          if (isCorner(e) && !ess.some((c) => sameCorner(c, e)))
            warnings.push({ stage: s, start, run: r, corner: e });
        }
        abmEnd = [sum[0] / abm.runs, sum[1] / abm.runs, sum[2] / abm.runs];
      }
      return {
        start,
        path,
        end,
        corner: nearCorner(...end, tol),
        abmEnd,
        abmCorner: abmEnd ? nearCorner(...abmEnd, tol) : null,
      };
    });
    return { name: st.name, values: st.values, table: st.table, K: g.K, equilibria, ess, outcomes };
  });
  return { stages, warnings };
}

/** A change of the ESS set between two scan values, located by bisection. */
export interface ScanChange {
  /** The parameter value where the ESS set changes (to within 1e-9 of the step). */
  at: number;
  before: Start[];
  after: Start[];
}

/** A scan's result: the ESS set at each value and where it changes. */
export interface ScanResult {
  name: string;
  values: number[];
  ess: (Start[] | null)[];
  changes: ScanChange[];
}

/** The scan points FROM, FROM+STEP, …, up to TO (inclusive within rounding). */
export function scanPoints(from: number, to: number, step: number): number[] {
  const n = Math.floor((to - from) / step + 1e-9) + 1;
  return Array.from({ length: n }, (_, k) => from + k * step);
}

const key = (s: Start[] | null) => (s ? s.map((c) => c.join('')).join(' ') : '—');

/**
 * Vary parameter `name` over `values` (other parameters at the base, derived values recomputed) and
 * report the ESS corners at each value and where they change (bisected between neighbouring values
 * to 1e-9 of the step). A value at which a payoff is not finite has no ESS set (null).
 */
export function scanTableGame(game: TableGame, name: string, values: readonly number[]): ScanResult {
  if (values.length > MAX_SCAN_POINTS) throw new RangeError(`scan of ${values.length} points`);
  const base = game.stages[0].values;
  const params = new Map<string, number>();
  for (const p of game.parameterNames) params.set(p, base.get(p) as number);
  const essAt = (v: number): Start[] | null => {
    params.set(name, v);
    const r = evaluateAt(game, params);
    if ('path' in r) return null;
    // Only the pure corners can be ESS: the interior search is not needed here.
    return pureEquilibria(tableDynamics(r.table))
      .filter((e) => e.stability === 'ESS')
      .map((e) => e.point);
  };
  const ess = values.map(essAt);
  const changes: ScanChange[] = [];
  for (let k = 1; k < values.length; k++) {
    if (key(ess[k - 1]) === key(ess[k])) continue;
    let lo = values[k - 1];
    let hi = values[k];
    const eps = Math.abs(hi - lo) * 1e-9;
    for (let it = 0; it < 100 && Math.abs(hi - lo) > eps; it++) {
      const mid = (lo + hi) / 2;
      if (key(essAt(mid)) === key(ess[k - 1])) lo = mid;
      else hi = mid;
    }
    changes.push({ at: (lo + hi) / 2, before: ess[k - 1] ?? [], after: ess[k] ?? [] });
  }
  return { name, values: [...values], ess, changes };
}

/**
 * The `cogov game` computation as a pure function: the ESS table of a parameter set, and for each
 * start the replicator path (RK4) and the mean agent-based path, sampled on the same time grid
 * t = k/K (one agent-based step), with the end state of each and the corner it reached.
 */
import { meanAbm } from './abm.js';
import { gameWork, MAX_ABM_REVISIONS, MAX_GAME_STEPS } from './limits.js';
import { type CornerStability, essTable } from './ess.js';
import { integrateReplicator, type Path, payoffBound } from './replicator.js';
import type { GameFile, Start } from './schema.js';

/** Interior grid of starts: k/(n+1) on each axis, k = 1..n (n³ starts, x slowest). */
export function gridStarts(n: number): Start[] {
  const v = Array.from({ length: n }, (_, k) => (k + 1) / (n + 1));
  const out: Start[] = [];
  for (const x of v) for (const y of v) for (const z of v) out.push([x, y, z]);
  return out;
}

/** The pure corner within max-norm `tol` of (x, y, z), or null. */
export function nearCorner(x: number, y: number, z: number, tol: number): Start | null {
  const c: Start = [Math.round(x), Math.round(y), Math.round(z)];
  const d = Math.max(Math.abs(x - c[0]), Math.abs(y - c[1]), Math.abs(z - c[2]));
  return d <= tol ? c : null;
}

/** Largest max-norm distance between two paths over their common records. */
export function pathDistance(a: Path, b: Path): number {
  let d = 0;
  const n = Math.min(a.t.length, b.t.length);
  for (let k = 0; k < n; k++) {
    d = Math.max(d, Math.abs(a.x[k] - b.x[k]), Math.abs(a.y[k] - b.y[k]), Math.abs(a.z[k] - b.z[k]));
  }
  return d;
}

/** The outcome of one start. */
export interface StartOutcome {
  start: Start;
  ode: Path;
  /** Mean of the seeded agent-based runs; null when agents = 0. */
  abm: Path | null;
  odeEnd: Start;
  odeCorner: Start | null;
  abmEnd: Start | null;
  abmCorner: Start | null;
  /** Largest max-norm gap between the ABM mean and the ODE over the path (NaN without ABM). */
  abmOdeDistance: number;
}

/** The whole result of `cogov game`. */
export interface GameResult {
  /** K: the payoff bound; one agent-based step = 1/K ODE time. */
  payoffBound: number;
  /** Time between records (ODE time units). */
  recordEvery: number;
  ess: CornerStability[];
  outcomes: StartOutcome[];
}

const last = (p: Path): Start => {
  const k = p.t.length - 1;
  return [p.x[k], p.y[k], p.z[k]];
};

/** Run the game file's analysis for `starts` (defaults to the file's starts). */
export function runGame(game: GameFile, starts: readonly Start[] = game.starts): GameResult {
  const work = gameWork(game, starts);
  if (work.steps > MAX_GAME_STEPS || work.revisions > MAX_ABM_REVISIONS) {
    // The loaders refuse such games with a positioned message; this guard keeps the work bounded.
    throw new RangeError(`game too large: ${work.steps} steps, ${work.revisions} agent revisions`);
  }
  const p = game.payoffs;
  const K = payoffBound(p);
  const recordEvery = K > 0 ? 1 / K : game.ode.tEnd / 100;
  const steps = Math.round(game.ode.tEnd / recordEvery);
  const outcomes = starts.map((start): StartOutcome => {
    const ode = integrateReplicator(p, start, steps * recordEvery, game.ode.dt, recordEvery);
    const abm =
      game.abm.agents > 0
        ? meanAbm(p, start, { agents: game.abm.agents, steps, runs: game.abm.runs, baseSeed: game.abm.seed })
        : null;
    const odeEnd = last(ode);
    const abmEnd = abm ? last(abm) : null;
    return {
      start,
      ode,
      abm,
      odeEnd,
      odeCorner: nearCorner(...odeEnd, game.corner),
      abmEnd,
      abmCorner: abmEnd ? nearCorner(...abmEnd, game.corner) : null,
      abmOdeDistance: abm ? pathDistance(abm, ode) : Number.NaN,
    };
  });
  return { payoffBound: K, recordEvery, ess: essTable(p), outcomes };
}

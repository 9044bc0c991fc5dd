/**
 * Bounds on the work of `cogov game`. The agent-based mode's step is 1/K units of ODE time (K = the
 * largest |Δ| over pure profiles), so a run to `ode.tEnd` takes tEnd·K steps of N revisions per
 * population: at payoffs near their schema bounds (K up to about 4·10⁶) that is hours of work and
 * arrays too large to allocate. A game file whose recorded steps or agent revisions exceed these caps
 * is refused with a positioned message (the field to lower), before any work starts.
 */
import type { Lang } from '../kernel/i18n.js';
import { refinement } from '../../scenarios/messages.js';
import { type ParseResult, parseScenarioText } from '../../scenarios/parse.js';
import { payoffBound } from './replicator.js';
import { type GameFile, GameSchema, type Start } from './schema.js';

/** Most recorded steps of a path (ODE time tEnd·K, one record per 1/K). */
export const MAX_GAME_STEPS = 1_000_000;
/** Most agent revisions of the agent-based mode: steps × agents × 3 populations × runs × starts. */
export const MAX_ABM_REVISIONS = 20_000_000_000;

/** Steps and agent revisions of the game's analysis for `starts`. */
export function gameWork(
  game: GameFile,
  starts: readonly Start[] = game.starts,
): { steps: number; revisions: number } {
  const K = payoffBound(game.payoffs);
  const steps = K > 0 ? Math.round(game.ode.tEnd * K) : 100;
  return { steps, revisions: steps * game.abm.agents * 3 * game.abm.runs * starts.length };
}

/** The game schema with its work bounded (issues on ode.tEnd and abm.agents). */
export const BoundedGameSchema = GameSchema.superRefine((g, ctx) => {
  const { steps, revisions } = gameWork(g);
  if (steps > MAX_GAME_STEPS) {
    ctx.addIssue({
      code: 'custom',
      path: ['ode', 'tEnd'],
      ...refinement('schema.gameSteps', { steps, max: MAX_GAME_STEPS, K: payoffBound(g.payoffs) }),
    });
  } else if (revisions > MAX_ABM_REVISIONS) {
    ctx.addIssue({
      code: 'custom',
      path: ['abm', 'agents'],
      ...refinement('schema.gameRevisions', { revisions, max: MAX_ABM_REVISIONS }),
    });
  }
});

/** Parse and validate game-file text, refusing work beyond the caps; problems come back positioned. */
export function parseBoundedGameText(
  input: Uint8Array | string,
  file: string,
  lang: Lang = 'en',
): ParseResult<GameFile> {
  return parseScenarioText(input, file, BoundedGameSchema, { lang });
}

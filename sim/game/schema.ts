/**
 * The parameter file of the tripartite evolutionary game (`cogov game FILE`): a small YAML file
 * validated by this zod schema. The payoff differences are those of the renewal literature's
 * government–enterprise–residents games (Wang, Ren, Shan & Zhang 2025; Jiang & Dong 2026):
 * ΔG = W + L(1 − yz) − Cg − Se·y − Sr·z, ΔE = Re·z + Se·x − Ce, ΔR = (1 − θ)·Br·y + Sr·x − Cr,
 * with x, y, z the shares of active governments, participating enterprises and supporting residents.
 * Defaults are the first parameter set; payoffs are in abstract utility units.
 */
import type { Lang } from '../kernel/i18n.js';
import { z } from 'zod';
import { type ParseResult, parseScenarioText } from '../../scenarios/parse.js';

const payoff = (def: number, description: string) =>
  z.number().min(-1e6).max(1e6).default(def).describe(`${description} (utility units)`);

/** The ten payoff parameters of ΔG, ΔE and ΔR. */
export const PayoffSchema = z
  .strictObject({
    W: payoff(6, 'W: upper-level reward to an active government'),
    L: payoff(4, 'L: loss of a passive government when enterprises and residents do not both cooperate'),
    Cg: payoff(3, 'Cg: cost of active regulation to the government'),
    Se: payoff(1.5, 'Se: subsidy an active government pays a participating enterprise'),
    Sr: payoff(1, 'Sr: subsidy an active government pays a supporting resident'),
    Re: payoff(8, 'Re: revenue of a participating enterprise when residents support'),
    Ce: payoff(5, 'Ce: cost of participation to an enterprise'),
    Br: payoff(10, 'Br: benefit to supporting residents when enterprises participate'),
    theta: z
      .number()
      .min(0)
      .max(1)
      .default(0.5)
      .describe('θ: share of the residents’ benefit Br that goes elsewhere (share, 0..1)'),
    Cr: payoff(3.5, 'Cr: cost of support to a resident (time, contributions)'),
  })
  .prefault({})
  .describe('payoff differences ΔG, ΔE, ΔR');

const unit = z.number().min(0).max(1);
/** A start (x, y, z) of the dynamics, each a share in [0, 1]. */
export const StartSchema = z.tuple([unit, unit, unit]).describe('start [x, y, z], shares 0..1');

/** How near a pure corner an end state must be to count as it (both game file formats). */
export const cornerTolerance = z
  .number()
  .min(0)
  .max(0.5)
  .default(0.02)
  .describe('an end state within this max-norm distance of a pure corner counts as that corner');

/** The whole game file. */
export const GameSchema = z
  .strictObject({
    name: z.string().min(1).max(200).default('tripartite game').describe('label of the parameter set'),
    source: z.string().max(1000).optional().describe('where the parameter values come from'),
    payoffs: PayoffSchema,
    ode: z
      .strictObject({
        tEnd: z.number().min(0.1).max(10_000).default(60).describe('time horizon (ODE time units)'),
        dt: z.number().min(1e-5).max(1).default(0.01).describe('largest RK4 step (ODE time units)'),
      })
      .prefault({})
      .describe('replicator ODE integration'),
    abm: z
      .strictObject({
        agents: z
          .number()
          .int()
          .min(0)
          .max(10_000_000)
          .default(10_000)
          .describe('agents per population (0 = no agent-based runs)'),
        runs: z.number().int().min(1).max(1000).default(3).describe('seeded runs averaged per start'),
        seed: z.number().int().min(0).max(4_294_967_295).default(1).describe('base seed of the runs'),
      })
      .prefault({})
      .describe('well-mixed agent-based mode (pairwise proportional imitation)'),
    starts: z
      .array(StartSchema)
      .min(1)
      .max(10_000)
      .default([
        [0.5, 0.5, 0.5],
        [0.5, 0.2, 0.2],
      ])
      .describe('starts of the dynamics'),
    grid: z
      .number()
      .int()
      .min(1)
      .max(50)
      .default(5)
      .describe('points per axis of the start grid (--starts grid): k/(n+1), k = 1..n'),
    corner: cornerTolerance,
  })
  .describe('tripartite evolutionary game');

export type Payoffs = z.output<typeof PayoffSchema>;
export type GameFile = z.output<typeof GameSchema>;
export type GameInput = z.input<typeof GameSchema>;
export type Start = readonly [number, number, number];

/**
 * Parse and validate game-file text (bytes or string); problems come back positioned, never thrown,
 * with their messages in `lang` (the scenario loader's messages: positions and paths are the same in
 * every language).
 */
export function parseGameText(
  input: Uint8Array | string,
  file: string,
  lang: Lang = 'en',
): ParseResult<GameFile> {
  return parseScenarioText(input, file, GameSchema, { lang });
}

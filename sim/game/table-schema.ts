/**
 * The general game file: any three-player, two-strategy game entered as the papers write it — the
 * players and their strategies, named parameters, derived values, the payoff of each player at each
 * of the eight pure profiles as expressions of the parameters, parameter stages and starts. Validated
 * by this zod schema (the source of the JSON Schema, `cogov schema --game`); expressions are checked
 * by `table-load.ts` after it.
 *
 * Profile "abc": a, b, c are 1 when player x, y, z plays its first strategy and 0 for its second;
 * the value is [payoff of x's player, of y's, of z's]. Shares x, y, z are those of the first
 * strategies.
 */
import { z } from 'zod';
import { cornerTolerance } from './schema.js';

/** A name in English and Chinese, or one text for both. */
export const NameSchema = z
  .union([
    z.string().min(1).max(200),
    z.strictObject({
      en: z.string().min(1).max(200).describe('English'),
      zh: z.string().min(1).max(200).describe('Chinese (中文)'),
    }),
  ])
  .describe('a name: text, or { en, zh }');
export type Name = z.output<typeof NameSchema>;

/** Identifiers of parameters and derived values: a letter or _, then letters, digits, _. */
export const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const Ident = z.string().regex(IDENT, 'expected a name: a letter or _, then letters, digits or _').max(64);

const num = z.number().min(-1e12).max(1e12);

/** A parameter: a number, or { value, unit, description }. */
const ParameterSchema = z
  .union([
    num,
    z.strictObject({
      value: num.describe('value'),
      unit: z.string().max(100).optional().describe('unit'),
      description: NameSchema.optional().describe('what it is'),
    }),
  ])
  .describe('a parameter value, or { value, unit, description }');

/** An expression of the parameters (mathjs syntax, restricted as in scenarios), or a number. */
const ExprSchema = z
  .union([num, z.string().min(1).max(2000)])
  .describe('a number or an expression of the parameters');

const TripleSchema = z
  .tuple([ExprSchema, ExprSchema, ExprSchema])
  .describe("[payoff of x's player, of y's, of z's]");

/** The eight pure profiles, in the order the tables print them. */
export const PROFILES = ['111', '110', '101', '100', '011', '010', '001', '000'] as const;
export type Profile = (typeof PROFILES)[number];

const PayoffsSchema = z
  .strictObject(
    Object.fromEntries(PROFILES.map((p) => [p, TripleSchema])) as Record<Profile, typeof TripleSchema>,
  )
  .describe('payoffs at the eight pure profiles "abc" (1 = first strategy, 0 = second)');

const unit = z.number().min(0).max(1);
const StartSchema = z.tuple([unit, unit, unit]).describe('start [x, y, z], shares 0..1');

const PlayerSchema = z.strictObject({
  name: NameSchema.describe('player'),
  strategies: z.tuple([NameSchema, NameSchema]).describe('[first strategy (share x, y or z), second]'),
});

/** Most stages after the base. */
export const MAX_STAGES = 50;
/** Most starts. */
export const MAX_STARTS = 1000;

/** The whole general game file. */
export const TableGameSchema = z
  .strictObject({
    name: NameSchema.describe('name of the game'),
    source: z.string().max(2000).optional().describe('where the game comes from (paper, DOI, code)'),
    description: NameSchema.optional().describe('what the game is about'),
    players: z
      .tuple([PlayerSchema, PlayerSchema, PlayerSchema])
      .describe(
        'the three players in order x, y, z; the first strategy of each is the one whose share is x, y, z',
      ),
    parameters: z
      .record(Ident, ParameterSchema)
      .describe('named parameters: value or { value, unit, description }'),
    derived: z
      .record(Ident, ExprSchema)
      .optional()
      .describe('values computed from the parameters, in order (each may use the earlier ones)'),
    payoffs: PayoffsSchema,
    stages: z
      .array(
        z.strictObject({
          name: NameSchema.describe('stage name'),
          set: z.record(Ident, num).describe('parameters changed from the base'),
        }),
      )
      .max(MAX_STAGES)
      .default([])
      .describe('parameter sets analysed after the base, each relative to the base'),
    starts: z
      .union([z.literal('grid27'), z.array(StartSchema).min(1).max(MAX_STARTS)])
      .default('grid27')
      .describe('starts of the dynamics: grid27 = {0.1, 0.5, 0.9}³, or a list'),
    ode: z
      .strictObject({
        tEnd: z.number().min(0.1).max(10_000).default(50).describe('time horizon (ODE time units)'),
        dt: z.number().min(1e-5).max(1).default(0.01).describe('RK4 step (ODE time units)'),
        every: z.number().min(1e-4).max(1000).default(0.1).describe('time between recorded states'),
      })
      .prefault({})
      .describe('replicator ODE integration (classical RK4, fixed step)'),
    abm: z
      .strictObject({
        agents: z.number().int().min(0).max(1_000_000).default(0).describe('agents per population (0 = off)'),
        runs: z.number().int().min(1).max(100).default(3).describe('seeded runs per start'),
        seed: z.number().int().min(0).max(4_294_967_295).default(1).describe('base seed of the runs'),
        mutation: z
          .number()
          .min(0)
          .max(1)
          .default(0)
          .describe('mutation (exploration) rate: chance a revision takes a uniformly random strategy'),
      })
      .prefault({})
      .describe('well-mixed agent-based mode (pairwise proportional imitation)'),
    corner: cornerTolerance,
  })
  .describe('three-player evolutionary game given by its payoff table');

export type TableGameFile = z.output<typeof TableGameSchema>;
export type TableGameInput = z.input<typeof TableGameSchema>;

/** The text of a name in `lang` (a plain string serves both languages). */
export function nameIn(n: Name, lang: 'en' | 'zh'): string {
  return typeof n === 'string' ? n : n[lang];
}

/**
 * The optimisation file format (`cogov optimize`; YAML, validated like scenarios with positioned
 * errors): a base scenario; levers (typed scenario fields the search sets); objectives (a key
 * indicator to minimise or maximise, how replicates aggregate and, under uncertainty, a robustness
 * measure over states of the world); constraints (an indicator, `>=` or `<=`, a bound, and how the
 * runs aggregate); optional uncertainties (factors sampled once as a Latin hypercube of states of the
 * world); NSGA-II settings and a seed. The zod schema is the single source of the types and of the
 * published JSON Schema (`scenarios/optimisation.schema.json`).
 */
import { z } from 'zod';
import { loaderMsg, refinement } from '../../scenarios/messages.js';
import { bilingual } from '../../scenarios/schema/parts.js';
import { KEY_INDICATORS } from '../model/metrics.js';
import { FactorSchema, ScenarioPathSchema } from './schema.js';

const INDICATOR_NAMES = KEY_INDICATORS.map((k) => k.name) as [string, ...string[]];

const COLUMN_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,99}$/;
const columnName = (what: string) =>
  z
    .string()
    .regex(COLUMN_NAME, `expected ${loaderMsg('en', 'expect.factorName')}`)
    .optional()
    .describe(what);

/** `mean` or a type-7 percentile `p0`..`p100` of the replicates. */
export const AGGREGATE_PATTERN = /^(mean|p(100|[1-9]?[0-9]))$/;

const lever = z
  .strictObject({
    path: ScenarioPathSchema.describe(
      'dotted path of the scenario field the lever sets, e.g. government.householdSubsidy.rmbPerHousehold',
    ),
    name: columnName('column name in outputs (default: the path)'),
    type: z
      .enum(['real', 'integer', 'boolean', 'categorical'])
      .describe('real or integer (with range), boolean, or categorical (with values)'),
    range: z
      .tuple([z.number(), z.number()])
      .refine((r) => r[0] < r[1], refinement('exp.rangeOrder'))
      .optional()
      .describe('[min, max] of a real or integer lever'),
    values: z
      .array(z.union([z.number(), z.boolean(), z.string().min(1).max(200)]))
      .min(2)
      .max(1000)
      .optional()
      .describe('the values a categorical lever takes'),
  })
  .superRefine((l, ctx) => {
    const at = (key: string) => (l[key as 'range'] !== undefined ? [key] : []);
    if ((l.type === 'real' || l.type === 'integer') && (l.range === undefined || l.values !== undefined))
      ctx.addIssue({ code: 'custom', path: at('values'), ...refinement('opt.leverRange', { type: l.type }) });
    if (l.type === 'integer' && l.range && !l.range.every(Number.isInteger))
      ctx.addIssue({ code: 'custom', path: ['range'], ...refinement('opt.integerRange') });
    if (l.type === 'categorical' && (l.values === undefined || l.range !== undefined))
      ctx.addIssue({ code: 'custom', path: at('range'), ...refinement('opt.leverValues') });
    if (l.type === 'boolean' && (l.values !== undefined || l.range !== undefined))
      ctx.addIssue({
        code: 'custom',
        path: [...at('range'), ...at('values')].slice(0, 1),
        ...refinement('opt.leverBoolean'),
      });
  })
  .describe('one lever: a scenario field the search sets');

const objective = z
  .strictObject({
    indicator: z.enum(INDICATOR_NAMES).describe('the key indicator'),
    name: columnName('column name in outputs (default: the indicator)'),
    direction: z.enum(['min', 'max']).describe('minimise or maximise'),
    aggregate: z
      .string()
      .regex(AGGREGATE_PATTERN, 'expected mean or a percentile p0..p100')
      .default('mean')
      .describe('how the replicates of a candidate (in one state of the world) aggregate: mean or pNN'),
    robustness: z
      .enum(['mean', 'p10', 'p90', 'regret', 'satisficing'])
      .default('mean')
      .describe(
        'over states of the world: mean, 10th/90th percentile, regret (largest shortfall from the best candidate per state, minimised) or satisficing (share of states reaching threshold: at least it for max objectives, at most it for min; maximised)',
      ),
    threshold: z.number().optional().describe('the value a state must reach (robustness: satisficing)'),
  })
  .superRefine((o, ctx) => {
    if (o.robustness === 'satisficing' && o.threshold === undefined)
      ctx.addIssue({ code: 'custom', path: ['robustness'], ...refinement('opt.thresholdNeeded') });
    if (o.robustness !== 'satisficing' && o.threshold !== undefined)
      ctx.addIssue({ code: 'custom', path: ['threshold'], ...refinement('opt.thresholdUnused') });
  })
  .describe('one objective');

const constraint = z
  .strictObject({
    indicator: z.enum(INDICATOR_NAMES).describe('the key indicator'),
    name: columnName('column name in outputs (default: the indicator)'),
    op: z.enum(['>=', '<=']).describe('the indicator must be at least (>=) or at most (<=) the bound'),
    bound: z.number().describe('the bound, in the indicator’s unit'),
    aggregate: z
      .string()
      .regex(/^(all|mean|p(100|[1-9]?[0-9]))$/, 'expected all, mean or a percentile p0..p100')
      .default('mean')
      .describe('over all the candidate’s runs: all (every run), mean, or a percentile pNN'),
  })
  .describe('one constraint');

const algorithm = z
  .strictObject({
    population: z
      .number()
      .int()
      .min(4)
      .max(10_000)
      .default(20)
      .describe('candidates per generation [4..10000]'),
    generations: z
      .number()
      .int()
      .min(0)
      .max(10_000)
      .default(10)
      .describe('generations after the initial population [0..10000]'),
    budget: z
      .number()
      .int()
      .min(1)
      .max(10_000_000)
      .optional()
      .describe('largest number of model runs; the search stops before a generation that would pass it'),
    replicates: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(1)
      .describe('replicates of a new candidate (per state)'),
    maxReplicates: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .optional()
      .describe(
        'survivors gain one replicate per generation up to this (default: replicates, no re-evaluation)',
      ),
    crossoverEta: z.number().min(0).max(1000).default(15).describe('SBX distribution index η_c'),
    crossoverProbability: z.number().min(0).max(1).default(0.9).describe('probability a pair is crossed'),
    mutationEta: z
      .number()
      .min(0)
      .max(1000)
      .default(20)
      .describe('polynomial mutation distribution index η_m'),
    epsilon: z
      .array(z.number().positive())
      .min(1)
      .max(8)
      .optional()
      .describe(
        'ε-dominance: one ε per objective, in the unit of its value; pareto.csv then keeps one candidate per ε-box (Laumanns et al. 2002)',
      ),
    mutationProbability: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe('per-lever mutation probability (default 1 / number of levers)'),
  })
  .superRefine((a, ctx) => {
    if (a.maxReplicates !== undefined && a.maxReplicates < a.replicates)
      ctx.addIssue({
        code: 'custom',
        path: ['maxReplicates'],
        ...refinement('opt.maxReplicates', { max: a.maxReplicates, min: a.replicates }),
      });
  })
  .describe('NSGA-II settings');

const uncertainties = z
  .strictObject({
    factors: z.array(FactorSchema).min(1).max(64).describe('assumed parameters with ranges or values'),
    states: z
      .number()
      .int()
      .min(2)
      .max(1000)
      .default(10)
      .describe('states of the world: a Latin hypercube of this many points, fixed for the whole search'),
  })
  .describe('uncertain parameters, sampled once as states of the world');

/** An optimisation file. */
export const OptimisationSchema = z
  .strictObject({
    kind: z.literal('optimisation').describe('marks an optimisation file (cogov optimize)'),
    name: bilingual.optional().describe('the optimisation’s name in English and Chinese'),
    description: bilingual.optional().describe('what it asks, in English and Chinese'),
    scenario: z.string().min(1).max(1000).describe('base scenario file, relative to this file'),
    levers: z.array(lever).min(1).max(64).describe('the levers the search sets (at most 64)'),
    objectives: z.array(objective).min(1).max(8).describe('objectives (at most 8)'),
    constraints: z
      .array(constraint)
      .max(32)
      .default([])
      .describe('constraints every feasible candidate meets'),
    uncertainties: uncertainties.optional(),
    algorithm: algorithm.default({
      population: 20,
      generations: 10,
      replicates: 1,
      crossoverEta: 15,
      crossoverProbability: 0.9,
      mutationEta: 20,
    }),
    seed: z
      .number()
      .int()
      .min(0)
      .max(4_294_967_295)
      .default(1)
      .describe('seed of the search, of the states of the world and of the runs (unsigned 32-bit)'),
  })
  .superRefine((o, ctx) => {
    // Every name becomes a column of runs.csv or evaluations.csv: they must differ.
    const seen = new Map<string, string>();
    const claim = (name: string, where: (string | number)[], field: string) => {
      const first = seen.get(name);
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: [...where, field],
          ...refinement('opt.repeatedName', { name, first }),
        });
      else
        seen.set(
          name,
          where.map((p, k) => (typeof p === 'number' ? `[${p}]` : k === 0 ? p : `.${p}`)).join(''),
        );
    };
    for (const [i, l] of o.levers.entries()) claim(l.name ?? l.path, ['levers', i], l.name ? 'name' : 'path');
    for (const [i, f] of (o.uncertainties?.factors ?? []).entries())
      claim(f.name ?? f.path, ['uncertainties', 'factors', i], f.name ? 'name' : 'path');
    for (const [i, b] of o.objectives.entries())
      claim(b.name ?? b.indicator, ['objectives', i], b.name ? 'name' : 'indicator');
    for (const [i, c] of o.constraints.entries())
      claim(c.name ?? c.indicator, ['constraints', i], c.name ? 'name' : 'indicator');
    const eps = o.algorithm.epsilon;
    if (eps !== undefined && eps.length !== o.objectives.length)
      ctx.addIssue({
        code: 'custom',
        path: ['algorithm', 'epsilon'],
        ...refinement('opt.epsilonLength', { objectives: o.objectives.length, count: eps.length }),
      });
    if (!o.uncertainties)
      o.objectives.forEach((b, i) => {
        if (b.robustness !== 'mean')
          ctx.addIssue({
            code: 'custom',
            path: ['objectives', i, 'robustness'],
            ...refinement('opt.robustnessNoStates', { measure: b.robustness }),
          });
      });
  })
  .describe('a cogov optimisation: levers, objectives, constraints and NSGA-II settings');

/** A validated optimisation file with defaults filled in. */
export type Optimisation = z.output<typeof OptimisationSchema>;

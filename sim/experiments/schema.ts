/**
 * The experiment file format (YAML, validated like scenarios with positioned errors): a base
 * scenario, factors (a dotted path into the scenario and a range or a list of values), a design
 * (grid, Latin hypercube, Morris elementary effects, Sobol with Saltelli sampling), replicates per
 * design point, a seed and the key indicators to analyse. The zod schema is the single source of the
 * types and of the published JSON Schema (`scenarios/experiment.schema.json`).
 */
import { z } from 'zod';
import { loaderMsg, refinement } from '../../scenarios/messages.js';
import { bilingual } from '../../scenarios/schema/parts.js';
import { KEY_INDICATORS } from '../model/metrics.js';
import { PATH_PATTERN, parsePath, reservedSegment } from '../analysis/factors.js';
import { SOBOL_MAX_FACTORS } from '../analysis/sobol.js';

const INDICATOR_NAMES = KEY_INDICATORS.map((k) => k.name) as [string, ...string[]];

const factorValue = z.union([z.number(), z.boolean(), z.string().min(1).max(200)]);

/** A dotted path into the scenario (a factor's or a lever's), never through a reserved segment. */
export const ScenarioPathSchema = z
  .string()
  .min(1)
  .max(300)
  .regex(PATH_PATTERN, `expected ${loaderMsg('en', 'expect.factorPath')}`)
  .superRefine((path, ctx) => {
    const name = reservedSegment(parsePath(path) ?? []);
    if (name !== undefined) ctx.addIssue({ code: 'custom', ...refinement('patch.reserved', { name }) });
  });

const factor = z
  .strictObject({
    path: ScenarioPathSchema.describe(
      'dotted path of the scenario field the factor sets, e.g. residents.opinion.mu or a.b[2]',
    ),
    name: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_.-]{0,99}$/, `expected ${loaderMsg('en', 'expect.factorName')}`)
      .optional()
      .describe('column name in outputs (default: the path)'),
    range: z
      .tuple([z.number(), z.number()])
      .refine((r) => r[0] < r[1], refinement('exp.rangeOrder'))
      .optional()
      .describe('[min, max]: the factor varies continuously between them'),
    values: z
      .array(factorValue)
      .min(1)
      .max(1000)
      .optional()
      .describe('the values the factor takes (numbers, true/false or text); designs pick among them'),
    integer: z.boolean().default(false).describe('round values of a range to the nearest integer'),
  })
  .superRefine((f, ctx) => {
    if ((f.range === undefined) === (f.values === undefined)) {
      ctx.addIssue({ code: 'custom', ...refinement('exp.rangeOrValues') });
    }
  })
  .describe('one factor: a scenario field and the values it takes');

const design = z
  .discriminatedUnion('type', [
    z
      .strictObject({
        type: z.literal('grid'),
        levels: z
          .number()
          .int()
          .min(1)
          .max(101)
          .default(3)
          .describe('values per range, ends included [1..101]'),
      })
      .describe('full factorial: every combination of the factors’ levels'),
    z
      .strictObject({
        type: z.literal('lhs'),
        points: z
          .number()
          .int()
          .min(2)
          .max(100_000)
          .describe('design points (strata per factor) [2..100000]'),
        centred: z.boolean().default(false).describe('put each point at the centre of its stratum'),
      })
      .describe('Latin hypercube: each stratum of each factor hit exactly once'),
    z
      .strictObject({
        type: z.literal('morris'),
        trajectories: z.number().int().min(2).max(1000).default(10).describe('trajectories r [2..1000]'),
        levels: z
          .number()
          .int()
          .min(2)
          .max(100)
          .refine((p) => p % 2 === 0, refinement('exp.evenLevels'))
          .default(4)
          .describe('grid levels p (even) [2..100]; step Δ = p / (2(p − 1))'),
      })
      .describe('Morris elementary effects: r(k + 1) points'),
    z
      .strictObject({
        type: z.literal('sobol'),
        n: z
          .number()
          .int()
          .min(2)
          .max(1_048_576)
          .describe('base sample size n (a power of 2 for the Sobol’ sequence) [2..1048576]'),
        sampler: z
          .enum(['sobol', 'random'])
          .default('sobol')
          .describe('base sample: Sobol’ sequence with a random digital shift, or pseudo-random'),
        bootstrap: z
          .number()
          .int()
          .min(0)
          .max(100_000)
          .default(1000)
          .describe('bootstrap resamples for intervals'),
      })
      .describe('Sobol indices with Saltelli sampling: n(k + 2) points'),
  ])
  .describe('the design of the experiment');

/** An experiment file. */
export const ExperimentSchema = z
  .strictObject({
    name: bilingual.optional().describe('experiment name in English and Chinese'),
    description: bilingual.optional().describe('what the experiment asks, in English and Chinese'),
    scenario: z.string().min(1).max(1000).describe('base scenario file, relative to this experiment file'),
    factors: z.array(factor).min(1).max(64).describe('the factors varied (at most 64)'),
    design,
    replicates: z
      .number()
      .int()
      .min(1)
      .max(10_000)
      .default(1)
      .describe('seeded runs per design point; replicate r runs on seed runSeed(seed, r) at every point'),
    seed: z
      .number()
      .int()
      .min(0)
      .max(4_294_967_295)
      .default(1)
      .describe('seed of the design and of the runs (unsigned 32-bit integer)'),
    indicators: z
      .array(z.enum(INDICATOR_NAMES))
      .min(1)
      .default([...INDICATOR_NAMES])
      .describe('key indicators to analyse (default: all)'),
  })
  .superRefine((e, ctx) => {
    const seen = new Map<string, number>();
    e.factors.forEach((f, i) => {
      const name = f.name ?? f.path;
      const first = seen.get(name);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['factors', i, f.name ? 'name' : 'path'],
          ...refinement('exp.repeatedFactor', { name, first }),
        });
      } else seen.set(name, i);
    });
    if (e.design.type === 'sobol' && e.design.sampler === 'sobol' && e.factors.length > SOBOL_MAX_FACTORS) {
      ctx.addIssue({
        code: 'custom',
        path: ['design', 'sampler'],
        ...refinement('exp.sobolFactors', { limit: SOBOL_MAX_FACTORS, count: e.factors.length }),
      });
    }
  })
  .describe('a cogov experiment: factors, a design and the indicators to analyse');

/** A validated experiment with defaults filled in. */
export type Experiment = z.output<typeof ExperimentSchema>;

/** One factor of an experiment file (also an optimisation file's uncertainty). */
export const FactorSchema = factor;

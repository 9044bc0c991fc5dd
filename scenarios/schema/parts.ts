/**
 * Building blocks of the scenario schema: bounded numbers with units, shares, ranges,
 * distributions and policy values (a number or a restricted expression of year, month, t).
 */
import { z } from 'zod';
import { compileExpression } from '../expr.js';
import { loaderMsg, refinement } from '../messages.js';
import { POLICY_BOUNDS, type PolicyPath } from '../policy-bounds.js';

/** A bounded number with a default and a description that states its unit. */
export function num(min: number, max: number, def: number, description: string) {
  return z.number().min(min).max(max).default(def).describe(`${description} [${min}..${max}]`);
}

/** A bounded integer with a default. */
export function int(min: number, max: number, def: number, description: string) {
  return z.number().int().min(min).max(max).default(def).describe(`${description} [${min}..${max}]`);
}

/** A share in [0, 1]. */
export function share(def: number, description: string) {
  return num(0, 1, def, `${description} (share, 0..1)`);
}

/** An on/off switch for an instrument. */
export function enabled(def: boolean, description = 'whether this instrument is in force') {
  return z.boolean().default(def).describe(description);
}

/** A closed range [min, max] with min ≤ max, both within [lo, hi]. */
export function range(lo: number, hi: number, def: [number, number], description: string) {
  return z
    .strictObject({
      min: z.number().min(lo).max(hi).describe(`lower end [${lo}..${hi}]`),
      max: z.number().min(lo).max(hi).describe(`upper end [${lo}..${hi}]`),
    })
    .refine((r) => r.min <= r.max, { ...refinement('schema.rangeOrder'), path: ['max'] })
    .prefault({ min: def[0], max: def[1] })
    .describe(`${description}: uniform range`);
}

/** A normal distribution (mean, sd), truncated to [lo, hi] when drawn. */
export function normal(lo: number, hi: number, def: { mean: number; sd: number }, description: string) {
  return z
    .strictObject({
      mean: z.number().min(lo).max(hi).describe(`mean [${lo}..${hi}]`),
      sd: z
        .number()
        .min(0)
        .max(hi - lo)
        .describe(`standard deviation [0..${hi - lo}]`),
    })
    .prefault(def)
    .describe(`${description}: normal(mean, sd) clipped to [${lo}, ${hi}]`);
}

/**
 * The policy value at `path`: a number, or an expression of `year`, `month` (1..12) and `t` (months
 * since start) compiled once by the restricted mathjs instance. Its bounds are those of
 * `POLICY_BOUNDS[path]` (policy-bounds.ts): numbers are range-checked here, at load time; expressions
 * are evaluated for every month of the calendar at load time too (policy-horizon.ts, from the
 * scenario's own refinement), and the simulator checks each result again when it evaluates it.
 */
export function policy(path: PolicyPath, def: number, description: string) {
  const { min, max } = POLICY_BOUNDS[path];
  return z
    .union([z.number(), z.string()])
    .superRefine((v, ctx) => {
      if (typeof v === 'number') {
        if (!Number.isFinite(v) || v < min || v > max) {
          ctx.addIssue({ code: 'custom', ...refinement('schema.policyRange', { min, max, value: v }) });
        }
        return;
      }
      const compiled = compileExpression(v);
      if (compiled.kind === 'error') {
        ctx.addIssue({
          code: 'custom',
          message: compiled.message,
          params: { index: compiled.index, loaderMessage: compiled.detail },
        });
      }
    })
    .default(def)
    .describe(`${description} [${min}..${max}]; a number or an expression of year, month, t`);
}

/** Bilingual text (English and Chinese). */
export const bilingual = z
  .strictObject({
    en: z.string().min(1).max(2000).describe('English text'),
    zh: z.string().min(1).max(2000).describe('Chinese text (中文)'),
  })
  .describe('text in English and Chinese');

/** Year-month as "YYYY-MM". */
export const yearMonth = z
  .string()
  .regex(/^(19|20|21)\d\d-(0[1-9]|1[0-2])$/, `expected ${loaderMsg('en', 'expect.yearMonth')}`)
  .describe('calendar month, "YYYY-MM"');

import { COMPONENTS, type Component } from '../components.js';

export { COMPONENTS, type Component };

/** One number per infrastructure component. */
export function perComponent(lo: number, hi: number, def: number, description: string) {
  const shape = Object.fromEntries(COMPONENTS.map((c) => [c, num(lo, hi, def, `${description}: ${c}`)]));
  return z
    .strictObject(shape as Record<Component, ReturnType<typeof num>>)
    .prefault({})
    .describe(description);
}

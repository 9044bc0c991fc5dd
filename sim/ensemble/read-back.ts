/**
 * The shapes of the files an ensemble reads back, checked with zod before any field is used: the
 * resume journal's meta.json and a shard's manifest.json. cogov writes them, but a hand edit or a
 * damaged disk can leave `null`, garbage or a run count as a string, which used to crash the resume
 * with internal text or make `cogov merge` write NaN dates. A file that fails is an
 * {@link EnsembleInputError} naming the file and the first bad field (exit 2).
 */
import { z } from 'zod';
import type { Scenario } from '../../scenarios/schema.js';
import { monthsBetween } from '../kernel/calendar.js';
import { EnsembleInputError } from './errors.js';
import type { EnsembleErrorCode } from './messages.js';
import { shardRange } from './plan.js';

const count = z.number().int().min(0);
const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** meta.json of a resume journal (journal.ts writes it). */
export const JournalMetaSchema = z.looseObject({
  format: z.string(),
  cogovVersion: z.string(),
  scenario: z.string(),
  scenarioSha256: z.string(),
  seed: count,
  runs: count.min(1),
  shard: z.object({ k: count.min(1), n: count.min(1) }).nullable(),
  metrics: z.array(z.string()),
  ticks: count.min(1),
  indicators: z.array(z.string()),
});

const bilingual = z.looseObject({ en: z.string(), zh: z.string() });

/** The fields of a shard's manifest.json that `cogov merge` reads. */
export const ShardManifestSchema = z
  .looseObject({
    cogovVersion: z.string(),
    scenario: z.string(),
    scenarioFile: z.string().nullable(),
    scenarioSha256: z.string(),
    scenarioName: bilingual,
    scenarioDescription: bilingual,
    language: z.string(),
    seed: count,
    runs: count.min(1),
    seedRule: z.string(),
    outputLayout: z.string().optional(),
    calendar: z
      .object({ start: yearMonth, end: yearMonth, ticks: count.min(1), keyYear: z.number().int() })
      .refine((c) => c.ticks === monthsBetween(c.start, c.end) + 1, { path: ['ticks'] }),
    shard: z.object({ k: count.min(1), n: count.min(1), firstRun: count, endRun: count }),
    workers: count,
    wallTimeSeconds: z.number().min(0),
    // Copied into the merged manifest as written (the scenario's own loader validated it).
    resolvedScenario: z
      .custom<Scenario>((v) => typeof v === 'object' && v !== null && !Array.isArray(v))
      .optional(),
  })
  .refine((m) => m.shard.k <= m.shard.n && m.shard.n <= m.runs, { path: ['shard'] })
  .refine(
    (m) => {
      const r = shardRange(m.runs, m.shard);
      return r.first === m.shard.firstRun && r.end === m.shard.endRun;
    },
    { path: ['shard'] },
  );

/** A shard's manifest as checked. */
export type ShardManifestJson = z.output<typeof ShardManifestSchema>;

/**
 * `value` checked against `schema`, else an {@link EnsembleInputError} of `code` naming `path`, the
 * first bad field and what it holds.
 */
export function checkReadBack<S extends z.ZodType>(
  schema: S,
  value: unknown,
  path: string,
  code: { invalid: EnsembleErrorCode; missing: EnsembleErrorCode },
): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.');
  let at: unknown = value;
  for (const key of issue.path) {
    at = typeof at === 'object' && at !== null ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  }
  if (at === undefined) throw new EnsembleInputError(code.missing, { path, field });
  const shown = JSON.stringify(at);
  const got = shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
  throw new EnsembleInputError(code.invalid, { path, field, got });
}

/**
 * Loading a scenario file from disk (Node side): size checked before reading, bytes parsed and
 * validated by `parse.ts` against the scenario schema, every problem thrown at once as a
 * {@link ScenarioError}.
 */
import type { Lang } from '../sim/kernel/i18n.js';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { ScenarioError, type ScenarioIssue } from './issues.js';
import { type LoaderKey, loaderMsg } from './messages.js';
import { MAX_SCENARIO_BYTES, type ParseOptions, parseScenarioText, sizeLimitMessage } from './parse.js';
import { type Scenario, ScenarioSchema } from './schema.js';

/** A validated scenario with the exact text it came from. */
export interface LoadedScenario {
  scenario: Scenario;
  /** The file's text (UTF-8, without a byte-order mark). */
  text: string;
  /** SHA-256 of the file's bytes, hex: identifies the input of a run. */
  sha256: string;
  /** The path as given. */
  file: string;
}

/**
 * Reads, parses and validates a scenario file. Throws {@link ScenarioError} listing every problem
 * (`FILE:LINE:COL: path: message`); never throws anything else for a bad or missing file. Messages
 * are in `opts.lang`, else in the file's own `language`, else English; a file that cannot be read
 * has no language of its own.
 */
export function loadScenarioFile(file: string, opts: ParseOptions = {}): LoadedScenario {
  const maxBytes = opts.maxBytes ?? MAX_SCENARIO_BYTES;
  const bytes = readBounded(file, maxBytes, opts.lang ?? 'en');
  const result = parseScenarioText(bytes, file, ScenarioSchema, { maxBytes, lang: opts.lang });
  if (!result.ok) throw new ScenarioError(result.issues);
  return {
    scenario: result.value,
    text: result.text,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    file,
  };
}

/** The file's bytes; an oversized file is refused from its size alone, without reading it. */
function readBounded(file: string, maxBytes: number, lang: Lang): Uint8Array {
  const fileIssue = (message: string): ScenarioError => {
    const issue: ScenarioIssue = { file, line: 1, col: 1, path: '(file)', message };
    return new ScenarioError([issue]);
  };
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw fileIssue(loaderMsg(lang, 'file.directory'));
    if (!stat.isFile()) throw fileIssue(loaderMsg(lang, 'file.notRegular'));
    size = stat.size;
  } catch (err) {
    if (err instanceof ScenarioError) throw err;
    throw fileIssue(describeFsError(err, lang));
  }
  if (size > maxBytes) {
    throw fileIssue(sizeLimitMessage(size, maxBytes, lang));
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (err) {
    throw fileIssue(describeFsError(err, lang));
  }
  return bytes;
}

const FS_ERRORS: Record<string, LoaderKey> = {
  ENOENT: 'file.notFound',
  EACCES: 'file.permission',
  EPERM: 'file.permission',
  ENOTDIR: 'file.notFoundParent',
  EISDIR: 'file.directory',
};

/** Why a file could not be read, in `lang`. */
function describeFsError(err: unknown, lang: Lang): string {
  const code = (err as { code?: unknown }).code;
  const key = typeof code === 'string' && Object.hasOwn(FS_ERRORS, code) ? FS_ERRORS[code] : undefined;
  if (key) return loaderMsg(lang, key);
  return loaderMsg(lang, 'file.unreadable', { detail: err instanceof Error ? err.message : String(err) });
}

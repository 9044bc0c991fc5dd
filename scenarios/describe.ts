/**
 * The words of the loader's messages: what a field expects, read from its schema ("a whole number
 * between 1 and 5000 (households)"), what a value is ("the text \"abc\"", "a list of 3 items"),
 * and the hints for common slips (a percent for a share, a quoted number, `yes` for true).
 * `explain.ts` puts them together into one message per zod issue. Pure; imports nothing at run time
 * but the message tables.
 */
import type { Lang } from '../sim/kernel/i18n.js';
import type { z } from 'zod';
import { joinList, type LoaderKey, loaderMsg, type MsgVar, unitIn } from './messages.js';
import { descriptionAt, numberChecksAt } from './zod-walk.js';

const TYPE_NAMES: Record<string, LoaderKey> = {
  number: 'type.number',
  int: 'type.int',
  string: 'type.string',
  boolean: 'type.boolean',
  object: 'type.object',
  record: 'type.object',
  array: 'type.array',
  tuple: 'type.array',
  null: 'type.null',
  date: 'type.date',
};

/** What a field of type `expected` takes, in `lang`: a number's bounds and unit when its schema is known, else the type's name. */
export function expectedText(
  expected: string,
  schema: unknown,
  path: readonly PropertyKey[],
  lang: Lang,
): string {
  if (expected === 'number' || expected === 'int') {
    const spec = schema === undefined ? undefined : numberSpec(schema, path, lang);
    if (spec) return spec.text;
  }
  const key = TYPE_NAMES[expected];
  return key ? loaderMsg(lang, key) : expected;
}

/**
 * What a schema's own "expected …" message asks for, in `lang`: a phrase of the `expect.*` table
 * when the English matches one (a regex's message has no room for a key), else the text as written.
 */
export function expectedPhrase(english: string, lang: Lang): string {
  if (lang === 'en') return english;
  for (const key of EXPECT_PHRASES) if (loaderMsg('en', key) === english) return loaderMsg(lang, key);
  return english;
}

const EXPECT_PHRASES: readonly LoaderKey[] = ['expect.yearMonth', 'expect.factorPath', 'expect.factorName'];

/** A hint for a value of the wrong type that looks like a slip (`50%`, `"3"`, `1,000`, `yes`, an empty section); `''` when none. */
export function typeHint(expected: string, got: unknown, lang: Lang): string {
  const m = (key: LoaderKey) => loaderMsg(lang, key);
  if ((expected === 'number' || expected === 'int') && typeof got === 'string') {
    if (/^\s*[-+]?[\d.]+\s*%\s*$/.test(got)) return m('hint.percentShare');
    if (/^\s*[-+]?\d{1,3}([,_ ]\d{3})+(\.\d+)?\s*$/.test(got)) {
      return m('hint.separators');
    }
    if (/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(got)) return m('hint.quotes');
  }
  if (expected === 'boolean' && typeof got === 'string' && /^(y|n|yes|no|on|off)$/i.test(got)) {
    return m('hint.boolean');
  }
  if (expected === 'object' && got === null) {
    return m('hint.emptySection');
  }
  return '';
}

/** A number field in words, with the bounds it was read from. */
export interface NumberSpec {
  text: string;
  min?: number;
  max?: number;
}

/** A hint for a percent written where a share (0..1) is expected; `''` when none. */
export function shareHint(spec: NumberSpec, got: unknown, lang: Lang): string {
  if (spec.min === 0 && spec.max === 1 && typeof got === 'number' && got >= 2 && got <= 100) {
    return loaderMsg(lang, 'hint.share', { fraction: got / 100, percent: got });
  }
  return '';
}

/** The bound a too-small or too-big issue names, in words, when the schema at its path is unknown. */
export function boundFromIssue(
  issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall,
  lang: Lang,
): NumberSpec {
  const bounded = (key: LoaderKey, value: number) =>
    loaderMsg(lang, 'num.bounded', {
      noun: loaderMsg(lang, 'num.noun'),
      bounds: loaderMsg(lang, key, { value }),
    });
  if (issue.code === 'too_small') {
    const v = Number(issue.minimum);
    return { text: bounded(issue.inclusive ? 'num.atLeast' : 'num.greaterThan', v), min: v };
  }
  const v = Number(issue.maximum);
  return { text: bounded(issue.inclusive ? 'num.atMost' : 'num.lessThan', v), max: v };
}

/** "a whole number between 1 and 5000 (households)", from the number schema at `path`. */
export function numberSpec(
  schema: unknown,
  path: readonly PropertyKey[],
  lang: Lang,
): NumberSpec | undefined {
  const checks = numberChecksAt(schema, path);
  if (checks === undefined) return undefined;
  const { lo, hi, whole } = checks;
  const m = (key: LoaderKey, vars?: Record<string, MsgVar>) => loaderMsg(lang, key, vars);
  const noun = m(whole ? 'num.nounInt' : 'num.noun');
  let text: string;
  if (lo && hi && lo.inclusive && hi.inclusive) text = m('num.between', { noun, lo: lo.value, hi: hi.value });
  else {
    const parts: string[] = [];
    if (lo) parts.push(m(lo.inclusive ? 'num.atLeast' : 'num.greaterThan', { value: lo.value }));
    if (hi) parts.push(m(hi.inclusive ? 'num.atMost' : 'num.lessThan', { value: hi.value }));
    text = parts.length > 0 ? m('num.bounded', { noun, bounds: joinList(lang, parts, 'sep.and') }) : noun;
  }
  const unit = unitText(descriptionAt(schema, path), lang);
  return { text: unit ? m('num.unit', { text, unit }) : text, min: lo?.value, max: hi?.value };
}

/**
 * The unit in a field description: its last parenthesised group, before any `[lo..hi]` suffix and
 * up to a comma, so "share of … (share, 0..1) [0..1]" gives "share" and "budget (RMB per year)" gives
 * "RMB per year".
 */
export function unitOf(description: string | undefined): string | undefined {
  if (!description) return undefined;
  const m = /\(([^()]*)\)\s*(\[[^\]]*\])?\s*$/.exec(description);
  const unit = m?.[1].split(',')[0].trim();
  return unit ? unit : undefined;
}

/** The unit of the field described by `description`, in `lang` (see {@link unitOf}). */
export function unitText(description: string | undefined, lang: Lang): string | undefined {
  const unit = unitOf(description);
  return unit === undefined ? undefined : unitIn(lang, unit);
}

/** What a value is, in `lang`: "nothing", "the text \"abc\"", "a list of 3 items", "a mapping with keys a, b". */
export function describeValue(value: unknown, lang: Lang): string {
  const m = (key: LoaderKey, vars?: Record<string, MsgVar>) => loaderMsg(lang, key, vars);
  if (value === undefined) return m('value.nothing');
  if (value === null) return m('value.null');
  if (typeof value === 'string') {
    if (value === '') return m('value.emptyString');
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return m('value.string', { value: JSON.stringify(shown) });
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return m('value.list', { count: value.length, noun: nounOf('item', value.length, lang) });
  if (isRecord(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return m('value.emptyMapping');
    const shown = joinList(lang, keys.slice(0, 5)) + (keys.length > 5 ? m('list.more') : '');
    return m(keys.length === 1 ? 'value.mapping.one' : 'value.mapping.many', { keys: shown });
  }
  return typeof value;
}

/** The length of a string (in characters), list, set or map; undefined for anything else. */
export function sizeOf(value: unknown): number | undefined {
  if (typeof value === 'string') return [...value].length;
  if (Array.isArray(value)) return value.length;
  if (value instanceof Set || value instanceof Map) return value.size;
  return undefined;
}

/** "item"/"items", "character"/"characters" in English; the measure word in Chinese. */
export function nounOf(noun: 'item' | 'character', n: number, lang: Lang): string {
  return loaderMsg(lang, `noun.${noun}.${n === 1 ? 'one' : 'many'}`);
}

/** A plain mapping (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path` inside `root`, and whether the path exists. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let current: unknown = root;
  for (const seg of path) {
    if (Array.isArray(current) && typeof seg === 'number' && seg < current.length) current = current[seg];
    else if (isRecord(current) && Object.hasOwn(current, seg)) current = current[seg as string];
    else return { found: false, value: undefined };
  }
  return { found: true, value: current };
}

/**
 * Positioned problems found in a scenario file, and how they are printed.
 *
 * Every problem the loader finds becomes one {@link ScenarioIssue}; the CLI prints each as
 * `FILE:LINE:COL: path.to.field: message`, a form editors and CI logs turn into links.
 * This module also says what each zod issue means (what was expected, what was found); `parse.ts`
 * places issues in the file. It is pure and imports nothing at run time.
 */
import type { z } from 'zod';
import {
  joinList,
  type LoaderKey,
  type LoaderLang,
  type LoaderMessage,
  loaderMsg,
  type MsgVar,
  renderMessage,
  unitIn,
} from './messages.js';

/** One problem in a scenario file. `line` and `col` are 1-based; `col` counts characters, not bytes. */
export interface ScenarioIssue {
  file: string;
  line: number;
  col: number;
  /** Dotted path to the field, e.g. `communities[3].households`; `(root)` or `(file)` when there is none. */
  path: string;
  /** What was expected and what was found. */
  message: string;
}

/** `FILE:LINE:COL: path: message`. */
export function formatIssue(issue: ScenarioIssue): string {
  return `${issue.file}:${issue.line}:${issue.col}: ${issue.path}: ${issue.message}`;
}

/** Sorts by line, then column; issues at the same place keep their order. Returns a new array. */
export function sortIssues(issues: readonly ScenarioIssue[]): ScenarioIssue[] {
  return [...issues].sort((a, b) => a.line - b.line || a.col - b.col);
}

/** Thrown by the file loader; `message` holds every issue, one formatted issue per line. */
export class ScenarioError extends Error {
  readonly issues: ScenarioIssue[];

  constructor(issues: readonly ScenarioIssue[]) {
    const sorted = sortIssues(issues);
    super(sorted.map(formatIssue).join('\n'));
    this.name = 'ScenarioError';
    this.issues = sorted;
  }
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['a', 'b', 3, 'c']` → `a.b[3].c`; keys that are not identifiers are quoted: `a["x y"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && IDENTIFIER.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out;
}

/** Optimal-string-alignment distance: Levenshtein plus transposition of two adjacent characters. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        d[(i - 1) * cols + j] + 1,
        d[i * cols + j - 1] + 1,
        d[(i - 1) * cols + j - 1] + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[(i - 2) * cols + j - 2] + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1];
}

/** Lower case without `_`, `-` or spaces, so `amount_rmb` and `amountRmb` compare equal. */
function normalise(word: string): string {
  return word.toLowerCase().replace(/[-_\s]/g, '');
}

/**
 * The candidate closest to `word`, or undefined when none is close: within an edit distance of 2,
 * or of a third of the word's length for long words, and never a complete rewrite. Ties go to the
 * earlier candidate, so the answer is deterministic.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const w = normalise(word);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const c = normalise(candidate);
    const distance = editDistance(w, c);
    const limit = Math.max(2, Math.floor(Math.max(w.length, c.length) / 3));
    if (distance > limit || distance >= Math.max(w.length, c.length)) continue;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// What a zod issue means, in words a scenario author can act on.

type ZodIssue = z.core.$ZodIssue;

/** Where an explained issue belongs in the file: the value at `path`, the key ending `path`, or the mapping that lacks it. */
export type IssueAnchor = 'value' | 'key' | 'parent';

/** A zod issue restated: its full path, a message saying what was expected and found, and where to point. */
export interface ExplainedIssue {
  path: PropertyKey[];
  message: string;
  anchor: IssueAnchor;
  /** 0-based character offset inside a string value (e.g. the bad token of an expression). */
  index?: number;
}

/**
 * Restates zod issues (from `safeParse(input, { reportInput: true })`) for scenario authors, in
 * `lang`. `schema` is walked (duck-typed on zod 4's `_zod.def`) to find known keys for "did you
 * mean", both bounds of a number and its unit; `input` is the parsed value, to say what was found.
 */
export function explainZodIssues(
  issues: readonly ZodIssue[],
  schema: unknown,
  input: unknown,
  lang: LoaderLang = 'en',
): ExplainedIssue[] {
  return flattenUnions(issues, []).flatMap((issue) => explainOne(issue, schema, input, lang));
}

/** Replaces each union failure by the issues of the branch the author most likely meant, when there is one. */
function flattenUnions(issues: readonly ZodIssue[], prefix: readonly PropertyKey[]): ZodIssue[] {
  const out: ZodIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const branch = likelyBranch(issue.errors);
      if (branch) {
        out.push(...flattenUnions(branch, path));
        continue;
      }
    }
    out.push({ ...issue, path });
  }
  return out;
}

/** A branch whose top-level type matched, with the fewest problems; a wrong literal tag counts heavily against it. */
function likelyBranch(branches: readonly ZodIssue[][]): ZodIssue[] | undefined {
  let best: ZodIssue[] | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const branch of branches) {
    if (
      branch.some((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value'))
    ) {
      continue;
    }
    const tagMisses = branch.filter(
      (i) => i.code === 'invalid_value' && i.path.length === 1 && i.values.length === 1,
    ).length;
    const problems = branch.reduce((n, i) => n + (i.code === 'unrecognized_keys' ? i.keys.length : 1), 0);
    const score = problems + 100 * tagMisses;
    if (score < bestScore) {
      best = branch;
      bestScore = score;
    }
  }
  return best;
}

function explainOne(issue: ZodIssue, schema: unknown, input: unknown, lang: LoaderLang): ExplainedIssue[] {
  const m = (key: LoaderKey, vars?: Record<string, MsgVar>) => loaderMsg(lang, key, vars);
  const path = issue.path;
  const at = valueAt(input, path);
  const got = at.found ? at.value : issue.input;
  const here = (message: string, anchor: IssueAnchor = 'value'): ExplainedIssue[] => [
    { path, message, anchor },
  ];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(schema, path, got);
      const present = isRecord(got) ? Object.keys(got) : [];
      return issue.keys.map((key) => ({
        path: [...path, key],
        anchor: 'key' as const,
        message: unknownKeyMessage(key, known, present, lang),
      }));
    }
    case 'invalid_type': {
      const expected = expectedText(issue.expected, schema, path, lang);
      if (!at.found && path.length > 0 && issue.input === undefined) {
        const name = JSON.stringify(String(path[path.length - 1]));
        return here(m('issue.missingKey', { name, expected }), 'parent');
      }
      return here(
        m('issue.expectedGot', {
          expected,
          got: describeValue(got, lang),
          hint: typeHint(issue.expected, got, lang),
        }),
      );
    }
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'number' || issue.origin === 'int') {
        const spec = numberSpec(schema, path, lang) ?? boundFromIssue(issue, lang);
        return here(
          m('issue.expectedGot', {
            expected: spec.text,
            got: describeValue(got, lang),
            hint: shareHint(spec, got, lang),
          }),
        );
      }
      const count = sizeOf(got);
      const noun = issue.origin === 'string' ? 'character' : 'item';
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const word = issue.exact ? 'size.exactly' : issue.code === 'too_small' ? 'size.atLeast' : 'size.atMost';
      const found =
        count === undefined
          ? describeValue(got, lang)
          : m('issue.size.found', { count, noun: nounOf(noun, count, lang) });
      const unit = unitText(descriptionAt(schema, path), lang);
      return here(
        m('issue.size', {
          word: m(word),
          limit,
          noun: nounOf(noun, limit, lang),
          unit: unit ? m('issue.size.unit', { unit }) : '',
          found,
        }),
      );
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v));
      const expected = options.length === 1 ? options[0] : m('expect.oneOf', { options });
      const suggestion =
        typeof got === 'string'
          ? didYouMean(
              got,
              issue.values.filter((v): v is string => typeof v === 'string'),
            )
          : undefined;
      const hint = suggestion ? m('hint.didYouMean', { name: JSON.stringify(suggestion) }) : '';
      return here(m('issue.expectedGot', { expected, got: describeValue(got, lang), hint }));
    }
    case 'invalid_union': {
      const { options, discriminator: tag } = issue as unknown as {
        options?: unknown[];
        discriminator?: string;
      };
      if (issue.errors.length === 0 && options && tag) {
        const key = path[path.length - 1] === tag ? path : [...path, tag];
        const found = valueAt(input, key);
        const expected = m('expect.oneOf', { options: options.map((v) => JSON.stringify(v)) });
        return [
          found.found
            ? {
                path: key,
                anchor: 'value',
                message: m('issue.discriminator', { tag, expected, got: describeValue(found.value, lang) }),
              }
            : {
                path: key,
                anchor: 'parent',
                message: m('issue.missingKey', { name: JSON.stringify(tag), expected }),
              },
        ];
      }
      return here(
        m('issue.expectedGot', {
          expected: alternatives(issue.errors, lang),
          got: describeValue(got, lang),
          hint: '',
        }),
      );
    }
    case 'not_multiple_of':
      return here(m('issue.multipleOf', { divisor: String(issue.divisor), got: describeValue(got, lang) }));
    case 'invalid_format': {
      const expected = /^expected\b/i.test(issue.message)
        ? expectedPhrase(issue.message.replace(/^expected\s+/i, ''), lang)
        : issue.format === 'regex' && issue.pattern
          ? m('expect.matching', { pattern: issue.pattern })
          : m('expect.validFormat', { format: issue.format });
      return here(m('issue.expectedGot', { expected, got: describeValue(got, lang), hint: '' }));
    }
    case 'invalid_key': {
      const reasons = issue.issues.map((i) => innerReason(i, lang));
      return here(
        m('issue.invalidKey', {
          name: JSON.stringify(String(path[path.length - 1])),
          reasons: joinList(lang, reasons, 'sep.semicolon'),
        }),
        'key',
      );
    }
    case 'custom': {
      const params = issue.params as { index?: unknown; loaderMessage?: unknown } | undefined;
      const carried = params?.loaderMessage as LoaderMessage | undefined;
      const message = carried?.key ? renderMessage(lang, carried) : issue.message;
      const out: ExplainedIssue = { path, message, anchor: 'value' };
      const index = params?.index;
      if (typeof index === 'number' && Number.isInteger(index) && index >= 0) out.index = index;
      return [out];
    }
    default:
      return here((issue as { message: string }).message);
  }
}

/** A short reason for an issue nested inside another (a record key). */
function innerReason(issue: ZodIssue, lang: LoaderLang): string {
  return explainOne({ ...issue, path: [] }, undefined, issue.input, lang)[0]?.message ?? issue.message;
}

function unknownKeyMessage(
  key: string,
  known: readonly string[],
  present: readonly string[],
  lang: LoaderLang,
): string {
  const absent = known.filter((k) => !present.includes(k));
  const suggestion = didYouMean(key, absent) ?? didYouMean(key, known);
  const name = JSON.stringify(key);
  if (suggestion)
    return loaderMsg(lang, 'issue.unknownKey.suggest', { name, suggestion: JSON.stringify(suggestion) });
  if (known.length > 0 && known.length <= 20) {
    return loaderMsg(lang, 'issue.unknownKey.known', { name, known });
  }
  return loaderMsg(lang, 'issue.unknownKey', { name });
}

function alternatives(branches: readonly ZodIssue[][], lang: LoaderLang): string {
  const names: string[] = [];
  for (const branch of branches) {
    for (const issue of branch) {
      if (issue.path.length !== 0) continue;
      const name =
        issue.code === 'invalid_type'
          ? expectedText(issue.expected, undefined, [], lang)
          : issue.code === 'invalid_value'
            ? joinList(
                lang,
                issue.values.map((v) => JSON.stringify(v)),
                'sep.or',
              )
            : undefined;
      if (name && !names.includes(name)) names.push(name);
    }
  }
  if (names.length === 0) return loaderMsg(lang, 'expect.severalForms');
  if (names.length === 1) return names[0];
  return loaderMsg(lang, 'expect.alternatives', {
    first: joinList(lang, names.slice(0, -1)),
    last: names[names.length - 1],
  });
}

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

function expectedText(
  expected: string,
  schema: unknown,
  path: readonly PropertyKey[],
  lang: LoaderLang,
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
function expectedPhrase(english: string, lang: LoaderLang): string {
  if (lang === 'en') return english;
  for (const key of EXPECT_PHRASES) if (loaderMsg('en', key) === english) return loaderMsg(lang, key);
  return english;
}

const EXPECT_PHRASES: readonly LoaderKey[] = ['expect.yearMonth', 'expect.factorPath', 'expect.factorName'];

function typeHint(expected: string, got: unknown, lang: LoaderLang): string {
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

interface NumberSpec {
  text: string;
  min?: number;
  max?: number;
}

function shareHint(spec: NumberSpec, got: unknown, lang: LoaderLang): string {
  if (spec.min === 0 && spec.max === 1 && typeof got === 'number' && got >= 2 && got <= 100) {
    return loaderMsg(lang, 'hint.share', { fraction: got / 100, percent: got });
  }
  return '';
}

function boundFromIssue(
  issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall,
  lang: LoaderLang,
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
function numberSpec(schema: unknown, path: readonly PropertyKey[], lang: LoaderLang): NumberSpec | undefined {
  const leaf = schemasAt(schema, path).find((s) => defOf(s)?.type === 'number');
  if (leaf === undefined) return undefined;
  const def = defOf(leaf)!;
  let lo: { value: number; inclusive: boolean } | undefined;
  let hi: { value: number; inclusive: boolean } | undefined;
  let whole = typeof def.format === 'string' && /int/.test(def.format);
  for (const check of def.checks ?? []) {
    const c = (check as { _zod?: { def?: CheckDef } } | undefined)?._zod?.def;
    if (!c) continue;
    if (c.check === 'number_format' && /int/.test(String(c.format))) whole = true;
    if (c.check === 'greater_than' && typeof c.value === 'number') {
      if (!lo || c.value > lo.value || (c.value === lo.value && !c.inclusive))
        lo = { value: c.value, inclusive: !!c.inclusive };
    }
    if (c.check === 'less_than' && typeof c.value === 'number') {
      if (!hi || c.value < hi.value || (c.value === hi.value && !c.inclusive))
        hi = { value: c.value, inclusive: !!c.inclusive };
    }
  }
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
function unitText(description: string | undefined, lang: LoaderLang): string | undefined {
  const unit = unitOf(description);
  return unit === undefined ? undefined : unitIn(lang, unit);
}

function describeValue(value: unknown, lang: LoaderLang): string {
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

function sizeOf(value: unknown): number | undefined {
  if (typeof value === 'string') return [...value].length;
  if (Array.isArray(value)) return value.length;
  if (value instanceof Set || value instanceof Map) return value.size;
  return undefined;
}

/** "item"/"items", "character"/"characters" in English; the measure word in Chinese. */
function nounOf(noun: 'item' | 'character', n: number, lang: LoaderLang): string {
  return loaderMsg(lang, `noun.${noun}.${n === 1 ? 'one' : 'many'}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
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

// --- walking a zod 4 schema (duck-typed on `_zod.def`, so any zod 4 schema works) --------------

interface SchemaDef {
  type: string;
  innerType?: unknown;
  in?: unknown;
  out?: unknown;
  options?: unknown[];
  left?: unknown;
  right?: unknown;
  getter?: () => unknown;
  shape?: Record<string, unknown>;
  catchall?: unknown;
  element?: unknown;
  items?: unknown[];
  rest?: unknown;
  valueType?: unknown;
  checks?: unknown[];
  format?: unknown;
}

interface CheckDef {
  check?: string;
  value?: unknown;
  inclusive?: boolean;
  format?: unknown;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional']);
const MAX_SCHEMA_DEPTH = 64;

function defOf(schema: unknown): SchemaDef | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  const def = (schema as { _zod?: { def?: unknown } })._zod?.def;
  return typeof def === 'object' && def !== null && typeof (def as SchemaDef).type === 'string'
    ? (def as SchemaDef)
    : undefined;
}

/** The concrete schemas a schema may stand for, once wrappers, pipes, unions and lazies are opened. */
function leaves(schema: unknown, depth = 0): unknown[] {
  const def = defOf(schema);
  if (!def || depth > MAX_SCHEMA_DEPTH) return schema === undefined ? [] : [schema];
  if (WRAPPERS.has(def.type)) return leaves(def.innerType, depth + 1);
  switch (def.type) {
    case 'pipe':
      return [...leaves(def.in, depth + 1), ...leaves(def.out, depth + 1)];
    case 'union':
      return (def.options ?? []).flatMap((o) => leaves(o, depth + 1));
    case 'intersection':
      return [...leaves(def.left, depth + 1), ...leaves(def.right, depth + 1)];
    case 'lazy':
      return def.getter ? leaves(def.getter(), depth + 1) : [];
    default:
      return [schema];
  }
}

function child(schema: unknown, seg: PropertyKey): unknown {
  const def = defOf(schema);
  if (!def) return undefined;
  switch (def.type) {
    case 'object':
      return typeof seg === 'string' ? (def.shape?.[seg] ?? def.catchall) : undefined;
    case 'array':
      return typeof seg === 'number' ? def.element : undefined;
    case 'tuple':
      return typeof seg === 'number' ? (def.items?.[seg] ?? def.rest) : undefined;
    case 'record':
    case 'map':
      return def.valueType;
    default:
      return undefined;
  }
}

/** The schemas (before opening wrappers) that describe the value at `path`. */
function rawAt(schema: unknown, path: readonly PropertyKey[]): unknown[] {
  if (schema === undefined) return [];
  let current: unknown[] = [schema];
  for (const seg of path) {
    current = current
      .flatMap((s) => leaves(s))
      .flatMap((s) => {
        const c = child(s, seg);
        return c === undefined ? [] : [c];
      });
    if (current.length === 0) break;
  }
  return current;
}

function schemasAt(schema: unknown, path: readonly PropertyKey[]): unknown[] {
  return rawAt(schema, path).flatMap((s) => leaves(s));
}

/**
 * Keys of the object schema(s) at `path`, in declaration order; empty when unknown. With `value`,
 * union members whose literal tags (e.g. `type: flood`) contradict it are left out.
 */
export function knownKeys(schema: unknown, path: readonly PropertyKey[], value?: unknown): string[] {
  const objects = schemasAt(schema, path)
    .map((s) => defOf(s))
    .filter((d): d is SchemaDef & { shape: Record<string, unknown> } => d?.type === 'object' && !!d.shape);
  const matching = objects.filter((d) => tagsAgree(d.shape, value));
  const keys: string[] = [];
  for (const d of matching.length > 0 ? matching : objects) {
    for (const k of Object.keys(d.shape)) if (!keys.includes(k)) keys.push(k);
  }
  return keys;
}

function tagsAgree(shape: Record<string, unknown>, value: unknown): boolean {
  if (!isRecord(value)) return true;
  return Object.entries(shape).every(([k, field]) => {
    const def = defOf(field) as (SchemaDef & { values?: unknown[] }) | undefined;
    return def?.type !== 'literal' || !Object.hasOwn(value, k) || (def.values ?? []).includes(value[k]);
  });
}

/** Keys the object schema at `path` requires (neither optional nor defaulted). */
export function requiredKeys(schema: unknown, path: readonly PropertyKey[]): string[] {
  const keys: string[] = [];
  for (const s of schemasAt(schema, path)) {
    const def = defOf(s);
    if (def?.type !== 'object' || !def.shape) continue;
    for (const [k, v] of Object.entries(def.shape)) {
      const optin = (v as { _zod?: { optin?: unknown } })._zod?.optin;
      if (optin === undefined && !keys.includes(k)) keys.push(k);
    }
  }
  return keys;
}

/** The first description found on the schema at `path` or on the wrappers around it. */
function descriptionAt(schema: unknown, path: readonly PropertyKey[]): string | undefined {
  for (let s of rawAt(schema, path)) {
    for (let depth = 0; depth < MAX_SCHEMA_DEPTH && s !== undefined; depth++) {
      const description = (s as { description?: unknown }).description;
      if (typeof description === 'string' && description !== '') return description;
      const def = defOf(s);
      s = def && WRAPPERS.has(def.type) ? def.innerType : undefined;
    }
  }
  return undefined;
}

/**
 * Scenario text → validated value, with every problem reported at once as a positioned
 * {@link ScenarioIssue}: size, encoding, emptiness, YAML syntax, duplicate keys, alias bombs,
 * the shape of the top level, non-finite numbers, then every schema issue.
 *
 * Pure (no `node:*`, no I/O): the browser and the Node loader share it. It is generic over any zod
 * schema; `load.ts` applies it to the scenario schema.
 */
import { isLang } from '../sim/kernel/i18n.js';
import type { Lang } from '../sim/kernel/i18n.js';
import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type ParsedNode,
  parseDocument,
} from 'yaml';
import type { z } from 'zod';
import { explainZodIssues } from './explain.js';
import { formatPath, type ScenarioIssue, sortIssues } from './issues.js';
import { joinList, type LoaderKey, loaderMsg, type MsgVar } from './messages.js';
import { decodeUtf8, lineColIn, type Pos, positions, START, scanBrackets, utf8Length } from './text.js';
import { lfLineBreaks } from './text.js';
import { yamlProblem } from './yaml-errors.js';
import { locate, offsetInScalar, type Scan, scanDocument } from './yaml-tree.js';
import { knownKeys, requiredKeys } from './zod-walk.js';

/** Largest scenario file accepted, in bytes (a hand-written scenario is a few kB). */
export const MAX_SCENARIO_BYTES = 1_000_000;
/** Alias expansions allowed when building the value; billion-laughs files exceed it at once. */
export const MAX_ALIAS_COUNT = 100;
/** Deepest nesting of flow collections (`[`, `{`) accepted; deeper input makes the YAML parser crawl. */
export const MAX_FLOW_DEPTH = 64;

export interface ParseOptions {
  /** Size limit in bytes; defaults to {@link MAX_SCENARIO_BYTES}. */
  maxBytes?: number;
  /**
   * Language of the messages. When not given: the file's own top-level `language: en | zh` if the
   * schema has that key, else English.
   */
  lang?: Lang;
}

export type ParseResult<T> =
  | { ok: true; value: T; doc: Document.Parsed; text: string }
  | { ok: false; issues: ScenarioIssue[] };

/** An issue before the file name is attached. */
type Problem = { line: number; col: number; path: string; message: string };

const problem = (pos: Pos, path: string, message: string): Problem => ({ ...pos, path, message });

/**
 * Parses and validates scenario text (bytes or an already decoded string). Never throws for bad
 * input: problems come back as issues sorted by line and column, in `opts.lang` (see
 * {@link ParseOptions.lang}); positions and paths do not depend on the language.
 */
export function parseScenarioText<T extends z.ZodType>(
  input: Uint8Array | string,
  file: string,
  schema: T,
  opts: ParseOptions = {},
): ParseResult<z.output<T>> {
  const fail = (problems: Problem[]): ParseResult<z.output<T>> => ({
    ok: false,
    issues: sortIssues(problems.map((p) => ({ file, ...p }))),
  });
  const declares = knownKeys(schema, []).includes('language');
  let lang: Lang = opts.lang ?? 'en';
  const m = (key: LoaderKey, vars?: Record<string, MsgVar>) => loaderMsg(lang, key, vars);
  const empty = () => problem(START, '(file)', emptyMessage(schema, lang));

  const checked = checkText(input, opts.maxBytes ?? MAX_SCENARIO_BYTES, (text) => {
    if (opts.lang === undefined && declares) lang = languageLine(text) ?? lang;
    return lang;
  });
  if ('problem' in checked) return fail([checked.problem]);
  const { text } = checked;
  if (text.trim() === '') return fail([empty()]);

  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, merge: true });
  } catch (err) {
    return fail([problem(START, '(file)', m('yaml.parseFailed', { detail: errorText(err) }))]);
  }
  if (opts.lang === undefined && declares) lang = declaredLanguage(doc) ?? 'en';
  const at = positions(text, lineCounter);
  const nodePos = (node: ParsedNode | null | undefined): Pos => (node?.range ? at(node.range[0]) : START);

  const scan = scanDocument(doc);
  const { problems, fatal } = yamlProblems(doc, scan, text, at, nodePos, lang);
  if (fatal) return fail(problems);

  const contents = doc.contents;
  if (
    contents === null ||
    (isScalar(contents) && contents.value === null && contents.range[0] === contents.range[1])
  ) {
    return fail([...problems, empty()]);
  }
  if (!isMap(contents)) {
    const found = isSeq(contents)
      ? m('found.list')
      : isAlias(contents)
        ? m('found.alias')
        : describeScalar(contents.value, lang);
    return fail([...problems, problem(nodePos(contents), '(root)', m('yaml.topLevel', { found }))]);
  }

  // .inf and .nan are reported here, once; the schema's own complaint about the same field is dropped.
  const nonFinite = new Set<string>();
  for (const n of scan.nonFinite) {
    const path = formatPath(n.path);
    nonFinite.add(path);
    problems.push(
      problem(nodePos(n.node), path, m('yaml.nonFinite', { value: n.node.source ?? String(n.node.value) })),
    );
  }

  let js: unknown;
  try {
    js = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const alias = scan.firstAlias;
    const message = /excessive alias/i.test(errorText(err))
      ? m('yaml.aliasBomb', { limit: MAX_ALIAS_COUNT })
      : m('yaml.buildFailed', { detail: errorText(err) });
    return fail([
      ...problems,
      problem(nodePos(alias?.node), alias ? formatPath(alias.path) : '(file)', message),
    ]);
  }

  const result = schema.safeParse(js, { reportInput: true });
  if (result.success && problems.length === 0) return { ok: true, value: result.data, doc, text };
  if (!result.success) {
    for (const e of explainZodIssues(result.error.issues, schema, js, lang)) {
      const path = formatPath(e.path);
      if (nonFinite.has(path)) continue;
      const { node, key } = locate(doc, e.path, e.anchor);
      let pos = nodePos(key ?? node);
      if (e.index !== undefined && key === null && isScalar(node))
        pos = offsetInScalar(node, e.index, text, pos);
      problems.push(problem(pos, path, e.message));
    }
  }
  return fail(problems);
}

function emptyMessage(schema: unknown, lang: Lang): string {
  const keys = requiredKeys(schema, []);
  if (keys.length === 0) return loaderMsg(lang, 'file.empty');
  const shown = joinList(lang, keys.slice(0, 6)) + (keys.length > 6 ? loaderMsg(lang, 'list.more') : '');
  return loaderMsg(lang, 'file.emptyWithKeys', { keys: shown });
}

/** The file's own top-level `language:` (a scenario's), read from the parsed document. */
function declaredLanguage(doc: Document.Parsed): Lang | undefined {
  if (!isMap(doc.contents)) return undefined;
  const value = doc.contents.get('language');
  return isLang(value) ? value : undefined;
}

/**
 * The top-level `language: zh` line of a text the YAML parser will not see (bad encoding, NUL bytes,
 * deep nesting): a plain line scan, good enough to choose the language of the one message.
 */
function languageLine(text: string): Lang | undefined {
  const m = /^language[ \t]*:[ \t]*(["']?)(en|zh)\1[ \t]*(#.*)?\r?$/m.exec(text);
  return m ? (m[2] as Lang) : undefined;
}

/**
 * Size, encoding, NUL bytes and bracket depth: what must hold before the YAML parser sees the text.
 * `langOf` picks the language of a problem from the text as far as it could be decoded.
 */
function checkText(
  input: Uint8Array | string,
  maxBytes: number,
  langOf: (text: string) => Lang,
): { text: string } | { problem: Problem } {
  const size = typeof input === 'string' ? utf8Length(input, maxBytes) : input.length;
  if (size > maxBytes)
    return { problem: problem(START, '(file)', sizeLimitMessage(size, maxBytes, langOf(''))) };

  const decoded = typeof input === 'string' ? { text: input } : decodeUtf8(input);
  if ('problem' in decoded) {
    const { key, vars, pos, lossy } = decoded.problem;
    return { problem: problem(pos, '(file)', loaderMsg(langOf(lossy), key, vars)) };
  }
  const text = lfLineBreaks(decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text);

  const nul = text.indexOf('\0');
  if (nul >= 0) {
    return { problem: problem(lineColIn(text, nul), '(file)', loaderMsg(langOf(text), 'file.nul')) };
  }
  const deep = scanBrackets(text, MAX_FLOW_DEPTH).tooDeep;
  if (deep >= 0) {
    const message = loaderMsg(langOf(text), 'file.tooDeep', { limit: MAX_FLOW_DEPTH });
    return { problem: problem(lineColIn(text, deep), '(file)', message) };
  }
  return { text };
}

/**
 * Duplicate keys, YAML errors and warnings, unknown aliases and collection keys. `fatal` when the
 * tree cannot be trusted for schema validation (anything but duplicate keys).
 */
function yamlProblems(
  doc: Document.Parsed,
  scan: Scan,
  text: string,
  at: (offset: number) => Pos,
  nodePos: (node: ParsedNode | null | undefined) => Pos,
  lang: Lang,
): { problems: Problem[]; fatal: boolean } {
  const m = (key: LoaderKey, vars?: Record<string, MsgVar>) => loaderMsg(lang, key, vars);
  const problems: Problem[] = [];
  const duplicateOffsets = new Set<number>();
  for (const d of scan.duplicates) {
    duplicateOffsets.add(d.key.range?.[0] ?? -1);
    const name = JSON.stringify(String(d.path[d.path.length - 1]));
    const message = m('yaml.duplicateKey', { name, line: nodePos(d.first).line });
    problems.push(problem(nodePos(d.key), formatPath(d.path), message));
  }

  let fatal = false;
  // One parse error often repeats on the following lines: say it once and list where it recurs.
  const repeats = new Map<string, { first: Problem; lines: number[] }>();
  for (const e of [...doc.errors, ...doc.warnings]) {
    if (e.code === 'DUPLICATE_KEY' && duplicateOffsets.has(e.pos[0])) continue;
    if (e.code !== 'DUPLICATE_KEY') fatal = true;
    const { offset, message } = yamlProblem(e, text, lang);
    const pos = at(offset);
    const seen = repeats.get(message);
    if (seen) seen.lines.push(pos.line);
    else {
      const first = problem(pos, '(file)', message);
      repeats.set(message, { first, lines: [] });
      problems.push(first);
    }
  }
  for (const { first, lines } of repeats.values()) {
    if (lines.length === 0) continue;
    const shown = lines.slice(0, 10);
    first.message +=
      lines.length === 1
        ? m('yaml.again.one', { lines: shown })
        : lines.length <= 10
          ? m('yaml.again.many', { lines: shown })
          : m('yaml.again.manyMore', { lines: shown, more: lines.length - 10 });
  }

  for (const u of scan.unresolved) {
    fatal = true;
    problems.push(problem(nodePos(u.node), formatPath(u.path), m('yaml.unknownAlias', { name: u.name })));
  }
  for (const k of scan.complexKeys) {
    fatal = true;
    problems.push(problem(nodePos(k.key), formatPath(k.path), m('yaml.complexKey')));
  }
  return { problems, fatal };
}

/** "file is 52428800 bytes; the limit is 1000000 bytes (1 MB)", in `lang`. */
export function sizeLimitMessage(size: number, maxBytes: number, lang: Lang = 'en'): string {
  return loaderMsg(lang, 'file.tooLarge', { size, limit: maxBytes, human: humanBytes(maxBytes) });
}

function humanBytes(n: number): string {
  if (n >= 1e6) return `${Number((n / 1e6).toFixed(2))} MB`;
  if (n >= 1e3) return `${Number((n / 1e3).toFixed(2))} kB`;
  return `${n} B`;
}

function errorText(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}

function describeScalar(value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return loaderMsg(lang, 'found.empty');
  if (typeof value === 'string')
    return loaderMsg(lang, 'found.string', {
      value: JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value),
    });
  const shown = String(value);
  if (typeof value === 'number') return loaderMsg(lang, 'found.number', { value: shown });
  if (typeof value === 'boolean') return loaderMsg(lang, 'found.boolean', { value: shown });
  return loaderMsg(lang, 'found.other', { type: typeof value, value: shown });
}

/**
 * Scenario text → validated value, with every problem reported at once as a positioned
 * {@link ScenarioIssue}: size, encoding, emptiness, YAML syntax, duplicate keys, alias bombs,
 * the shape of the top level, non-finite numbers, then every schema issue.
 *
 * Pure (no `node:*`, no I/O): the browser and the Node loader share it. It is generic over any zod
 * schema; `load.ts` applies it to the scenario schema.
 */
import {
  type Document,
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type ParsedNode,
  parseDocument,
  type YAMLError,
} from 'yaml';
import type { z } from 'zod';
import { explainZodIssues, type IssueAnchor } from './explain.js';
import { formatPath, type ScenarioIssue, sortIssues } from './issues.js';
import {
  isLoaderLang,
  joinList,
  type LoaderKey,
  type LoaderLang,
  loaderMsg,
  type MsgVar,
} from './messages.js';
import { yamlMessage } from './yaml-errors.js';
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
  lang?: LoaderLang;
}

export type ParseResult<T> =
  | { ok: true; value: T; doc: Document.Parsed; text: string }
  | { ok: false; issues: ScenarioIssue[] };

type Pos = { line: number; col: number };
/** An issue before the file name is attached. */
type Problem = { line: number; col: number; path: string; message: string };
const START: Pos = { line: 1, col: 1 };

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
  let lang: LoaderLang = opts.lang ?? 'en';
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

function emptyMessage(schema: unknown, lang: LoaderLang): string {
  const keys = requiredKeys(schema, []);
  if (keys.length === 0) return loaderMsg(lang, 'file.empty');
  const shown = joinList(lang, keys.slice(0, 6)) + (keys.length > 6 ? loaderMsg(lang, 'list.more') : '');
  return loaderMsg(lang, 'file.emptyWithKeys', { keys: shown });
}

/** The file's own top-level `language:` (a scenario's), read from the parsed document. */
function declaredLanguage(doc: Document.Parsed): LoaderLang | undefined {
  if (!isMap(doc.contents)) return undefined;
  const value = doc.contents.get('language');
  return isLoaderLang(value) ? value : undefined;
}

/**
 * The top-level `language: zh` line of a text the YAML parser will not see (bad encoding, NUL bytes,
 * deep nesting): a plain line scan, good enough to choose the language of the one message.
 */
function languageLine(text: string): LoaderLang | undefined {
  const m = /^language[ \t]*:[ \t]*(["']?)(en|zh)\1[ \t]*(#.*)?\r?$/m.exec(text);
  return m ? (m[2] as LoaderLang) : undefined;
}

/**
 * Size, encoding, NUL bytes and bracket depth: what must hold before the YAML parser sees the text.
 * `langOf` picks the language of a problem from the text as far as it could be decoded.
 */
function checkText(
  input: Uint8Array | string,
  maxBytes: number,
  langOf: (text: string) => LoaderLang,
): { text: string } | { problem: Problem } {
  const size = typeof input === 'string' ? utf8Length(input, maxBytes) : input.length;
  if (size > maxBytes)
    return { problem: problem(START, '(file)', sizeLimitMessage(size, maxBytes, langOf(''))) };

  const decoded = typeof input === 'string' ? { text: input } : decodeUtf8(input);
  if ('problem' in decoded) {
    const { key, vars, pos, lossy } = decoded.problem;
    return { problem: problem(pos, '(file)', loaderMsg(langOf(lossy), key, vars)) };
  }
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;

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
  lang: LoaderLang,
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

// --- bytes and text ------------------------------------------------------------------------------

/** UTF-8 length of `s`, exact when it could exceed `limit` (short strings answer without counting). */
function utf8Length(s: string, limit: number): number {
  if (s.length * 3 <= limit) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** "file is 52428800 bytes; the limit is 1000000 bytes (1 MB)", in `lang`. */
export function sizeLimitMessage(size: number, maxBytes: number, lang: LoaderLang = 'en'): string {
  return loaderMsg(lang, 'file.tooLarge', { size, limit: maxBytes, human: humanBytes(maxBytes) });
}

function humanBytes(n: number): string {
  if (n >= 1e6) return `${Number((n / 1e6).toFixed(2))} MB`;
  if (n >= 1e3) return `${Number((n / 1e3).toFixed(2))} kB`;
  return `${n} B`;
}

/** An encoding problem: its message, where it is, and the text decoded as far as possible (to find `language:`). */
type EncodingProblem = { key: LoaderKey; vars?: Record<string, MsgVar>; pos: Pos; lossy: string };

function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: EncodingProblem } {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    return { problem: { key: 'file.utf16', pos: START, lossy: '' } };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const hex = bytes[bad]?.toString(16).toUpperCase().padStart(2, '0') ?? '??';
    return {
      problem: {
        key: 'file.notUtf8',
        vars: { hex, offset: bad },
        pos: lineColIn(before, before.length),
        lossy: new TextDecoder('utf-8').decode(bytes),
      },
    };
  }
}

/** Offset of the first byte of the first malformed UTF-8 sequence, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** 1-based line and column (in characters) of `offset` in `text`, without a line index. */
function lineColIn(text: string, offset: number): Pos {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) line++;
  return { line, col: codePoints(text, lineStart, offset) + 1 };
}

/** Characters (code points, as editors count them) in `text` between two UTF-16 offsets. */
function codePoints(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > from)) n++;
  }
  return n;
}

function positions(text: string, lc: LineCounter): (offset: number) => Pos {
  const starts = lc.lineStarts;
  return (offset) => {
    const o = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: codePoints(text, starts[lo] ?? 0, o) + 1 };
  };
}

/**
 * Flow brackets (`[`, `{`) of `text` before `end`: the first one nested deeper than `limit` (-1 if
 * none) and the offsets of those still open at `end`. Quoted strings and comments are skipped; a
 * rough scan is enough, as no scenario comes near the limit.
 */
function scanBrackets(text: string, limit: number, end = text.length): { tooDeep: number; open: number[] } {
  const open: number[] = [];
  for (let i = 0; i < end; i++) {
    const c = text[i];
    const prev = i > 0 ? text[i - 1] : '\n';
    if (c === '#' && /\s/.test(prev)) {
      const eol = text.indexOf('\n', i);
      if (eol < 0) break;
      i = eol;
    } else if ((c === '"' || c === "'") && /[\s[{,:]/.test(prev)) {
      for (i++; i < end && text[i] !== c; i++) if (c === '"' && text[i] === '\\') i++;
    } else if (c === '[' || c === '{') {
      open.push(i);
      if (open.length > limit) return { tooDeep: i, open };
    } else if (c === ']' || c === '}') open.pop();
  }
  return { tooDeep: -1, open };
}

function errorText(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}

/** Message and offset of a YAML error; an unclosed bracket is reported where it opens. */
function yamlProblem(e: YAMLError, text: string, lang: LoaderLang): { offset: number; message: string } {
  const message = yamlMessage(e, lang) + quoteHint(text, e.pos[0], lang);
  const bracket = /Flow (sequence|map).*end with a ([\]}])/.exec(e.message);
  if (bracket) {
    const opener = bracket[2] === ']' ? '[' : '{';
    const open = scanBrackets(text, Number.POSITIVE_INFINITY, e.pos[0]).open.filter(
      (o) => text[o] === opener,
    );
    const offset = open[open.length - 1];
    if (offset !== undefined) {
      const what = loaderMsg(lang, opener === '[' ? 'yaml.flowSequence' : 'yaml.flowMapping');
      return {
        offset,
        message: loaderMsg(lang, 'yaml.unclosed', { open: opener, what, close: bracket[2] }),
      };
    }
  }
  return { offset: e.pos[0], message };
}

/** Unquoted expressions with `?` and `:` read as YAML syntax: say so when the error's line has one. */
function quoteHint(text: string, offset: number, lang: LoaderLang): string {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const end = text.indexOf('\n', start);
  const line = text.slice(start, end < 0 ? text.length : end);
  return /:\s+[^"'#]*\?.*:/.test(line) ? loaderMsg(lang, 'yaml.quoteHint') : '';
}

function describeScalar(value: unknown, lang: LoaderLang): string {
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

// --- the document tree ---------------------------------------------------------------------------

type Path = PropertyKey[];

interface Scan {
  duplicates: { path: Path; key: ParsedNode; first: ParsedNode }[];
  complexKeys: { path: Path; key: ParsedNode }[];
  nonFinite: { path: Path; node: ParsedNode & { value: unknown; source?: string } }[];
  firstAlias: { path: Path; node: ParsedNode } | undefined;
  unresolved: { path: Path; node: ParsedNode; name: string }[];
}

function keyName(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  return typeof key.value === 'symbol' ? undefined : String(key.value);
}

/** One walk over the tree, not following aliases: duplicate keys, collection keys, .inf/.nan, aliases. */
function scanDocument(doc: Document.Parsed): Scan {
  const scan: Scan = {
    duplicates: [],
    complexKeys: [],
    nonFinite: [],
    firstAlias: undefined,
    unresolved: [],
  };
  const walk = (node: unknown, path: Path): void => {
    if (isAlias(node)) {
      scan.firstAlias ??= { path, node: node as ParsedNode };
      if (node.resolve(doc) === undefined)
        scan.unresolved.push({ path, node: node as ParsedNode, name: node.source });
    } else if (isMap(node)) {
      const seen = new Map<string, ParsedNode>();
      for (const pair of node.items) {
        const key = pair.key as ParsedNode | null;
        if (isCollection(key)) {
          scan.complexKeys.push({ path, key });
          continue;
        }
        const name = keyName(key);
        if (name !== undefined && key) {
          const first = seen.get(name);
          if (first) scan.duplicates.push({ path: [...path, name], key, first });
          else seen.set(name, key);
        }
        walk(pair.value, name === undefined ? path : [...path, name]);
      }
    } else if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) walk(node.items[i], [...path, i]);
    } else if (isScalar(node)) {
      if (typeof node.value === 'number' && !Number.isFinite(node.value)) {
        scan.nonFinite.push({ path, node: node as ParsedNode & { value: unknown; source?: string } });
      }
    }
  };
  walk(doc.contents, []);
  return scan;
}

/**
 * The node for `path` and, when the anchor asks for it, its key. Follows aliases and `<<` merges;
 * stops at the deepest node that exists. `parent` anchors point at the key (or start) of the
 * mapping that should hold the last segment.
 */
function locate(
  doc: Document.Parsed,
  path: readonly PropertyKey[],
  anchor: IssueAnchor,
): { node: ParsedNode | null; key: ParsedNode | null } {
  const target = anchor === 'parent' ? path.slice(0, -1) : path;
  let node = doc.contents as ParsedNode | null;
  let key: ParsedNode | null = null;
  for (const seg of target) {
    const here = resolve(doc, node);
    const next = isMap(here) ? findPair(doc, here, String(seg)) : undefined;
    if (next) {
      key = next.key;
      node = next.value;
      continue;
    }
    if (isSeq(here) && typeof seg === 'number' && here.items[seg] !== undefined) {
      key = null;
      node = here.items[seg] as ParsedNode;
      continue;
    }
    return { node, key };
  }
  const emptyValue = !node || (isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1]);
  const preferKey = anchor === 'key' || anchor === 'parent' || emptyValue || isCollection(node);
  return { node, key: preferKey ? key : null };
}

function resolve(doc: Document.Parsed, node: ParsedNode | null): ParsedNode | null {
  let n: unknown = node;
  for (let i = 0; i < 16 && isAlias(n); i++) n = n.resolve(doc);
  return (n as ParsedNode | undefined) ?? null;
}

function findPair(
  doc: Document.Parsed,
  map: ParsedNode,
  name: string,
): { key: ParsedNode; value: ParsedNode | null } | undefined {
  if (!isMap(map)) return undefined;
  for (let i = map.items.length - 1; i >= 0; i--) {
    const pair = map.items[i];
    if (keyName(pair.key) === name)
      return { key: pair.key as ParsedNode, value: pair.value as ParsedNode | null };
  }
  for (const pair of map.items) {
    if (!isScalar(pair.key) || typeof pair.key.value !== 'symbol') continue;
    const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
    for (const source of sources) {
      const found = findPair(doc, resolve(doc, source as ParsedNode) as ParsedNode, name);
      if (found) return found;
    }
  }
  return undefined;
}

/** Moves `pos` to character `index` of a one-line scalar's value, when the source maps 1:1 to the value. */
function offsetInScalar(node: ParsedNode, index: number, text: string, pos: Pos): Pos {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return pos;
  const source = text.slice(node.range[0], node.range[1]);
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  const inner = quoted ? source.slice(1, -1) : source;
  if (inner !== node.value || source.includes('\n')) return pos;
  return {
    line: pos.line,
    col: pos.col + (quoted ? 1 : 0) + codePoints(node.value, 0, Math.min(index, node.value.length)),
  };
}

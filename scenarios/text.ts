/**
 * Bytes and text of a scenario file, before and beside the YAML parser: UTF-8 length and decoding
 * (with the offset of the first bad byte), line and column of an offset (counted in characters, as
 * editors count them), and a rough scan of flow brackets. Pure; imports no module at run time.
 */
import type { LineCounter } from 'yaml';
import type { LoaderKey, MsgVar } from './messages.js';

/** A 1-based line and column (in characters). */
export type Pos = { line: number; col: number };
/** The start of a file. */
export const START: Pos = { line: 1, col: 1 };

/** UTF-8 length of `s`, exact when it could exceed `limit` (short strings answer without counting). */
export function utf8Length(s: string, limit: number): number {
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

/** An encoding problem: its message, where it is, and the text decoded as far as possible (to find `language:`). */
export type EncodingProblem = { key: LoaderKey; vars?: Record<string, MsgVar>; pos: Pos; lossy: string };

/** The text of UTF-8 bytes, or why they are not UTF-8 (UTF-16 byte-order mark, first malformed byte). */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: EncodingProblem } {
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
export function lineColIn(text: string, offset: number): Pos {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) line++;
  return { line, col: codePoints(text, lineStart, offset) + 1 };
}

/** Characters (code points, as editors count them) in `text` between two UTF-16 offsets. */
export function codePoints(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > from)) n++;
  }
  return n;
}

/** Offset → 1-based line and column (in characters), by binary search over the parser's line starts. */
export function positions(text: string, lc: LineCounter): (offset: number) => Pos {
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
export function scanBrackets(
  text: string,
  limit: number,
  end = text.length,
): { tooDeep: number; open: number[] } {
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

/**
 * `text` with each lone CR (old Mac line ends) made an LF, so the YAML parser, which breaks lines
 * only at LF and CRLF, sees the same lines as an editor. One character for one: offsets, and so
 * every line and column, stay those of the file. CRLF is left as it is.
 */
export function lfLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

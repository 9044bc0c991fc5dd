/**
 * JSON of every output file, both ways. Writing: numbers to 12 significant digits, like the CSV
 * files, and undefined values (NaN) as `null`. Reading: a file's JSON is untrusted, so every field
 * is coerced to what the reader expects, and a field that is absent, `null` or of another type
 * stays undefined (NaN, `null`, an empty list), never 0. Pure.
 */
import { fmt } from './csv.js';
import { ReportInputError } from './errors.js';

/** A number for JSON output: 12 significant digits, `null` when not finite. */
export function jsonNumber(v: number): number | null {
  return Number.isFinite(v) ? Number(fmt(v)) : null;
}

/**
 * A JSON object read from a file that should have the shape `T`: only `T`'s field names may be
 * looked up (a misspelt name does not compile), and every field may be absent or of any type.
 */
export type Unchecked<T> = { readonly [K in keyof T]?: unknown };

/** A finite number, else NaN (absent, `null`, a string: undefined, not 0). */
export const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : Number.NaN);

/** A finite number, else `null`. */
export const numOrNull = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

/** A string, else `null`. */
export const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** A pair of numbers such as a 95 % interval ([NaN, NaN] when not a list). */
export const pair = (v: unknown): [number, number] =>
  Array.isArray(v) ? [num(v[0]), num(v[1])] : [Number.NaN, Number.NaN];

/** A list, else an empty one. */
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The strings of a list (other entries dropped). */
export const strings = (v: unknown): string[] => arr(v).filter((s): s is string => typeof s === 'string');

/** A JSON object of the shape `T`, else `null`. */
export function recOrNull<T = Record<string, unknown>>(v: unknown): Unchecked<T> | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Unchecked<T>) : null;
}

/** A JSON object of the shape `T`, else an empty one (every field absent). */
export function rec<T = Record<string, unknown>>(v: unknown): Unchecked<T> {
  return recOrNull<T>(v) ?? {};
}

/** Parse the text of `file`, which must hold a JSON object; throws {@link ReportInputError} naming the file. */
export function parseJsonObject<T = Record<string, unknown>>(text: string, file: string): Unchecked<T> {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (err) {
    throw new ReportInputError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  const o = recOrNull<T>(v);
  if (!o) throw new ReportInputError(`${file}: expected a JSON object`);
  return o;
}

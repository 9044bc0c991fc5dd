/**
 * The data and boxes of PRIM (prim.ts) and the CART tree (cart.ts): the inputs as typed columns, a
 * box as one limit per input, and which rows a box holds. Pure.
 */

/**
 * One input column of the cases: numbers (real or integer factors) or words (categorical factors;
 * booleans as "true"/"false"). Missing values are not allowed here: the caller drops such rows.
 */
export type DiscoveryInput =
  | { name: string; kind: 'numeric'; values: Float64Array }
  | { name: string; kind: 'categorical'; values: readonly string[] };

/** The limit of a box on one input: an interval (both ends included) or the categories kept. */
export type BoxLimit = { kind: 'numeric'; lo: number; hi: number } | { kind: 'categorical'; keep: string[] };

/** A box: one limit per input, in input order. */
export type Box = BoxLimit[];

/** Why PRIM or CART cannot run on these cases (the caller words it for the user). */
export class DiscoveryInputError extends Error {
  constructor(
    /** noRows: no cases; noneOfInterest / allOfInterest: the outcome does not vary; lengths: columns differ. */
    readonly code: 'noRows' | 'noneOfInterest' | 'allOfInterest' | 'lengths' | 'noInputs',
  ) {
    super(`discovery input: ${code}`);
    this.name = 'DiscoveryInputError';
  }
}

/** Check the cases and count those of interest; throws {@link DiscoveryInputError}. */
export function checkCases(inputs: readonly DiscoveryInput[], y: ArrayLike<number>): number {
  if (inputs.length === 0) throw new DiscoveryInputError('noInputs');
  if (inputs.some((d) => d.values.length !== y.length)) throw new DiscoveryInputError('lengths');
  if (y.length === 0) throw new DiscoveryInputError('noRows');
  let h = 0;
  for (let i = 0; i < y.length; i++) h += y[i] === 1 ? 1 : 0;
  if (h === 0) throw new DiscoveryInputError('noneOfInterest');
  if (h === y.length) throw new DiscoveryInputError('allOfInterest');
  return h;
}

/** The categories of a categorical column, sorted (code-unit order: deterministic). */
export function categoriesOf(values: readonly string[]): string[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The box holding every case: each numeric input's range, each categorical input's categories. */
export function initialBox(inputs: readonly DiscoveryInput[]): Box {
  return inputs.map((d): BoxLimit => {
    if (d.kind === 'categorical') return { kind: 'categorical', keep: categoriesOf(d.values) };
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const v of d.values) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    return { kind: 'numeric', lo, hi };
  });
}

/** Whether row `i` of input `d` lies within `limit`. */
export function withinLimit(d: DiscoveryInput, limit: BoxLimit, i: number): boolean {
  if (d.kind === 'numeric' && limit.kind === 'numeric')
    return d.values[i] >= limit.lo && d.values[i] <= limit.hi;
  if (d.kind === 'categorical' && limit.kind === 'categorical') return limit.keep.includes(d.values[i]);
  return false;
}

/** Rows of `rows` inside `box`, ignoring input `skip` (−1: none). */
export function rowsIn(inputs: readonly DiscoveryInput[], box: Box, rows: Int32Array, skip = -1): Int32Array {
  const out: number[] = [];
  for (const i of rows) {
    let inside = true;
    for (let j = 0; j < inputs.length && inside; j++) {
      if (j !== skip) inside = withinLimit(inputs[j], box[j], i);
    }
    if (inside) out.push(i);
  }
  return Int32Array.from(out);
}

/** Whether `limit` is narrower than `initial` (the input is restricted). */
export function isRestricted(limit: BoxLimit, initial: BoxLimit): boolean {
  if (limit.kind === 'numeric' && initial.kind === 'numeric')
    return limit.lo > initial.lo || limit.hi < initial.hi;
  if (limit.kind === 'categorical' && initial.kind === 'categorical')
    return limit.keep.length < initial.keep.length;
  return false;
}

/** Indices of the restricted inputs of `box`, in input order. */
export function restrictedDims(box: Box, initial: Box): number[] {
  return box.flatMap((l, j) => (isRestricted(l, initial[j]) ? [j] : []));
}

/** Cases of interest among `rows`. */
export function countOfInterest(y: ArrayLike<number>, rows: ArrayLike<number>): number {
  let h = 0;
  for (let k = 0; k < rows.length; k++) h += y[rows[k]] === 1 ? 1 : 0;
  return h;
}

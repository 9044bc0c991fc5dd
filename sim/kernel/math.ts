/** Small numeric helpers of the model. Pure. */

/** `x` limited to [lo, hi] (NaN stays NaN). */
export function clip(x: number, lo: number, hi: number): number {
  return x < lo ? lo : Math.min(x, hi);
}

/**
 * Sobol' low-discrepancy sequence in up to {@link SOBOL_MAX_DIMENSIONS} dimensions, 32-bit, Gray-code
 * order (Bratley & Fox 1988, Algorithm 659), with the primitive polynomials and initial direction
 * numbers of Joe & Kuo (2008), file new-joe-kuo-6.21201, dimensions 2–31. Dimension 1 is the van der
 * Corput sequence in base 2. An optional random digital shift (each coordinate's 32 bits XOR-ed with a
 * seeded word) randomises the sequence while keeping its net structure, and moves it off the origin.
 */

/** Dimensions supported (1 plus the 30 Joe–Kuo rows below). */
export const SOBOL_MAX_DIMENSIONS = 31;

/** Joe–Kuo rows for dimensions 2..31: [degree s, coefficient a, m_1..m_s]. */
const JOE_KUO: readonly (readonly number[])[] = [
  [1, 0, 1],
  [2, 1, 1, 3],
  [3, 1, 1, 3, 1],
  [3, 2, 1, 1, 1],
  [4, 1, 1, 1, 3, 3],
  [4, 4, 1, 3, 5, 13],
  [5, 2, 1, 1, 5, 5, 17],
  [5, 4, 1, 1, 5, 5, 5],
  [5, 7, 1, 1, 7, 11, 19],
  [5, 11, 1, 1, 5, 1, 1],
  [5, 13, 1, 1, 1, 3, 11],
  [5, 14, 1, 3, 5, 5, 31],
  [6, 1, 1, 3, 3, 9, 7, 49],
  [6, 13, 1, 1, 1, 15, 21, 21],
  [6, 16, 1, 3, 1, 13, 27, 49],
  [6, 19, 1, 1, 1, 15, 7, 5],
  [6, 22, 1, 3, 1, 15, 13, 25],
  [6, 25, 1, 1, 5, 5, 19, 61],
  [7, 1, 1, 3, 7, 11, 23, 15, 103],
  [7, 4, 1, 3, 7, 13, 13, 15, 69],
  [7, 7, 1, 1, 3, 13, 7, 35, 63],
  [7, 8, 1, 3, 5, 9, 1, 25, 53],
  [7, 14, 1, 3, 1, 13, 9, 35, 107],
  [7, 19, 1, 3, 1, 5, 27, 61, 31],
  [7, 21, 1, 1, 5, 11, 19, 41, 61],
  [7, 28, 1, 3, 5, 3, 3, 13, 69],
  [7, 31, 1, 1, 7, 13, 1, 19, 1],
  [7, 32, 1, 3, 7, 5, 13, 19, 59],
  [7, 37, 1, 1, 3, 9, 25, 29, 41],
  [7, 41, 1, 3, 5, 13, 23, 1, 55],
];

const BITS = 32;
const SCALE = 2 ** -32;

/** The 32 direction words V_1..V_32 of dimension `d` (0-based). */
function directions(d: number): Uint32Array {
  const v = new Uint32Array(BITS + 1);
  if (d === 0) {
    for (let k = 1; k <= BITS; k++) v[k] = (1 << (BITS - k)) >>> 0;
    return v;
  }
  const [s, a, ...m] = JOE_KUO[d - 1];
  for (let k = 1; k <= Math.min(s, BITS); k++) v[k] = (m[k - 1] << (BITS - k)) >>> 0;
  for (let k = s + 1; k <= BITS; k++) {
    let x = (v[k - s] ^ (v[k - s] >>> s)) >>> 0;
    for (let j = 1; j < s; j++) if ((a >>> (s - 1 - j)) & 1) x = (x ^ v[k - j]) >>> 0;
    v[k] = x;
  }
  return v;
}

/**
 * The first `n` points of the `dims`-dimensional Sobol' sequence (point 0 is the origin before the
 * shift), row-major: out[i × dims + j] in [0, 1). `shift` holds one 32-bit word per dimension to XOR
 * (a random digital shift); omit it for the plain sequence.
 */
export function sobolPoints(n: number, dims: number, shift?: ArrayLike<number>): Float64Array {
  if (!Number.isInteger(dims) || dims < 1 || dims > SOBOL_MAX_DIMENSIONS) {
    throw new RangeError(`Sobol' sequence: dims must be 1..${SOBOL_MAX_DIMENSIONS}, got ${dims}`);
  }
  if (!Number.isInteger(n) || n < 0 || n > 2 ** BITS) throw new RangeError(`Sobol' sequence: bad n ${n}`);
  const v = Array.from({ length: dims }, (_, d) => directions(d));
  const x = new Uint32Array(dims);
  const out = new Float64Array(n * dims);
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      // Gray-code update: flip by the direction word of the lowest zero bit of i − 1.
      let c = 1;
      let value = i - 1;
      while (value % 2 === 1) {
        value = Math.floor(value / 2);
        c++;
      }
      for (let d = 0; d < dims; d++) x[d] = (x[d] ^ v[d][c]) >>> 0;
    }
    for (let d = 0; d < dims; d++) {
      const word = shift ? (x[d] ^ shift[d]) >>> 0 : x[d];
      out[i * dims + d] = word * SCALE;
    }
  }
  return out;
}

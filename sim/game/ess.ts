/**
 * Stability of the pure corners of the tripartite replicator dynamics (Friedman 1991's Jacobian
 * method). In an asymmetric game only pure profiles can be evolutionarily stable (Selten 1980), so the
 * ESS analysis checks the eight corners: a corner is an ESS when every eigenvalue of the Jacobian
 * there has a negative real part. At a corner the off-diagonal entries vanish (each carries a factor
 * x(1−x), y(1−y) or z(1−z)), so the eigenvalues are (1−2x)ΔG, (1−2y)ΔE, (1−2z)ΔR; they are still
 * computed from the full 3×3 matrix by the closed-form cubic, so the same code serves interior points.
 */
import { deltaE, deltaG, deltaR } from './replicator.js';
import type { Payoffs, Start } from './schema.js';

/** A complex number (re + i·im). */
export interface Complex {
  re: number;
  im: number;
}

/** The 3×3 Jacobian of the replicator field at (x, y, z), row-major. */
export function jacobian(p: Payoffs, x: number, y: number, z: number): Float64Array {
  const gx = x * (1 - x);
  const ey = y * (1 - y);
  const rz = z * (1 - z);
  return Float64Array.of(
    (1 - 2 * x) * deltaG(p, y, z),
    gx * (-p.L * z - p.Se),
    gx * (-p.L * y - p.Sr),
    ey * p.Se,
    (1 - 2 * y) * deltaE(p, x, z),
    ey * p.Re,
    rz * p.Sr,
    rz * (1 - p.theta) * p.Br,
    (1 - 2 * z) * deltaR(p, x, y),
  );
}

/**
 * Eigenvalues of a real 3×3 matrix (row-major), by the characteristic cubic
 * λ³ + aλ² + bλ + c = 0 solved in closed form (trigonometric form for three real roots, Cardano and
 * the deflated quadratic otherwise). Sorted by real part, then imaginary part.
 */
export function eigenvalues3(m: ArrayLike<number>): Complex[] {
  const a = -(m[0] + m[4] + m[8]);
  const b = m[0] * m[4] - m[1] * m[3] + m[0] * m[8] - m[2] * m[6] + m[4] * m[8] - m[5] * m[7];
  const det =
    m[0] * (m[4] * m[8] - m[5] * m[7]) -
    m[1] * (m[3] * m[8] - m[5] * m[6]) +
    m[2] * (m[3] * m[7] - m[4] * m[6]);
  const c = -det;
  const p = b - (a * a) / 3;
  const q = (2 * a * a * a) / 27 - (a * b) / 3 + c;
  const shift = -a / 3;
  const scale = Math.max(1, Math.abs(a), Math.abs(b) ** 0.5, Math.abs(c) ** (1 / 3));
  const disc = (q / 2) ** 2 + (p / 3) ** 3;
  let roots: Complex[];
  if (disc <= 1e-14 * scale ** 6) {
    if (Math.abs(p) <= 1e-14 * scale * scale) {
      roots = [0, 0, 0].map(() => ({ re: shift, im: 0 }));
    } else {
      const r = 2 * Math.sqrt(-p / 3);
      const arg = Math.min(1, Math.max(-1, ((3 * q) / (2 * p)) * Math.sqrt(-3 / p)));
      const phi = Math.acos(arg) / 3;
      roots = [0, 1, 2].map((k) => ({ re: r * Math.cos(phi - (2 * Math.PI * k) / 3) + shift, im: 0 }));
    }
  } else {
    const s = Math.sqrt(disc);
    const r1 = Math.cbrt(-q / 2 + s) + Math.cbrt(-q / 2 - s) + shift;
    const bq = a + r1;
    const cq = b + r1 * bq;
    const dq = bq * bq - 4 * cq;
    roots =
      dq >= 0
        ? [
            { re: r1, im: 0 },
            { re: (-bq - Math.sqrt(dq)) / 2, im: 0 },
            { re: (-bq + Math.sqrt(dq)) / 2, im: 0 },
          ]
        : [
            { re: r1, im: 0 },
            { re: -bq / 2, im: -Math.sqrt(-dq) / 2 },
            { re: -bq / 2, im: Math.sqrt(-dq) / 2 },
          ];
  }
  return roots.sort((u, v) => u.re - v.re || u.im - v.im);
}

/** Stability of a corner: 'ESS' (every Re λ < 0), 'unstable' (some Re λ > 0), else 'undetermined'. */
export type Stability = 'ESS' | 'unstable' | 'undetermined';

/** One row of the ESS table. */
export interface CornerStability {
  corner: Start;
  eigenvalues: Complex[];
  stability: Stability;
}

/** The eight pure corners in the order (0,0,0), (0,0,1), (0,1,0), …, (1,1,1). */
export const CORNERS: readonly Start[] = [0, 1, 2, 3, 4, 5, 6, 7].map(
  (c) => [(c >> 2) & 1, (c >> 1) & 1, c & 1] as const,
);

/**
 * Classify a set of eigenvalues; real parts within `tol` of 0 count as zero (non-hyperbolic, the
 * linearisation does not decide).
 */
export function classify(ev: readonly Complex[], tol = 1e-9): Stability {
  if (ev.some((e) => e.re > tol)) return 'unstable';
  return ev.every((e) => e.re < -tol) ? 'ESS' : 'undetermined';
}

/** The ESS table: eigenvalues and stability at each of the eight pure corners. */
export function essTable(p: Payoffs): CornerStability[] {
  return CORNERS.map((corner) => {
    const eigenvalues = eigenvalues3(jacobian(p, corner[0], corner[1], corner[2]));
    return { corner, eigenvalues, stability: classify(eigenvalues) };
  });
}

/**
 * A numeric payoff table (three players, two strategies each, eight pure profiles) and what follows
 * from it exactly: the payoff differences Δx(y, z), Δy(x, z), Δz(x, y) (each bilinear in the other
 * two shares: expected payoff of the first strategy minus that of the second, Taylor & Jonker 1978),
 * the analytic Jacobian of the replicator field x' = x(1−x)Δx, y' = y(1−y)Δy, z' = z(1−z)Δz, the
 * eight pure equilibria, interior equilibria, and the stability of each (Friedman 1991: the signs of
 * the Jacobian's eigenvalues). Pure.
 */
import { type Complex, eigenvalues3 } from './ess.js';
import type { Deltas } from './replicator.js';
import type { Start } from './schema.js';

/** Payoff of player `p` (0 = x's, 1 = y's, 2 = z's) at profile (a, b, c), 1 = first strategy. */
export function payoffAt(table: ArrayLike<number>, p: number, a: number, b: number, c: number): number {
  // Rows are in PROFILES order: "111" first, "000" last.
  return table[3 * (7 - (4 * a + 2 * b + c)) + p];
}

/** Differences first minus second strategy of each player, against the others' pure strategies. */
export function differences(table: ArrayLike<number>): [Float64Array, Float64Array, Float64Array] {
  const dx = new Float64Array(4);
  const dy = new Float64Array(4);
  const dz = new Float64Array(4);
  for (let u = 0; u < 2; u++) {
    for (let v = 0; v < 2; v++) {
      dx[2 * u + v] = payoffAt(table, 0, 1, u, v) - payoffAt(table, 0, 0, u, v);
      dy[2 * u + v] = payoffAt(table, 1, u, 1, v) - payoffAt(table, 1, u, 0, v);
      dz[2 * u + v] = payoffAt(table, 2, u, v, 1) - payoffAt(table, 2, u, v, 0);
    }
  }
  return [dx, dy, dz];
}

/** Bilinear interpolation of d (d[2u+v] at pure u, v) at shares (u, v). */
export function bilinear(d: ArrayLike<number>, u: number, v: number): number {
  return (1 - u) * ((1 - v) * d[0] + v * d[1]) + u * ((1 - v) * d[2] + v * d[3]);
}

/** ∂/∂u and ∂/∂v of {@link bilinear}. */
function dU(d: ArrayLike<number>, v: number): number {
  return (1 - v) * (d[2] - d[0]) + v * (d[3] - d[1]);
}
function dV(d: ArrayLike<number>, u: number): number {
  return (1 - u) * (d[1] - d[0]) + u * (d[3] - d[2]);
}

/** A payoff table ready for analysis: its differences, as {@link Deltas}, and its bound K. */
export interface TableDynamics extends Deltas {
  diffs: [Float64Array, Float64Array, Float64Array];
  /** Largest |Δ| over pure profiles (the agent-based mode's imitation scale). */
  K: number;
}

/** The dynamics of a numeric payoff table (24 numbers in PROFILES order, [x's, y's, z's] each). */
export function tableDynamics(table: ArrayLike<number>): TableDynamics {
  const diffs = differences(table);
  const [a, b, c] = diffs;
  let K = 0;
  for (const d of diffs) for (const v of d) K = Math.max(K, Math.abs(v));
  return {
    diffs,
    K,
    dx: (y, z) => bilinear(a, y, z),
    dy: (x, z) => bilinear(b, x, z),
    dz: (x, y) => bilinear(c, x, y),
  };
}

/** The Jacobian of the replicator field at (x, y, z), row-major, from the exact derivatives. */
export function tableJacobian(g: TableDynamics, x: number, y: number, z: number): Float64Array {
  const [a, b, c] = g.diffs;
  const gx = x * (1 - x);
  const gy = y * (1 - y);
  const gz = z * (1 - z);
  return Float64Array.of(
    (1 - 2 * x) * bilinear(a, y, z),
    gx * dU(a, z),
    gx * dV(a, y),
    gy * dU(b, z),
    (1 - 2 * y) * bilinear(b, x, z),
    gy * dV(b, x),
    gz * dU(c, y),
    gz * dV(c, x),
    (1 - 2 * z) * bilinear(c, x, y),
  );
}

/**
 * Stability from the eigenvalues' real parts, |Re λ| ≤ tol counting as 0: ESS (asymptotically
 * stable: all < 0), unstable (all > 0), saddle (some of each), non-hyperbolic (some 0: the
 * linearisation does not decide whether it is stable, and the table says so rather than guess; with
 * another eigenvalue positive it is unstable all the same, and never an ESS).
 */
export type TableStability = 'ESS' | 'saddle' | 'unstable' | 'nonHyperbolic';

export function classifyEigen(ev: readonly Complex[], tol: number): TableStability {
  if (ev.some((e) => Math.abs(e.re) <= tol)) return 'nonHyperbolic';
  if (ev.every((e) => e.re < 0)) return 'ESS';
  if (ev.every((e) => e.re > 0)) return 'unstable';
  return 'saddle';
}

/** An equilibrium with its eigenvalues and stability. */
export interface Equilibrium {
  point: Start;
  kind: 'pure' | 'interior';
  /**
   * Eigenvalues of the Jacobian. At a pure corner the Jacobian is diagonal and they are listed in
   * (x, y, z) order; at an interior point they come from the characteristic cubic, sorted by real part.
   */
  eigenvalues: Complex[];
  stability: TableStability;
}

/** The eight pure corners in the order (0,0,0), (0,0,1), (0,1,0), …, (1,1,1). */
export const PURE_CORNERS: readonly Start[] = [0, 1, 2, 3, 4, 5, 6, 7].map(
  (c) => [(c >> 2) & 1, (c >> 1) & 1, c & 1] as const,
);

/** Tolerance under which an eigenvalue's real part counts as 0: 1e-9 of the payoff scale. */
export function zeroTolerance(g: TableDynamics): number {
  return 1e-9 * Math.max(1, g.K);
}

/** The eight pure equilibria with eigenvalues in (x, y, z) order. */
export function pureEquilibria(g: TableDynamics): Equilibrium[] {
  const tol = zeroTolerance(g);
  return PURE_CORNERS.map((point) => {
    const j = tableJacobian(g, point[0], point[1], point[2]);
    const eigenvalues = [j[0], j[4], j[8]].map((re) => ({ re: re === 0 ? 0 : re, im: 0 }));
    return { point, kind: 'pure' as const, eigenvalues, stability: classifyEigen(eigenvalues, tol) };
  });
}

/** Subintervals of (0, 1) on which interior roots are bracketed. */
export const INTERIOR_GRID = 4096;

/** u solving the bilinear d(u, v) = 0 for given v (d[2u+v]); null when d does not depend on u. */
function solveU(d: ArrayLike<number>, v: number): number | null {
  const A = (1 - v) * d[0] + v * d[1];
  const B = (1 - v) * d[2] + v * d[3];
  const den = A - B;
  return den === 0 ? null : A / den;
}
/** v solving d(u, v) = 0 for given u. */
function solveV(d: ArrayLike<number>, u: number): number | null {
  const A = (1 - u) * d[0] + u * d[2];
  const B = (1 - u) * d[1] + u * d[3];
  const den = A - B;
  return den === 0 ? null : A / den;
}

/**
 * Interior equilibria (all shares in (0, 1), Δx = Δy = Δz = 0). Each condition is bilinear, so one
 * share fixed determines the next: three reductions to one equation in one share (z → x from Δy = 0
 * → y from Δz = 0, residual Δx; x → z from Δy → y from Δx, residual Δz; y → x from Δz → z from Δy,
 * residual Δx), each scanned on {@link INTERIOR_GRID} subintervals for sign changes and bisected;
 * a root is kept when all three |Δ| are below 1e-9·K there. Two roots closer than 1/4096 in the scanned
 * share may be missed; a continuum of equilibria (a degenerate game) is not reported.
 */
export function interiorEquilibria(g: TableDynamics): Equilibrium[] {
  const [a, b, c] = g.diffs;
  const tol = zeroTolerance(g);
  type Chain = (s: number) => { p: Start; f: number } | null;
  const inside = (v: number | null): v is number => v !== null && v > 0 && v < 1;
  const chains: Chain[] = [
    (z) => {
      const x = solveU(b, z);
      if (!inside(x)) return null;
      const y = solveV(c, x);
      return inside(y) ? { p: [x, y, z], f: bilinear(a, y, z) } : null;
    },
    (x) => {
      const z = solveV(b, x);
      if (!inside(z)) return null;
      const y = solveU(a, z);
      return inside(y) ? { p: [x, y, z], f: bilinear(c, x, y) } : null;
    },
    (y) => {
      const x = solveU(c, y);
      if (!inside(x)) return null;
      const z = solveV(b, x);
      return inside(z) ? { p: [x, y, z], f: bilinear(a, y, z) } : null;
    },
  ];
  const found: Start[] = [];
  const residual = (p: Start) =>
    Math.max(
      Math.abs(bilinear(a, p[1], p[2])),
      Math.abs(bilinear(b, p[0], p[2])),
      Math.abs(bilinear(c, p[0], p[1])),
    );
  for (const chain of chains) {
    let prev: { s: number; f: number } | null = null;
    for (let k = 1; k < INTERIOR_GRID; k++) {
      const s = k / INTERIOR_GRID;
      const r = chain(s);
      const cur = r ? { s, f: r.f } : null;
      if (cur && cur.f === 0) {
        if (residual((r as { p: Start }).p) <= tol) found.push((r as { p: Start }).p);
      } else if (cur && prev && Math.sign(cur.f) !== Math.sign(prev.f) && prev.f !== 0) {
        let lo = prev.s;
        let hi = cur.s;
        let flo = prev.f;
        let best: Start | null = null;
        for (let it = 0; it < 80; it++) {
          const mid = (lo + hi) / 2;
          const m = chain(mid);
          if (!m) break;
          best = m.p;
          if (m.f === 0) break;
          if (Math.sign(m.f) === Math.sign(flo)) {
            lo = mid;
            flo = m.f;
          } else hi = mid;
        }
        if (best && residual(best) <= tol) found.push(best);
      }
      prev = cur;
    }
  }
  const unique: Start[] = [];
  for (const p of found) {
    if (
      !unique.some(
        (q) => Math.max(Math.abs(p[0] - q[0]), Math.abs(p[1] - q[1]), Math.abs(p[2] - q[2])) < 1e-6,
      )
    )
      unique.push(p);
  }
  unique.sort((p, q) => p[0] - q[0] || p[1] - q[1] || p[2] - q[2]);
  return unique.map((point) => {
    const eigenvalues = eigenvalues3(tableJacobian(g, point[0], point[1], point[2]));
    return { point, kind: 'interior' as const, eigenvalues, stability: classifyEigen(eigenvalues, tol) };
  });
}

/**
 * Replicator dynamics of the tripartite renewal game (MODEL.md §8 validation hook):
 * dx/dt = x(1−x)·ΔG(y,z), dy/dt = y(1−y)·ΔE(x,z), dz/dt = z(1−z)·ΔR(x,y), with x the share of
 * active governments, y of participating enterprises and z of supporting residents (Taylor & Jonker
 * 1978 for the equation; the payoff differences are those of `schema.ts`). Integrated with the
 * classical fourth-order Runge–Kutta method at a fixed step. Pure and allocation-light.
 */
import type { Payoffs, Start } from './schema.js';

/** Government: payoff of "active" minus "passive" against enterprise share y and resident share z. */
export function deltaG(p: Payoffs, y: number, z: number): number {
  return p.W + p.L * (1 - y * z) - p.Cg - p.Se * y - p.Sr * z;
}

/** Enterprises: payoff of "participate" minus "stay out" against government share x and residents z. */
export function deltaE(p: Payoffs, x: number, z: number): number {
  return p.Re * z + p.Se * x - p.Ce;
}

/** Residents: payoff of "support" minus "oppose" against government share x and enterprises y. */
export function deltaR(p: Payoffs, x: number, y: number): number {
  return (1 - p.theta) * p.Br * y + p.Sr * x - p.Cr;
}

/**
 * The payoff differences of a three-population game with two strategies each: for each population,
 * the expected payoff of its first strategy minus that of its second, against the shares of the
 * first strategies of the other two (x, y, z in player order). Both the renewal game's fixed form
 * ({@link renewalDeltas}) and any payoff table (`table.ts`) provide them.
 */
export interface Deltas {
  /** Δx(y, z): first player's payoff difference. */
  dx(y: number, z: number): number;
  /** Δy(x, z): second player's. */
  dy(x: number, z: number): number;
  /** Δz(x, y): third player's. */
  dz(x: number, y: number): number;
}

/** The renewal game's ΔG, ΔE, ΔR as {@link Deltas} (x = governments, y = enterprises, z = residents). */
export function renewalDeltas(p: Payoffs): Deltas {
  return {
    dx: (y, z) => deltaG(p, y, z),
    dy: (x, z) => deltaE(p, x, z),
    dz: (x, y) => deltaR(p, x, y),
  };
}

/** The vector field x(1−x)Δx, y(1−y)Δy, z(1−z)Δz at (x, y, z), written into `out`. */
export function deltasField(d: Deltas, x: number, y: number, z: number, out: Float64Array): void {
  out[0] = x * (1 - x) * d.dx(y, z);
  out[1] = y * (1 - y) * d.dy(x, z);
  out[2] = z * (1 - z) * d.dz(x, y);
}

/** The vector field (dx/dt, dy/dt, dz/dt) at (x, y, z), written into `out`. */
export function replicatorField(p: Payoffs, x: number, y: number, z: number, out: Float64Array): void {
  deltasField(renewalDeltas(p), x, y, z, out);
}

/**
 * Largest |ΔG|, |ΔE|, |ΔR| over the eight pure profiles. The differences are multilinear, so this
 * bounds them over the whole cube; the agent-based mode divides payoff gaps by it (imitation
 * probabilities ≤ 1), which makes one agent-based step 1/K units of ODE time.
 */
export function payoffBound(p: Payoffs): number {
  let k = 0;
  for (let c = 0; c < 8; c++) {
    const x = c & 1;
    const y = (c >> 1) & 1;
    const z = (c >> 2) & 1;
    k = Math.max(k, Math.abs(deltaG(p, y, z)), Math.abs(deltaE(p, x, z)), Math.abs(deltaR(p, x, y)));
  }
  return k;
}

/** A sampled path: times and states, state k at t[k] is (x[k], y[k], z[k]). */
export interface Path {
  t: Float64Array;
  x: Float64Array;
  y: Float64Array;
  z: Float64Array;
}

/**
 * Integrate the replicator ODE from `start` with RK4, recording every `recordEvery` time units up to
 * `tEnd` (records = ⌊tEnd / recordEvery⌋ + 1, the first at t = 0). Each record interval is cut into
 * ⌈recordEvery / dt⌉ equal RK4 steps. States are clamped to [0, 1] against rounding.
 */
export function integrateReplicator(
  p: Payoffs,
  start: Start,
  tEnd: number,
  dt: number,
  recordEvery: number,
): Path {
  return integrateDeltas(renewalDeltas(p), start, tEnd, dt, recordEvery);
}

/** {@link integrateReplicator} for any payoff differences. */
export function integrateDeltas(
  d: Deltas,
  start: Start,
  tEnd: number,
  dt: number,
  recordEvery: number,
): Path {
  if (!(dt > 0) || !(recordEvery > 0) || !(tEnd >= 0)) {
    throw new RangeError(`need dt > 0, recordEvery > 0 and tEnd ≥ 0, got ${dt}, ${recordEvery}, ${tEnd}`);
  }
  const n = Math.floor(tEnd / recordEvery + 1e-9) + 1;
  const sub = Math.max(1, Math.ceil(recordEvery / dt - 1e-9));
  const h = recordEvery / sub;
  const path: Path = {
    t: new Float64Array(n),
    x: new Float64Array(n),
    y: new Float64Array(n),
    z: new Float64Array(n),
  };
  const k1 = new Float64Array(3);
  const k2 = new Float64Array(3);
  const k3 = new Float64Array(3);
  const k4 = new Float64Array(3);
  let [x, y, z] = start;
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  for (let r = 0; r < n; r++) {
    if (r > 0) {
      for (let s = 0; s < sub; s++) {
        deltasField(d, x, y, z, k1);
        deltasField(d, x + (h / 2) * k1[0], y + (h / 2) * k1[1], z + (h / 2) * k1[2], k2);
        deltasField(d, x + (h / 2) * k2[0], y + (h / 2) * k2[1], z + (h / 2) * k2[2], k3);
        deltasField(d, x + h * k3[0], y + h * k3[1], z + h * k3[2], k4);
        x = clamp(x + (h / 6) * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]));
        y = clamp(y + (h / 6) * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]));
        z = clamp(z + (h / 6) * (k1[2] + 2 * k2[2] + 2 * k3[2] + k4[2]));
      }
    }
    path.t[r] = r * recordEvery;
    path.x[r] = x;
    path.y[r] = y;
    path.z[r] = z;
  }
  return path;
}

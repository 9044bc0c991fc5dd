/**
 * Validation 1: replicator dynamics and ESS of the tripartite renewal game (docs/VALIDATION.md §1).
 * Source of the expected results: the validation issue's three parameter sets, in the form of the
 * tripartite games of Wang, Ren, Shan & Zhang (2025) and Jiang & Dong (2026); eigenvalues at the
 * corners are hand-computed as (1−2x)ΔG, (1−2y)ΔE, (1−2z)ΔR (the Jacobian is diagonal there).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runAbm, meanAbm } from '../../sim/game/abm.js';
import { essTable } from '../../sim/game/ess.js';
import { gridStarts, nearCorner, pathDistance } from '../../sim/game/game.js';
import { integrateReplicator, payoffBound } from '../../sim/game/replicator.js';
import { type GameFile, parseGameText, type Start } from '../../sim/game/schema.js';
import { runSeed } from '../../sim/kernel/rng.js';

function load(name: string): GameFile {
  const file = `scenarios/games/${name}.yaml`;
  const r = parseGameText(new Uint8Array(readFileSync(file)), file);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.value;
}

const set1 = load('tripartite-default');
const set2 = load('tripartite-high-subsidy');
const set3 = load('tripartite-weak-reward');
const T = 60; // ODE time units; every path below has settled by then
const CORNER_TOL = 0.02;

function odeEnd(g: GameFile, start: Start): Start | null {
  const p = integrateReplicator(g.payoffs, start, T, 0.01, 1);
  const k = p.t.length - 1;
  return nearCorner(p.x[k], p.y[k], p.z[k], CORNER_TOL);
}

const key = (c: Start | null) => (c ? c.join('') : 'none');
const stableCorners = (g: GameFile) =>
  essTable(g.payoffs)
    .filter((r) => r.stability === 'ESS')
    .map((r) => key(r.corner));

describe('validation 1a: ESS of the pure corners', () => {
  it('set 1 (W=6, L=4, Cg=3, Se=1.5, Sr=1, Re=8, Ce=5, Br=10, θ=0.5, Cr=3.5): ESS = (1,0,0) and (1,1,1)', () => {
    expect(stableCorners(set1)).toEqual(['100', '111']);
    const table = essTable(set1.payoffs);
    const ev = (c: string) => table.find((r) => key(r.corner) === c)!.eigenvalues.map((e) => e.re);
    // Hand-computed: at (1,1,1) −ΔG = −0.5, −ΔE = −4.5, −ΔR = −2.5; at (1,0,0) −7, −3.5, −2.5.
    expect(ev('111')).toEqual([-4.5, -2.5, -0.5].map((v) => expect.closeTo(v, 9)));
    expect(ev('100')).toEqual([-7, -3.5, -2.5].map((v) => expect.closeTo(v, 9)));
    // (0,1,1) is a saddle with one unstable direction ΔG(1,1) = 0.5.
    expect(ev('011')).toEqual([-3, -1.5, 0.5].map((v) => expect.closeTo(v, 9)));
  });

  it('set 2 (Se=5.5, Sr=4, W=13): (1,1,1) is the only ESS', () => {
    expect(stableCorners(set2)).toEqual(['111']);
  });

  it('set 3 (W=1, L=1): ESS = (0,0,0) and the market-led (0,1,1)', () => {
    expect(stableCorners(set3)).toEqual(['000', '011']);
  });
});

describe('validation 1b: replicator ODE (RK4, dt 0.01, t = 60)', () => {
  it('set 1: (0.5,0.5,0.5) → (1,1,1) and (0.5,0.2,0.2) → (1,0,0), within 0.02 in max-norm', () => {
    expect(key(odeEnd(set1, [0.5, 0.5, 0.5]))).toBe('111');
    expect(key(odeEnd(set1, [0.5, 0.2, 0.2]))).toBe('100');
  });

  it('set 1: RK4 at dt 0.01 agrees with dt 0.001 to 1e-6 along the (0.5,0.5,0.5) path', () => {
    const a = integrateReplicator(set1.payoffs, [0.5, 0.5, 0.5], 20, 0.01, 0.5);
    const b = integrateReplicator(set1.payoffs, [0.5, 0.5, 0.5], 20, 0.001, 0.5);
    expect(pathDistance(a, b)).toBeLessThan(1e-6);
  });

  it('set 2: (1,1,1) from every start of the 9×9×9 interior grid', () => {
    const ends = gridStarts(9).map((s) => key(odeEnd(set2, s)));
    expect(ends.length).toBe(729);
    expect(ends.filter((e) => e !== '111')).toEqual([]);
  });

  it('set 3: (0,0,0) from most starts of the 9×9×9 grid (measured 500 of 729 = 68.6 %), the rest (0,1,1)', () => {
    const ends = gridStarts(9).map((s) => key(odeEnd(set3, s)));
    const n000 = ends.filter((e) => e === '000').length;
    const n011 = ends.filter((e) => e === '011').length;
    expect(n000 + n011).toBe(729);
    expect(n000).toBe(500);
    expect(n000 / 729).toBeGreaterThan(0.5);
  });
});

describe('validation 1c: the well-mixed agent-based mode follows the ODE (10,000 agents per population)', () => {
  const agents = 10_000;
  const K = payoffBound(set1.payoffs); // 7: one step = 1/7 ODE time
  const steps = Math.round(T * K);

  it.each([
    [[0.5, 0.2, 0.2] as Start, '100'],
    [[0.5, 0.7, 0.7] as Start, '111'],
  ])('set 1 from %j: mean of 3 seeded runs within 0.02 of the ODE path, ending at %s', (start, corner) => {
    const ode = integrateReplicator(set1.payoffs, start, steps / K, 0.01, 1 / K);
    const abm = meanAbm(set1.payoffs, start, { agents, steps, runs: 3, baseSeed: 1 });
    const d = pathDistance(abm, ode);
    expect(d).toBeLessThan(0.02);
    const k = abm.t.length - 1;
    expect(key(nearCorner(abm.x[k], abm.y[k], abm.z[k], CORNER_TOL))).toBe(corner);
  });

  it('set 1 from (0.5,0.5,0.5), 0.004 from the basin boundary: finite populations split between the two ESS', () => {
    // 1,000 agents per population, 40 seeded runs (measured: 27 of 40 reach (1,1,1)). The ODE goes to
    // (1,1,1); demographic noise of order 1/√N carries some runs across the nearby separatrix.
    const small = 1000;
    const ends: string[] = [];
    for (let r = 0; r < 40; r++) {
      const a = runAbm(set1.payoffs, [0.5, 0.5, 0.5], { agents: small, steps, seed: runSeed(100, r) });
      const k = a.t.length - 1;
      ends.push(key(nearCorner(a.x[k], a.y[k], a.z[k], CORNER_TOL)));
    }
    expect(ends.every((e) => e === '111' || e === '100')).toBe(true);
    const share111 = ends.filter((e) => e === '111').length / ends.length;
    expect(share111).toBeGreaterThan(0.5);
    expect(share111).toBeLessThan(0.9);
  });
});

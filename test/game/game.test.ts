import { readFileSync } from 'node:fs';
import { eigs } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { runAbm } from '../../sim/game/abm.js';
import { classify, type Complex, eigenvalues3, essTable, jacobian } from '../../sim/game/ess.js';
import { gridStarts, nearCorner, runGame } from '../../sim/game/game.js';
import { integrateReplicator, payoffBound, replicatorField } from '../../sim/game/replicator.js';
import { GameSchema, parseGameText } from '../../sim/game/schema.js';
import { makeRng } from '../../sim/kernel/rng.js';

const defaults = GameSchema.parse({});
const p = defaults.payoffs;

function mathjsEigen(m: Float64Array): Complex[] {
  const rows = [0, 1, 2].map((i) => [m[3 * i], m[3 * i + 1], m[3 * i + 2]]);
  const values = eigs(rows, { eigenvectors: false }).values as unknown as (
    | number
    | { re: number; im: number }
  )[];
  const list = (
    Array.isArray(values) ? values : (values as unknown as { toArray(): unknown[] }).toArray()
  ) as (number | { re: number; im: number })[];
  return list
    .map((v) => (typeof v === 'number' ? { re: v, im: 0 } : { re: v.re, im: v.im }))
    .sort((a, b) => a.re - b.re || a.im - b.im);
}

describe('eigenvalues3', () => {
  it('agrees with mathjs eigs on random real matrices (real and complex spectra)', () => {
    const rng = makeRng(7, 'test');
    let complexSeen = 0;
    let compared = 0;
    for (let k = 0; k < 200; k++) {
      const m = Float64Array.from({ length: 9 }, () => rng.uniform(-5, 5));
      const ours = eigenvalues3(m);
      let ref: Complex[];
      try {
        ref = mathjsEigen(m);
      } catch {
        continue; // mathjs' QR iteration sometimes fails to converge; those matrices are skipped
      }
      compared++;
      if (ours.some((e) => e.im !== 0)) complexSeen++;
      for (let i = 0; i < 3; i++) {
        expect(ours[i].re).toBeCloseTo(ref[i].re, 6);
        expect(Math.abs(ours[i].im)).toBeCloseTo(Math.abs(ref[i].im), 6);
      }
    }
    expect(compared).toBeGreaterThan(150);
    expect(complexSeen).toBeGreaterThan(10);
  });

  it('handles repeated and zero eigenvalues', () => {
    expect(eigenvalues3([2, 0, 0, 0, 2, 0, 0, 0, 2]).map((e) => e.re)).toEqual([2, 2, 2]);
    const ev = eigenvalues3([0.5, 0, 0, 0, 0.5, 0, 0, 0, -14]).map((e) => e.re);
    expect(ev[0]).toBeCloseTo(-14, 9);
    expect(ev[1]).toBeCloseTo(0.5, 6);
    expect(ev[2]).toBeCloseTo(0.5, 6);
    expect(classify(eigenvalues3([0, 0, 0, 0, -1, 0, 0, 0, -2]))).toBe('undetermined');
  });
});

describe('replicator field and Jacobian', () => {
  it('the Jacobian matches central finite differences at an interior point', () => {
    const x = [0.3, 0.6, 0.45];
    const J = jacobian(p, x[0], x[1], x[2]);
    const h = 1e-6;
    const fp = new Float64Array(3);
    const fm = new Float64Array(3);
    for (let j = 0; j < 3; j++) {
      const a = [...x];
      const b = [...x];
      a[j] += h;
      b[j] -= h;
      replicatorField(p, a[0], a[1], a[2], fp);
      replicatorField(p, b[0], b[1], b[2], fm);
      for (let i = 0; i < 3; i++) expect(J[3 * i + j]).toBeCloseTo((fp[i] - fm[i]) / (2 * h), 6);
    }
  });

  it('faces are invariant: a population that starts pure stays pure', () => {
    const path = integrateReplicator(p, [0, 0.5, 0.5], 10, 0.01, 1);
    expect(Array.from(path.x).every((v) => v === 0)).toBe(true);
  });

  it('payoff bound of the default set is 7 (|ΔG| at y = z = 0)', () => {
    expect(payoffBound(p)).toBe(7);
  });

  it('ESS table lists the eight corners once, in binary order', () => {
    expect(essTable(p).map((r) => r.corner.join(''))).toEqual([
      '000',
      '001',
      '010',
      '011',
      '100',
      '101',
      '110',
      '111',
    ]);
  });
});

describe('agent-based mode', () => {
  it('is deterministic per seed, differs across seeds, and keeps shares in [0, 1]', () => {
    const a = runAbm(p, [0.5, 0.5, 0.5], { agents: 300, steps: 50, seed: 3 });
    const b = runAbm(p, [0.5, 0.5, 0.5], { agents: 300, steps: 50, seed: 3 });
    const c = runAbm(p, [0.5, 0.5, 0.5], { agents: 300, steps: 50, seed: 4 });
    expect(Array.from(a.y)).toEqual(Array.from(b.y));
    expect(Array.from(a.y)).not.toEqual(Array.from(c.y));
    for (const v of [...a.x, ...a.y, ...a.z]) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    expect(a.t[50]).toBeCloseTo(50 / 7, 12);
  });

  it('starts at round(share × N) cooperators and pure populations never move', () => {
    const a = runAbm(p, [1, 0, 0.25], { agents: 101, steps: 30, seed: 1 });
    expect([a.x[0], a.y[0], a.z[0]]).toEqual([1, 0, 25 / 101]);
    expect(Array.from(a.x).every((v) => v === 1)).toBe(true);
    expect(Array.from(a.y).every((v) => v === 0)).toBe(true);
  });
});

describe('game files and runGame', () => {
  it('the shipped parameter sets parse', () => {
    for (const f of ['tripartite-default', 'tripartite-high-subsidy', 'tripartite-weak-reward']) {
      const file = `scenarios/games/${f}.yaml`;
      const r = parseGameText(new Uint8Array(readFileSync(file)), file);
      expect(r.ok).toBe(true);
    }
  });

  it('reports unknown keys and out-of-range values with their line', () => {
    const r = parseGameText('payoffs:\n  W: 6\n  Q: 1\n  theta: 2\n', 'g.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const lines = r.issues.map((i) => `${i.line}:${i.path}`);
    expect(lines.some((l) => l.startsWith('3:'))).toBe(true);
    expect(lines.some((l) => l.startsWith('4:') && l.includes('theta'))).toBe(true);
  });

  it('says the same issues in Chinese: same positions and paths, translated messages', () => {
    const text = 'payoffs:\n  W: 6\n  Q: 1\n  theta: 2\nabm: { agents: -1 }\n';
    const en = parseGameText(text, 'g.yaml');
    const zh = parseGameText(text, 'g.yaml', 'zh');
    if (en.ok || zh.ok) throw new Error('expected issues');
    const where = (i: { file: string; line: number; col: number; path: string }) =>
      `${i.file}:${i.line}:${i.col}: ${i.path}`;
    expect(zh.issues.map(where)).toEqual(en.issues.map(where));
    expect(en.issues.map(where)).toEqual([
      'g.yaml:3:3: payoffs.Q',
      'g.yaml:4:10: payoffs.theta',
      'g.yaml:5:16: abm.agents',
    ]);
    expect(en.issues[0].message).toMatch(/^unknown key "Q"/);
    zh.issues.forEach((issue, k) => {
      expect(issue.message).not.toBe(en.issues[k].message);
      expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
    });
    expect(zh.issues[0].message).toContain('"Q"');
  });

  it('grid starts are interior and the ODE and ABM records share a time grid', () => {
    expect(gridStarts(2)).toHaveLength(8);
    expect(gridStarts(2)[0]).toEqual([1 / 3, 1 / 3, 1 / 3]);
    const g = GameSchema.parse({ ode: { tEnd: 5 }, abm: { agents: 200, runs: 2 } });
    const r = runGame(g);
    for (const o of r.outcomes) {
      expect(o.abm).not.toBeNull();
      const t = Array.from(o.ode.t);
      expect(Array.from(o.abm!.t)).toEqual(t.map((_, k) => k / 7));
      for (let k = 0; k < t.length; k++) expect(t[k]).toBeCloseTo(k / 7, 9);
    }
    expect(nearCorner(0.99, 0.005, 0.985, 0.02)).toEqual([1, 0, 1]);
    expect(nearCorner(0.9, 0, 1, 0.02)).toBeNull();
  });
});

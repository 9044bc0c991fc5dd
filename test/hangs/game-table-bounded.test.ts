import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cogovInProcess, hasStackTrace } from '../cli/helpers.js';

const ws = mkdtempSync(join(tmpdir(), 'cogov-game-table-bound-'));
afterAll(() => rmSync(ws, { recursive: true, force: true }));

const PROFILES = ['111', '110', '101', '100', '011', '010', '001', '000'];

/** A payoff-table game whose first player earns `a` at every profile where it plays its first strategy. */
function file(name: string, a: string, extra: string): string {
  const payoffs = PROFILES.map((p) => `  "${p}": [${p[0] === '1' ? 'a' : 0}, 1, -1]`).join('\n');
  const text = `name: bounded\nplayers:\n${[0, 1, 2].map(() => '  - { name: P, strategies: [s1, s2] }').join('\n')}\nparameters: { a: ${a} }\npayoffs:\n${payoffs}\n${extra}`;
  const path = join(ws, name);
  writeFileSync(path, text);
  return path;
}

describe('cogov game on payoff-table files: work bounded, refused with exit 2', () => {
  it('too many recorded states or RK4 steps: a message naming the fields to change, no stack trace, no output', async () => {
    const f = file('steps.yaml', '1', 'ode: { tEnd: 10000, dt: 0.00001, every: 0.0001 }\n');
    const out = join(ws, 'out-steps');
    const r = await cogovInProcess(['game', f, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('RK4 steps');
    expect(r.stderr).toContain('ode.tEnd');
    expect(hasStackTrace(r.stderr)).toBe(false);
    const zh = await cogovInProcess(['game', f, '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('RK4');
    expect(zh.stderr).toContain('上限');
  });

  it('payoffs too large for the RK4 step: a positioned refusal on ode.dt', async () => {
    const f = file('stiff.yaml', '1e9', '');
    const r = await cogovInProcess(['game', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(`${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:1: ode\\.dt: RK4 step 0\\.01 is too large`),
    );
  });

  it('a scan of too many values, or of no parameter, is a usage error', async () => {
    const f = file('scan.yaml', '1', '');
    const many = await cogovInProcess(['game', f, '--scan', 'a=0:1000000:1']);
    expect(many.code).toBe(2);
    expect(many.stderr).toContain('cap of 10001');
    const none = await cogovInProcess(['game', f, '--scan', 'b=0:1:0.5']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('"b" is not a parameter');
    expect(hasStackTrace(none.stderr)).toBe(false);
  });

  it('too many agent revisions through --agents: refused before any work', async () => {
    const f = file('agents.yaml', '1000', 'ode: { tEnd: 10000, dt: 0.0001, every: 1 }\n');
    const r = await cogovInProcess(['game', f, '--agents', '1000000', '--starts', '0.5,0.5,0.5']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('agent revisions');
  });
});

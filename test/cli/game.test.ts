import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { ScenarioError } from '../../scenarios/issues.js';
import { CliError, EXIT } from '../../sim/cli/errors.js';
import { registerGame } from '../../sim/cli/game.js';

const dir = mkdtempSync(join(tmpdir(), 'cogov-game-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run `cogov game …` in-process (the command is registered on a fresh program). */
async function game(args: string[]): Promise<{ out: string; err: unknown }> {
  let out = '';
  const program = new Command('cogov')
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {} });
  registerGame(program, { out: (t) => (out += t), err: () => {} });
  try {
    await program.parseAsync(['game', ...args], { from: 'user' });
    return { out, err: null };
  } catch (err) {
    return { out, err };
  }
}

describe('cogov game', () => {
  it('prints the ESS table and end states and writes trajectories.csv', async () => {
    const out = join(dir, 'default');
    const r = await game([
      'scenarios/games/tripartite-default.yaml',
      '--agents',
      '300',
      '--seed',
      '5',
      '--out',
      out,
    ]);
    expect(r.err).toBeNull();
    expect(r.out).toMatch(/\(1,1,1\)\s+-4\.500, -2\.500, -0\.500\s+yes \(ESS\)/);
    expect(r.out).toMatch(/\(0,0,0\)\s+-5\.000, -3\.500, 7\.000\s+no/);
    expect(r.out).toContain('(0.500, 0.200, 0.200)');
    const csv = readFileSync(join(out, 'trajectories.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('start,source,t,x,y,z');
    // 2 starts × (ode + abm) × 421 records (t = 0 … 60 in steps of 1/7).
    expect(csv.length).toBe(1 + 2 * 2 * 421);
    expect(csv[1]).toBe('0.5;0.5;0.5,ode,0,0.5,0.5,0.5');
    expect(csv.filter((l) => l.includes(',abm,')).length).toBe(2 * 421);
  });

  it('--starts takes a list of points, --agents 0 runs the ODE only', async () => {
    const out = join(dir, 'list');
    const r = await game([
      'scenarios/games/tripartite-weak-reward.yaml',
      '--starts',
      '0.5,0.8,0.8;0.2,0.2,0.2',
      '--agents',
      '0',
      '--out',
      out,
    ]);
    expect(r.err).toBeNull();
    expect(r.out).toMatch(/\(0\.500, 0\.800, 0\.800\)\s+\(0\.000, 1\.000, 1\.000\) \(0,1,1\)/);
    expect(r.out).toMatch(/\(0\.200, 0\.200, 0\.200\)\s+\(0\.000, 0\.000, 0\.000\) \(0,0,0\)/);
    const csv = readFileSync(join(out, 'trajectories.csv'), 'utf8');
    expect(csv).not.toContain(',abm,');
  });

  it('--starts grid uses the file’s grid (5³ = 125 starts)', async () => {
    const r = await game([
      'scenarios/games/tripartite-high-subsidy.yaml',
      '--starts',
      'grid',
      '--agents',
      '0',
    ]);
    expect(r.err).toBeNull();
    expect(r.out.split('\n').filter((l) => /\) \(1,1,1\)/.test(l)).length).toBe(125);
  });

  it('bad input: a usage error for --starts, positioned issues for a bad file', async () => {
    const a = await game(['scenarios/games/tripartite-default.yaml', '--starts', '0.5,2,0.5']);
    expect(a.err).toBeInstanceOf(CliError);
    expect((a.err as CliError).exitCode).toBe(EXIT.usage);
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'payoffs:\n  W: 6\n  Wx: 1\n');
    const b = await game([bad]);
    expect(b.err).toBeInstanceOf(ScenarioError);
    expect((b.err as ScenarioError).message).toContain(`${bad}:3:`);
    const c = await game([join(dir, 'missing.yaml')]);
    expect(c.err).toBeInstanceOf(ScenarioError);
    expect((c.err as ScenarioError).message).toContain('file not found');
  });
});

import { createHash } from 'node:crypto';
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

  it('gives the renewal game files the same trajectories.csv as before payoff tables came (md5 pinned on main, 6ce8946)', async () => {
    const pins: [string, string][] = [
      ['default', '5f734e54be3bcb03c04d862f3446e2d0'],
      ['high-subsidy', '21014b8dd6bc80c6fd2bef684883baf3'],
      ['weak-reward', '7d8149316d1e250ef3bef85c691a2d7d'],
    ];
    for (const [name, md5] of pins) {
      const out = join(dir, `pin-${name}`);
      const r = await game([`scenarios/games/tripartite-${name}.yaml`, '--out', out]);
      expect(r.err).toBeNull();
      const bytes = readFileSync(join(out, 'trajectories.csv'), 'utf8');
      expect(createHash('md5').update(bytes).digest('hex'), name).toBe(md5);
    }
  }, 120_000);
});

describe('cogov game on a payoff-table file', () => {
  const WANG = 'scenarios/games/wang-2023-air-pollution.yaml';

  it('prints every stage’s equilibria and where the starts end, and writes the tables and the report', async () => {
    const out = join(dir, 'wang');
    const r = await game([WANG, '--out', out, '--scan', 'G0=0:40:1']);
    expect(r.err).toBeNull();
    for (const corner of ['(0,0,0)', '(0,0,1)', '(1,0,1)', '(1,1,1)', '(1,1,0)']) {
      expect(r.out).toContain(`27 of 27 starts reach ${corner}`);
    }
    expect(r.out).toMatch(/\(1,1,0\)\s+-0\.850, -8\.000, -3\.000\s+ESS/);
    expect(r.out).toContain("x' = x(1−x)(−3.15 + 4·y)");
    expect(r.out).toContain('G0 ≈ 20: ESS set changes from (0,0,0)');
    const eq = readFileSync(join(out, 'equilibria.csv'), 'utf8').trim().split('\n');
    expect(eq[0]).toBe(
      'stage,stage_name,x,y,z,kind,lambda1_re,lambda1_im,lambda2_re,lambda2_im,lambda3_re,lambda3_im,stability',
    );
    expect(eq).toHaveLength(1 + 5 * 8);
    expect(eq[1]).toBe('0,base,0,0,0,pure,-3.15,0,-6.5,0,-10,0,ESS');
    const oc = readFileSync(join(out, 'outcomes.csv'), 'utf8').trim().split('\n');
    expect(oc).toHaveLength(1 + 5 * 27);
    expect(oc.filter((l) => l.startsWith('4,') && l.includes('"(1,1,0)"'))).toHaveLength(27);
    const scan = readFileSync(join(out, 'scan.csv'), 'utf8');
    expect(scan.split('\n')[0]).toBe('parameter,value,ess,change');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<meta name="generator" content="cogov');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script/);
    // The same folder again: the files are cogov's, so they are replaced.
    const again = await game([WANG, '--out', out]);
    expect(again.err).toBeNull();
  });

  it('--json prints the tables: each equilibrium with its coordinates, eigenvalues and stability', async () => {
    const r = await game([WANG, '--json', '--lang', 'zh']);
    expect(r.err).toBeNull();
    const j = JSON.parse(r.out) as {
      stages: {
        ess: number[][];
        equilibria: { point: number[]; eigenvalues: { re: number; im: number }[]; stability: string }[];
      }[];
    };
    expect(j.stages.map((s) => s.ess)).toEqual([
      [[0, 0, 0]],
      [[0, 0, 1]],
      [[1, 0, 1]],
      [[1, 1, 1]],
      [[1, 1, 0]],
    ]);
    const e = j.stages[4].equilibria.find((q) => q.point.join() === '1,1,0');
    expect(e?.eigenvalues.map((l) => l.re)).toEqual([-0.85, -8, -3].map((v) => expect.closeTo(v, 9)));
    expect(e?.stability).toBe('ESS');
  });

  it('runs the agent-based mode of a table game with --agents and says where its mean ends', async () => {
    const r = await game([
      'scenarios/games/tripartite-default-table.yaml',
      '--agents',
      '300',
      '--starts',
      '0.5,0.2,0.2',
    ]);
    expect(r.err).toBeNull();
    expect(r.out).toContain(
      'agent-based mode (mean of 3 runs, 300 agents per population): 1 of 1 starts reach (1,0,0)',
    );
  });

  it('refuses an --out folder holding a file of an output’s name that cogov did not write, and writes a Chinese report', async () => {
    const out = join(dir, 'foreign');
    const first = await game([WANG, '--out', out, '--lang', 'zh', '--starts', '0.1,0.1,0.1']);
    expect(first.err).toBeNull();
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('三维相图');
    expect(html).toContain('复制动态方程');
    writeFileSync(join(out, 'outcomes.csv'), 'my own notes\n');
    const r = await game([WANG, '--out', out]);
    expect(r.err).toBeInstanceOf(CliError);
    expect((r.err as CliError).exitCode).toBe(EXIT.usage);
    expect(readFileSync(join(out, 'outcomes.csv'), 'utf8')).toBe('my own notes\n');
  });

  it('prints Chinese words with --lang zh', async () => {
    const r = await game([WANG, '--lang', 'zh', '--starts', '0.1,0.1,0.1']);
    expect(r.err).toBeNull();
    expect(r.out).toContain('复制动态方程');
    expect(r.out).toContain('演化稳定策略 ESS');
    expect(r.out).toContain('鞍点');
    expect(r.out).toContain('1 个初始点中有 1 个到达 (1,1,0)');
  });

  it('refuses bad --scan, renewal-only misuse of table flags and a bad table file with exit 2', async () => {
    for (const spec of ['G0=0:40', 'G0=5:1:1', 'G0=0:1:0', 'nope=0:1:0.5']) {
      const a = await game([WANG, '--scan', spec]);
      expect(a.err, spec).toBeInstanceOf(CliError);
      expect((a.err as CliError).exitCode).toBe(EXIT.usage);
    }
    const b = await game(['scenarios/games/tripartite-default.yaml', '--json']);
    expect(b.err).toBeInstanceOf(CliError);
    expect((b.err as CliError).message).toContain('--json works on payoff-table game files');
    const bad = join(dir, 'bad-table.yaml');
    writeFileSync(bad, readFileSync(WANG, 'utf8').replace('eA*Rc + alpha*P"', 'eA*Rc + alpha*Q"'));
    const c = await game([bad]);
    expect(c.err).toBeInstanceOf(ScenarioError);
    expect((c.err as ScenarioError).message).toMatch(
      /bad-table\.yaml:\d+:\d+: payoffs\["111"\]\[0\]: unknown name "Q"/,
    );
  });
});

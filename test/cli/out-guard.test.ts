/**
 * Issue 16, class 5 (data loss): no command that writes an output folder deletes or overwrites a file
 * cogov did not write, nor one of its own inputs; it refuses before any work (exit 2, the file named,
 * in English and Chinese) and leaves the folder as it was. One case per command family.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, gridExperiment, MORRIS_EXPERIMENT, TINY_YAML, workspace } from '../experiments/helpers.js';

const MINE = '{"mine": "hand-written, not cogov"}\n';

/** Runs `args`, expects a refusal naming `name`, and that the folder `dir` did not change. */
async function expectRefused(args: string[], dir: string, name: RegExp) {
  const files = () => readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile());
  const before = Object.fromEntries(files().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const r = await cli(args);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toMatch(name);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  const after = Object.fromEntries(files().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  expect(after).toEqual(before);
  return r;
}

describe('output folders: never a file cogov did not write, never an input', () => {
  it('run: a scenario named like an output inside --out, and a foreign summary.json', async () => {
    const ws = workspace();
    const out = join(ws, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'summary.json'), TINY_YAML);
    const r = await expectRefused(
      ['run', join(out, 'summary.json'), '--runs', '2', '--out', out],
      out,
      /summary\.json/,
    );
    expect(r.stderr).toMatch(/input/);
    writeFileSync(join(out, 'summary.json'), MINE);
    await expectRefused(
      ['run', join(ws, 'tiny.yaml'), '--runs', '2', '--out', out],
      out,
      /summary\.json.*not written by cogov/,
    );
    const zh = await expectRefused(
      ['run', join(ws, 'tiny.yaml'), '--runs', '2', '--out', out, '--lang', 'zh'],
      out,
      /summary\.json/,
    );
    expect(zh.stderr).toMatch(/不是 cogov 写入的/);
    // cogov's own outputs are replaced as before.
    const fresh = join(ws, 'fresh');
    expect((await cli(['run', join(ws, 'tiny.yaml'), '--runs', '2', '-q', '--out', fresh])).code).toBe(0);
    expect((await cli(['run', join(ws, 'tiny.yaml'), '--runs', '2', '-q', '--out', fresh])).code).toBe(0);
    expect(readdirSync(fresh).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('merge: into one of its own shard folders', async () => {
    const ws = workspace();
    const s1 = join(ws, 's1');
    const s2 = join(ws, 's2');
    for (const [k, dir] of [
      ['1/2', s1],
      ['2/2', s2],
    ]) {
      expect(
        (await cli(['run', join(ws, 'tiny.yaml'), '--runs', '4', '--shard', k, '-q', '--out', dir])).code,
      ).toBe(0);
    }
    await expectRefused(['merge', s1, s2, '--out', s1], s1, /values\.bin|manifest\.json|runs\.csv/);
  });

  it('compare and levers: a foreign file of an output name', async () => {
    const ws = workspace();
    copyFileSync(join(ws, 'tiny.yaml'), join(ws, 'other.yaml'));
    const out = join(ws, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'differences.csv'), 'my,own,table\n1,2,3\n');
    const args = ['compare', join(ws, 'tiny.yaml'), join(ws, 'other.yaml'), '--runs', '2', '--out', out];
    await expectRefused(args, out, /differences\.csv/);
    writeFileSync(join(out, 'levers.json'), MINE);
    await expectRefused(['levers', join(ws, 'tiny.yaml'), '--runs', '2', '--out', out], out, /levers\.json/);
  });

  it('sweep and sensitivity: a foreign points.csv or design.csv; --points read from the folder is fine', async () => {
    const ws = workspace();
    writeFileSync(join(ws, 'grid.yaml'), gridExperiment(1));
    writeFileSync(join(ws, 'morris.yaml'), MORRIS_EXPERIMENT);
    const out = join(ws, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'design.csv'), 'a,b\n1,2\n');
    await expectRefused(['sweep', join(ws, 'grid.yaml'), '-q', '--out', out], out, /design\.csv/);
    writeFileSync(join(out, 'points.csv'), 'my own points\n');
    await expectRefused(['sensitivity', join(ws, 'morris.yaml'), '-q', '--out', out], out, /points\.csv/);
    // An earlier sweep's points.csv read back by --points from the same folder is an input, not an output.
    const m = join(ws, 'm');
    expect((await cli(['sweep', join(ws, 'morris.yaml'), '-q', '--out', m])).code).toBe(0);
    const again = await cli([
      'sensitivity',
      join(ws, 'morris.yaml'),
      '--points',
      join(m, 'points.csv'),
      '-q',
      '--out',
      m,
    ]);
    expect(again.code, again.stderr).toBe(0);
  });

  it('game: a foreign trajectories.csv; its own is replaced', async () => {
    const ws = workspace();
    const out = join(ws, 'out');
    const game = ['game', 'scenarios/games/tripartite-default.yaml', '--agents', '50', '--out', out];
    expect((await cli(game)).code).toBe(0);
    expect((await cli(game)).code).toBe(0);
    writeFileSync(join(out, 'trajectories.csv'), 'my,own\n');
    await expectRefused(game, out, /trajectories\.csv/);
  });

  it('report: a foreign report.html', async () => {
    const ws = workspace();
    const out = join(ws, 'out');
    expect((await cli(['run', join(ws, 'tiny.yaml'), '--runs', '2', '-q', '--out', out])).code).toBe(0);
    writeFileSync(join(out, 'report.html'), '<html>my notes</html>');
    await expectRefused(['report', out], out, /report\.html/);
  });

  it('slurm: a foreign submit.sh in the script folder; its own scripts are replaced', async () => {
    const ws = workspace();
    const dir = join(ws, 'scripts');
    const slurm = ['slurm', join(ws, 'tiny.yaml'), '--runs', '4', '--tasks', '2', '-q'];
    const args = [...slurm, '--out', join(ws, 'out'), '--script-dir', dir];
    expect((await cli(args)).code).toBe(0);
    expect((await cli(args)).code).toBe(0);
    writeFileSync(join(dir, 'submit.sh'), '#!/bin/bash\necho my own job\n');
    const r = await expectRefused(args, dir, /submit\.sh/);
    expect((await cli([...args, '--lang', 'zh'])).stderr).toMatch(/不是 cogov 写入的/);
    expect(r.stderr).toMatch(/never overwrites/);
  });

  it('schema -o: a foreign file is refused; a schema cogov wrote is replaced', async () => {
    const ws = workspace();
    const file = join(ws, 'scenario.schema.json');
    expect((await cli(['schema', '-o', file])).code).toBe(0);
    expect((await cli(['schema', '-o', file])).code).toBe(0);
    expect((await cli(['schema', '--experiment', '-o', file])).code).toBe(0);
    writeFileSync(file, MINE);
    const r = await expectRefused(['schema', '-o', file], ws, /scenario\.schema\.json/);
    expect(r.stderr).toMatch(/not written by cogov/);
    expect(readFileSync(file, 'utf8')).toBe(MINE);
  });
});

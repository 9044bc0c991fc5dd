import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../sim/outputs/csv.js';
import { pointsColumns } from '../../sim/outputs/experiments.js';
import { cli, gridExperiment, MORRIS_EXPERIMENT, workspace } from './helpers.js';

const GRID = gridExperiment(2);
const MORRIS = MORRIS_EXPERIMENT;

function setup(): string {
  const ws = workspace();
  writeFileSync(join(ws, 'grid.yaml'), GRID);
  writeFileSync(join(ws, 'morris.yaml'), MORRIS);
  return ws;
}

const read = (f: string) => readFileSync(f, 'utf8');

describe('cogov sweep', () => {
  it('writes one row per design point × replicate, with factor values, seed and key indicators; same bytes when repeated', async () => {
    const ws = setup();
    const a = await cli(['sweep', join(ws, 'grid.yaml'), '--out', join(ws, 'a'), '--quiet']);
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    const lines = read(join(ws, 'a', 'points.csv'))
      .trimEnd()
      .split('\n');
    expect(lines[0]).toBe(pointsColumns(['subsidy', 'ppp']).join(','));
    expect(lines).toHaveLength(1 + 4 * 2);
    expect(lines[1]).toMatch(/^0,0,0,\d+,0,false,/);
    expect(lines[8]).toMatch(/^7,3,1,\d+,30000,true,/);
    // common random numbers: replicate r has the same seed at every point
    const seeds = parseCsv(read(join(ws, 'a', 'points.csv'))).slice(1);
    expect(new Set(seeds.filter((f) => f[2] === '0').map((f) => f[3])).size).toBe(1);
    await cli(['sweep', join(ws, 'grid.yaml'), '--out', join(ws, 'b'), '--quiet']);
    expect(read(join(ws, 'b', 'points.csv'))).toBe(read(join(ws, 'a', 'points.csv')));
    expect(read(join(ws, 'a', 'design.csv')).split('\n')[0]).toBe('point,subsidy,ppp');
  });

  it('shards concatenate to the whole sweep, and a resumed sweep equals an uninterrupted one', async () => {
    const ws = setup();
    await cli(['sweep', join(ws, 'grid.yaml'), '--out', join(ws, 'all'), '--quiet']);
    await cli(['sweep', join(ws, 'grid.yaml'), '--shard', '1/2', '--out', join(ws, 's1'), '--quiet']);
    await cli(['sweep', join(ws, 'grid.yaml'), '--shard', '2/2', '--out', join(ws, 's2'), '--quiet']);
    const whole = read(join(ws, 'all', 'points.csv'));
    const [head, ...one] = read(join(ws, 's1', 'points.csv')).split('\n');
    const two = read(join(ws, 's2', 'points.csv'))
      .split('\n')
      .slice(1);
    expect([head, ...one.filter(Boolean), ...two].join('\n')).toBe(whole);

    // an interrupted sweep: the journal holds 3 rows and half of a fourth
    const rows = whole.split('\n');
    const partial = `${rows.slice(0, 4).join('\n')}\n${rows[4].slice(0, 10)}`;
    writeFileSync(join(ws, 'r.partial'), partial);
    const out = join(ws, 'r');
    await cli(['sweep', join(ws, 'grid.yaml'), '--out', out, '--quiet']);
    writeFileSync(join(out, 'points.partial.csv'), partial);
    const res = await cli(['sweep', join(ws, 'grid.yaml'), '--out', out, '--resume']);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/5 runs .*, 3 resumed/);
    expect(read(join(out, 'points.csv'))).toBe(whole);
  });

  it('refuses to resume from the journal of another experiment', async () => {
    const ws = setup();
    const out = join(ws, 'x');
    writeFileSync(join(ws, 'grid2.yaml'), GRID.replace('seed: 3', 'seed: 4'));
    await cli(['sweep', join(ws, 'grid2.yaml'), '--out', out, '--quiet']);
    const other = read(join(out, 'points.csv')).split('\n').slice(0, 3).join('\n');
    writeFileSync(join(out, 'points.partial.csv'), `${other}\n`);
    const res = await cli(['sweep', join(ws, 'grid.yaml'), '--out', out, '--resume', '--quiet']);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/cannot resume.*does not match/);
  });
});

describe('cogov sensitivity', () => {
  it('writes Morris tables, warns that the design is small, and analyses saved points identically', async () => {
    const ws = setup();
    const out = join(ws, 'm');
    const res = await cli(['sensitivity', join(ws, 'morris.yaml'), '--out', out]);
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/warning: design too small for stable rankings: 3 trajectories/);
    expect(res.stdout).toMatch(/householdsRenovated: /);
    const table = read(join(out, 'morris.csv'));
    expect(table.split('\n')[0]).toBe('indicator,factor,mu,muStar,sigma,muStarCiLow,muStarCiHigh,n,rank');
    expect(table.trimEnd().split('\n')).toHaveLength(1 + 2 * 2);
    const json = JSON.parse(read(join(out, 'sensitivity.json')));
    expect(json.indicators[0].factors.map((f: { factor: string }) => f.factor)).toEqual(['cost', 'mu']);
    expect(json.indicators[0].warnings[0]).toMatch(/too small/);

    const again = join(ws, 'm2');
    const r2 = await cli([
      'sensitivity',
      join(ws, 'morris.yaml'),
      '--points',
      join(out, 'points.csv'),
      '--out',
      again,
      '--quiet',
    ]);
    expect(r2.code).toBe(0);
    expect(read(join(again, 'morris.csv'))).toBe(table);
  });

  it('writes Sobol tables with bootstrap intervals', async () => {
    const ws = setup();
    writeFileSync(
      join(ws, 'sobol.yaml'),
      MORRIS.replace('{ type: morris, trajectories: 3, levels: 4 }', '{ type: sobol, n: 4, bootstrap: 50 }'),
    );
    const res = await cli(['sensitivity', join(ws, 'sobol.yaml'), '--out', join(ws, 's'), '--quiet']);
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/design too small for stable indices: n = 4/);
    const lines = read(join(ws, 's', 'sobol.csv'))
      .trimEnd()
      .split('\n');
    expect(lines[0]).toBe('indicator,factor,S1,S1CiLow,S1CiHigh,ST,STCiLow,STCiHigh,rank');
    expect(lines).toHaveLength(1 + 2 * 2);
    expect(
      read(join(ws, 's', 'points.csv'))
        .trimEnd()
        .split('\n'),
    ).toHaveLength(1 + 4 * (2 + 2));
  });

  it('refuses a grid design and incomplete points', async () => {
    const ws = setup();
    const g = await cli(['sensitivity', join(ws, 'grid.yaml'), '--out', join(ws, 'g')]);
    expect(g.code).toBe(2);
    expect(g.stderr).toMatch(/needs? morris or sobol/);
    writeFileSync(join(ws, 'few.csv'), 'run\n');
    const p = await cli([
      'sensitivity',
      join(ws, 'morris.yaml'),
      '--points',
      join(ws, 'few.csv'),
      '--out',
      join(ws, 'p'),
    ]);
    expect(p.code).toBe(2);
    expect(p.stderr).toMatch(/columns differ/);
  });
});

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../sim/outputs/csv.js';
import { BOX_LIMITS_COLUMNS, BOXES_COLUMNS, TREE_COLUMNS } from '../../sim/outputs/discovery.js';
import { hasStackTrace } from '../cli/helpers.js';
import { cli, workspace } from './helpers.js';
import { TINY_ROBUST_OPTIMISATION } from './optimise-helpers.js';

/** An LHS sweep of the tiny city: cost sensitivity × subsidy × PPP, 30 points × 2 replicates. */
const LHS = `scenario: tiny.yaml
factors:
  - { name: cost, path: residents.utility.costSensitivity, range: [0.5, 3] }
  - { name: subsidy, path: government.householdSubsidy.rmbPerHousehold, range: [0, 40000] }
  - { name: ppp, path: enterprises.enabled, values: [false, true] }
design: { type: lhs, points: 30 }
replicates: 2
seed: 9
`;

const read = (f: string) => readFileSync(f, 'utf8');
const WHERE = 'votePassRate < 0.6';
let ws = '';
let sweep = '';

beforeAll(async () => {
  ws = workspace();
  writeFileSync(join(ws, 'lhs.yaml'), LHS);
  sweep = join(ws, 'sweep');
  const r = await cli(['sweep', join(ws, 'lhs.yaml'), '--out', sweep, '--workers', '1', '--quiet']);
  expect(r.code).toBe(0);
}, 120_000);

describe('cogov discover on a sweep', () => {
  it('writes the trajectory, the chosen box, the tree, the manifest and the report; same bytes when repeated', async () => {
    const a = await cli(['discover', sweep, '--where', WHERE]);
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/of 60 runs meet "votePassRate < 0\.6"/);
    const out = join(sweep, 'discover');
    const boxes = parseCsv(read(join(out, 'boxes.csv')));
    expect(boxes[0]).toEqual([...BOXES_COLUMNS]);
    expect(boxes.slice(1).filter((r) => r[9] === 'true')).toHaveLength(1);
    expect(boxes[1].slice(0, 3)).toEqual(['0', 'start', '60']);
    const limits = parseCsv(read(join(out, 'box-limits.csv')));
    expect(limits[0]).toEqual([...BOX_LIMITS_COLUMNS]);
    expect(limits.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['cost', 'numeric'],
      ['subsidy', 'numeric'],
      ['ppp', 'categorical'],
    ]);
    expect(parseCsv(read(join(out, 'tree.csv')))[0]).toEqual([...TREE_COLUMNS]);
    expect(read(join(out, 'tree.txt'))).toMatch(/^# cogov discover: CART tree of "votePassRate < 0\.6"/);
    const m = JSON.parse(read(join(out, 'manifest.json')));
    expect(m).toMatchObject({ kind: 'discovery', where: WHERE, whereNames: ['votePassRate'], per: 'run' });
    expect(m.cases.read).toBe(60);
    expect(m.cases.used + m.cases.excluded).toBe(60);
    expect(m.source.kind).toBe('sweep');
    expect(m.source.files.map((f: { file: string }) => f.file)).toEqual(['manifest.json', 'points.csv']);
    expect(m.parameters.seed).toBe(9);
    const html = read(join(out, 'report.html'));
    expect(html).toContain(`Of the ${m.cases.used} runs, ${m.cases.ofInterest}`);
    expect(html).toContain('Peeling trajectory');
    const first = ['boxes.csv', 'box-limits.csv', 'tree.csv', 'tree.txt'].map((f) => read(join(out, f)));
    const b = await cli(['discover', sweep, '--where', WHERE, '--out', join(ws, 'again'), '--quiet']);
    expect(b.code).toBe(0);
    expect(
      ['boxes.csv', 'box-limits.csv', 'tree.csv', 'tree.txt'].map((f) => read(join(ws, 'again', f))),
    ).toEqual(first);
  });

  it('averages replicates per design point, speaks Chinese, prints JSON, and cogov report re-renders', async () => {
    const out = join(ws, 'per-point');
    const r = await cli([
      'discover',
      sweep,
      '--where',
      WHERE,
      '--per',
      'point',
      '--out',
      out,
      '--lang',
      'zh',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.cases.read).toBe(30);
    expect(j.per).toBe('point');
    expect(read(join(out, 'report.html'))).toContain('情景发现');
    const rep = await cli(['report', out, '--lang', 'en']);
    expect(rep.code).toBe(0);
    expect(read(join(out, 'report.html'))).toContain('Scenario discovery');
    expect(read(join(out, 'report.html'))).toContain('design points');
  });

  it('excludes and counts cases whose condition is undefined', async () => {
    const points = parseCsv(read(join(sweep, 'points.csv')));
    const col = points[0].indexOf('ownersPaymentPerHousehold');
    const empty = points.slice(1).filter((r) => r[col] === '').length;
    // Owners pay nothing (undefined per household) in some runs of this sweep.
    expect(empty).toBeGreaterThan(0);
    const out = join(ws, 'undefined');
    const r = await cli([
      'discover',
      sweep,
      '--where',
      'ownersPaymentPerHousehold > 2000',
      '--out',
      out,
      '--quiet',
    ]);
    expect(r.code).toBe(0);
    const m = JSON.parse(read(join(out, 'manifest.json')));
    expect(m.cases.excluded).toBe(empty);
    expect(m.cases.used).toBe(60 - empty);
    expect(read(join(out, 'report.html'))).toContain(`${empty} more were left out`);
  });

  it('honours --box and refuses a step beyond the trajectory', async () => {
    const ok = await cli([
      'discover',
      sweep,
      '--where',
      WHERE,
      '--box',
      '2',
      '--out',
      join(ws, 'box2'),
      '--json',
    ]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).chosenStep).toBe(2);
    const bad = await cli(['discover', sweep, '--where', WHERE, '--box', '999', '--out', join(ws, 'box999')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--box 999 is not a step of the trajectory \(0–\d+\)/);
  });
});

describe('cogov discover refuses bad input with exit 2', () => {
  const refused = async (args: string[], pattern: RegExp) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
    expect(hasStackTrace(r.stderr)).toBe(false);
    return r;
  };

  it('a bad expression, with its position and the column names', async () => {
    const r = await refused(['discover', sweep, '--where', 'votePassRate <'], /--where "votePassRate <"/);
    expect(r.stderr).toMatch(/\^/);
    expect(r.stderr).toMatch(/Columns you can use: .*votePassRate/);
    const unknown = await refused(
      ['discover', sweep, '--where', 'fireCompliance < 1'],
      /unknown name "fireCompliance"/,
    );
    expect(unknown.stderr).toMatch(/fireComplianceAtDeadline/);
    await refused(['discover', sweep, '--where', 'votePassRate + 1'], /not true or false/);
    await refused(['discover', sweep, '--where', 'clamp(votePassRate, 1, 0) < 1'], /not true or false/);
    await refused(['discover', sweep, '--where', 'import("fs")'], /--where/);
  });

  it('a condition no case or every case meets', async () => {
    await refused(
      ['discover', sweep, '--where', 'votePassRate > 5', '--out', join(ws, 'none')],
      /no case meets/,
    );
    await refused(
      ['discover', sweep, '--where', 'votePassRate >= 0', '--out', join(ws, 'all')],
      /every case meets/,
    );
  });

  it('a missing folder or one of another kind, leaving nothing behind', async () => {
    await refused(['discover', join(ws, 'nowhere'), '--where', WHERE], /is not a folder/);
    expect(existsSync(join(ws, 'nowhere'))).toBe(false);
    const empty = join(ws, 'empty');
    mkdirSync(empty);
    await refused(
      ['discover', empty, '--where', WHERE],
      /not the output folder of a sweep or an optimisation/,
    );
    expect(existsSync(join(empty, 'discover'))).toBe(false);
    await refused(['discover', join(sweep, 'discover'), '--where', WHERE], /is a "discovery" folder/);
    const zh = await cli(['discover', empty, '--where', WHERE, '--lang', 'zh']);
    expect(zh.stderr).toMatch(/不是参数扫描或优化的输出文件夹/);
  });

  it('an output folder holding a file of an output’s name that cogov did not write', async () => {
    const out = join(ws, 'foreign');
    mkdirSync(out);
    writeFileSync(join(out, 'boxes.csv'), 'my own notes\n');
    await refused(['discover', sweep, '--where', WHERE, '--out', out], /boxes\.csv/);
    expect(read(join(out, 'boxes.csv'))).toBe('my own notes\n');
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
  });

  it('an output folder that is the source folder', async () => {
    await refused(['discover', sweep, '--where', WHERE, '--out', sweep], /manifest\.json/);
    expect(JSON.parse(read(join(sweep, 'manifest.json'))).kind).toBeUndefined();
  });
});

describe('cogov discover on an optimisation folder', () => {
  it('reads runs.csv with the factors the manifest names (levers, then uncertainties)', async () => {
    const dir = join(ws, 'opt');
    mkdirSync(dir);
    const rows = [
      'run,candidate,state,replicate,seed,subsidy,bundle,cost,fireComplianceAtDeadline,publicCommitted',
    ];
    let run = 0;
    for (let c = 0; c < 20; c++) {
      for (let s = 0; s < 5; s++) {
        for (let r = 0; r < 2; r++) {
          const subsidy = c * 2000;
          const cost = 0.5 + s * 0.5;
          const miss = cost >= 1.5 && subsidy < 16000;
          rows.push(
            [run, c, s, r, 1000 + run, subsidy, c % 2 === 0 ? 'a' : 'b', cost, miss ? 0.8 : 1, 1e6 + c].join(
              ',',
            ),
          );
          run++;
        }
      }
    }
    writeFileSync(join(dir, 'runs.csv'), `${rows.join('\n')}\n`);
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({
        kind: 'optimisation',
        cogovVersion: 'test',
        seed: 4,
        factors: [{ name: 'subsidy' }, { name: 'bundle' }, { name: 'cost' }],
        indicators: ['fireComplianceAtDeadline', 'publicCommitted'],
      }),
    );
    const r = await cli([
      'discover',
      dir,
      '--where',
      'fireComplianceAtDeadline < 1',
      '--json',
      '--per',
      'point',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.cases.read).toBe(100);
    expect(j.cases.ofInterest).toBe(8 * 3);
    expect(j.coverage).toBeGreaterThan(0.9);
    expect(j.density).toBeGreaterThan(0.9);
    expect(j.box.map((b: { factor: string }) => b.factor).sort()).toEqual(['cost', 'subsidy']);
    const m = JSON.parse(read(join(dir, 'discover', 'manifest.json')));
    expect(m.source.kind).toBe('optimisation');
    expect(m.inputs).toEqual([
      { name: 'subsidy', kind: 'numeric' },
      { name: 'bundle', kind: 'categorical' },
      { name: 'cost', kind: 'numeric' },
    ]);
  });
});

describe('cogov discover on a folder written by cogov optimize', () => {
  it('takes levers and uncertainties as factors and the indicators, not generation, as columns', async () => {
    writeFileSync(join(ws, 'robust.yaml'), TINY_ROBUST_OPTIMISATION);
    const opt = join(ws, 'optimised');
    const o = await cli(['optimize', join(ws, 'robust.yaml'), '--out', opt, '--workers', '1', '--quiet']);
    expect(o.code).toBe(0);
    const runs = parseCsv(read(join(opt, 'runs.csv')));
    const col = runs[0].indexOf('participation');
    const values = runs
      .slice(1)
      .map((r) => Number(r[col]))
      .sort((a, b) => a - b);
    const median = values[Math.floor(values.length / 2)];
    expect(values[0]).toBeLessThan(median);
    const r = await cli(['discover', opt, '--where', `participation < ${median}`, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).cases.read).toBe(runs.length - 1);
    const m = JSON.parse(read(join(opt, 'discover', 'manifest.json')));
    expect(m.source.kind).toBe('optimisation');
    expect(m.source.files.map((f: { file: string }) => f.file)).toEqual(['manifest.json', 'runs.csv']);
    expect(m.inputs.map((i: { name: string }) => i.name)).toEqual(['subsidy', 'ppp', 'cost']);
    const bad = await cli(['discover', opt, '--where', 'generation < 1', '--out', join(ws, 'gen')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown name "generation"/);
  });
});

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseCsv } from '../../sim/outputs/csv.js';
import { LEVERS_CSV_COLUMNS } from '../../sim/outputs/levers.js';
import { LEVERS } from '../../sim/experiments/levers.js';
import { KEY_INDICATORS } from '../../sim/model/metrics.js';
import { cogov, cogovInProcess as cli, hasStackTrace } from './helpers.js';

/**
 * demo-small (every instrument on) made smaller: 15 communities to the end of 2027, so one run takes
 * a few tens of milliseconds.
 */
function workspace(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cogov-levers-'));
  const s = parse(readFileSync('scenarios/demo-small.yaml', 'utf8')) as {
    calendar: Record<string, unknown>;
    city: { generate: Record<string, unknown> };
  };
  s.calendar['end'] = '2027-12';
  s.city.generate['communities'] = 15;
  const file = join(dir, 'small.yaml');
  writeFileSync(file, stringify(s));
  return { dir, file };
}

/** Rows of a CSV file as objects; and its header. */
function csv(text: string): { head: string[]; rows: Record<string, string>[] } {
  const [head, ...lines] = parseCsv(text);
  return { head, rows: lines.map((l) => Object.fromEntries(l.map((v, i) => [head[i], v]))) };
}

const args = (file: string, out: string, ...more: string[]) => [
  'levers',
  file,
  '--runs',
  '3',
  '--only',
  'ppp,insurance',
  '--out',
  out,
  ...more,
];

/** `cogov levers FILE` with 2 runs of the insurance lever only, in-process. */
const insuranceOnly = (file: string): string[] => [
  'levers',
  file,
  '--runs',
  '2',
  '--only',
  'insurance',
  '--workers',
  '1',
];

describe('cogov levers', () => {
  it('writes one levers.csv row per check; each verdict follows the sign and the interval', async () => {
    const { dir, file } = workspace();
    const out = join(dir, 'out');
    const r = await cli(args(file, out, '--workers', '1'));
    expect(r.code, r.stderr).toBe(0);
    const { head, rows } = csv(readFileSync(join(out, 'levers.csv'), 'utf8'));
    expect(head).toEqual([...LEVERS_CSV_COLUMNS]);
    const expected = LEVERS.filter((l) => l.id === 'ppp' || l.id === 'insurance').flatMap((l) =>
      l.checks.map((c) => `${l.id}:${c.indicator}:${c.expected}`),
    );
    expect(rows.map((x) => `${x['lever']}:${x['indicator']}:${x['expected']}`)).toEqual(expected);
    for (const row of rows) {
      expect(row['n']).toBe('3');
      expect(row['variant']).toBe('off');
      const lo = Number(row['ciLow']);
      const hi = Number(row['ciHigh']);
      const sign = Number(row['expected']);
      const verdict =
        row['ciLow'] === '' || (lo <= 0 && hi >= 0)
          ? 'notDistinguishable'
          : Math.sign(Number(row['difference'])) === sign
            ? 'asExpected'
            : 'opposite';
      expect(row['verdict'], row['indicator']).toBe(verdict);
      if (Number(row['scenarioMean']) === 0) expect(row['relative']).toBe('');
    }
    // The terminal: a table and the tally of the same checks.
    expect(r.stdout).toMatch(
      /^instrument +variant +indicator +exp\. +effect \[95 % CI\] +relative +verdict$/m,
    );
    expect(r.stdout).toContain('PPP renovation + operation bundles');
    expect(r.stdout).toMatch(/\d of 3 checks as expected, \d not distinguishable, \d opposite\n/);

    const json = JSON.parse(readFileSync(join(out, 'levers.json'), 'utf8'));
    expect(json).toMatchObject({ runs: 3, seed: 42, scenario: { file }, cogovVersion: expect.any(String) });
    expect(json.scenario.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(json.summary.checks).toBe(3);
    expect(json.levers.map((l: { id: string }) => l.id)).toEqual(['ppp', 'insurance']);
    expect(Object.keys(json.levers[0].differences)).toEqual(KEY_INDICATORS.map((k) => k.name));
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.files).toEqual([
      'levers.csv',
      'levers.json',
      'report.html',
      'dictionary.csv',
      'manifest.json',
    ]);

    const html = readFileSync(join(out, 'report.html'), 'utf8');
    const body = html.slice(html.indexOf('<section'));
    // The page opens with its answer: the headline, before the contents and the checks; provenance last.
    expect(body).toMatch(/^<section id="headline" class="headline">/);
    expect(body).toMatch(/Of 3 checks on 3 paired runs of Demo city/);
    expect(body).toMatch(/Policy instruments checked in “[^”]+”: 2, each switched to its variant/);
    expect(body.indexOf('id="checks"')).toBeLessThan(body.indexOf('id="methods"'));
    expect(body.indexOf('id="methods"')).toBeLessThan(body.indexOf('id="settings"'));
    expect(html).toMatch(/<tr class="verdict-(asExpected|notDistinguishable|opposite)" data-lever="ppp">/);
  });

  it('gives the same levers.csv, levers.json and report.html bytes for --workers 1 and 2', async () => {
    const { dir, file } = workspace();
    const one = await cli(args(file, join(dir, 'w1'), '--workers', '1', '--quiet'));
    const two = await cli(args(file, join(dir, 'w2'), '--workers', '2', '--quiet'));
    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    expect(one.stdout + two.stdout).toBe('');
    for (const f of ['levers.csv', 'levers.json', 'report.html']) {
      const a = readFileSync(join(dir, 'w1', f), 'utf8').replaceAll(join(dir, 'w1'), 'OUT');
      const b = readFileSync(join(dir, 'w2', f), 'utf8').replaceAll(join(dir, 'w2'), 'OUT');
      expect(b, f).toBe(a);
    }
    expect(JSON.parse(readFileSync(join(dir, 'w2', 'manifest.json'), 'utf8')).workers).toBe(2);
  });

  it('prints the table in Chinese under --lang zh', async () => {
    const { file } = workspace();
    const r = await cli([...insuranceOnly(file), '--lang', 'zh']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^政策工具 +变体 +指标 +预期 +效应 \[95%置信区间\] +相对情景 +结论$/m);
    expect(r.stdout).toContain('工程造价超支保险');
    expect(r.stdout).toMatch(/1 项检验中 \d 项符合预期，\d 项无法区分，\d 项方向相反\n/);
  });

  it('exits 2 for an unknown lever in --only, listing the valid ones, and writes nothing', async () => {
    const { dir, file } = workspace();
    const out = join(dir, 'out');
    const r = await cli(['levers', file, '--only', 'ppp,nosuch', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown lever nosuch');
    for (const l of LEVERS) expect(r.stderr).toContain(l.id);
    expect(() => readFileSync(join(out, 'levers.csv'))).toThrow();
  });

  it('exits 2 for a bad scenario (positioned error, no stack trace) and for fewer than 2 runs', async () => {
    const { dir, file } = workspace();
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'name: { en: Bad, zh: 坏 }\ncity:\n  generate:\n    communities: -3\n');
    const r = cogov(['levers', bad, '--out', join(dir, 'never')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:4:\d+: city\.generate\.communities/);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect((await cli(['levers', file, '--runs', '1'])).code).toBe(2);
    const one = join(dir, 'one.yaml');
    writeFileSync(one, readFileSync(file, 'utf8').replace(/runs: 20/, 'runs: 1'));
    const res = await cli(['levers', one, '--only', 'ppp']);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('at least 2 runs');
  });

  it('never overwrites a file in --out that cogov did not write', async () => {
    const { dir, file } = workspace();
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'report.html'), '<p>my own notes</p>\n');
    const r = await cli([...insuranceOnly(file), '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('report.html, not written by cogov');
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toBe('<p>my own notes</p>\n');
  });
});

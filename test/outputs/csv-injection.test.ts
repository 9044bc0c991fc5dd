/**
 * CSV injection (issue 16, class 6): a text cell beginning with =, +, -, @, a tab or a carriage
 * return (a scenario's file name, a text factor value) must reach no CSV file as a formula. The one
 * writer puts `'` before such text (numbers never change) and the one reader takes it off again.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvField, csvLine, parseCsv } from '../../sim/outputs/csv.js';
import { emptyCurveSeries } from '../../sim/outputs/ensemble.js';
import { curvesCsv } from '../../web/aggregate.js';
import { cli, workspace } from '../experiments/helpers.js';

const NUMBER_TEXT = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** Every raw field of `text` (RFC 4180, quotes removed, formula guards kept). */
function rawFields(text: string): string[] {
  const out: string[] = [];
  const re = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,\n]*))/g;
  for (const line of text.split('\n')) {
    for (const m of line.matchAll(re)) out.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
  }
  return out;
}

/** The fields of the CSV files in `dir` that a spreadsheet would run as a formula. */
function formulaCells(dir: string): string[] {
  const bad: string[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.csv'))) {
    for (const cell of rawFields(readFileSync(join(dir, f), 'utf8'))) {
      if (/^[=+\-@\t\r]/.test(cell) && !NUMBER_TEXT.test(cell)) bad.push(`${f}: ${cell}`);
    }
  }
  return bad;
}

const HOSTILE = [
  '=cmd|" /C calc"!A0',
  '=1+1',
  '+1+1',
  '-1+1',
  '-',
  '@SUM(A1:A9)',
  '\t=1',
  '\r=1',
  "'=already quoted",
  "''@twice",
  '=a,b',
  'x=1',
  "'plain",
  '中文',
];

describe('formula neutralisation in the CSV writer', () => {
  it('quotes text that starts with a formula trigger and reads every text back unchanged', () => {
    for (const s of HOSTILE) {
      const field = csvField(s);
      const inner = field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
      if (/^'*[=+\-@\t\r]/.test(s)) expect(inner, JSON.stringify(s)).toBe(`'${s}`);
      else expect(inner).toBe(s);
      expect(parseCsv(csvLine([s, 'x']))).toEqual([[s, 'x']]);
    }
  });

  it('leaves numbers alone, as numbers and as number text', () => {
    expect(csvLine([-3.5, 1e-7, -0.25, 0, -12])).toBe('-3.5,1e-7,-0.25,0,-12\n');
    expect(csvLine(['-3.5', '+2', '-1e-7', '.5'])).toBe('-3.5,+2,-1e-7,.5\n');
    expect(parseCsv('-3.5,+2,-1e-7\n')).toEqual([['-3.5', '+2', '-1e-7']]);
  });
});

describe('outputs with hostile text', () => {
  it("the explorer's curves download neutralises the scenario id too", () => {
    const series = { ...emptyCurveSeries('m', ['2024-07']), n: [1], mean: [-3.5], sd: [0] };
    for (const k of ['p05', 'p25', 'p50', 'p75', 'p95'] as const) series[k] = [-3.5];
    const text = curvesCsv('=cmd', new Map([['m', series]]));
    expect(text.split('\n')[1]).toBe("'=cmd,m,0,2024-07,1,-3.5,0,-3.5,-3.5,-3.5,-3.5,-3.5");
    expect(parseCsv(text)[1][0]).toBe('=cmd');
  });

  it('cogov run: a scenario file named =cmd gives no formula cell, and the report reads it back', async () => {
    const ws = workspace();
    copyFileSync(join(ws, 'tiny.yaml'), join(ws, '=cmd.yaml'));
    const out = join(ws, 'out');
    const r = await cli(['run', join(ws, '=cmd.yaml'), '--runs', '2', '--workers', '1', '--out', out, '-q']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'runs.csv'), 'utf8').split('\n')[1]).toMatch(/^'=cmd,0,/);
    expect(formulaCells(out)).toEqual([]);
    const curves = parseCsv(readFileSync(join(out, 'curves.csv'), 'utf8'));
    expect(curves[1][0]).toBe('=cmd');
    const report = await cli(['report', out]);
    expect(report.code, report.stderr).toBe(0);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('=cmd');
    expect(html).not.toContain("'=cmd");
  });

  it('cogov sweep: text factor values give no formula cell in points.csv and design.csv', async () => {
    const ws = workspace();
    writeFileSync(
      join(ws, 'exp.yaml'),
      `scenario: tiny.yaml
factors:
  - { name: title, path: name.en, values: ["=HYPERLINK(\\"http://x\\")", "@SUM(A1)", "-x", "+y"] }
design: { type: grid }
replicates: 1
seed: 2
`,
    );
    const out = join(ws, 'out');
    const r = await cli(['sweep', join(ws, 'exp.yaml'), '--workers', '1', '--out', out, '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(formulaCells(out)).toEqual([]);
    const points = parseCsv(readFileSync(join(out, 'points.csv'), 'utf8'));
    const col = points[0].indexOf('title');
    expect(points.slice(1).map((row) => row[col])).toEqual([
      '=HYPERLINK("http://x")',
      '@SUM(A1)',
      '-x',
      '+y',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { csvLine, parseCsv } from '../../sim/outputs/csv.js';
import { CURVES_COLUMNS } from '../../sim/outputs/ensemble.js';
import { ReportInputError } from '../../sim/outputs/errors.js';
import { parseCurves, parseManifest, parseSummary, reportData } from '../../viz/parse.js';

const HEADER = csvLine(CURVES_COLUMNS);

describe('reading the outputs', () => {
  it('splits RFC 4180 CSV: quoted commas, quotes and newlines, CRLF', () => {
    expect(parseCsv('a,"b,c","d""e"\r\n"f\ng",,h\n')).toEqual([
      ['a', 'b,c', 'd"e'],
      ['f\ng', '', 'h'],
    ]);
    expect(() => parseCsv('"open')).toThrow(ReportInputError);
  });

  it('reads curves per metric in tick order; empty fields are NaN', () => {
    const text = `${HEADER}"s,1",m.a,0,2024-01,3,1,0.5,0,0.5,1,1.5,2\n"s,1",m.a,1,2024-02,3,,,,,,,\n"s,1",m.b,0,2024-01,3,5,0,5,5,5,5,5\n`;
    const { scenario, curves } = parseCurves(text);
    expect(scenario).toBe('s,1');
    expect([...curves.keys()]).toEqual(['m.a', 'm.b']);
    expect(curves.get('m.a')!.dates).toEqual(['2024-01', '2024-02']);
    expect(curves.get('m.a')!.p50[0]).toBe(1);
    expect(curves.get('m.a')!.mean[1]).toBeNaN();
  });

  it('names the file and line of a malformed curves.csv', () => {
    expect(() => parseCurves('metric,tick\n')).toThrow(/curves.csv: missing column\(s\) scenario, date/);
    expect(() => parseCurves(`${HEADER}s,m,1,2024-01,1,1,1,1,1,1,1,1\n`)).toThrow(
      /curves.csv:2: tick 1 of m, expected 0/,
    );
    expect(() => parseCurves(`${HEADER}s,m,0,2024-01,1,x,1,1,1,1,1,1\n`)).toThrow(/curves.csv:2 mean: "x"/);
    expect(() => parseCurves(`${HEADER}s,m,0\n`)).toThrow(/3 fields, expected 12/);
  });

  it('reads summary.json of an ensemble (nulls as NaN) and of a single run', () => {
    const ens = parseSummary(
      JSON.stringify({
        indicators: { a: { unit: 'RMB', n: 5, mean: 2, sd: null, ci95: [1, 3], p05: 0, p50: 2, p95: 4 } },
      }),
    );
    expect(ens.indicators.get('a')).toEqual({
      unit: 'RMB',
      n: 5,
      mean: 2,
      sd: Number.NaN,
      ci95: [1, 3],
      p05: 0,
      p50: 2,
      p95: 4,
    });
    const one = parseSummary(JSON.stringify({ indicators: { a: { unit: 'share', value: 0.5 } } }));
    expect(one.indicators.get('a')!.p50).toBe(0.5);
    expect(() => parseSummary('[1]')).toThrow(/expected a JSON object/);
    expect(() => parseSummary('{')).toThrow(/summary.json: not valid JSON/);
  });

  it('takes name, description, language and key year from the manifest, ignoring ill-typed fields', () => {
    const m = parseManifest(
      JSON.stringify({
        scenario: 'x',
        scenarioName: { en: 'Name', zh: '名称' },
        scenarioDescription: { en: 'Only English' },
        language: 'zh',
        calendar: { start: '2024-07', end: '2030-12', ticks: 78, keyYear: 2027 },
        seed: '42',
        runs: 20,
      }),
    );
    expect(m.name).toEqual({ en: 'Name', zh: '名称' });
    expect(m.description).toEqual({ en: 'Only English', zh: 'Only English' });
    expect(m.language).toBe('zh');
    expect(m.keyYear).toBe(2027);
    expect(m.provenance.seed).toBeNull();
    expect(m.provenance.runs).toBe(20);
    expect(parseManifest(JSON.stringify({ language: 'fr' })).language).toBeNull();
  });

  it('falls back to the scenario id of curves.csv without a manifest', () => {
    const d = reportData({ curves: `${HEADER}demo,m,0,2024-01,1,1,0,1,1,1,1,1\n` });
    expect(d.scenarioId).toBe('demo');
    expect(d.name).toBeNull();
    expect(d.indicators.size).toBe(0);
  });
});

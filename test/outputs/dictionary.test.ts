/**
 * The data dictionary: one row per metric and key indicator, with unit, kind, direction and a
 * definition in both languages; every value a run leaves undefined says when it is undefined;
 * dictionary.csv is written into a run's folder with the key year in its labels, and
 * docs/DICTIONARY.md is the page the code generates.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEnsemble } from '../../sim/ensemble/ensemble.js';
import { KEY_INDICATORS, METRICS } from '../../sim/model/metrics.js';
import { runOne } from '../../sim/model/run.js';
import { parseCsv } from '../../sim/outputs/csv.js';
import {
  DICTIONARY_COLUMNS,
  dictionaryCsv,
  dictionaryMarkdown,
  dictionaryRows,
} from '../../viz/dictionary.js';
import { demoSmall } from '../model/scenario-fixtures.js';

const CHINESE = /[\u4e00-\u9fff]/;

describe('the data dictionary', () => {
  it('describes every metric and key indicator once, in order, in both languages', () => {
    const rows = dictionaryRows(2027);
    expect(rows.map((r) => r.name)).toEqual([
      ...METRICS.map((m) => m.name),
      ...KEY_INDICATORS.map((k) => k.name),
    ]);
    for (const r of rows) {
      expect(['flow', 'stock', 'level', 'ratio']).toContain(r.kind);
      expect(['higher', 'lower', 'neither']).toContain(r.direction);
      expect(r.definition.en.length, r.name).toBeGreaterThan(15);
      expect(r.definition.zh, r.name).toMatch(CHINESE);
      expect(r.label.zh, r.name).toMatch(CHINESE);
      if (r.undefinedWhen) expect(r.undefinedWhen.zh, r.name).toMatch(CHINESE);
    }
    // Money by source and pipeline states are not better or worse in themselves; outcomes are.
    const dir = new Map(rows.map((r) => [r.name, r.direction]));
    expect(dir.get('funding.inflow.central')).toBe('neither');
    expect(dir.get('householdsRenovated')).toBe('higher');
    expect(dir.get('meanDisputeMonths')).toBe('lower');
    const kind = new Map(rows.map((r) => [r.name, r.kind]));
    expect(kind.get('funding.use.repairs')).toBe('flow');
    expect(kind.get('participation.householdsRenovated')).toBe('stock');
  });

  it('says when a value is undefined for every metric and indicator a run leaves undefined', () => {
    const base = demoSmall();
    // PPP off for the first year only (little happens); the key year read at that year's end.
    const pppOffYear = demoSmall({
      calendar: {
        end: `${Number(base.calendar.start.slice(0, 4)) + 1}-${base.calendar.start.slice(5)}`,
        keyYear: Number(base.calendar.start.slice(0, 4)),
      },
      enterprises: { enabled: false },
    });
    const undefinedSomewhere = new Set<string>();
    for (const [scenario, seed] of [
      [base, 42],
      [pppOffYear, 42],
    ] as const) {
      const r = runOne(scenario, seed);
      r.metrics.forEach((m, i) => {
        for (let t = 0; t < r.ticks; t++)
          if (Number.isNaN(r.values[i * r.ticks + t])) undefinedSomewhere.add(m);
      });
      for (const [k, v] of Object.entries(r.indicators)) if (Number.isNaN(v)) undefinedSomewhere.add(k);
    }
    expect(undefinedSomewhere.size).toBeGreaterThan(8);
    const rows = new Map(dictionaryRows(null).map((r) => [r.name, r]));
    for (const name of undefinedSomewhere) expect(rows.get(name)?.undefinedWhen, name).not.toBeNull();
  });

  it('writes dictionary.csv into a run folder, with the scenario key year in the labels', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cogov-dict-')), 'run');
    const scenario = demoSmall();
    await runEnsemble(scenario, { out, runs: 2, seed: 1, workers: 1 });
    const text = readFileSync(join(out, 'dictionary.csv'), 'utf8');
    expect(text).toBe(dictionaryCsv(scenario.calendar.keyYear));
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...DICTIONARY_COLUMNS]);
    expect(rows.length - 1).toBe(METRICS.length + KEY_INDICATORS.length);
    const byName = new Map(rows.slice(1).map((r) => [r[0], r]));
    const col = (c: (typeof DICTIONARY_COLUMNS)[number]) => DICTIONARY_COLUMNS.indexOf(c);
    expect(byName.get('householdsRenovatedByKeyYear')?.[col('label_en')]).toBe(
      `Households renovated by the end of ${scenario.calendar.keyYear}`,
    );
    expect(byName.get('fiscalCostPerHousehold')?.[col('undefined_when_en')]).toContain('no household');
    expect(byName.get('funding.inflow.central')?.[col('undefined_when_en')]).toBe('');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { files: string[] };
    expect(manifest.files).toContain('dictionary.csv');
  });

  it('docs/DICTIONARY.md is what the code generates (npm run docs:dictionary)', () => {
    expect(readFileSync('docs/DICTIONARY.md', 'utf8')).toBe(dictionaryMarkdown());
  });
});

/**
 * The explorer's outputs as text, without a browser: every word in both languages; the indicator
 * table writes a row's unit once (in its own column) and "—" with n = 0 where an indicator is
 * undefined in every run; the summary opens with households renovated of those eligible and never
 * shows an undefined value as 0; the runs CSV starts with the scenario column and leaves undefined
 * cells empty.
 */
import { describe, expect, it } from 'vitest';
import { KEY_INDICATORS } from '../../sim/model/metrics.js';
import { parseCsv } from '../../sim/outputs/csv.js';
import { runsColumns } from '../../sim/outputs/ensemble.js';
import { runsCsv, type WebRun } from '../../web/aggregate.js';
import { indicatorRows } from '../../web/indicator-rows.js';
import { readLevers } from '../../web/levers.js';
import { summaryHeadline } from '../../web/summary.js';
import { EN, ZH } from '../../web/words.js';
import { parseScenarioText } from '../../scenarios/parse.js';
import { ScenarioSchema } from '../../scenarios/schema.js';
import { readFileSync } from 'node:fs';

const HAN = /\p{Script=Han}/u;

/** A run whose key indicators are `base` with `over` replacing some. */
function run(index: number, over: Record<string, number>): WebRun {
  const indicators: Record<string, number> = {};
  for (const k of KEY_INDICATORS) indicators[k.name] = 1;
  Object.assign(indicators, { householdsEligible: 4000, householdsRenovatedByKeyYear: 1000 }, over);
  return {
    index,
    seed: 100 + index,
    ticks: 0,
    dates: [],
    metrics: [],
    values: new Float64Array(0),
    indicators,
  };
}

const parsed = parseScenarioText(readFileSync('scenarios/demo-small.yaml', 'utf8'), 'x.yaml', ScenarioSchema);
if (!parsed.ok) throw new Error('demo-small does not validate');
const levers = { ...readLevers(parsed.value), ppp: false };
const calendar = { start: '2024-07', end: '2030-12', keyYear: 2027 };

describe('explorer words', () => {
  it('exist in English and Chinese, the Chinese written in Chinese, with the same placeholders', () => {
    expect(Object.keys(ZH).sort()).toEqual(Object.keys(EN).sort());
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(EN) as (keyof typeof EN)[]) {
      expect(EN[k].trim(), k).not.toBe('');
      expect(ZH[k], k).toMatch(HAN);
      expect(ph(ZH[k]), k).toEqual(ph(EN[k]));
    }
  });
});

describe('indicator table rows', () => {
  const runs = [
    run(0, { householdsRenovated: 1200, fiscalCostPerHousehold: Number.NaN, publicCommitted: 71_130_000 }),
    run(1, { householdsRenovated: 1300, fiscalCostPerHousehold: Number.NaN, publicCommitted: 61_850_000 }),
    run(2, { householdsRenovated: 1100, fiscalCostPerHousehold: Number.NaN, publicCommitted: 77_680_000 }),
  ];
  for (const r of runs) r.indicators['satisfaction'] = Number.NaN;
  runs[1].indicators['satisfaction'] = 0.56;

  it.each(['en', 'zh'] as const)('write the unit once per row, in its own column (%s)', (lang) => {
    const rows = indicatorRows(lang, runs, runs.slice(0, 2), 2027);
    const money = rows.find((r) => r.name === 'publicCommitted')!;
    expect(money.unit).toBe(lang === 'zh' ? '万元' : 'million RMB');
    expect(money.median).toBe(lang === 'zh' ? '7,113' : '71.1');
    for (const r of rows)
      for (const cell of [r.median, r.range90, r.baseline]) expect(cell, r.name).toMatch(/^[-—–\d.,\s]*$/);
    expect(rows.find((r) => r.name === 'householdsRenovated')!.unit).toBe(
      lang === 'zh' ? '户' : 'households',
    );
  });

  it('show "—" and n = 0 where no run defines an indicator, and count only defined runs', () => {
    const rows = indicatorRows('en', runs, null, 2027);
    const fiscal = rows.find((r) => r.name === 'fiscalCostPerHousehold')!;
    expect(fiscal).toMatchObject({ n: 0, median: '—', range90: '—', baseline: '' });
    const sat = rows.find((r) => r.name === 'satisfaction')!;
    expect(sat).toMatchObject({ n: 1, median: '0.560' });
    expect(rows.find((r) => r.name === 'householdsRenovated')!).toMatchObject({ n: 3, median: '1,200' });
  });
});

describe('summary', () => {
  it('opens with households renovated of those eligible, by the key year and the run end', () => {
    const runs = [
      run(0, { householdsRenovatedByKeyYear: 640, householdsRenovated: 1231, householdsEligible: 4450 }),
      run(1, { householdsRenovatedByKeyYear: 700, householdsRenovated: 1300, householdsEligible: 4500 }),
      run(2, { householdsRenovatedByKeyYear: 600, householdsRenovated: 1100, householdsEligible: 4300 }),
    ];
    const h = summaryHeadline('en', { scenarioId: 'demo-small', total: 3, runs, calendar, levers })!;
    expect(h.answers[0]).toMatch(
      /^640 of 4,450 eligible households \(14\.\d%\) renovated by the end of 2027; 1,231 \(2\d\.\d%\) by the end of the run, December 2030 \(medians of 3 runs\)\.$/,
    );
    expect(h.ran).toContain('demo-small, 3 runs, July 2024 to December 2030');
    expect(h.ran).not.toContain('PPP');
    const zh = summaryHeadline('zh', { scenarioId: 'demo-small', total: 3, runs, calendar, levers })!;
    expect(zh.answers[0]).toContain('截至2027年末，4,450 户待改造住户中有 640 户完成改造');
    expect(zh.ran).toContain('2030年12月');
  });

  it('says public money per renovated household is undefined rather than 0', () => {
    const none = [
      run(0, { fiscalCostPerHousehold: Number.NaN }),
      run(1, { fiscalCostPerHousehold: Number.NaN }),
    ];
    const h = summaryHeadline('en', { scenarioId: 'x', total: 2, runs: none, calendar, levers })!;
    expect(h.money[0]).toBe(
      'Public money per renovated household: not defined, since no run renovated a household.',
    );
    const some = [run(0, { fiscalCostPerHousehold: 61_700 }), run(1, { fiscalCostPerHousehold: Number.NaN })];
    const p = summaryHeadline('en', { scenarioId: 'x', total: 2, runs: some, calendar, levers })!;
    expect(p.money[0]).toContain(
      '61,700 RMB per household (median of the 1 of 2 runs that renovated households',
    );
    const all = [run(0, { fiscalCostPerHousehold: 61_700 }), run(1, { fiscalCostPerHousehold: 49_600 })];
    const a = summaryHeadline('zh', { scenarioId: 'x', total: 2, runs: all, calendar, levers })!;
    expect(a.money[0]).toMatch(
      /^户均公共资金投入：5\.57 万元\/户（2 次运行的中位数；5%–95%分位区间：5\.02 – 6\.11 万元\/户）。$/,
    );
  });

  it('says the households renovated are undefined when no run defines them, and is absent before any run', () => {
    const runs = [run(0, { householdsEligible: Number.NaN })];
    const h = summaryHeadline('en', { scenarioId: 'x', total: 1, runs, calendar, levers })!;
    expect(h.answers[0]).toBe('Households renovated: not defined in any run.');
    expect(summaryHeadline('en', { scenarioId: 'x', total: 1, runs: [], calendar, levers })).toBeNull();
  });
});

describe('runs CSV', () => {
  it('starts with the scenario column (CSV-escaped) and leaves undefined indicators empty', () => {
    const runs = [run(1, { satisfaction: Number.NaN }), run(0, { satisfaction: 0.5 })];
    const rows = parseCsv(runsCsv('my "own", scenario', runs));
    expect(rows[0]).toEqual(runsColumns());
    expect(rows[0][0]).toBe('scenario');
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['my "own", scenario', '0', '100'],
      ['my "own", scenario', '1', '101'],
    ]);
    const sat = rows[0].indexOf('satisfaction');
    expect(rows[1][sat]).toBe('0.5');
    expect(rows[2][sat]).toBe('');
    for (const r of rows) expect(r).toHaveLength(runsColumns().length);
  });
});

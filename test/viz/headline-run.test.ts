import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../scenarios/load.js';
import { PARAMETER_SOURCES } from '../../scenarios/sources.js';
import { LEVERS } from '../../sim/experiments/levers.js';
import { assumedParameters, runHeadline } from '../../viz/headline-run.js';
import { reportHtml } from '../../viz/html.js';
import { instrumentsOf } from '../../viz/parse.js';
import type { ReportData } from '../../viz/types.js';
import { fixtureReportData } from './fixture.js';

let data: ReportData;

beforeAll(() => {
  data = fixtureReportData('cogov-headline-');
});

const ind = (d: ReportData, name: string) => {
  const s = d.indicators.get(name);
  if (!s) throw new Error(`no ${name}`);
  return s;
};
const grouped = (v: number) => Math.round(v).toLocaleString('en-GB');

describe('the run headline', () => {
  it('states households renovated of those awaiting renovation, with the key year, share, runs and interval', () => {
    const h = runHeadline(data, 'en');
    const byYear = ind(data, 'householdsRenovatedByKeyYear');
    const eligible = ind(data, 'householdsEligible');
    const first = h.answers[0];
    expect(first).toContain('By the end of 2027');
    expect(first).toContain(`${grouped(byYear.mean)} of the ${grouped(eligible.mean)} households`);
    expect(first).toContain(`${((100 * byYear.mean) / eligible.mean).toFixed(1)}%`);
    expect(first).toContain(`mean of ${byYear.n} runs`);
    expect(first).toContain(`${grouped(byYear.ci95[0])} – ${grouped(byYear.ci95[1])}`);
    expect(h.sure).toContain(`over ${data.provenance.runs} runs`);
    expect(h.sure).toContain('run-to-run randomness only');
  });

  it('dates the month half of the runs pass 90 % of the households awaiting renovation', () => {
    const h = runHeadline(data, 'en');
    const s = data.curves.get('participation.householdsRenovated');
    if (!s) throw new Error('no curve');
    const target = 0.9 * ind(data, 'householdsEligible').mean;
    const i = s.p50.findIndex((v) => v >= target);
    const sentence = h.answers.find((a) => a.includes('90 %'));
    if (i < 0) expect(sentence).toContain('Fewer than half');
    else expect(sentence).toContain(`by ${s.dates[i]}.`);
  });

  it('says how many elevators the ongoing programme installed, how many in communities renovated before the start, and after the key year', () => {
    const programme = ind(data, 'elevatorsProgramme');
    const pre = ind(data, 'elevatorsPreRenovated');
    const after = ind(data, 'elevatorsAfterKeyYear');
    expect(programme.mean).toBeGreaterThan(0);
    const en = runHeadline(data, 'en').answers;
    const figure = (v: number) => (Math.abs(v) < 100 && !Number.isInteger(v) ? v.toFixed(1) : grouped(v));
    expect(en.join(' ')).toContain(
      `elevators installed, ${figure(programme.mean)} of them by the ongoing elevator programme (${figure(pre.mean)} in communities renovated before the start) and ${figure(after.mean)} after 2027 (means).`,
    );
    expect(runHeadline(data, 'zh').answers.join('')).toContain('既有住宅加装电梯常态化项目');
    // Without the programme (its indicator 0 in every run) the sentence is left out, not written with 0.
    const off = { ...data, indicators: new Map(data.indicators) };
    off.indicators.set('elevatorsProgramme', { ...programme, mean: 0 });
    expect(runHeadline(off, 'en').answers.join(' ')).not.toContain('elevator programme');
    expect(runHeadline(off, 'en').answers.join(' ')).toContain(
      'elevator-only projects in communities renovated before the start',
    );
  });

  it('counts the parameters documented as assumed', () => {
    const a = assumedParameters();
    const values = Object.values(PARAMETER_SOURCES);
    expect(a.total).toBe(values.length);
    expect(a.assumed).toBe(values.filter((v) => v === 'assumed').length);
    expect(a.assumed).toBeGreaterThan(0);
    expect(runHeadline(data, 'en').assumed).toContain(
      `${a.assumed} of the model’s ${a.total} parameters are assumed`,
    );
  });

  it('says public money per household is not defined when nothing was renovated, never 0', () => {
    const indicators = new Map(data.indicators);
    const undef = {
      ...ind(data, 'fiscalCostPerHousehold'),
      n: 0,
      mean: Number.NaN,
      ci95: [Number.NaN, Number.NaN],
    };
    indicators.set('fiscalCostPerHousehold', undef as never);
    const h = runHeadline({ ...data, indicators }, 'en');
    expect(h.money.join(' ')).toContain('is not defined: no run renovated a household');
    expect(h.money.join(' ')).not.toMatch(/per renovated household: 0/);
    const zh = runHeadline({ ...data, indicators }, 'zh');
    expect(zh.money.join('')).toContain('户均公共资金投入无定义');
  });

  it('writes money scaled, the per-household interval in one unit, and in Chinese 万元/亿元', () => {
    const en = runHeadline(data, 'en').money.join('\n');
    expect(en).toMatch(/Money committed: [\d.]+ million RMB public and [\d.]+ million RMB private/);
    expect(en).toMatch(
      /Public money per renovated household: [\d,]+ RMB per household \(95 % CI [\d,]+ – [\d,]+ RMB per household\)/,
    );
    const zh = runHeadline(data, 'zh');
    expect(zh.answers[0]).toContain('截至2027年末');
    expect(zh.money.join('')).toMatch(/万元|亿元/);
  });

  it('names the instruments on, or counts them, or those off', () => {
    // area-bundling.yaml is demo-small with area bundling on: every instrument of the catalogue on.
    const demo = instrumentsOf(loadScenarioFile('scenarios/area-bundling.yaml').scenario);
    const quo = instrumentsOf(loadScenarioFile('scenarios/status-quo.yaml').scenario);
    if (!demo || !quo) throw new Error('instruments not read');
    expect(demo.on.length + demo.off.length).toBe(LEVERS.length);
    expect(demo.off).toEqual([]);
    expect(runHeadline({ ...data, instruments: demo }, 'en').ran).toContain(
      `with all ${LEVERS.length} policy instruments on`,
    );
    expect(quo.on.length).toBeGreaterThan(0);
    expect(quo.on.length).toBeLessThanOrEqual(8);
    const ran = runHeadline({ ...data, instruments: quo }, 'en').ran;
    expect(ran).toContain(
      `with ${quo.on.length} of the ${LEVERS.length} policy instruments on: ${quo.on[0].en}`,
    );
    const manyOff = { on: LEVERS.slice(0, 10).map((l) => l.name), off: LEVERS.slice(10).map((l) => l.name) };
    expect(runHeadline({ ...data, instruments: manyOff }, 'en').ran).toContain('(listed under run settings)');
    const fewOff = { on: LEVERS.slice(2).map((l) => l.name), off: LEVERS.slice(0, 2).map((l) => l.name) };
    expect(runHeadline({ ...data, instruments: fewOff }, 'zh').ran).toContain(
      `未启用：${LEVERS[0].name.zh}、`,
    );
    expect(instrumentsOf(null)).toBeNull();
    expect(instrumentsOf({ government: 1 })).toBeNull();
  });

  it('opens the page: the headline before the key indicators, provenance last', () => {
    const html = reportHtml(data, 'en', { chartJs: '' });
    const at = (s: string) => html.indexOf(s);
    const order = [
      'id="scenario-name"',
      'id="headline"',
      'id="indicators"',
      'id="funding"',
      'id="methods"',
      'id="settings"',
    ];
    const positions = order.map(at);
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toContain('<th scope="col">Runs (n)</th>');
  });
});

describe('the run headline’s words', () => {
  it('has every word in English and Chinese, the Chinese written in Chinese', async () => {
    const { RUN_WORDS } = await import('../../viz/words-run.js');
    for (const key of Object.keys(RUN_WORDS.en) as (keyof typeof RUN_WORDS.en)[]) {
      expect(RUN_WORDS.en[key].length, key).toBeGreaterThan(0);
      expect(RUN_WORDS.zh[key], key).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('the lever headline’s words', () => {
  it('has every word in English and Chinese, the Chinese written in Chinese', async () => {
    const { LEVER_WORDS } = await import('../../viz/words-levers.js');
    for (const key of Object.keys(LEVER_WORDS.en) as (keyof typeof LEVER_WORDS.en)[]) {
      expect(LEVER_WORDS.en[key].length, key).toBeGreaterThan(0);
      expect(LEVER_WORDS.zh[key], key).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { runOne } from '../../sim/model/run.js';
import { TRACE_KINDS } from '../../sim/model/trace.js';
import { parseStalledReport, stalledJson, stalledReport } from '../../sim/outputs/stalled.js';
import { STALLED_ROWS_SHOWN, stalledSectionHtml } from '../../viz/stalled-table.js';
import { eventLine, eventSentence, stallSentence } from '../../viz/trace-text.js';
import { PAYER_WORDS, TRACE_WORDS } from '../../viz/words-trace.js';
import { PAYERS } from '../../sim/model/metrics.js';
import { demoSmall } from '../model/scenario-fixtures.js';

const HAN = /\p{Script=Han}/u;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the event log in words', () => {
  it('has every word in English and Chinese with the same placeholders, the Chinese in Chinese', () => {
    const keys = Object.keys(TRACE_WORDS.en) as (keyof typeof TRACE_WORDS.en)[];
    expect(Object.keys(TRACE_WORDS.zh).sort()).toEqual([...keys].sort());
    for (const k of keys) {
      if (k !== 'payerList') expect(TRACE_WORDS.zh[k], k).toMatch(HAN);
      // English may name the seed paper's term in brackets (三上三下); the sentence itself is English.
      expect(TRACE_WORDS.en[k].replace(/\([^)]*\)/g, ''), k).not.toMatch(HAN);
      expect(placeholders(TRACE_WORDS.zh[k]), k).toEqual(placeholders(TRACE_WORDS.en[k]));
    }
    for (const p of PAYERS) expect(PAYER_WORDS[p]?.zh, p).toMatch(HAN);
  });

  it('renders every kind that occurs as one dated line with no placeholder left, in both languages', () => {
    const seen = new Set<string>();
    for (const patch of [
      {},
      { renovation: { residentCostShare: 1 }, residents: { consultation: { enabled: false } } },
    ]) {
      const r = runOne(demoSmall(patch), 2, { trace: {} });
      for (const e of r.events!) {
        seen.add(e.kind);
        for (const lang of ['en', 'zh'] as const) {
          const line = eventLine(lang, e);
          expect(line.startsWith(`${e.date}  `)).toBe(true);
          expect(line, e.kind).not.toMatch(/\{\w+\}|undefined|NaN/);
          if (lang === 'zh') expect(eventSentence(lang, e)).toMatch(HAN);
        }
      }
    }
    // The kinds demo-small produces (others need instruments it has off: fire-safety works, takeovers).
    for (const k of [
      'listed',
      'round',
      'vote',
      'tender',
      'funded',
      'completed',
      'stalled',
      'acceptance',
      'shock',
    ])
      expect(seen.has(k), k).toBe(true);
    expect([...seen].every((k) => (TRACE_KINDS as readonly string[]).includes(k))).toBe(true);
  });

  it('says the failed thresholds of a vote in the seed paper’s terms', () => {
    const s = {
      reason: 'voteFailed' as const,
      needScore: 1,
      cutScore: 0.9,
      sinceDate: '2026-03',
      failed: ['quorumArea' as const, 'yesHeads' as const],
      votes: 2,
      votesPassed: 0,
      waitedMonths: 0,
      needRmb: Number.NaN,
    };
    expect(stallSentence('en', s)).toBe(
      'The owners’ vote failed (turnout below 2/3 of the area; yes below 3/4 of the participating owners); 2 votes held, 0 passed; waiting to re-enter the library.',
    );
    expect(stallSentence('zh', s)).toContain('参与表决的专有部分面积不足2/3');
    expect(stallSentence('en', { ...s, reason: 'needScore', needScore: Number.NaN })).toContain(
      'need score —',
    );
  });
});

describe('stalled.json and the report table', () => {
  const r = runOne(demoSmall({ government: { projectLibrary: { capacityPerYear: 5 } } }), 1, { trace: {} });
  const report = stalledReport(r, 0, r.pending!);

  it('round-trips through JSON, undefined numbers as null and back to NaN', () => {
    const text = stalledJson(report, '0.0.0-test');
    expect(JSON.parse(text).cogovVersion).toBe('0.0.0-test');
    const back = parseStalledReport(text, 'stalled.json');
    expect(back.stalled.length).toBe(report.stalled.length);
    expect(back.stalled.length).toBeGreaterThan(10);
    const nan = back.stalled.find((s) => s.reason !== 'fundingQueue' && s.reason !== 'noBidder');
    expect(Number.isNaN(nan!.needRmb)).toBe(true);
    expect(back.stalled.map((s) => s.reason)).toEqual(report.stalled.map((s) => s.reason));
    expect(() => parseStalledReport('{"stalled":[{"state":"nowhere"}]}', 'x/stalled.json')).toThrow(
      /x\/stalled\.json: stalled\[0\]\.state must be one of/,
    );
  });

  it('shows community, step, since and reason; "—" where undefined; at most STALLED_ROWS_SHOWN rows', () => {
    const html = stalledSectionHtml(report, 'en');
    expect(html).toContain('<section id="stalled"><h2>Stalled communities</h2>');
    expect(html).toContain(`seed ${r.seed}`);
    expect(html).toContain('<td>not in the library</td>');
    expect(html).toContain('Never entered the project library');
    expect(stalledSectionHtml(report, 'zh')).toContain('从未纳入项目库');
    const first = report.stalled.find((x) => x.state === 'unlisted')!;
    const odd = { ...report, stalled: [{ ...first, name: '', sinceDate: '' }] };
    expect(stalledSectionHtml(odd, 'en')).toContain('<tr><td>—</td><td>not in the library</td><td>—</td>');
    const many = {
      ...report,
      stalled: Array.from({ length: STALLED_ROWS_SHOWN + 5 }, () => report.stalled[0]),
    };
    const big = stalledSectionHtml(many, 'en');
    expect(big.match(/<tr><td>/g)).toHaveLength(STALLED_ROWS_SHOWN);
    expect(big).toContain(`The first ${STALLED_ROWS_SHOWN} are shown; all 205 are in stalled.json.`);
    expect(stalledSectionHtml({ ...report, stalled: [] }, 'en')).toContain(
      'all 50 communities pending at the start completed',
    );
    expect(stalledSectionHtml(null, 'en')).toBe('');
  });
});

/**
 * The sensitivity report opens with its answer: the μ*–σ plane, the warning when the top of a
 * ranking is not established (never "no warnings" while one applies), and the headline, in English
 * and Chinese, built from sensitivity.json and manifest.json alone.
 */
import { describe, expect, it } from 'vitest';
import { headlineHtml } from '../../viz/headline.js';
import { morrisPlaneChart } from '../../viz/sensitivity-plane.js';
import { indicatorAnswer, listOf, sensitivityHeadline } from '../../viz/sensitivity-headline.js';
import { parseSensitivity, sensitivityPage, warningsOf } from '../../viz/sensitivity.js';
import { SENSITIVITY_WORDS } from '../../viz/words-sensitivity.js';

const HAN = /\p{Script=Han}/u;

type F = { factor: string; muStar: number; sigma: number; lo: number; hi: number };

/** sensitivity.json of a Morris analysis of one indicator (a share) with these factors. */
function morrisDoc(factors: F[], extra: Record<string, unknown> = {}, warnings: string[] = []): string {
  return JSON.stringify({
    experiment: 'exp.yaml',
    seed: 5,
    runs: 40,
    bootstrap: 1000,
    calendar: { start: '2024-07', end: '2027-12', keyYear: 2027 },
    design: 'morris',
    factors: factors.map((f) => f.factor),
    indicators: [
      {
        indicator: 'participation',
        unit: 'share',
        warnings,
        factors: factors.map((f) => ({
          factor: f.factor,
          mu: f.muStar,
          muStar: f.muStar,
          sigma: f.sigma,
          muStarCi95: [f.lo, f.hi],
          n: 10,
        })),
      },
    ],
    ...extra,
  });
}

const MANIFEST = JSON.stringify({
  cogovVersion: '0.1.0',
  scenarioFile: '/somewhere/scenarios/demo-small.yaml',
  design: { type: 'morris', trajectories: 10, levels: 4 },
  factors: [
    { name: 'cost', path: 'a.b', range: [0.5, 3], values: null },
    { name: 'mu', path: 'c.d', range: [0.1, 0.5], values: null },
    { name: 'ppp', path: 'e.f', range: null, values: [false, true] },
  ],
  designPoints: 40,
  replicates: 1,
  runs: 40,
  seed: 5,
});

const SEPARATED: F[] = [
  { factor: 'cost', muStar: 0.2, sigma: 0.1, lo: 0.18, hi: 0.22 },
  { factor: 'mu', muStar: 0.05, sigma: 0.02, lo: 0.04, hi: 0.06 },
  { factor: 'ppp', muStar: 0.001, sigma: 0.001, lo: 0.0005, hi: 0.0015 },
];
const OVERLAPPING: F[] = [
  { factor: 'cost', muStar: 0.2, sigma: 0.1, lo: 0.12, hi: 0.28 },
  { factor: 'mu', muStar: 0.18, sigma: 0.02, lo: 0.1, hi: 0.25 },
  { factor: 'ppp', muStar: 0.001, sigma: 0.001, lo: 0.0005, hi: 0.0015 },
];

const section = (page: ReturnType<typeof sensitivityPage>, id: string) =>
  page.sections.find((s) => s.id === id)?.html ?? '';

describe('sensitivity report: μ*–σ plane', () => {
  it('puts each factor at (μ*, σ) in display units with a whisker over μ*’s interval, toggled with its point', () => {
    const factors = [...SEPARATED, { factor: 'undef', muStar: Number.NaN, sigma: 0, lo: 0, hi: 0 }];
    const data = parseSensitivity({ sensitivity: morrisDoc(factors) });
    const c = morrisPlaneChart('en', data, 0);
    const ds = c.config.data.datasets;
    // The factor without μ* (null in the file) has no point.
    expect(ds.filter((d) => d['showLine'] === false).map((d) => d.label)).toEqual(['cost', 'mu', 'ppp']);
    expect(ds[0].data).toEqual([{ x: 20, y: 10 }]);
    // Each point is named beside it on the canvas (viz/page/point-labels.ts), its whisker is not.
    expect(ds.map((d) => d['cogovLabel'])).toEqual(['cost', undefined, 'mu', undefined, 'ppp', undefined]);
    expect(ds[1].data).toEqual([
      { x: 18, y: 10 },
      { x: 22, y: 10 },
    ]);
    expect(c.meta.hidden).toEqual([1, 3, 5]);
    expect(c.meta.groups).toEqual({ 0: [0, 1], 2: [2, 3], 4: [4, 5] });
    expect(c.meta.unit).toBe('%');
    const zh = morrisPlaneChart('zh', data, 0);
    expect(zh.title).toBe('意见征集参与率：μ*–σ 图');
  });

  it('draws no whisker where μ* has no interval', () => {
    const data = parseSensitivity({
      sensitivity: morrisDoc([{ factor: 'cost', muStar: 0.2, sigma: 0.1, lo: Number.NaN, hi: Number.NaN }]),
    });
    const c = morrisPlaneChart('en', data, 0);
    expect(c.config.data.datasets).toHaveLength(1);
    expect(c.meta.hidden).toEqual([]);
  });
});

describe('sensitivity report: ranking warning', () => {
  it('warns when the top intervals overlap, in en and zh, and never says "no warnings" then', () => {
    // An older file: no ranking warning written, no codes; the page finds it from the intervals.
    const data = parseSensitivity({ sensitivity: morrisDoc(OVERLAPPING) });
    const en = sensitivityPage(data, 'en');
    expect(section(en, 'warnings')).toContain('ranking not established');
    expect(section(en, 'warnings')).toContain('cost / mu (ranks 1–2)');
    expect(section(en, 'warnings')).not.toContain('No warnings');
    const zh = sensitivityPage(data, 'zh');
    expect(section(zh, 'warnings')).toContain('排序未确立');
    expect(section(zh, 'warnings')).not.toContain('无警告');
  });

  it('does not warn for well-separated intervals', () => {
    const page = sensitivityPage(parseSensitivity({ sensitivity: morrisDoc(SEPARATED) }), 'en');
    expect(section(page, 'warnings')).toContain('No warnings');
    expect(section(page, 'warnings')).not.toContain('ranking not established');
  });

  it('lists a warning the file already has once', () => {
    const text =
      'ranking not established: the 95 % intervals of μ* of cost / mu (ranks 1–2) overlap, so their order is not known; add trajectories or base rows';
    const data = parseSensitivity({ sensitivity: morrisDoc(OVERLAPPING, {}, [text]) });
    expect(warningsOf(data, 'en').map((w) => w.warning)).toEqual([text]);
  });
});

describe('sensitivity report: headline', () => {
  it('says what ran, which factors matter, which barely do and that the ranking is established', () => {
    const data = parseSensitivity({ sensitivity: morrisDoc(SEPARATED), manifest: MANIFEST });
    const h = sensitivityHeadline('en', data, false);
    expect(h.ran).toBe(
      'Morris elementary effects of 3 factors (cost 0.50 to 3.00, mu 0.100 to 0.500, ppp in false, true): ' +
        '10 trajectories on a 4-level grid, 40 design points × 1 replicate(s); 40 runs of demo-small.yaml, simulated 2024-07 to 2027-12.',
    );
    expect(h.answers).toEqual([
      'Consultation participation: cost matters most (μ* 20.0%, 95 % CI 18.0% – 22.0%), then mu (μ* 5.0%, 95 % CI 4.0% – 6.0%). ' +
        'ppp barely matters (μ* under 5 % of the largest). The order of the top factors is established: their 95 % intervals do not overlap.',
    ]);
    expect(h.sure).toContain('1,000 resamples');
    expect(h.assumed).toContain('every other input is held at its assumed value');
    expect(headlineHtml(h)).toContain('<section id="headline" class="headline">');
  });

  it('says the order is not established when the top intervals overlap, in Chinese too', () => {
    const data = parseSensitivity({ sensitivity: morrisDoc(OVERLAPPING), manifest: MANIFEST });
    const en = indicatorAnswer('en', data, data.indicators[0]);
    expect(en).toContain('cost and mu matter most, in an order not established');
    expect(en).not.toContain('is established');
    const zh = sensitivityHeadline('zh', data, true);
    expect(zh.answers[0]).toContain('cost 和 mu 影响最大，但先后顺序未确立');
    expect(zh.ran).toContain('10 条轨迹');
    expect(zh.sure).toContain('下方的警告');
  });

  it('Sobol: ranks by ST with its interval; undefined indices give no answer but say so', () => {
    const doc = JSON.stringify({
      experiment: 'exp.yaml',
      runs: 80,
      bootstrap: 0,
      design: 'sobol',
      factors: ['a', 'b'],
      indicators: [
        {
          indicator: 'participation',
          unit: 'share',
          warnings: [],
          factors: [
            { factor: 'a', S1: 0.5, S1Ci95: [null, null], ST: 0.6, STCi95: [null, null] },
            { factor: 'b', S1: 0.01, S1Ci95: [null, null], ST: 0.02, STCi95: [null, null] },
          ],
        },
        {
          indicator: 'householdsRenovated',
          unit: 'households',
          warnings: [],
          factors: [
            { factor: 'a', S1: null, ST: null },
            { factor: 'b', S1: null, ST: null },
          ],
        },
      ],
    });
    const data = parseSensitivity({ sensitivity: doc });
    const h = sensitivityHeadline('en', data, false);
    expect(h.answers[0]).toContain('a matters most (ST 0.60, 95 % CI —)');
    expect(h.answers[0]).toContain('b barely matters (ST under 0.05)');
    expect(h.answers[0]).toContain('whether this ranking is established is not known');
    expect(h.answers[1]).toContain('does not vary over the design');
    expect(h.sure).toContain('no intervals were computed');
    expect(h.ran).toContain('design not recorded');
  });

  it('the page opens with the headline and ends with provenance', () => {
    const page = sensitivityPage(parseSensitivity({ sensitivity: morrisDoc(SEPARATED) }), 'en');
    expect(page.headline?.title).toBe('The answer');
    expect(page.sections.at(-1)?.id).toBe('settings');
  });

  it('lists names in each language', () => {
    expect(listOf('en', ['a', 'b', 'c'])).toBe('a, b and c');
    expect(listOf('zh', ['a', 'b', 'c'])).toBe('a、b 和 c');
    expect(listOf('en', ['a'])).toBe('a');
  });
});

describe('sensitivity report words', () => {
  it('has every word in English and Chinese, the Chinese written in Chinese, with the same placeholders', () => {
    const keys = Object.keys(SENSITIVITY_WORDS.en) as (keyof typeof SENSITIVITY_WORDS.en)[];
    expect(Object.keys(SENSITIVITY_WORDS.zh).sort()).toEqual([...keys].sort());
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of keys) {
      expect(SENSITIVITY_WORDS.en[k].trim(), k).not.toBe('');
      expect(SENSITIVITY_WORDS.zh[k].trim(), k).not.toBe('');
      if (!['listSep', 'valueSep', 'muStarAxis', 'sigmaAxis'].includes(k))
        expect(SENSITIVITY_WORDS.zh[k], k).toMatch(HAN);
      expect(ph(SENSITIVITY_WORDS.zh[k]), k).toEqual(ph(SENSITIVITY_WORDS.en[k]));
    }
  });
});

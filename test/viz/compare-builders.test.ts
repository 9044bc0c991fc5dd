/** The compare report's builders: charts, differences table, headline, parameters, forest plot, page order. */
import { describe, expect, it } from 'vitest';
import { DIFFERENCE_CURVES_COLUMNS } from '../../sim/outputs/compare.js';
import { CURVES_COLUMNS } from '../../sim/outputs/ensemble.js';
import { compareCharts, comparePage } from '../../viz/compare.js';
import { differenceRows, pointsUnit, signedIn, withUnit } from '../../viz/compare-forest.js';
import { parseCompare } from '../../viz/compare-parse.js';
import { displayUnit } from '../../viz/format.js';
import { experimentPageHtml } from '../../viz/experiment-page.js';

const EVIL = '<script>alert(1)</script>';

/** curves.csv of three scenarios (two metrics, three months) and the difference curves of two. */
function compareTexts(ids = ['base', 'alt', EVIL]) {
  const q = (s: string) => (/[",<]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const curves = [CURVES_COLUMNS.join(',')];
  const diffs = [DIFFERENCE_CURVES_COLUMNS.join(',')];
  ids.forEach((id, s) => {
    for (const metric of ['households.renovated', 'participation.awareness']) {
      for (let t = 0; t < 3; t++) {
        const v = (s + 1) * (t + 1);
        curves.push(
          `${q(id)},${metric},${t},2025-0${t + 1},3,${v},1,${v - 2},${v - 1},${v},${v + 1},${v + 2}`,
        );
        if (s > 0)
          diffs.push(`${q(id)},base,${metric},${t},2025-0${t + 1},3,${s * t},0.5,${s * t - 1},${s * t + 1}`);
      }
    }
  });
  const diff = (
    id: string,
    n: number,
    difference: number | null,
    ci95: (number | null)[],
    base: number | null,
  ) => ({
    scenario: id,
    baseline: ids[0],
    n,
    difference,
    sd: 1,
    ci95,
    relative: 0.01,
    distinguishable: ci95[0] !== null && ci95[1] !== null && (ci95[0] > 0 || ci95[1] < 0),
    baselineMean: base,
    scenarioMean: base === null || difference === null ? null : base + difference,
  });
  const indicator = (name: string, unit: string, differences: ReturnType<typeof diff>[]) => ({
    indicator: name,
    unit,
    // Means over every run: deliberately not those of the pairs, which the table must show.
    scenarios: ids.map((id, s) => ({ scenario: id, n: 3, mean: 1000 + s, ci95: [999 + s, 1001 + s] })),
    differences,
  });
  const others = ids.slice(1);
  const comparison = {
    scenarios: ids,
    baseline: ids[0],
    runs: 3,
    seed: 7,
    calendar: { start: '2025-01', end: '2027-06', keyYears: ids.map(() => 2026) },
    parameterDifferences: [
      { path: 'government.householdSubsidy.rmbPerHousehold', values: ids.map((_, s) => 20000 * s) },
      { path: 'enterprises.enabled', values: ids.map((_, s) => s !== 1) },
    ],
    parameterDifferencesTotal: 2,
    indicators: [
      indicator(
        'householdsRenovatedByKeyYear',
        'households',
        others.map((id, s) => diff(id, 3, 12400 * (s + 1), [11900 * (s + 1), 12900 * (s + 1)], 80000)),
      ),
      indicator(
        'householdsRenovated',
        'households',
        others.map((id, s) => diff(id, 3, s + 1, s === 0 ? [-0.5, 2.5] : [1, 3], 100)),
      ),
      indicator(
        'satisfaction',
        '0..1',
        others.map((id) => diff(id, 3, -0.05, [-0.08, -0.02], 0.6)),
      ),
      indicator(
        'meanDisputeMonths',
        'months',
        others.map((id) => diff(id, 0, null, [null, null], null)),
      ),
      indicator(
        'publicCommitted',
        'RMB',
        others.map((id) => diff(id, 3, 2e8, [1.5e8, 2.5e8], 1e9)),
      ),
      indicator(
        'fiscalCostPerHousehold',
        'RMB/household',
        others.map((id) => diff(id, 2, -1000, [-1500, -500], 30000)),
      ),
    ],
  };
  return {
    curves: `${curves.join('\n')}\n`,
    differenceCurves: `${diffs.join('\n')}\n`,
    comparison: JSON.stringify(comparison),
    manifest: JSON.stringify({
      cogovVersion: '9.9.9',
      command: `cogov compare ${EVIL}`,
      resolvedScenarios: {
        alt: { name: { en: 'Alternative', zh: '备选方案' } },
        base: { name: { en: 'Base case', zh: '基准方案' } },
      },
    }),
  };
}

describe('compare report builders', () => {
  const data = parseCompare(compareTexts());

  it('parses every scenario’s curves and the difference curves', () => {
    expect(data.scenarios).toEqual(['base', 'alt', EVIL]);
    expect(data.curves.get(EVIL)?.get('households.renovated')?.p50).toEqual([3, 6, 9]);
    expect(data.differenceCurves.get('alt')?.get('participation.awareness')?.hi).toEqual([1, 2, 3]);
    expect(data.differenceCurves.has('base')).toBe(false);
  });

  it('overlays one band per scenario and draws one difference band per other scenario, per metric', () => {
    const charts = compareCharts(data, 'en');
    expect(charts.map((c) => c.id)).toEqual(['overlay-0', 'difference-0', 'overlay-1', 'difference-1']);
    const overlay = charts[0];
    expect(overlay.config.data.datasets).toHaveLength(9);
    for (let s = 0; s < 3; s++) {
      const [median, lo, hi] = overlay.config.data.datasets.slice(3 * s, 3 * s + 3);
      expect(median.label).toBe(data.scenarios[s]);
      expect(median.data).toEqual([1, 2, 3].map((t) => (s + 1) * t));
      expect(lo.data).toEqual([1, 2, 3].map((t) => (s + 1) * t - 1));
      expect(hi.fill).toBe('-1');
      expect(overlay.meta.ranges[3 * s + 2]).toBe(3 * s + 1);
      expect(overlay.meta.hidden).toContain(3 * s + 1);
    }
    const diff = charts[1];
    expect(diff.config.data.datasets).toHaveLength(6);
    expect(diff.config.data.datasets[0].label).toBe('alt − base');
    expect(diff.config.data.datasets[3].data).toEqual([0, 2, 4]);
    expect(diff.config.data.datasets[4].data).toEqual([-1, 1, 3]);
    expect(diff.config.data.datasets[5].fill).toBe('-1');
  });

  it('ticks count axes at whole numbers, and says so when a curve is 0 in every run instead of drawing it', () => {
    const t = compareTexts();
    // The fixture's first metric as a count (households) …
    const counted = parseCompare({
      ...t,
      curves: t.curves.replaceAll('households.renovated', 'participation.householdsRenovated'),
    });
    const overlay = compareCharts(counted, 'en').find(
      (c) => c.metrics[0] === 'participation.householdsRenovated',
    );
    if (!overlay) throw new Error('no overlay of households renovated');
    const y = (overlay.config.options as { scales: { y: { ticks?: unknown } } }).scales.y;
    expect(y.ticks).toEqual({ precision: 0 });
    expect(overlay.empty).toBeUndefined();
    // … and with every statistic 0 in every month: a note in place of the canvas, no chart spec.
    const zero = t.curves
      .split('\n')
      .map((line) =>
        line.includes(',households.renovated,')
          ? line.replace(/^(.*?,households\.renovated,\d+,[\d-]+),.*$/, '$1,3,0,0,0,0,0,0,0')
          : line,
      )
      .join('\n')
      .replaceAll('households.renovated', 'governance.takeovers');
    const zeroData = parseCompare({ ...t, curves: zero });
    const flat = compareCharts(zeroData, 'en').find((c) => c.metrics[0] === 'governance.takeovers');
    expect(flat?.empty).toBe('All values are 0 in every run.');
    const html = experimentPageHtml(comparePage(zeroData, 'en'), 'en', '');
    expect(html).toContain(`id="fig-${flat?.id}"`);
    expect(html).not.toContain(`id="chart-${flat?.id}"`);
    expect(html).not.toContain(`"id":"${flat?.id}"`);
  });

  it('scales shares to %, and says better, worse or not distinguishable by direction, with n', () => {
    const share = compareCharts(data, 'en')[2];
    expect(share.config.data.datasets[0].data).toEqual([100, 200, 300]);
    const rows = differenceRows(data, 'en');
    const row = (name: string, scenario: string) => rows.find((r) => r[0] === name && r[1] === scenario)!;
    // Households renovated (higher is better): the interval of alt covers 0, that of EVIL does not.
    expect(row('Households renovated', 'alt')).toEqual([
      'Households renovated',
      'alt',
      '100',
      '101',
      '+1.00',
      '-0.50 – +2.50',
      '3',
      'households',
      'not distinguishable',
    ]);
    expect(row('Households renovated', EVIL)[8]).toBe('better');
    // Satisfaction lower: worse. Public money (no direction): higher. Cost per household lower: better.
    expect(row('Satisfaction after renovation', 'alt')[8]).toBe('worse');
    expect(row('Public money committed', 'alt')[8]).toBe('higher');
    expect(row('Public money per renovated household', 'alt')[8]).toBe('better');
    expect(row('Public money per renovated household', 'alt')[6]).toBe('2');
    // Undefined on one side in every run: "—" and n = 0.
    expect(row('Mean dispute duration', 'alt').slice(2, 9)).toEqual([
      '—',
      '—',
      '—',
      '—',
      '0',
      'months',
      'not defined',
    ]);
    expect(differenceRows(data, 'zh')[0][8]).toBe('更好');
    const html = experimentPageHtml(comparePage(data, 'en'), 'en', '');
    expect(html).not.toMatch(/significant/i);
    expect(experimentPageHtml(comparePage(data, 'zh'), 'zh', '')).not.toContain('显著');
  });

  it('opens with its answer: what was compared, the answer with interval, pairs and date, money, how sure, assumed', () => {
    const h = comparePage(data, 'en').headline!;
    expect(h.ran).toBe(
      `Compared alt (“Alternative”), ${EVIL} against the baseline base (“Base case”), 2025-01 to 2027-06: 3 runs per scenario on common seeds, so 3 pairs of runs per comparison. ` +
        'The scenarios differ in 2 parameters, of government.householdSubsidy, enterprises.',
    );
    expect(h.answers).toContain(
      'alt renovates 12,400 more households than base by the end of 2026 (paired 95 % CI +11,900 to +12,900 households; 3 of 3 pairs).',
    );
    expect(h.answers).toContain(
      'Households renovated: alt and base are not distinguishable (+1.00 households; paired 95 % CI -0.50 to +2.50 households; 3 of 3 pairs).',
    );
    expect(h.answers).toContain(
      'Satisfaction after renovation: alt does worse than base, by 0.050 (paired 95 % CI -0.080 to -0.020; 3 of 3 pairs).',
    );
    expect(h.money).toContain(
      'alt commits 200 million RMB more public money than base by the end of June 2027 (paired 95 % CI +150 to +250 million RMB; 3 of 3 pairs).',
    );
    expect(h.money).toContain(
      'Public money per renovated household: 30,000 RMB per household in base, 29,000 RMB per household in alt: better (paired 95 % CI -1,500 to -500 RMB per household; 2 of 3 pairs).',
    );
    expect(h.sure).toContain('3 runs per scenario');
    expect(h.sure).toContain('run-to-run randomness only');
    // One of the two parameters (the subsidy amount) is marked assumed in docs/MODEL.md.
    expect(h.assumed).toContain('parameters that differ here and are marked assumed: 1 of 2');
    expect(h.assumed).toContain('does not cover uncertainty in assumed inputs');
    const zh = comparePage(data, 'zh').headline!;
    expect(zh.ran).toContain('alt（“备选方案”）');
    for (const line of [zh.title, zh.ran, ...zh.answers, ...zh.money, zh.sure, zh.assumed])
      expect(line).toMatch(/\p{Script=Han}/u);
    expect(zh.answers[0]).toBe(
      'alt 截至2026年末比 base 多改造 12,400 户（配对95%置信区间 +11,900 至 +12,900 户；3 对运行中 3 对有定义）。',
    );
  });

  it('lists the parameters that differ, with each scenario’s value and the source', () => {
    const page = comparePage(data, 'en');
    const html = page.sections.find((s) => s.id === 'parameters')!.html;
    expect(html).toContain(
      '<code>government.householdSubsidy.rmbPerHousehold</code></th><td>0</td><td>20000</td><td>40000</td><td class="muted">assumed</td>',
    );
    expect(html).toContain(
      '<code>enterprises.enabled</code></th><td>true</td><td>false</td><td>true</td><td class="muted">sourced</td>',
    );
    // A long list is cut, saying how many more.
    const many = {
      ...data,
      parameters: Array.from({ length: 50 }, (_, i) => ({ path: `a.p${i}`, values: [i, i + 1, i + 2] })),
      parametersTotal: 1200,
    };
    const cut = comparePage(many, 'en').sections.find((s) => s.id === 'parameters')!.html;
    expect(cut.match(/<tr><th scope="row">/g)).toHaveLength(40);
    expect(cut).toContain('and 1,160 more parameters that differ (comparison.json lists 50 of 1,200).');
    // A folder written before the parameters were recorded says so.
    const old = comparePage({ ...data, parameters: null, parametersTotal: 0 }, 'en');
    expect(old.sections.find((s) => s.id === 'parameters')!.html).toContain('not recorded in this folder');
  });

  it('draws a forest plot of the indicators with a direction, coloured by verdict', () => {
    const html = comparePage(data, 'en').sections.find((s) => s.id === 'forest')!.html;
    const rows = html.split('\n').filter((l) => l.startsWith('<tr class='));
    // Households by the key year, households, satisfaction, dispute months, cost per household, for 2 scenarios:
    // public money has no direction and no row.
    expect(rows).toHaveLength(10);
    expect(html).not.toContain('Public money committed');
    const better = rows.find((r) => r.includes('Households renovated by the end of 2026 (alt)'))!;
    expect(better).toContain('class="verdict-better"');
    expect(better).toContain('fill="#1e8a3a"');
    expect(rows.find((r) => r.includes('Satisfaction after renovation (alt)'))).toContain('fill="#c0392b"');
    // Undefined: no dot, no whisker.
    const undef = rows.find((r) => r.includes('Mean dispute duration (alt)'))!;
    expect(undef).not.toContain('<circle');
    expect(undef).toContain('not defined');
  });

  it('gives differences of shares in percentage points', () => {
    const u = displayUnit('en', 'share', 0.2);
    expect(
      withUnit(signedIn('en', pointsUnit('en', 'share', u), 0.123), pointsUnit('en', 'share', u).label),
    ).toBe('+12.3 percentage points');
    expect(pointsUnit('zh', 'share', u).label).toBe('个百分点');
    expect(pointsUnit('en', 'households', displayUnit('en', 'households', 5)).label).toBe('households');
  });

  it('puts outcomes before funding flows and secondary charts in a closed block', () => {
    const t = compareTexts(['base', 'alt']);
    const curves = `${t.curves}${['base', 'alt']
      .flatMap((id) => [0, 1, 2].map((k) => `${id},funding.unmetNeed,${k},2025-0${k + 1},3,1,1,1,1,1,1,1`))
      .join('\n')}\n`;
    const page = comparePage(parseCompare({ ...t, curves }), 'en');
    const ids = page.sections.map((s) => s.id);
    expect(ids.slice(0, 3)).toEqual(['forest', 'differences', 'parameters']);
    expect(ids.indexOf('charts-participation')).toBeLessThan(ids.indexOf('charts-funding'));
    expect(ids.at(-1)).toBe('settings');
    const funding = page.sections.find((s) => s.id === 'charts-funding')!;
    expect(funding.html.startsWith('<details class="more-charts"><summary>More charts (1)</summary>')).toBe(
      true,
    );
  });

  it('escapes scenario names in the page, and keeps them out of script breakouts', () => {
    const html = experimentPageHtml(comparePage(data, 'en'), 'en', '/* chart.js */');
    expect(html).not.toContain(EVIL);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.match(/<script/g)).toHaveLength(3);
    expect(html).toContain('default-src &#39;none&#39;');
  });

  it('renders a folder written before the period, parameters and paired means were recorded', () => {
    const t = compareTexts(['base', 'alt']);
    const cj = JSON.parse(t.comparison);
    delete cj.calendar;
    delete cj.parameterDifferences;
    delete cj.parameterDifferencesTotal;
    for (const ind of cj.indicators) {
      for (const d of ind.differences) {
        delete d.baselineMean;
        delete d.scenarioMean;
      }
    }
    const old = parseCompare({ ...t, comparison: JSON.stringify(cj), manifest: undefined });
    expect(old.period).toBeNull();
    expect(old.parameters).toBeNull();
    const page = comparePage(old, 'en');
    expect(page.headline!.ran).toBe(
      'Compared alt against the baseline base: 3 runs per scenario on common seeds, so 3 pairs of runs per comparison. ' +
        'The parameters that differ are not recorded in this folder (written by an older cogov).',
    );
    // No key year: households are read at the end of the run; the means are not those of all runs.
    expect(page.headline!.answers[0]).toBe(
      'Households renovated: alt and base are not distinguishable (+1.00 households; paired 95 % CI -0.50 to +2.50 households; 3 of 3 pairs).',
    );
    const row = differenceRows(old, 'en').find((r) => r[0] === 'Households renovated')!;
    expect(row.slice(2, 5)).toEqual(['—', '—', '+1.00']);
  });

  it('refuses curves whose ticks skip', () => {
    const t = compareTexts();
    const bad = t.curves.replace('base,households.renovated,1,', 'base,households.renovated,2,');
    expect(() => parseCompare({ ...t, curves: bad })).toThrow(/curves\.csv:3: tick 2/);
  });
});

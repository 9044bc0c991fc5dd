import { describe, expect, it } from 'vitest';
import { KEY_INDICATORS } from '../../sim/model/metrics.js';
import { DIFFERENCE_CURVES_COLUMNS } from '../../sim/outputs/compare.js';
import { CURVES_COLUMNS } from '../../sim/outputs/ensemble.js';
import { pointsColumns } from '../../sim/outputs/experiments.js';
import { compareCharts, comparePage, differenceRows } from '../../viz/compare.js';
import { parseCompare } from '../../viz/compare-parse.js';
import { experimentPageHtml, experimentRuntime } from '../../viz/experiment-page.js';
import {
  parseSensitivity,
  sensitivityCharts,
  sensitivityPage,
  sensitivityRows,
} from '../../viz/sensitivity.js';
import { parseSweep, sweepCharts, sweepPage } from '../../viz/sweep.js';

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
  const comparison = {
    scenarios: ids,
    baseline: ids[0],
    runs: 3,
    seed: 7,
    indicators: [
      {
        indicator: 'householdsRenovated',
        unit: 'households',
        scenarios: ids.map((id, s) => ({ scenario: id, n: 3, mean: 100 + s, ci95: [99 + s, 101 + s] })),
        differences: ids.slice(1).map((id, s) => ({
          scenario: id,
          baseline: ids[0],
          n: 3,
          difference: s + 1,
          sd: 1,
          ci95: s === 0 ? [-0.5, 2.5] : [1, 3],
          relative: 0.01,
          distinguishable: s !== 0,
        })),
      },
    ],
  };
  return {
    curves: `${curves.join('\n')}\n`,
    differenceCurves: `${diffs.join('\n')}\n`,
    comparison: JSON.stringify(comparison),
    manifest: JSON.stringify({ cogovVersion: '9.9.9', command: `cogov compare ${EVIL}` }),
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

  it('scales shares to % and marks differences not distinguishable from zero', () => {
    const share = compareCharts(data, 'en')[2];
    expect(share.config.data.datasets[0].data).toEqual([100, 200, 300]);
    const rows = differenceRows(data, 'en');
    expect(rows.map((r) => r[7])).toEqual(['not distinguishable from 0', 'distinguishable from 0']);
    expect(differenceRows(data, 'zh')[0][7]).toBe('与0无显著差异');
  });

  it('escapes scenario names in the page, and keeps them out of script breakouts', () => {
    const html = experimentPageHtml(comparePage(data, 'en'), 'en', '/* chart.js */');
    expect(html).not.toContain(EVIL);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.match(/<script/g)).toHaveLength(3);
    expect(html).toContain('default-src &#39;none&#39;');
  });

  it('refuses curves whose ticks skip', () => {
    const t = compareTexts();
    const bad = t.curves.replace('base,households.renovated,1,', 'base,households.renovated,2,');
    expect(() => parseCompare({ ...t, curves: bad })).toThrow(/curves\.csv:3: tick 2/);
  });
});

describe('sweep report builders', () => {
  const names = KEY_INDICATORS.map((k) => k.name);
  const rows = [
    [0, 0, 0, 1, 0, 'false'],
    [1, 0, 1, 2, 0, 'false'],
    [2, 1, 0, 1, 30000, 'true'],
    [3, 1, 1, 2, 30000, 'true'],
  ].map((r, i) => [...r, ...names.map((_, j) => i * 10 + j)].join(','));
  const header = pointsColumns(['subsidy', EVIL.replace(/[<>/()]/g, '')]).join(',');
  const points = `${header}\n${rows.join('\n')}\n`;
  const data = parseSweep({
    points,
    manifest: JSON.stringify({ design: { type: 'grid' }, factors: [{ name: 'subsidy', path: 'a.b' }] }),
  });

  it('finds the factors between seed and the key indicators', () => {
    expect(data.factors.map((f) => f.name)).toEqual(['subsidy', 'scriptalert1script']);
    expect(data.factors[0].path).toBe('a.b');
    expect(data.indicators.map((k) => k.name)).toEqual(names);
    expect(data.design).toBe('grid');
  });

  it('draws one scatter per indicator × factor, with the means where values repeat', () => {
    const charts = sweepCharts(data, 'en');
    expect(charts).toHaveLength(names.length * 2);
    const c = charts[0];
    expect(c.id).toBe('sweep-0-0');
    const scatter = c.config.data.datasets[0];
    expect(scatter.showLine).toBe(false);
    expect(scatter.data).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 10 },
      { x: 30000, y: 20 },
      { x: 30000, y: 30 },
    ]);
    expect(c.config.data.datasets[1].data).toEqual([
      { x: 0, y: 5 },
      { x: 30000, y: 25 },
    ]);
    expect((c.config.options['scales'] as Record<string, { type: string }>)['x'].type).toBe('linear');
    // A boolean factor gets a category axis with its values as labels.
    const b = charts[1];
    expect((b.config.options['scales'] as Record<string, { type: string }>)['x'].type).toBe('category');
    expect(b.config.data.labels).toEqual(['false', 'true']);
  });

  it('builds a page with a section per indicator', () => {
    const page = sweepPage(data, 'zh');
    expect(page.sections.filter((s) => s.id.startsWith('indicator-'))).toHaveLength(names.length);
    expect(page.kind).toBe('参数扫描');
  });
});

describe('sensitivity report builders', () => {
  const doc = (design: 'morris' | 'sobol') =>
    JSON.stringify({
      experiment: EVIL,
      seed: 5,
      runs: 12,
      design,
      factors: ['cost', 'mu'],
      indicators: [
        {
          indicator: 'participation',
          unit: 'share',
          warnings: ['design too small'],
          factors: [
            {
              factor: 'cost',
              muStar: 0.2,
              sigma: 0.1,
              muStarCi95: [0.1, 0.3],
              S1: 0.6,
              S1Ci95: [0.4, 0.8],
              ST: 0.7,
              STCi95: [0.5, 0.9],
            },
            {
              factor: 'mu',
              muStar: 0.05,
              sigma: 0.01,
              muStarCi95: [0.02, 0.08],
              S1: 0.1,
              S1Ci95: [0, 0.2],
              ST: 0.2,
              STCi95: [0.1, 0.3],
            },
          ],
        },
      ],
    });

  it('Morris: a μ*–σ plane, one point per factor with its μ* interval as a horizontal whisker', () => {
    const data = parseSensitivity({ sensitivity: doc('morris') });
    const [c] = sensitivityCharts(data, 'en');
    const ds = c.config.data.datasets;
    expect(ds.map((d) => d.label)).toEqual(['cost', 'cost: 95 % CI of μ*', 'mu', 'mu: 95 % CI of μ*']);
    expect(ds[0].data).toEqual([{ x: 20, y: 10 }]);
    expect(ds[1].data).toEqual([
      { x: 10, y: 10 },
      { x: 30, y: 10 },
    ]);
    expect(sensitivityRows(data, 'en', 0)[0]).toEqual(['cost', '20.0', '10.0 – 30.0', '10.0', '%']);
  });

  it('Sobol: S1 and ST bars, each with its bootstrap interval as an error bar', () => {
    const data = parseSensitivity({ sensitivity: doc('sobol') });
    const [c] = sensitivityCharts(data, 'zh');
    const ds = c.config.data.datasets;
    expect(ds.map((d) => d.stack)).toEqual(['a', 'b', 'a', 'b']);
    expect(ds[0].data).toEqual([0.6, 0.1]);
    expect(ds[1].data).toEqual([0.7, 0.2]);
    expect(ds[3].data).toEqual([
      [0.5, 0.9],
      [0.1, 0.3],
    ]);
    const scales = c.config.options['scales'] as Record<string, { stacked: boolean }>;
    expect([scales['x'].stacked, scales['y'].stacked]).toEqual([true, false]);
  });

  it('lists the warnings and escapes the experiment name', () => {
    const data = parseSensitivity({ sensitivity: doc('sobol') });
    const page = sensitivityPage(data, 'en');
    expect(page.sections.find((s) => s.id === 'warnings')?.html).toContain('design too small');
    const html = experimentPageHtml(page, 'en', '');
    expect(html).not.toContain(EVIL);
    expect(() => parseSensitivity({ sensitivity: '{"design":"grid"}' })).toThrow(/morris or sobol/);
  });

  it('says the warnings in the report language when sensitivity.json has their codes', () => {
    const o = JSON.parse(doc('morris'));
    o.indicators[0].warnings = ['design too small for stable rankings: 3 trajectories (use ≥ 10)'];
    o.indicators[0].warningCodes = [{ code: 'morrisTooSmall', vars: { trajectories: 3, min: 10 } }];
    const data = parseSensitivity({ sensitivity: JSON.stringify(o) });
    const zh = sensitivityPage(data, 'zh').sections.find((s) => s.id === 'warnings')?.html;
    expect(zh).toContain('设计规模太小，排序不稳定：只有 3 条轨迹（建议 ≥ 10）');
    expect(zh).toContain('（意见征集参与率）');
    const en = sensitivityPage(data, 'en').sections.find((s) => s.id === 'warnings')?.html;
    expect(en).toContain('design too small for stable rankings: 3 trajectories (use ≥ 10)');
    expect(en).toContain('(participation)');
    // Codes that do not match the English warnings (an edited or older file) are ignored.
    o.indicators[0].warningCodes = [{ code: 'noSuchWarning', vars: {} }];
    const old = parseSensitivity({ sensitivity: JSON.stringify(o) });
    expect(old.indicators[0].warningCodes).toBeUndefined();
    expect(sensitivityPage(old, 'zh').sections.find((s) => s.id === 'warnings')?.html).toContain(
      'design too small for stable rankings',
    );
  });

  it('extends the ensemble runtime rather than copying it', () => {
    const js = experimentRuntime();
    expect(js).toContain('cogovExtra(cogovHydrate(config, meta), meta)');
    expect(js).not.toMatch(/<\/script|<!--/i);
  });
});

import { describe, expect, it } from 'vitest';
import { KEY_INDICATORS } from '../../sim/model/metrics.js';
import { pointsColumns } from '../../sim/outputs/experiments.js';
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

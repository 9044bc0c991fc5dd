import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { annualStackedBarChart, bandChart, stackedAreaChart, sumSeries } from '../../viz/charts.js';
import { emptyNote, figureCaption, isCountUnit, seriesContent } from '../../viz/figure-notes.js';
import { reportHtml } from '../../viz/html.js';
import { staticConfig } from '../../viz/io/png.js';
import { readReportData } from '../../viz/io/read.js';
import { buildCharts } from '../../viz/plan.js';
import type { ChartSpec, CurveSeries, ReportData } from '../../viz/types.js';
import { FIGURE_WORDS, figureWord } from '../../viz/words-figures.js';
import { buildFixture } from './fixture.js';

const HAN = /\p{Script=Han}/u;
const N = Number.NaN;

const series = (metric: string, dates: string[], p: Partial<CurveSeries>): CurveSeries => {
  const z = dates.map(() => 0);
  return { metric, dates, n: z, mean: z, sd: z, p05: z, p25: z, p50: z, p75: z, p95: z, ...p };
};
const undef = (metric: string, dates: string[]) => {
  const u = dates.map(() => N);
  return series(metric, dates, { mean: u, sd: u, p05: u, p25: u, p50: u, p75: u, p95: u });
};
const yScale = (c: ChartSpec) => (c.config.options as { scales: { y: Record<string, unknown> } }).scales.y;

let data: ReportData;
beforeAll(() => {
  const dir = join(mkdtempSync(join(tmpdir(), 'cogov-viz-figures-')), 'out');
  buildFixture(dir, { runs: 4 });
  data = readReportData(dir);
});

describe('figure words', () => {
  it('exist in English and Chinese, the Chinese written in Chinese, with the same placeholders', () => {
    const keys = Object.keys(FIGURE_WORDS.en) as (keyof typeof FIGURE_WORDS.en)[];
    expect(Object.keys(FIGURE_WORDS.zh).sort()).toEqual([...keys].sort());
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of keys) {
      expect(FIGURE_WORDS.en[k].trim(), k).not.toBe('');
      expect(FIGURE_WORDS.zh[k], k).toMatch(HAN);
      expect(ph(FIGURE_WORDS.zh[k]), k).toEqual(ph(FIGURE_WORDS.en[k]));
    }
  });
});

describe('undefined months are not zero in sums', () => {
  it('sumSeries adds the defined values and leaves a month undefined where no series is defined', () => {
    expect(
      sumSeries([
        [1, N, N],
        [2, 3, N],
      ]),
    ).toEqual([3, 3, N]);
  });

  it('annual bars: a year without any defined month is a gap; a partial year sums its defined months and says so', () => {
    const dates = ['2024-11', '2024-12', '2025-01', '2025-02', '2026-01'];
    const head = { id: 'a', section: 'funding' as const, title: 'a', unit: 'RMB/year' };
    const inflow = series('funding.inflow.central', dates, { mean: [N, N, 1e6, N, 2e6] });
    const bar = annualStackedBarChart('en', head, [inflow]);
    expect(bar.config.data.labels).toEqual(['2024', '2025', '2026']);
    // million RMB per year: 2024 undefined (gap), 2025 = January only, 2026 = 2.
    expect(bar.config.data.datasets[0].data).toEqual([null, 1, 2]);
    expect(bar.note).toContain('2025');
    expect(bar.note).not.toContain('2024');
    expect(bar.note).toContain(figureWord('en', 'partialYears', { years: '2025' }));
    const zh = annualStackedBarChart('zh', head, [inflow]);
    expect(zh.note).toContain(figureWord('zh', 'partialYears', { years: '2025' }));
    // Whole years of defined months: the note is the plain one.
    const full = annualStackedBarChart('en', head, [
      series('funding.inflow.central', dates, { mean: [1, 1, 1, 1, 1] }),
    ]);
    expect(full.note).not.toContain(figureWord('en', 'partialYears', { years: '' }).slice(0, 20));
  });
});

describe('count axes', () => {
  it('tick at whole numbers for households, communities, elevators, disputes and projects only', () => {
    const dates = ['2024-01', '2024-02'];
    const head = (unit: string) => ({ id: 'c', section: 'other' as const, title: 'c', unit });
    const s = series('m', dates, { mean: [1, 2], p50: [1, 2], p95: [2, 3] });
    for (const unit of [
      'households',
      'households (cumulative)',
      'communities',
      'elevators',
      'disputes',
      'projects',
    ]) {
      expect(isCountUnit(unit), unit).toBe(true);
      expect(yScale(bandChart('en', head(unit), s, '#000000'))['ticks'], unit).toEqual({ precision: 0 });
    }
    expect(yScale(stackedAreaChart('en', head('communities'), [s]))['ticks']).toEqual({ precision: 0 });
    for (const unit of ['RMB/month', 'share', '0..1', 'months', 'hours/month']) {
      expect(yScale(bandChart('en', head(unit), s, '#000000'))['ticks'], unit).toBeUndefined();
    }
  });

  it('the report plan gives the pipeline and household charts integer ticks', () => {
    const charts = buildCharts(data, 'en');
    expect(yScale(charts.find((c) => c.id === 'project-pipeline')!)['ticks']).toEqual({ precision: 0 });
    const money = charts.find((c) => c.id === 'funding-sources')!;
    expect(yScale(money)['ticks']).toBeUndefined();
  });
});

describe('charts with nothing to draw', () => {
  const dates = ['2024-01', '2024-02', '2024-03'];
  const head = { id: 'e', section: 'other' as const, title: 'e', unit: 'disputes' };

  it('tell "0 in every run" from "no defined value" from data', () => {
    expect(seriesContent(series('m', dates, {}))).toBe('zero');
    expect(seriesContent(undef('m', dates))).toBe('none');
    expect(seriesContent(series('m', dates, { mean: [N, 0, 0], sd: [N, 0, 0] }))).toBe('zero');
    // Mean 0 with a spread: runs differ, so not every run is 0.
    expect(seriesContent(series('m', dates, { sd: [0, 1, 0] }))).toBe('values');
    expect(seriesContent(series('m', dates, { mean: [0, 0, 2] }))).toBe('values');
    expect(emptyNote('en', ['zero', 'none'])).toBe('All values are 0 in every run.');
    expect(emptyNote('zh', ['none'])).toBe(figureWord('zh', 'noValues'));
    expect(emptyNote('en', ['zero', 'values'])).toBeUndefined();
  });

  it('band, stacked and annual charts carry the note only when they are empty', () => {
    expect(bandChart('en', head, series('m', dates, {}), '#000000').empty).toBe(figureWord('en', 'allZero'));
    expect(bandChart('zh', head, undef('m', dates), '#000000').empty).toBe(figureWord('zh', 'noValues'));
    expect(bandChart('en', head, series('m', dates, { mean: [0, 1, 1] }), '#000000').empty).toBeUndefined();
    expect(stackedAreaChart('en', head, [series('a', dates, {}), undef('b', dates)]).empty).toBe(
      figureWord('en', 'allZero'),
    );
    const money = { ...head, unit: 'RMB/year' };
    const bars = annualStackedBarChart('en', money, [series('funding.inflow.central', dates, {})]);
    expect(bars.config.data.datasets).toEqual([]);
    expect(bars.empty).toBe(figureWord('en', 'allZero'));
  });

  it('the report shows the note in place of the canvas; the PNG draws the note and no data', () => {
    const empty = series('governance.disputesOpen', data.curves.get('governance.disputesOpen')!.dates, {});
    const curves = new Map(data.curves);
    curves.set('governance.disputesOpen', empty);
    const zeroed = { ...data, curves };
    const spec = buildCharts(zeroed, 'en').find((c) => c.metrics.includes('governance.disputesOpen'))!;
    expect(spec.empty).toBe('All values are 0 in every run.');
    const html = reportHtml(zeroed, 'en', { chartJs: '' });
    const figure = html.slice(html.indexOf(`id="fig-${spec.id}"`));
    expect(figure.slice(0, figure.indexOf('</figure>'))).toContain(
      '<p class="note chart-empty">All values are 0 in every run.</p>',
    );
    expect(html).not.toContain(`id="chart-${spec.id}"`);
    // Charts with data keep their canvas.
    expect(html).toContain('id="chart-project-pipeline"');
    const config = staticConfig(spec);
    expect(config.data.datasets).toEqual([]);
    expect(config.plugins?.map((p) => p.id)).toContain('cogovEmptyNote');
    expect(staticConfig(buildCharts(data, 'en')[0]).plugins?.map((p) => p.id)).not.toContain(
      'cogovEmptyNote',
    );
  });
});

describe('figure captions', () => {
  it('name the scenario, the runs and what the bands are, in the report language', () => {
    expect(figureCaption('en', data, 'bands')).toBe(
      'Demo city (50 communities, full package) · 4 runs · median, 25–75 % and 5–95 % of runs',
    );
    expect(figureCaption('zh', data, 'stack')).toBe(
      '演示城市（50个小区，完整政策组合） · 4 次运行 · 各次运行的均值，堆叠',
    );
    const bare = { ...data, name: null, provenance: { ...data.provenance, runs: 1200 } };
    expect(figureCaption('en', bare, 'annual')).toBe(
      'demo-small · 1,200 runs · mean of runs summed per calendar year, stacked',
    );
  });

  it('every chart of the report carries its caption, and the PNG configuration draws it', () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const c of buildCharts(data, lang)) {
        const summary = c.meta.ranges[2] === 1 ? 'bands' : c.config.type === 'bar' ? 'annual' : 'stack';
        expect(c.caption, c.id).toBe(figureCaption(lang, data, summary));
        const subtitle = (
          staticConfig(c).options as { plugins: { subtitle: { display: boolean; text: string } } }
        ).plugins.subtitle;
        expect(subtitle.display).toBe(true);
        expect(subtitle.text).toBe(c.caption);
      }
    }
  });
});

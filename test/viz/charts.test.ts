import { beforeAll, describe, expect, it } from 'vitest';
import { METRICS } from '../../sim/model/metrics.js';
import { annualStackedBarChart, bandChart, stackedAreaChart, yearsOf } from '../../viz/charts.js';
import { hydrate } from '../../viz/io/png.js';
import { buildCharts } from '../../viz/plan.js';
import type { ChartSpec, CurveSeries, ReportData } from '../../viz/types.js';
import { fixtureReportData } from './fixture.js';

let data: ReportData;

beforeAll(() => {
  data = fixtureReportData('cogov-viz-charts-');
});

const series = (metric: string, dates: string[], p: Partial<CurveSeries>): CurveSeries => {
  const z = dates.map(() => 0);
  return { metric, dates, n: z, mean: z, sd: z, p05: z, p25: z, p50: z, p75: z, p95: z, ...p };
};

const values = (c: ChartSpec, i: number) => c.config.data.datasets[i].data;

// The page's callbacks (the same source the page inlines), exercised without a browser.
type Fn = (...args: unknown[]) => unknown;
interface Hydrated {
  options: {
    plugins: {
      legend: { labels: { filter: Fn }; onClick: Fn };
      tooltip: { filter: Fn; callbacks: { label: Fn; footer?: Fn } };
    };
    scales: { x: { ticks: { callback?: Fn } } };
  };
}

describe('band charts', () => {
  it('hold median, p25–p75 and p05–p95 in order, consistent at every tick of every metric', () => {
    const bands = buildCharts(data, 'en').filter((c) => c.meta.ranges[2] === 1);
    expect(bands.length).toBeGreaterThan(20);
    for (const c of bands) {
      const [p50, p25, p75, p05, p95] = [0, 1, 2, 3, 4].map((i) => values(c, i));
      expect(c.config.data.datasets[2].fill).toBe('-1');
      expect(c.config.data.datasets[4].fill).toBe('-1');
      for (let t = 0; t < p50.length; t++) {
        const q = [p05[t], p25[t], p50[t], p75[t], p95[t]];
        if (q.some((v) => v === null)) continue;
        const eps = 1e-9 * Math.max(1, ...q.map((v) => Math.abs(v!)));
        for (let k = 1; k < 5; k++)
          expect(q[k]! + eps, `${c.id} tick ${t}`).toBeGreaterThanOrEqual(q[k - 1]!);
      }
    }
  });

  it('scale values to the display unit: money in 万元 (zh) or million RMB (en), shares in %', () => {
    const dates = ['2024-01', '2024-02'];
    const s = series('funding.committedPublic', dates, { p50: [2e6, 3e6], p95: [4e6, 5e6] });
    const head = { id: 'x', section: 'funding' as const, title: 'x', unit: 'RMB (cumulative)' };
    const zh = bandChart('zh', head, s, '#0072B2');
    expect(values(zh, 0)).toEqual([200, 300]);
    expect(zh.meta.unit).toBe('万元（累计）');
    const en = bandChart('en', head, s, '#0072B2');
    expect(values(en, 0)).toEqual([2, 3]);
    expect(en.meta.unit).toBe('million RMB (cumulative)');
    const share = bandChart(
      'en',
      { ...head, unit: 'share' },
      series('m', dates, { p50: [0.25, 0.5] }),
      '#000000',
    );
    expect(values(share, 0)).toEqual([25, 50]);
    expect(share.meta.unit).toBe('%');
  });

  it('turn missing statistics (NaN) into gaps', () => {
    const s = series('m', ['2024-01', '2024-02'], { p50: [Number.NaN, 1] });
    const c = bandChart('en', { id: 'm', section: 'other', title: 'm', unit: 'months' }, s, '#0072B2');
    expect(values(c, 0)).toEqual([null, 1]);
  });
});

describe('stacked charts', () => {
  it('funding by payer: per-year stacks of the monthly means, which add up to the mean total', () => {
    const c = buildCharts(data, 'en').find((x) => x.id === 'funding-committed-by-payer')!;
    expect(c.config.type).toBe('bar');
    const opts = c.config.options as { scales: { y: { stacked: boolean } } };
    expect(opts.scales.y.stacked).toBe(true);
    const years = yearsOf(data.curves.get('funding.committedPublic')!.dates);
    expect(c.config.data.labels).toEqual(years.map((y) => y.year));
    const factor = c.meta.unit.startsWith('million') ? 1e-6 : c.meta.unit.startsWith('billion') ? 1e-9 : 1;
    for (const [k, y] of years.entries()) {
      let total = 0;
      for (const [name, s] of data.curves) {
        if (name.startsWith('funding.committed.')) for (const i of y.ticks) total += s.mean[i];
      }
      const stacked = c.config.data.datasets.reduce((a, d) => a + (d.data[k] ?? 0), 0);
      expect(stacked).toBeCloseTo(total * factor, 6);
    }
    // Committed public + private money (cumulative) equals the sum of the per-payer flows.
    const last = data.curves.get('funding.committedPublic')!.mean.length - 1;
    const cumulative =
      data.curves.get('funding.committedPublic')!.mean[last] +
      data.curves.get('funding.committedPrivate')!.mean[last];
    const allYears = c.config.data.datasets.reduce(
      (a, d) => a + d.data.reduce<number>((b, v) => b + (v ?? 0), 0),
      0,
    );
    expect(allYears / factor).toBeCloseTo(cumulative, -1);
  });

  it('the pipeline stacks every project state, summing to the number of communities at every tick', () => {
    const c = buildCharts(data, 'en').find((x) => x.id === 'project-pipeline')!;
    expect(c.config.data.datasets.map((d) => d.label)).toContain('Operation (PPP)');
    expect(c.config.data.datasets).toHaveLength(10);
    for (let t = 0; t < c.config.data.labels.length; t++) {
      const sum = c.config.data.datasets.reduce((a, d) => a + (d.data[t] ?? 0), 0);
      expect(sum).toBeCloseTo(50, 9);
    }
    expect(c.meta.total).toBe(true);
  });

  it('resilience loss by shock type stacks to the total loss', () => {
    const c = buildCharts(data, 'zh').find((x) => x.id === 'resilience-loss-by-type')!;
    expect(c.config.data.datasets.map((d) => d.label)).toEqual(['暴雨', '火灾', '地震']);
    const total = data.curves.get('resilience.loss.total')!.mean;
    for (let t = 0; t < total.length; t++) {
      const sum = c.config.data.datasets.reduce((a, d) => a + (d.data[t] ?? 0), 0);
      expect(sum).toBeCloseTo(total[t], 6);
    }
  });

  it('annual bars leave out series that are zero throughout; areas fill to the series below', () => {
    const dates = ['2024-11', '2024-12', '2025-01'];
    const head = { id: 's', section: 'funding' as const, title: 's', unit: 'RMB/year' };
    const bar = annualStackedBarChart('zh', head, [
      series('funding.inflow.central', dates, { mean: [1e4, 2e4, 5e4] }),
      series('funding.inflow.bonds', dates, {}),
    ]);
    expect(bar.config.data.labels).toEqual(['2024年', '2025年']);
    expect(bar.config.data.datasets).toHaveLength(1);
    expect(bar.config.data.datasets[0].data).toEqual([3, 5]);
    expect(bar.meta.unit).toBe('万元/年');
    const area = stackedAreaChart('en', { ...head, unit: 'communities' }, [
      series('projects.listed', dates, { mean: [1, 2, 3] }),
      series('projects.done', dates, { mean: [0, 1, 1] }),
    ]);
    expect(area.config.data.datasets.map((d) => d.fill)).toEqual(['origin', '-1']);
  });
});

describe('the report plan', () => {
  it('draws every metric of METRICS exactly once, with unique ids', () => {
    const charts = buildCharts(data, 'en');
    expect(new Set(charts.map((c) => c.id)).size).toBe(charts.length);
    for (const c of charts) expect(c.id).toMatch(/^[A-Za-z0-9.-]+$/);
    const drawn = charts.flatMap((c) => c.metrics);
    expect([...drawn].sort()).toEqual(METRICS.map((m) => m.name).sort());
    const sections = charts.map((c) => c.section);
    expect(sections.indexOf('funding')).toBeLessThan(sections.indexOf('participation'));
    expect(sections.lastIndexOf('participation')).toBeLessThan(sections.indexOf('resilience'));
    expect(sections.lastIndexOf('resilience')).toBeLessThan(sections.indexOf('governance'));
  });

  it('puts a metric the model does not know under "other", labelled by its name', () => {
    const extra = series('custom.metric<x>', ['2024-01'], { p50: [1] });
    const charts = buildCharts({ ...data, curves: new Map([['custom.metric<x>', extra]]) }, 'zh');
    expect(charts).toHaveLength(1);
    expect(charts[0].section).toBe('other');
    expect(charts[0].title).toBe('custom.metric<x>');
    expect(charts[0].id).toBe('custom.metric-x-');
  });

  it('configurations are plain JSON (no functions) with animation off', () => {
    for (const c of buildCharts(data, 'zh')) {
      expect(JSON.parse(JSON.stringify(c.config))).toEqual(c.config);
      expect((c.config.options as { animation: boolean }).animation).toBe(false);
    }
  });
});

const hydrated = (c: ChartSpec) => hydrate(structuredClone(c.config), c.meta) as unknown as Hydrated;

describe('chart callbacks (the page’s own source, run without a browser)', () => {
  let charts: ChartSpec[];
  beforeAll(() => {
    charts = buildCharts(data, 'zh');
  });

  it('the legend hides lower band bounds and toggles both bounds of a band together', () => {
    const c = charts.find((x) => x.id === 'funding.committedPublic')!;
    const h = hydrated(c);
    const legend = h.options.plugins.legend;
    expect([0, 1, 2, 3, 4].map((i) => legend.labels.filter({ datasetIndex: i }))).toEqual([
      true,
      false,
      true,
      false,
      true,
    ]);
    const visible = [true, true, true, true, true];
    const chart = {
      isDatasetVisible: (i: number) => visible[i],
      setDatasetVisibility: (i: number, v: boolean) => {
        visible[i] = v;
      },
      update: () => {},
    };
    legend.onClick({}, { datasetIndex: 4 }, { chart });
    expect(visible).toEqual([true, true, true, false, false]);
    legend.onClick({}, { datasetIndex: 4 }, { chart });
    legend.onClick({}, { datasetIndex: 0 }, { chart });
    expect(visible).toEqual([false, true, true, true, true]);
  });

  it('tooltips show values with units, bands as ranges, stacks with their total', () => {
    const band = charts.find((x) => x.id === 'funding.committedPublic')!;
    const h = hydrated(band);
    const data = band.config.data.datasets;
    const t = data[0].data.findIndex((v) => v !== null && v > 0);
    const ctx = (i: number) => ({
      datasetIndex: i,
      dataIndex: t,
      raw: data[i].data[t],
      dataset: data[i],
      chart: { data: band.config.data },
    });
    const label = h.options.plugins.tooltip.callbacks.label;
    // The scale (万元 or 亿元) follows the band's magnitude, which the model's funding rules set.
    const unit = band.meta.unit;
    expect(unit).toMatch(/^[万亿]元（累计）$/);
    expect(label(ctx(0))).toMatch(new RegExp(`^中位数: [\\d.,]+ ${unit}$`));
    expect(label(ctx(4))).toMatch(new RegExp(`^5%–95%分位区间: [\\d.,]+ – [\\d.,]+ ${unit}$`));
    expect(h.options.plugins.tooltip.filter({ datasetIndex: 3 })).toBe(false);

    const share = charts.find((x) => x.id === 'resilience.fireCompliance')!;
    const s = hydrated(share).options.plugins.tooltip.callbacks.label;
    const sd = share.config.data.datasets[0];
    expect(s({ datasetIndex: 0, dataIndex: 70, raw: sd.data[70], dataset: sd, chart: {} })).toMatch(
      /^中位数: [\d.]+%$/,
    );

    const pipe = charts.find((x) => x.id === 'project-pipeline')!;
    const footer = hydrated(pipe).options.plugins.tooltip.callbacks.footer!;
    expect(footer([{ raw: 20 }, { raw: 30 }, { raw: null }])).toBe('合计: 50 个小区');
  });

  it('monthly axes label the Januaries with their year', () => {
    const c = charts.find((x) => x.id === 'participation.trust')!;
    const cb = hydrated(c).options.scales.x.ticks.callback!;
    const labels = c.config.data.labels;
    const scale = { getLabelForValue: (v: number) => labels[v] };
    const shown = labels.map((_, i) => cb.call(scale, i)).filter((v) => v !== null);
    expect(shown[0]).toBe('2025年');
    expect(shown).toEqual(labels.filter((l) => l.endsWith('-01')).map((l) => `${l.slice(0, 4)}年`));
  });
});

/**
 * `cogovHydrate(config, meta)`: completes a chart.js configuration (JSON only, from the builders)
 * with the callbacks JSON cannot carry: legend entries that toggle a band's two bounds together,
 * tooltips with units and ranges, stack totals, year ticks. The report page (bundled into
 * scripts.gen.ts), the PNG writer and the explorer all call this one function.
 *
 * Self-contained: it uses nothing but its arguments and the standard library, so it runs in the
 * page, in Node and in the explorer alike.
 */
import type { ChartMeta } from '../types.js';

/** The parts of a chart.js chart and legend item the callbacks use. */
interface ChartLike {
  isDatasetVisible(i: number): boolean;
  setDatasetVisibility(i: number, show: boolean): void;
  update(): void;
  data: { datasets: { data: unknown[] }[] };
}
interface TooltipItem {
  datasetIndex: number;
  dataIndex: number;
  raw: unknown;
  dataset: { label: string };
  chart: ChartLike;
}
type Options = Record<string, Record<string, unknown> | undefined> & {
  plugins?: Record<string, Record<string, unknown>>;
  scales?: Record<string, Record<string, unknown>>;
};

/**
 * How tooltips write a value of the chart: in `meta.locale` with at most `meta.digits` decimals,
 * "—" where undefined, then the unit ("%" joined, other units after a space).
 */
export function tooltipFormat(meta: ChartMeta): {
  fmt: (v: unknown) => string;
  withUnit: (s: string) => string;
} {
  const nf = new Intl.NumberFormat(meta.locale, { maximumFractionDigits: meta.digits });
  return {
    fmt: (v) => (typeof v === 'number' && Number.isFinite(v) ? nf.format(v) : '\u2014'),
    withUnit: (s) => (!meta.unit ? s : meta.unit.charAt(0) === '%' ? s + meta.unit : `${s} ${meta.unit}`),
  };
}

/** A chart.js configuration as the builders make it and chart.js takes it. */
export interface HydratableConfig {
  options: Record<string, unknown>;
  data?: unknown;
  type?: string;
}

/** Complete `config` in place with the callbacks of `meta`; returns it. */
export function cogovHydrate<C extends HydratableConfig>(config: C, meta: ChartMeta): C {
  const options = config.options as Options;
  options.plugins = options.plugins || {};
  const plugins = options.plugins;
  const hidden: Record<number, boolean> = {};
  for (const i of meta.hidden) hidden[i] = true;
  const { fmt, withUnit } = tooltipFormat(meta);
  plugins['legend'] = plugins['legend'] || {};
  const legend = plugins['legend'];
  legend['labels'] = legend['labels'] || {};
  const labels = legend['labels'] as Record<string, unknown>;
  labels['filter'] = (item: { datasetIndex: number }) => !hidden[item.datasetIndex];
  legend['onClick'] = (_event: unknown, item: { datasetIndex: number }, l: { chart: ChartLike }) => {
    const chart = l.chart;
    const group = meta.groups[item.datasetIndex] || [item.datasetIndex];
    const show = !chart.isDatasetVisible(item.datasetIndex);
    for (const i of group) chart.setDatasetVisibility(i, show);
    chart.update();
  };
  plugins['tooltip'] = plugins['tooltip'] || {};
  const tooltip = plugins['tooltip'];
  tooltip['filter'] = (item: TooltipItem) => !hidden[item.datasetIndex];
  const callbacks: Record<string, unknown> = {
    label: (ctx: TooltipItem): string => {
      const lo = meta.ranges[ctx.datasetIndex];
      if (lo !== undefined) {
        const low = ctx.chart.data.datasets[lo].data[ctx.dataIndex];
        return `${ctx.dataset.label}: ${withUnit(`${fmt(low)} \u2013 ${fmt(ctx.raw)}`)}`;
      }
      return `${ctx.dataset.label}: ${withUnit(fmt(ctx.raw))}`;
    },
  };
  tooltip['callbacks'] = callbacks;
  if (meta.total) {
    callbacks['footer'] = (items: TooltipItem[]): string => {
      let sum = 0;
      for (const it of items) if (typeof it.raw === 'number' && Number.isFinite(it.raw)) sum += it.raw;
      return `${meta.totalLabel}: ${withUnit(fmt(sum))}`;
    };
  }
  const yearTicks = meta.yearTicks;
  if (yearTicks) {
    const scales = options.scales as Record<string, Record<string, unknown>>;
    const x = scales['x'];
    x['ticks'] = x['ticks'] || {};
    const ticks = x['ticks'] as Record<string, unknown>;
    ticks['autoSkip'] = false;
    ticks['callback'] = function (this: { getLabelForValue(v: unknown): unknown }, value: unknown) {
      const label = String(this.getLabelForValue(value));
      return /-01$/.test(label) ? yearTicks.replace('{year}', label.slice(0, 4)) : null;
    };
  }
  return config;
}

/**
 * The charts of a report, section by section: funding (sources and uses per year, then bands),
 * participation (project pipeline, then bands), resilience (loss by shock type, then bands),
 * governance (bands), and any metric the model does not list (bands, under "other"). Every metric
 * of the curves appears in exactly one chart; each carries the caption line of its figure.
 */
import { type MetricDef, type MetricName, METRICS } from '../sim/model/metrics.js';
import { annualStackedBarChart, bandChart, PALETTE, stackedAreaChart } from './charts.js';
import { figureCaption } from './figure-notes.js';
import { metricLabel, t } from './i18n.js';
import type { ChartSpec, CurveSeries, Lang, ReportData } from './types.js';

/** Report sections in order. */
export const SECTIONS = ['funding', 'participation', 'resilience', 'governance', 'other'] as const;

const DEF: ReadonlyMap<string, MetricDef> = new Map(METRICS.map((m) => [m.name, m]));

/** Metrics drawn in stacked charts rather than bands: the stacks' member prefixes. */
const STACKS = [
  {
    id: 'funding-committed-by-payer',
    prefix: 'funding.committed.',
    section: 'funding',
    title: 'fundingCommitted',
    kind: 'annual',
  },
  {
    id: 'funding-capex-by-content',
    prefix: 'funding.capex.',
    section: 'funding',
    title: 'fundingByContent',
    kind: 'annual',
  },
  {
    id: 'funding-sources',
    prefix: 'funding.inflow.',
    section: 'funding',
    title: 'fundingSources',
    kind: 'annual',
  },
  { id: 'funding-uses', prefix: 'funding.use.', section: 'funding', title: 'fundingUses', kind: 'annual' },
  { id: 'project-pipeline', prefix: 'projects.', section: 'participation', title: 'pipeline', kind: 'area' },
  {
    id: 'resilience-loss-by-type',
    prefix: 'resilience.loss.',
    section: 'resilience',
    title: 'lossByType',
    kind: 'area',
    exclude: 'resilience.loss.total' satisfies MetricName,
  },
] as const;

function stackOf(metric: string) {
  return STACKS.find((s) => metric.startsWith(s.prefix) && !('exclude' in s && s.exclude === metric));
}

/** A file- and id-safe name for a metric's chart. */
export function chartId(metric: string): string {
  return metric.replace(/[^A-Za-z0-9.-]/g, '-');
}

/** Every chart of the report for `data`, in section order. */
export function buildCharts(data: ReportData, lang: Lang): ChartSpec[] {
  const charts: ChartSpec[] = [];
  const used = new Set<string>();
  const ids = new Set<string>();
  const uniqueId = (id: string) => {
    let out = id;
    for (let k = 2; ids.has(out); k++) out = `${id}-${k}`;
    ids.add(out);
    return out;
  };
  for (const section of SECTIONS) {
    for (const stack of STACKS) {
      if (stack.section !== section) continue;
      const members: CurveSeries[] = [];
      for (const [name, s] of data.curves) if (stackOf(name) === stack) members.push(s);
      if (members.length === 0) continue;
      const unit = stack.kind === 'annual' ? 'RMB/year' : (DEF.get(members[0].metric)?.unit ?? '');
      const head = { id: uniqueId(stack.id), section, title: t(lang, stack.title), unit };
      charts.push({
        ...(stack.kind === 'annual'
          ? annualStackedBarChart(lang, head, members)
          : stackedAreaChart(lang, head, members)),
        caption: figureCaption(lang, data, stack.kind === 'annual' ? 'annual' : 'stack'),
      });
    }
    let colour = 0;
    for (const [name, s] of data.curves) {
      if (used.has(name) || stackOf(name)) continue;
      const def = DEF.get(name);
      if ((def?.group ?? 'other') !== section) continue;
      used.add(name);
      const head = {
        id: uniqueId(chartId(name)),
        section,
        title: metricLabel(lang, name),
        unit: def?.unit ?? '',
      };
      charts.push({
        ...bandChart(lang, head, s, PALETTE[colour++ % 6]),
        caption: figureCaption(lang, data, 'bands'),
      });
    }
  }
  return charts;
}

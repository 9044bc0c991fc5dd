/**
 * The sweep report (`cogov sweep`), pure: points.csv and manifest.json in, page sections out. One
 * scatter plot per key indicator × factor: every run (design point × replicate) as a dot at its
 * factor value, with the mean over the runs at each value as a line when values repeat (grids,
 * replicates). Categorical factors (lists of words or booleans) get a category axis.
 */
import { KEY_INDICATORS } from '../sim/model/metrics.js';
import { PALETTE, withAlpha } from './charts.js';
import { escapeHtml as esc } from './escape.js';
import {
  axisTitle,
  chartMeta,
  chartOptions,
  type ExperimentPage,
  figureHtml,
  settingsHtml,
  tableHtml,
} from './experiment-page.js';
import { displayUnit, formatNumber, maxAbsOf } from './format.js';
import { indicatorLabel, t } from './i18n.js';
import { numberField, parseTidyCsv } from '../sim/outputs/csv.js';
import { ReportInputError } from '../sim/outputs/errors.js';
import { type ExperimentManifestJson, POINTS_FIXED_COLUMNS } from '../sim/outputs/experiments.js';
import { arr, numOrNull, parseJsonObject, rec, recOrNull, str } from '../sim/outputs/json.js';
import type { ChartDataset, ChartSpec, Lang } from './types.js';

/** A factor of the experiment. */
export interface SweepFactor {
  name: string;
  /** Path into the scenario, when the manifest gives it. */
  path: string | null;
}

/** Everything the sweep report shows. */
export interface SweepData {
  experimentFile: string | null;
  scenarioFile: string | null;
  design: string | null;
  designPoints: number | null;
  replicates: number | null;
  runs: number | null;
  seed: number | null;
  version: string | null;
  command: string | null;
  factors: SweepFactor[];
  /** Key indicators of points.csv, in file order, with their units. */
  indicators: { name: string; unit: string }[];
  /** Per run: the factor values as written, and the indicators (NaN where empty). */
  rows: { run: number; values: string[]; indicators: number[] }[];
}

/** The texts of a sweep's output files. */
export interface SweepTexts {
  points: string;
  manifest?: string;
}

const UNITS = new Map(KEY_INDICATORS.map((k) => [k.name as string, k.unit as string]));

/** Parse a sweep's outputs; the factors are the columns between `seed` and the key indicators. */
export function parseSweep(files: SweepTexts): SweepData {
  const m =
    files.manifest === undefined
      ? {}
      : parseJsonObject<ExperimentManifestJson>(files.manifest, 'manifest.json');
  const p = parseTidyCsv(files.points, 'points.csv', POINTS_FIXED_COLUMNS);
  const header = [...p.col.keys()];
  const indicators = header.filter((h) => UNITS.has(h)).map((name) => ({ name, unit: UNITS.get(name)! }));
  const fixed: readonly string[] = POINTS_FIXED_COLUMNS;
  const factorNames = header.filter((h) => !fixed.includes(h) && !UNITS.has(h));
  if (factorNames.length === 0) throw new ReportInputError('points.csv: no factor columns');
  const paths = new Map<string, string>();
  const design = m['design'];
  const designObject = recOrNull<{ type: string }>(design);
  for (const f of arr(m['factors'])) {
    const o = rec<ExperimentManifestJson['factors'][number]>(f);
    const name = str(o['name']);
    const path = str(o['path']);
    if (name !== null && path !== null) paths.set(name, path);
  }
  const rows = p.rows.map((row, r) => ({
    run: numberField(row[p.col.get('run')!], `points.csv:${r + 2} run`),
    values: factorNames.map((f) => row[p.col.get(f)!]),
    indicators: indicators.map((k) => numberField(row[p.col.get(k.name)!], `points.csv:${r + 2} ${k.name}`)),
  }));
  return {
    experimentFile: str(m['experimentFile']),
    scenarioFile: str(m['scenarioFile']),
    design: designObject ? str(designObject['type']) : str(design),
    designPoints: numOrNull(m['designPoints']),
    replicates: numOrNull(m['replicates']),
    runs: numOrNull(m['runs']),
    seed: numOrNull(m['seed']),
    version: str(m['cogovVersion']),
    command: str(m['command']),
    factors: factorNames.map((name) => ({ name, path: paths.get(name) ?? null })),
    indicators,
    rows,
  };
}

/** A finite number when `s` is one ("true", "" and words are not). */
function asNumber(s: string): number | null {
  if (s.trim() === '') return null;
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

/**
 * Indicator `k` against factor `f`: dataset 0 holds every run as a point ({x, y}); dataset 1, when
 * some factor value occurs more than once, the mean over the runs at each value.
 */
export function sweepChart(lang: Lang, data: SweepData, k: number, f: number): ChartSpec {
  const ind = data.indicators[k];
  const factor = data.factors[f];
  const numeric = data.rows.every((r) => asNumber(r.values[f]) !== null);
  const ys = data.rows.map((r) => r.indicators[k]);
  const d = displayUnit(lang, ind.unit, maxAbsOf(ys));
  const y = (v: number) => (Number.isFinite(v) ? v * d.factor : null);
  const colour = PALETTE[f % PALETTE.length];
  const points = data.rows.map((r) => ({
    x: numeric ? asNumber(r.values[f])! : r.values[f],
    y: y(r.indicators[k]),
  }));
  // Mean per distinct factor value, in axis order.
  const groups = new Map<string, { x: number | string; sum: number; n: number }>();
  data.rows.forEach((r, i) => {
    const g = groups.get(r.values[f]) ?? { x: points[i].x, sum: 0, n: 0 };
    if (Number.isFinite(r.indicators[k])) {
      g.sum += r.indicators[k];
      g.n++;
    }
    groups.set(r.values[f], g);
  });
  const order = [...groups.values()];
  if (numeric) order.sort((a, b) => (a.x as number) - (b.x as number));
  const datasets: ChartDataset[] = [
    {
      label: t(lang, 'sweepRuns'),
      data: points as unknown as (number | null)[],
      showLine: false,
      pointRadius: 3,
      pointHoverRadius: 4,
      borderColor: colour,
      backgroundColor: withAlpha(colour, 0.45),
      pointBackgroundColor: withAlpha(colour, 0.45),
      pointBorderWidth: 0,
    },
  ];
  if (order.length < data.rows.length) {
    datasets.push({
      label: t(lang, 'sweepMean'),
      data: order.map((g) => ({ x: g.x, y: g.n > 0 ? (g.sum / g.n) * d.factor : null })) as unknown as (
        | number
        | null
      )[],
      borderColor: '#333333',
      backgroundColor: '#333333',
      borderWidth: 2,
      pointRadius: 3,
      showLine: true,
      fill: false,
    });
  }
  const labels = numeric ? [] : order.map((g) => String(g.x));
  const min = Math.min(0, ...ys.filter(Number.isFinite).map((v) => v * d.factor));
  return {
    id: `sweep-${k}-${f}`,
    section: 'other',
    title: t(lang, 'sweepTitleChart', {
      indicator: indicatorLabel(lang, ind.name, null),
      factor: factor.name,
    }),
    note: '',
    metrics: [ind.name],
    config: {
      type: 'line',
      data: { labels, datasets },
      options: chartOptions(
        lang,
        {
          x: { type: numeric ? 'linear' : 'category', title: axisTitle(factor.name) },
          y: { title: axisTitle(d.label), ...(min >= 0 ? { min: 0 } : {}) },
        },
        'nearest',
      ),
    },
    meta: chartMeta(lang, d.label, maxAbsOf(ys) * d.factor),
  };
}

/** One scatter per key indicator × factor, indicator-major. */
export function sweepCharts(data: SweepData, lang: Lang): ChartSpec[] {
  return data.indicators.flatMap((_, k) => data.factors.map((_, f) => sweepChart(lang, data, k, f)));
}

/** The sweep page's content: settings, factors, then one section per indicator. */
export function sweepPage(data: SweepData, lang: Lang): ExperimentPage {
  const charts = sweepCharts(data, lang);
  const n = (v: number | null) => (v === null ? '' : formatNumber(lang, v, 0));
  const factorRows = data.factors.map((f, fi) => {
    const vals = data.rows.map((r) => r.values[fi]);
    const nums = vals.map(asNumber).filter((v): v is number => v !== null);
    const range =
      nums.length === vals.length && nums.length > 0
        ? `${formatNumber(lang, Math.min(...nums), 3)} – ${formatNumber(lang, Math.max(...nums), 3)}`
        : [...new Set(vals)].join(', ');
    return [f.name, f.path ?? '', range, formatNumber(lang, new Set(vals).size, 0)];
  });
  const perIndicator = data.indicators.map((ind, k) => {
    const cs = charts.slice(k * data.factors.length, (k + 1) * data.factors.length);
    return {
      id: `indicator-${k}`,
      title: indicatorLabel(lang, ind.name, null),
      html: `<div class="grid">\n${cs.map((c) => figureHtml(c)).join('\n')}\n</div>`,
      charts: cs,
    };
  });
  const runs = n(data.runs ?? data.rows.length);
  return {
    kind: t(lang, 'sweepTitle'),
    title: data.experimentFile ?? t(lang, 'sweepTitle'),
    subtitle: t(lang, 'sweepSubtitle', { runs, factors: formatNumber(lang, data.factors.length, 0) }),
    headline: null,
    version: data.version,
    sections: [
      {
        id: 'settings',
        title: t(lang, 'settings'),
        html: settingsHtml([
          [t(lang, 'experimentFile'), data.experimentFile ?? '', true],
          [t(lang, 'scenarioFile'), data.scenarioFile ?? '', true],
          [t(lang, 'designType'), data.design ?? ''],
          [t(lang, 'designPoints'), n(data.designPoints)],
          [t(lang, 'replicates'), n(data.replicates)],
          [t(lang, 'runs'), runs],
          [t(lang, 'seed'), data.seed === null ? '' : String(data.seed)],
          [t(lang, 'version'), data.version ?? ''],
          [t(lang, 'command'), data.command ?? '', true],
        ]),
        charts: [],
      },
      {
        id: 'factors',
        title: t(lang, 'factors'),
        html: tableHtml(
          [t(lang, 'factor'), t(lang, 'factorPath'), t(lang, 'factorValues'), t(lang, 'distinctValues')],
          factorRows,
        ),
        charts: [],
      },
      ...perIndicator,
      {
        id: 'methods',
        title: t(lang, 'methods'),
        html: `<p>${esc(t(lang, 'sweepMethods'))}</p>`,
        charts: [],
      },
    ],
  };
}

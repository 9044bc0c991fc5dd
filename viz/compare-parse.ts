/**
 * Reading a comparison's outputs (`cogov compare`), pure: curves.csv with a scenario column,
 * difference-curves.csv, comparison.json (with the period, key years and the parameters that
 * differ, where recorded) and manifest.json (with each scenario's name from its resolved scenario,
 * where recorded), in the columns and fields of their
 * contract (sim/outputs/compare.ts), into {@link CompareData}. Everything read is untrusted: a
 * malformed file gives a {@link ReportInputError} naming the file and line; absent values are NaN.
 */
import { numberField, parseTidyCsv } from '../sim/outputs/csv.js';
import type {
  CompareManifestJson,
  ComparisonIndicatorJson,
  ComparisonJson,
  DifferenceCurvesColumn,
  IndicatorDifferenceJson,
  ScenarioSummaryJson,
} from '../sim/outputs/compare.js';
import {
  CURVE_STAT_COLUMNS,
  CURVES_COLUMNS,
  type CurvesColumn,
  emptyCurveSeries,
} from '../sim/outputs/ensemble.js';
import { ReportInputError } from '../sim/outputs/errors.js';
import {
  arr,
  num,
  numOrNull,
  pair,
  parseJsonObject,
  rec,
  recOrNull,
  str,
  strings,
} from '../sim/outputs/json.js';
import type { ParameterDifference } from '../scenarios/diff.js';
import type { CurveSeries } from './types.js';

/** One metric's paired difference (scenario − baseline) per tick: mean over runs and 95 % band. */
export interface DifferenceSeries {
  metric: string;
  dates: string[];
  mean: number[];
  lo: number[];
  hi: number[];
}

/** One scenario's summary of a key indicator. */
export interface ScenarioStat {
  scenario: string;
  n: number;
  mean: number;
  ci95: [number, number];
}

/** One key indicator's paired difference to the baseline. */
export interface IndicatorDifference {
  scenario: string;
  n: number;
  difference: number;
  ci95: [number, number];
  distinguishable: boolean;
  /** Means over the n paired runs (NaN where undefined, or in folders written before they were recorded). */
  baselineMean: number;
  scenarioMean: number;
}

/** A parameter that differs between the scenarios: its path and its value in each (null: absent). */
export interface ParameterRow {
  path: string;
  values: unknown[];
}

/** A key indicator across the compared scenarios. */
export interface CompareIndicator {
  indicator: string;
  unit: string;
  scenarios: ScenarioStat[];
  differences: IndicatorDifference[];
}

/** Everything the comparison report shows. */
export interface CompareData {
  /** Scenario ids, the baseline first. */
  scenarios: string[];
  baseline: string;
  runs: number | null;
  seed: number | null;
  version: string | null;
  command: string | null;
  /** Per scenario, per metric (file order): the curve statistics. */
  curves: Map<string, Map<string, CurveSeries>>;
  /** Per scenario after the baseline, per metric: the paired difference curves. */
  differenceCurves: Map<string, Map<string, DifferenceSeries>>;
  indicators: CompareIndicator[];
  /** Simulated period, or null in folders written before it was recorded. */
  period: { start: string; end: string } | null;
  /** Each scenario's key year (scenario order), or null where not recorded. */
  keyYears: (number | null)[];
  /** The parameters that differ (null: not recorded in this folder), and how many differ in all. */
  parameters: ParameterRow[] | null;
  parametersTotal: number;
  /** Each scenario's own name by id, from manifest.json's resolved scenarios (absent in older folders). */
  names: Map<string, { en: string | null; zh: string | null }>;
}

/** The texts of a comparison's output files. */
export interface CompareTexts {
  curves: string;
  differenceCurves: string;
  comparison: string;
  manifest?: string;
}

/** The columns of difference-curves.csv the report reads. */
const DIFFERENCE_CURVE_FIELDS: readonly DifferenceCurvesColumn[] = [
  'scenario',
  'metric',
  'tick',
  'date',
  'mean',
  'ciLow',
  'ciHigh',
];

/** Append one tick to a per-scenario, per-metric series, checking the ticks run 0, 1, 2 … */
function slot<T extends { dates: string[] }>(
  by: Map<string, Map<string, T>>,
  scenario: string,
  metric: string,
  tick: string,
  where: string,
  make: () => T,
): T {
  let m = by.get(scenario);
  if (!m) {
    m = new Map();
    by.set(scenario, m);
  }
  let s = m.get(metric);
  if (!s) {
    s = make();
    m.set(metric, s);
  }
  if (Number(tick) !== s.dates.length) {
    throw new ReportInputError(`${where}: tick ${tick} of ${scenario} ${metric}, expected ${s.dates.length}`);
  }
  return s;
}

/** Parse a comparison's outputs. */
export function parseCompare(files: CompareTexts): CompareData {
  const cj = parseJsonObject<ComparisonJson>(files.comparison, 'comparison.json');
  const manifest =
    files.manifest === undefined ? {} : parseJsonObject<CompareManifestJson>(files.manifest, 'manifest.json');
  const scenarios = strings(cj['scenarios']);
  if (scenarios.length === 0) throw new ReportInputError('comparison.json: no "scenarios" list');
  const baseline = str(cj['baseline']) ?? scenarios[0];

  const c = parseTidyCsv(files.curves, 'curves.csv', CURVES_COLUMNS);
  const curves = new Map<string, Map<string, CurveSeries>>();
  c.rows.forEach((row, r) => {
    const get = (k: CurvesColumn) => row[c.col.get(k)!];
    const where = `curves.csv:${r + 2}`;
    const s = slot(curves, get('scenario'), get('metric'), get('tick'), where, () =>
      emptyCurveSeries(get('metric')),
    );
    s.dates.push(get('date'));
    for (const k of CURVE_STAT_COLUMNS) s[k].push(numberField(get(k), `${where} ${k}`));
  });

  const d = parseTidyCsv(files.differenceCurves, 'difference-curves.csv', DIFFERENCE_CURVE_FIELDS);
  const differenceCurves = new Map<string, Map<string, DifferenceSeries>>();
  d.rows.forEach((row, r) => {
    const get = (k: DifferenceCurvesColumn) => row[d.col.get(k)!];
    const where = `difference-curves.csv:${r + 2}`;
    const s = slot(differenceCurves, get('scenario'), get('metric'), get('tick'), where, () => ({
      metric: get('metric'),
      dates: [],
      mean: [],
      lo: [],
      hi: [],
    }));
    s.dates.push(get('date'));
    s.mean.push(numberField(get('mean'), `${where} mean`));
    s.lo.push(numberField(get('ciLow'), `${where} ciLow`));
    s.hi.push(numberField(get('ciHigh'), `${where} ciHigh`));
  });

  const indicators: CompareIndicator[] = arr(cj['indicators']).map((raw) => {
    const o = rec<ComparisonIndicatorJson>(raw);
    return {
      indicator: str(o['indicator']) ?? '?',
      unit: str(o['unit']) ?? '',
      scenarios: arr(o['scenarios']).map((x) => {
        const s = rec<ScenarioSummaryJson>(x);
        return {
          scenario: str(s['scenario']) ?? '?',
          n: num(s['n']),
          mean: num(s['mean']),
          ci95: pair(s['ci95']),
        };
      }),
      differences: arr(o['differences']).map((x) => {
        const s = rec<IndicatorDifferenceJson>(x);
        return {
          scenario: str(s['scenario']) ?? '?',
          n: num(s['n']),
          difference: num(s['difference']),
          ci95: pair(s['ci95']),
          distinguishable: s['distinguishable'] === true,
          baselineMean: num(s['baselineMean']),
          scenarioMean: num(s['scenarioMean']),
        };
      }),
    };
  });
  const cal = recOrNull<ComparisonJson['calendar']>(cj['calendar']);
  const start = str(cal?.['start']);
  const end = str(cal?.['end']);
  const keyYears = arr(cal?.['keyYears']).map(numOrNull);
  const params = Array.isArray(cj['parameterDifferences'])
    ? arr(cj['parameterDifferences']).map((x) => {
        const p = rec<ParameterDifference>(x);
        return { path: str(p['path']) ?? '?', values: arr(p['values']) };
      })
    : null;
  const resolved = rec<Record<string, unknown>>(manifest['resolvedScenarios']);
  const names = new Map<string, { en: string | null; zh: string | null }>();
  for (const id of scenarios) {
    const name = rec<{ en: string; zh: string }>(rec<{ name: unknown }>(resolved[id])['name']);
    const en = str(name['en']);
    const zh = str(name['zh']);
    if (en !== null || zh !== null) names.set(id, { en, zh });
  }
  return {
    scenarios,
    baseline,
    runs: numOrNull(cj['runs']),
    seed: numOrNull(cj['seed']),
    version: str(manifest['cogovVersion']),
    command: str(manifest['command']),
    curves,
    differenceCurves,
    indicators,
    period: start !== null && end !== null ? { start, end } : null,
    keyYears: scenarios.map((_, i) => keyYears[i] ?? null),
    parameters: params,
    parametersTotal: numOrNull(cj['parameterDifferencesTotal']) ?? params?.length ?? 0,
    names,
  };
}

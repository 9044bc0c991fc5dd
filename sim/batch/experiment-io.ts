/**
 * Output files of experiments, in the columns and fields of their contract
 * (sim/outputs/experiments.ts):
 * - `points.csv`: run, point, replicate, seed, one column per factor (its name), then the key
 *   indicators; one row per design point × replicate, in run-index order;
 * - `design.csv`: point, the factor values and, for sampled designs, the unit coordinates `u.<name>`;
 * - `morris.csv` / `sobol.csv` and `sensitivity.json`: the indices (sensitivity.ts);
 * - `manifest.json`: provenance, written last.
 * Numbers print through `fmt` (12 significant digits), like the ensemble outputs.
 */
import { csvLine, fmt, parseCsv } from '../outputs/csv.js';
import {
  DESIGN_POINT_COLUMN,
  MORRIS_COLUMNS,
  POINTS_FIXED_COLUMNS,
  pointsColumns,
  SOBOL_COLUMNS,
  type SensitivityFactorJson,
  type SensitivityIndicatorJson,
  type SensitivityJson,
  type SensitivityJsonHead,
  UNIT_COLUMN_PREFIX,
} from '../outputs/experiments.js';
import { jsonNumber } from '../outputs/json.js';
import type { FactorValue } from '../analysis/factors.js';
import type { ExperimentPlan, PointRow } from '../experiments/plan.js';
import { runOf } from '../experiments/plan.js';
import type { SensitivityReport } from '../experiments/sensitivity.js';
import { KEY_INDICATORS } from '../model/metrics.js';
import { type CliKey, CliMessageError } from '../messages/catalog.js';

/** A points.csv that does not belong to the experiment (or is cut short), with its position. */
export class PointsCsvError extends CliMessageError {
  constructor(key: CliKey, vars: Record<string, string | number>) {
    super(key, vars);
    this.name = 'PointsCsvError';
  }
}

function cell(v: FactorValue): string | number {
  return typeof v === 'boolean' ? String(v) : v;
}

/** Header of points.csv. */
export function pointsCsvHeader(plan: ExperimentPlan): string {
  return csvLine(pointsColumns(plan.factors.map((f) => f.name)));
}

/** One row of points.csv. */
export function pointsCsvRow(row: PointRow): string {
  return csvLine([
    row.run,
    row.point,
    row.replicate,
    row.seed,
    ...row.values.map(cell),
    ...Array.from(row.indicators),
  ]);
}

/** design.csv: every design point's factor values (and unit coordinates for sampled designs). */
export function designCsv(plan: ExperimentPlan): string {
  const { design, factors } = plan;
  const k = factors.length;
  const withUnit = design.unit.length > 0;
  const head = [
    DESIGN_POINT_COLUMN,
    ...factors.map((f) => f.name),
    ...(withUnit ? factors.map((f) => `${UNIT_COLUMN_PREFIX}${f.name}`) : []),
  ];
  const lines = [csvLine(head)];
  design.points.forEach((values, p) => {
    const unit = withUnit ? Array.from(design.unit.subarray(p * k, (p + 1) * k)) : [];
    lines.push(csvLine([p, ...values.map(cell), ...unit]));
  });
  return lines.join('');
}

/**
 * Rows of a points.csv written for this plan. Throws {@link PointsCsvError} when the header differs
 * or a row does not match the plan (its point, replicate, seed or factor values), i.e. the file
 * belongs to another experiment.
 * The text must end with a complete line.
 */
export function parsePointsCsv(
  text: string,
  plan: ExperimentPlan,
  source: string,
  complete = true,
): PointRow[] {
  const end = text.lastIndexOf('\n') + 1;
  if (end < text.length && complete) throw new PointsCsvError('pointsIncomplete', { source });
  let records: string[][];
  try {
    records = parseCsv(text.slice(0, end));
  } catch {
    throw new PointsCsvError('pointsIncomplete', { source });
  }
  const header = records.shift();
  if (header === undefined) throw new PointsCsvError('pointsEmpty', { source });
  if (csvLine(header) !== pointsCsvHeader(plan)) throw new PointsCsvError('pointsColumns', { source });
  const k = plan.factors.length;
  return records.map((f, i) => {
    const [run, point, replicate, seed] = f.slice(0, 4).map(Number);
    const where = `${source}:${i + 2}`;
    if (f.length !== POINTS_FIXED_COLUMNS.length + k + KEY_INDICATORS.length)
      throw new PointsCsvError('pointsFields', { where });
    if (!Number.isInteger(run) || run < 0 || run >= plan.runs)
      throw new PointsCsvError('pointsRunOutside', { where, run: f[0] });
    const expected = runOf(plan, run);
    const values = plan.design.points[expected.point];
    const fits =
      point === expected.point &&
      replicate === expected.replicate &&
      seed === expected.seed &&
      values.every(
        (v, j) => f[POINTS_FIXED_COLUMNS.length + j] === (typeof v === 'number' ? fmt(v) : String(v)),
      );
    if (!fits) throw new PointsCsvError('pointsMismatch', { where, run });
    // fmt writes NaN as an empty cell; any other cell must be a finite number, not NaN from garbage.
    const indicators = Float64Array.from(f.slice(POINTS_FIXED_COLUMNS.length + k), (s, j) => {
      const v = s === '' ? Number.NaN : Number(s);
      if (s !== '' && (s.trim() === '' || !Number.isFinite(v))) {
        const column = KEY_INDICATORS[j].name;
        throw new PointsCsvError('pointsValue', { where, column, value: s.slice(0, 40) });
      }
      return v;
    });
    return { run, point, replicate, seed, values, indicators };
  });
}

/** morris.csv: indicator, factor, mu, muStar, sigma, muStar CI, n, rank (1 = largest μ*). */
export function morrisCsv(report: SensitivityReport): string {
  const lines = [csvLine(MORRIS_COLUMNS)];
  for (const ind of report.indicators) {
    const m = ind.morris ?? [];
    const rank = ranks(m.map((x) => x.muStar));
    m.forEach((x, i) => {
      lines.push(
        csvLine([
          ind.indicator,
          report.factors[i],
          x.mu,
          x.muStar,
          x.sigma,
          x.muStarCi[0],
          x.muStarCi[1],
          x.n,
          rank[i],
        ]),
      );
    });
  }
  return lines.join('');
}

/** sobol.csv: indicator, factor, S1 and its CI, ST and its CI, rank by ST. */
export function sobolCsv(report: SensitivityReport): string {
  const lines = [csvLine(SOBOL_COLUMNS)];
  for (const ind of report.indicators) {
    const s = ind.sobol ?? [];
    const rank = ranks(s.map((x) => x.st));
    s.forEach((x, i) => {
      lines.push(
        csvLine([
          ind.indicator,
          report.factors[i],
          x.s1,
          x.s1Ci[0],
          x.s1Ci[1],
          x.st,
          x.stCi[0],
          x.stCi[1],
          rank[i],
        ]),
      );
    });
  }
  return lines.join('');
}

/** 1-based rank of each value, largest first; NaN last; ties by factor order. */
function ranks(values: number[]): number[] {
  const order = values
    .map((v, i) => ({ v: Number.isFinite(v) ? v : Number.NEGATIVE_INFINITY, i }))
    .sort((a, b) => b.v - a.v || a.i - b.i);
  const out = new Array<number>(values.length);
  order.forEach((o, r) => {
    out[o.i] = r + 1;
  });
  return out;
}

/**
 * sensitivity.json: the indices with units, methods and warnings (`warnings` in English,
 * `warningCodes` the same as codes and values, for a report in another language).
 */
export function sensitivityJson(report: SensitivityReport, head: SensitivityJsonHead): string {
  const indicators = report.indicators.map(
    (ind): SensitivityIndicatorJson => ({
      indicator: ind.indicator,
      unit: ind.unit,
      warnings: ind.warnings,
      warningCodes: ind.warningCodes,
      ...(ind.variance !== undefined ? { variance: jsonNumber(ind.variance) } : {}),
      factors: report.factors.map((name, i): SensitivityFactorJson => {
        const m = ind.morris?.[i];
        const s = ind.sobol?.[i];
        return {
          factor: name,
          ...(m
            ? {
                mu: jsonNumber(m.mu),
                muStar: jsonNumber(m.muStar),
                sigma: jsonNumber(m.sigma),
                muStarCi95: m.muStarCi.map(jsonNumber),
                n: m.n,
              }
            : {}),
          ...(s
            ? {
                S1: jsonNumber(s.s1),
                S1Ci95: s.s1Ci.map(jsonNumber),
                ST: jsonNumber(s.st),
                STCi95: s.stCi.map(jsonNumber),
              }
            : {}),
        };
      }),
    }),
  );
  const methods =
    report.design === 'morris'
      ? 'Morris elementary effects in unit coordinates (output change over a factor’s whole range); mu* = mean |EE| (Campolongo et al. 2007), sigma = sample sd; mu* interval: bootstrap percentile over trajectories'
      : 'S1: Saltelli et al. (2010); ST: Jansen (1999); V = variance of f(A) and f(B); intervals: bootstrap percentile over base rows';
  const doc: SensitivityJson = {
    ...head,
    design: report.design,
    output: 'per design point, the mean of the indicator over its replicates',
    methods,
    factors: report.factors,
    indicators,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

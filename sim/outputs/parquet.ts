/**
 * The Parquet side of the output contract (`--format parquet`): which tables may be written as
 * Parquet and the physical type of each of their columns. Column names and order are those of the
 * CSV contract (sim/outputs/ensemble.ts, experiments.ts); only the types are added here:
 * - text (scenario, metric) is UTF-8 `STRING`;
 * - whole numbers (run, seed, tick, n, point, replicate) are `INT32`, or `INT64` for seeds (they
 *   reach 2³² − 1);
 * - `date` ("YYYY-MM" in CSV) is a Parquet `DATE`: the first day of the month;
 * - every other number is `DOUBLE`, nullable: a value that is not defined (an empty CSV cell) is
 *   null, never 0 or NaN.
 * Pure: no file is touched here (the writer is sim/io/parquet.ts).
 */
import { KEY_INDICATORS } from '../model/metrics.js';
import { CURVE_STAT_COLUMNS, CURVES_COLUMNS, RUNS_FIXED_COLUMNS, TRAJECTORIES_COLUMNS } from './ensemble.js';
import { POINTS_FIXED_COLUMNS } from './experiments.js';

/** Formats of the large output tables: `csv` (the default) or `parquet`. */
export const OUTPUT_FORMATS = ['csv', 'parquet'] as const;
/** A format of the large output tables. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Whether `v` names an output format. */
export function isOutputFormat(v: unknown): v is OutputFormat {
  return v === 'csv' || v === 'parquet';
}

/** The file name of table `table` ("curves", "runs", …) in `format`. */
export function tableFile(table: string, format: OutputFormat): string {
  return `${table}.${format}`;
}

/** Physical and logical type of a Parquet column. */
export type ParquetKind = 'string' | 'int32' | 'int64' | 'double' | 'date' | 'boolean';

/** One column of a Parquet table: its name (as in the CSV header) and kind. */
export interface ParquetColumn {
  name: string;
  kind: ParquetKind;
  /** Whether the column may hold nulls (every `double` may; the others never do). */
  nullable: boolean;
}

function col(name: string, kind: ParquetKind): ParquetColumn {
  return { name, kind, nullable: kind === 'double' };
}

const INT_COLUMNS: Readonly<Record<string, ParquetKind>> = {
  run: 'int32',
  seed: 'int64',
  tick: 'int32',
  n: 'int32',
  point: 'int32',
  replicate: 'int32',
  date: 'date',
  scenario: 'string',
  metric: 'string',
};

function typed(names: readonly string[]): ParquetColumn[] {
  return names.map((name) => col(name, INT_COLUMNS[name] ?? 'double'));
}

/** Columns of curves.parquet: CURVES_COLUMNS; n is INT32, the statistics DOUBLE. */
export function curvesParquetColumns(): ParquetColumn[] {
  const stats = new Set<string>(CURVE_STAT_COLUMNS.filter((c) => c !== 'n'));
  return CURVES_COLUMNS.map((name) => (stats.has(name) ? col(name, 'double') : col(name, INT_COLUMNS[name])));
}

/** Columns of runs.parquet: scenario, run, seed, then the key indicators (DOUBLE). */
export function runsParquetColumns(): ParquetColumn[] {
  return [...typed(RUNS_FIXED_COLUMNS), ...KEY_INDICATORS.map((k) => col(k.name, 'double'))];
}

/** Columns of trajectories.parquet: scenario, run, seed, metric, tick, date, value. */
export function trajectoriesParquetColumns(): ParquetColumn[] {
  return typed(TRAJECTORIES_COLUMNS);
}

/**
 * Columns of points.parquet: run, point, replicate, seed, one column per factor (DOUBLE when all its
 * values are numbers, BOOLEAN when all are booleans, else STRING), then the key indicators.
 */
export function pointsParquetColumns(
  factors: readonly { name: string; values: readonly (number | boolean | string)[] }[],
): ParquetColumn[] {
  const factor = factors.map(({ name, values }) => {
    if (values.every((v) => typeof v === 'number')) return col(name, 'double');
    if (values.every((v) => typeof v === 'boolean')) return col(name, 'boolean');
    return col(name, 'string');
  });
  return [...typed(POINTS_FIXED_COLUMNS), ...factor, ...KEY_INDICATORS.map((k) => col(k.name, 'double'))];
}

/** Days from 1970-01-01 to the first day of the month "YYYY-MM" (a Parquet DATE). */
export function monthEpochDay(month: string): number {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) throw new Error(`not a month: "${month}"`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, 1) / 86_400_000;
}

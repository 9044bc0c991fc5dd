/**
 * The large tables of an ensemble (runs, trajectories, curves) in either output format: CSV through
 * the writers of ensemble-outputs.ts (unchanged bytes), Parquet through {@link ParquetTableWriter}.
 * Both take the runs one at a time in run-index order, so neither holds the whole table in memory.
 */
import { join } from 'node:path';
import type { CurveStats } from '../analysis/aggregate.js';
import {
  type OutputFormat,
  curvesParquetColumns,
  runsParquetColumns,
  tableFile,
  trajectoriesParquetColumns,
} from '../outputs/parquet.js';
import {
  AtomicFileWriter,
  runsCsvHeader,
  runsCsvRow,
  trajectoriesCsvHeader,
  trajectoriesCsvRows,
} from './ensemble-outputs.js';
import { ParquetTableWriter } from './parquet.js';

/** A table written run by run, then committed (renamed into place) or aborted. */
export interface RunTable {
  /** The file name written (e.g. "runs.parquet"). */
  readonly file: string;
  add(run: number, seed: number, indicators: Float64Array, values: Float64Array): void;
  commit(): void;
  abort(): void;
}

/** runs.csv or runs.parquet in `out`: one row per run, the key indicators in KEY_INDICATORS order. */
export function runsTable(out: string, format: OutputFormat, scenario: string): RunTable {
  const file = tableFile('runs', format);
  if (format === 'csv') {
    const w = new AtomicFileWriter(join(out, file));
    w.write(runsCsvHeader());
    return {
      file,
      add: (run, seed, indicators) => w.write(runsCsvRow(scenario, run, seed, indicators)),
      commit: () => w.commit(),
      abort: () => w.abort(),
    };
  }
  const w = new ParquetTableWriter(join(out, file), runsParquetColumns(), 'runs');
  return {
    file,
    add: (run, seed, indicators) => w.row([scenario, run, seed, ...indicators]),
    commit: () => w.commit(),
    abort: () => w.abort(),
  };
}

/** trajectories.csv or trajectories.parquet in `out`: one row per run, metric and tick. */
export function trajectoriesTable(
  out: string,
  format: OutputFormat,
  scenario: string,
  metrics: readonly string[],
  dates: readonly string[],
): RunTable {
  const file = tableFile('trajectories', format);
  if (format === 'csv') {
    const w = new AtomicFileWriter(join(out, file));
    w.write(trajectoriesCsvHeader());
    return {
      file,
      add: (run, seed, _indicators, values) =>
        w.write(trajectoriesCsvRows(scenario, run, seed, metrics, dates, values)),
      commit: () => w.commit(),
      abort: () => w.abort(),
    };
  }
  const w = new ParquetTableWriter(join(out, file), trajectoriesParquetColumns(), 'trajectories');
  const ticks = dates.length;
  return {
    file,
    add: (run, seed, _indicators, values) => {
      for (let m = 0; m < metrics.length; m++) {
        for (let t = 0; t < ticks; t++)
          w.row([scenario, run, seed, metrics[m], t, dates[t], values[m * ticks + t]]);
      }
    },
    commit: () => w.commit(),
    abort: () => w.abort(),
  };
}

/** Write curves.parquet in `out`: the rows of curves.csv, scenario by scenario, metric-major. */
export function writeCurvesParquet(
  out: string,
  metrics: readonly string[],
  dates: readonly string[],
  parts: readonly { scenario: string; stats: CurveStats }[],
): string {
  const file = tableFile('curves', 'parquet');
  const w = new ParquetTableWriter(join(out, file), curvesParquetColumns(), 'curves');
  try {
    const ticks = dates.length;
    for (const { scenario, stats: s } of parts) {
      for (let m = 0; m < metrics.length; m++) {
        for (let t = 0; t < ticks; t++) {
          const c = m * ticks + t;
          const q = s.quantiles.map((a) => a[c]);
          w.row([scenario, metrics[m], t, dates[t], s.n[c], s.mean[c], s.sd[c], ...q]);
        }
      }
    }
  } catch (err) {
    w.abort();
    throw err;
  }
  w.commit();
  return file;
}

/** Write runs.parquet in `out` from rows of scenario, run, seed and key indicators (a comparison's). */
export function writeRunsParquet(
  out: string,
  rows: Iterable<{ scenario: string; run: number; seed: number; indicators: ArrayLike<number> }>,
): string {
  const file = tableFile('runs', 'parquet');
  const w = new ParquetTableWriter(join(out, file), runsParquetColumns(), 'runs');
  try {
    for (const r of rows) w.row([r.scenario, r.run, r.seed, ...Array.from(r.indicators)]);
  } catch (err) {
    w.abort();
    throw err;
  }
  w.commit();
  return file;
}

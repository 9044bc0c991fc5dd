/**
 * points.parquet of a sweep (`cogov sweep --format parquet`): the rows of points.csv in the columns
 * of sim/outputs/parquet.ts (`pointsParquetColumns`), written once the sweep is complete. points.csv
 * stays beside it: it is the sweep's row journal for `--resume`, the input of
 * `cogov sensitivity --points` and what the sweep report reads.
 */
import { join } from 'node:path';
import type { ExperimentPlan, PointRow } from '../experiments/plan.js';
import { ParquetTableWriter } from '../io/parquet.js';
import { pointsParquetColumns, tableFile } from '../outputs/parquet.js';

/** Write `out`/points.parquet from the sweep's rows (in run-index order); returns the file name. */
export function writePointsParquet(out: string, plan: ExperimentPlan, rows: readonly PointRow[]): string {
  const file = tableFile('points', 'parquet');
  const factors = plan.factors.map((f, j) => ({ name: f.name, values: plan.design.points.map((p) => p[j]) }));
  const w = new ParquetTableWriter(join(out, file), pointsParquetColumns(factors), 'points');
  try {
    for (const r of rows) {
      // Factor values from the design (the CSV holds their text), indicators as written to the CSV.
      w.row([r.run, r.point, r.replicate, r.seed, ...plan.design.points[r.point], ...r.indicators]);
    }
  } catch (err) {
    w.abort();
    throw err;
  }
  w.commit();
  return file;
}

/**
 * Writing the output files of an ensemble (`cogov run FILE --runs N … --out DIR` and `cogov merge`),
 * in the columns and fields of their contract (sim/outputs/ensemble.ts):
 * - `curves.csv`: one row per metric and tick, metric-major;
 * - `runs.csv`: one row per run in run-index order;
 * - `summary.json`: per key indicator n, mean, sd, 95 % CI of the mean, p05, p50, p95;
 * - `trajectories.csv` (with --trajectories): one row per run, metric and tick;
 * - `manifest.json`: provenance, written last.
 * Numbers print through `fmt` (12 significant digits), so equal values always give equal bytes.
 * Large files stream through {@link AtomicFileWriter}: a temp file renamed into place when complete.
 */
import { TempFile } from './temp-file.js';
import type { CurveStats } from '../analysis/aggregate.js';
import type { IndicatorSummary } from '../analysis/summary.js';
import { KEY_INDICATORS, type KeyIndicator } from '../model/metrics.js';
import { csvLine, fmt } from '../outputs/csv.js';
import {
  CURVES_COLUMNS,
  runsColumns,
  type SummaryIndicatorJson,
  type SummaryJson,
  TRAJECTORIES_COLUMNS,
} from '../outputs/ensemble.js';
import { jsonNumber } from '../outputs/json.js';

/** The files of a finished ensemble (and of a shard), for cleaning a folder before a new run. */
export const ENSEMBLE_FILES = [
  'curves.csv',
  'runs.csv',
  'summary.json',
  'trajectories.csv',
  'curves.parquet',
  'runs.parquet',
  'trajectories.parquet',
  'values.bin',
  'dictionary.csv',
  'manifest.json',
] as const;

export { TMP_PREFIX } from './temp-file.js';

/** Streams a file to a temp name in the target folder; `commit` renames it into place. */
export class AtomicFileWriter {
  private readonly file: TempFile;
  private chunks: string[] = [];
  private pending = 0;

  constructor(readonly path: string) {
    this.file = new TempFile(path);
  }

  /** Append text (buffered, flushed about every MB). */
  write(text: string): void {
    this.chunks.push(text);
    this.pending += text.length;
    if (this.pending >= 1 << 20) this.flush();
  }

  /** Append bytes. */
  writeBytes(bytes: Uint8Array): void {
    this.flush();
    this.file.writeAll(bytes);
  }

  private flush(): void {
    if (this.chunks.length === 0) return;
    const text = this.chunks.join('');
    this.chunks = [];
    this.pending = 0;
    this.writeBytes(new TextEncoder().encode(text));
  }

  /** Finish the file and move it into place; on failure the temp file is removed and the error thrown. */
  commit(): void {
    this.file.commit(() => this.flush());
  }

  /** Drop the temp file (after a failure). */
  abort(): void {
    this.file.abort();
  }
}

/** curves.csv of the aggregated statistics. */
export function curvesCsv(
  scenario: string,
  metrics: readonly string[],
  dates: readonly string[],
  s: CurveStats,
) {
  const ticks = dates.length;
  const lines = [csvLine(CURVES_COLUMNS)];
  for (let m = 0; m < metrics.length; m++) {
    for (let t = 0; t < ticks; t++) {
      const c = m * ticks + t;
      lines.push(
        csvLine([
          scenario,
          metrics[m],
          t,
          dates[t],
          s.n[c],
          s.mean[c],
          s.sd[c],
          ...s.quantiles.map((a) => a[c]),
        ]),
      );
    }
  }
  return lines.join('');
}

/** Header of runs.csv. */
export function runsCsvHeader(): string {
  return csvLine(runsColumns());
}

/** One row of runs.csv (indicators in KEY_INDICATORS order). */
export function runsCsvRow(
  scenario: string,
  run: number,
  seed: number,
  indicators: ArrayLike<number>,
): string {
  return csvLine([scenario, run, seed, ...Array.from(indicators)]);
}

/** Header of trajectories.csv. */
export function trajectoriesCsvHeader(): string {
  return csvLine(TRAJECTORIES_COLUMNS);
}

/** The trajectories.csv rows of one run (metric-major values). */
export function trajectoriesCsvRows(
  scenario: string,
  run: number,
  seed: number,
  metrics: readonly string[],
  dates: readonly string[],
  values: Float64Array,
): string {
  const ticks = dates.length;
  const prefix = `${csvLine([scenario, run, seed]).slice(0, -1)},`;
  const lines: string[] = [];
  for (let m = 0; m < metrics.length; m++) {
    const mid = `${prefix}${csvLine([metrics[m]]).slice(0, -1)},`;
    for (let t = 0; t < ticks; t++) lines.push(`${mid}${t},${dates[t]},${fmt(values[m * ticks + t])}\n`);
  }
  return lines.join('');
}

/** summary.json: per key indicator, with its unit. */
export function summaryJson(
  head: Pick<SummaryJson, 'scenario' | 'seed' | 'runs'>,
  summaries: readonly IndicatorSummary[],
): string {
  const indicators = {} as Record<KeyIndicator, SummaryIndicatorJson>;
  KEY_INDICATORS.forEach((k, i) => {
    const s = summaries[i];
    indicators[k.name] = {
      unit: k.unit,
      n: s.n,
      mean: jsonNumber(s.mean),
      sd: jsonNumber(s.sd),
      ci95: [jsonNumber(s.ci95[0]), jsonNumber(s.ci95[1])],
      p05: jsonNumber(s.p05),
      p50: jsonNumber(s.p50),
      p95: jsonNumber(s.p95),
    };
  });
  const doc: SummaryJson = {
    scenario: head.scenario,
    seed: head.seed,
    runs: head.runs,
    ci95: 'mean ± t(0.975, n − 1) · sd / √n (Student t); sd is the sample standard deviation',
    quantiles: 'type 7 (linear interpolation between order statistics), exact over the runs',
    indicators,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** manifest.json (key order as given). */
export function manifestJson(manifest: Record<string, unknown>): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

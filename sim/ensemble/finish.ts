/**
 * Writing the outputs of an ensemble from its stored runs, read one at a time in run-index order:
 * the only path to curves.csv, runs.csv, summary.json and trajectories.csv, shared by a finished
 * run (from its journal), a resumed one and `cogov merge` (from shards' values.bin). Because the
 * bytes depend only on the stored runs and their order, they are the same whatever the number of
 * workers, the completion order, the interruptions or the sharding. manifest.json is written last.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { dictionaryCsv } from '../../viz/dictionary.js';
import { writeFileAtomic } from '../io/atomic.js';
import {
  AtomicFileWriter,
  curvesCsv,
  ENSEMBLE_FILES,
  TMP_PREFIX,
  manifestJson,
  summaryJson,
} from '../io/ensemble-outputs.js';
import { runsTable, trajectoriesTable, writeCurvesParquet } from '../io/ensemble-tables.js';
import type { OutputFormat } from '../outputs/parquet.js';
import { runSeed } from '../kernel/rng.js';
import { KEY_INDICATORS, type KeyIndicator } from '../model/metrics.js';
import { CurveAggregator, type CurveStats } from '../analysis/aggregate.js';
import type { RunRange } from './plan.js';
import { type IndicatorSummary, summarise } from '../analysis/summary.js';
import { encodeRecord, type RecordLayout, type RunRecord } from './store.js';

/** What the output files need to know about an ensemble. */
export interface OutputMeta {
  scenario: string;
  seed: number;
  runs: number;
  metrics: readonly string[];
  dates: readonly string[];
  indicators: number;
}

/** Stored runs, readable by index. */
export interface RunSource {
  read(index: number): RunRecord;
}

/** What a finished ensemble wrote. */
export interface EnsembleResults {
  /** Metric names: rows of the curve statistics (cell = metric index × ticks + tick). */
  metrics: readonly string[];
  /** "YYYY-MM" of each tick. */
  dates: readonly string[];
  curves: CurveStats;
  /** Summary of each key indicator, by name. */
  summaries: Record<KeyIndicator, IndicatorSummary>;
  files: string[];
}

/** Remove the outputs (and temp files) of an earlier ensemble from `out`, so nothing stale looks complete. */
export function clearOutputs(out: string): void {
  for (const f of ENSEMBLE_FILES) rmSync(join(out, f), { force: true });
  for (const f of readdirSync(out)) if (f.startsWith(TMP_PREFIX)) rmSync(join(out, f), { force: true });
}

function readChecked(source: RunSource, meta: OutputMeta, i: number): RunRecord {
  const r = source.read(i);
  if (r.index !== i || r.seed !== runSeed(meta.seed, i)) {
    throw new Error(`stored run ${i} has seed ${r.seed}; expected ${runSeed(meta.seed, i)}`);
  }
  return r;
}

/**
 * Write curves.csv, runs.csv, summary.json (and trajectories.csv), then the manifest it returns.
 * With `format: 'parquet'` runs and trajectories are .parquet files instead, and curves.parquet is
 * written beside curves.csv (kept: the report reads it).
 */
export function writeEnsembleResults(
  out: string,
  meta: OutputMeta,
  source: RunSource,
  opts: {
    trajectories: boolean;
    /** The scenario's key year, in the data dictionary's labels. */
    keyYear: number | null;
    format?: OutputFormat;
    manifest: (files: string[]) => Record<string, unknown>;
  },
): { results: EnsembleResults; manifest: Record<string, unknown> } {
  const format = opts.format ?? 'csv';
  const ticks = meta.dates.length;
  const agg = new CurveAggregator(meta.metrics.length * ticks, meta.runs);
  const rows = new Float64Array(meta.runs * meta.indicators);
  const runs = runsTable(out, format, meta.scenario);
  let traj: ReturnType<typeof trajectoriesTable> | undefined;
  try {
    if (opts.trajectories) traj = trajectoriesTable(out, format, meta.scenario, meta.metrics, meta.dates);
    for (let i = 0; i < meta.runs; i++) {
      const r = readChecked(source, meta, i);
      agg.add(r.values);
      rows.set(r.indicators, i * meta.indicators);
      runs.add(i, r.seed, r.indicators, r.values);
      traj?.add(i, r.seed, r.indicators, r.values);
    }
  } catch (err) {
    runs.abort();
    traj?.abort();
    throw err;
  }
  const curves = agg.result();
  const summaries: IndicatorSummary[] = [];
  const column = new Float64Array(meta.runs);
  for (let k = 0; k < meta.indicators; k++) {
    for (let i = 0; i < meta.runs; i++) column[i] = rows[i * meta.indicators + k];
    summaries.push(summarise(column));
  }
  let curvesPq: string[];
  try {
    writeFileAtomic(join(out, 'curves.csv'), curvesCsv(meta.scenario, meta.metrics, meta.dates, curves));
    curvesPq =
      format === 'parquet'
        ? [writeCurvesParquet(out, meta.metrics, meta.dates, [{ scenario: meta.scenario, stats: curves }])]
        : [];
    runs.commit();
    traj?.commit();
  } catch (err) {
    // A failed write (a full disk) leaves no temp file: drop the tables not yet in place.
    runs.abort();
    traj?.abort();
    throw err;
  }
  writeFileAtomic(join(out, 'summary.json'), summaryJson(meta, summaries));
  writeFileAtomic(join(out, 'dictionary.csv'), dictionaryCsv(opts.keyYear));
  const files = [
    'curves.csv',
    ...curvesPq,
    runs.file,
    ...(traj ? [traj.file] : []),
    'summary.json',
    'dictionary.csv',
    'manifest.json',
  ];
  const manifest = opts.manifest(files);
  writeFileAtomic(join(out, 'manifest.json'), manifestJson(manifest));
  const byName = Object.fromEntries(KEY_INDICATORS.map((k, i) => [k.name, summaries[i]]));
  const results: EnsembleResults = {
    metrics: meta.metrics,
    dates: meta.dates,
    curves,
    summaries: byName as Record<KeyIndicator, IndicatorSummary>,
    files,
  };
  return { results, manifest };
}

/**
 * Write a shard's outputs: runs.csv (or runs.parquet) of its slice, values.bin (its runs' records in
 * index order, the input of `cogov merge`), then the manifest; returns the files and the manifest.
 */
export function writeShardResults(
  out: string,
  meta: OutputMeta,
  range: RunRange,
  layout: RecordLayout,
  source: RunSource,
  manifest: (files: string[]) => Record<string, unknown>,
  format: OutputFormat = 'csv',
): { files: string[]; manifest: Record<string, unknown> } {
  const runs = runsTable(out, format, meta.scenario);
  const values = new AtomicFileWriter(join(out, 'values.bin'));
  try {
    for (let i = range.first; i < range.end; i++) {
      const r = readChecked(source, meta, i);
      runs.add(i, r.seed, r.indicators, r.values);
      values.writeBytes(encodeRecord(layout, r));
    }
  } catch (err) {
    runs.abort();
    values.abort();
    throw err;
  }
  try {
    runs.commit();
    values.commit();
  } catch (err) {
    runs.abort();
    values.abort();
    throw err;
  }
  const files = [runs.file, 'values.bin', 'manifest.json'];
  const written = manifest(files);
  writeFileAtomic(join(out, 'manifest.json'), manifestJson(written));
  return { files, manifest: written };
}

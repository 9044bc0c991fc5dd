/**
 * `mergeShards`: combine the outputs of `cogov run --shard k/n` (each folder's manifest.json and
 * values.bin) into the outputs of the whole ensemble. The stored runs are read in run-index order
 * through the same writer as a single-machine ensemble, so curves.csv, runs.csv, summary.json and
 * trajectories.csv are byte-identical to it. Shards of different scenarios, seeds, run counts,
 * shard counts or cogov versions are refused, as are missing or repeated shards.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cogovVersion } from '../io/version.js';
import { KEY_INDICATORS, METRICS } from '../model/metrics.js';
import type { EnsembleManifestJson } from '../outputs/ensemble.js';
import type { OutputFormat } from '../outputs/parquet.js';
import { tickLabel } from '../kernel/calendar.js';
import { outputLayoutSignature, QUANTILE_METHOD } from './ensemble.js';
import { EnsembleInputError } from './errors.js';
import { clearOutputs, type EnsembleResults, type OutputMeta, writeEnsembleResults } from './finish.js';
import { type RunRange, shardRange } from './plan.js';
import { checkReadBack, type ShardManifestJson, ShardManifestSchema } from './read-back.js';
import { type RecordLayout, RecordReader } from './store.js';
import { makeDir } from '../io/make-dir.js';

/** Options of {@link mergeShards}. */
export interface MergeOptions {
  out: string;
  trajectories?: boolean;
  /** Format of runs and trajectories (default csv; parquet adds curves.parquet beside curves.csv). */
  format?: OutputFormat;
  command?: string;
}

/** A shard's manifest.json (shards of older versions have no `outputLayout`). */
type ShardManifest = ShardManifestJson;

function readShardManifest(dir: string): ShardManifest {
  const path = join(dir, 'manifest.json');
  let m: unknown;
  try {
    m = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const missing = (err as { code?: string }).code === 'ENOENT';
    throw new EnsembleInputError(missing ? 'manifestNotFound' : 'manifestUnreadable', { path });
  }
  const shard = typeof m === 'object' && m !== null ? (m as { shard?: unknown }).shard : undefined;
  if (shard === null || shard === undefined || !existsSync(join(dir, 'values.bin'))) {
    throw new EnsembleInputError('notShard', { dir });
  }
  return checkReadBack(ShardManifestSchema, m, path, {
    invalid: 'manifestInvalid',
    missing: 'manifestMissing',
  });
}

/** Merge shard folders `dirs` into `options.out`. */
export function mergeShards(
  dirs: readonly string[],
  options: MergeOptions,
): EnsembleResults & {
  manifest: Record<string, unknown>;
} {
  const t0 = performance.now();
  if (dirs.length === 0) throw new EnsembleInputError('noShards');
  const outAbs = resolve(options.out);
  for (const d of dirs) {
    if (resolve(d) === outAbs) throw new EnsembleInputError('outIsShard', { out: options.out });
  }
  const shards = dirs.map((dir) => ({ dir, m: readShardManifest(dir) }));
  const first = shards[0].m;
  const same: (keyof ShardManifest)[] = [
    'cogovVersion',
    'scenario',
    'scenarioSha256',
    'seed',
    'runs',
    'seedRule',
    'calendar',
  ];
  for (const { dir, m } of shards.slice(1)) {
    for (const key of same) {
      if (JSON.stringify(m[key]) !== JSON.stringify(first[key])) {
        throw new EnsembleInputError('shardsDiffer', {
          key,
          first: JSON.stringify(first[key]),
          firstDir: shards[0].dir,
          value: JSON.stringify(m[key]),
          dir,
        });
      }
    }
    if (m.shard!.n !== first.shard!.n) {
      throw new EnsembleInputError('shardCountsDiffer', {
        firstDir: shards[0].dir,
        firstN: first.shard!.n,
        dir,
        n: m.shard!.n,
      });
    }
  }
  for (const { dir, m } of shards) {
    if (m.outputLayout !== outputLayoutSignature()) {
      const expected = outputLayoutSignature();
      const found = m.outputLayout ?? null;
      throw found === null
        ? new EnsembleInputError('unknownLayout', { dir, expected })
        : new EnsembleInputError('otherLayout', { dir, layout: found, expected });
    }
  }
  if (first.cogovVersion !== cogovVersion()) {
    throw new EnsembleInputError('otherVersion', { version: first.cogovVersion, current: cogovVersion() });
  }
  const n = first.shard!.n;
  const byK = new Map<number, { dir: string; m: ShardManifest }>();
  for (const s of shards) {
    const prev = byK.get(s.m.shard!.k);
    if (prev) {
      throw new EnsembleInputError('shardTwice', {
        shard: `${s.m.shard!.k}/${n}`,
        first: prev.dir,
        second: s.dir,
      });
    }
    byK.set(s.m.shard!.k, s);
  }
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((k) => !byK.has(k));
  if (missing.length > 0) {
    const labels = missing.map((k) => `${k}/${n}`).join(', ');
    throw new EnsembleInputError(missing.length > 1 ? 'missingShards' : 'missingShard', { shards: labels });
  }

  const { runs, seed, scenario, calendar } = first;
  const layout: RecordLayout = {
    indicators: KEY_INDICATORS.length,
    metrics: METRICS.length,
    ticks: calendar.ticks,
  };
  const parts: { range: RunRange; reader: RecordReader }[] = [];
  try {
    for (let k = 1; k <= n; k++) {
      const { dir } = byK.get(k)!;
      const range = shardRange(runs, { k, n });
      let reader: RecordReader;
      try {
        reader = RecordReader.open(join(dir, 'values.bin'), layout, false);
      } catch (err) {
        const detail = err instanceof Error ? err.message : String(err);
        throw new EnsembleInputError('valuesDamaged', { dir, detail });
      }
      parts.push({ range, reader });
      for (let i = range.first; i < range.end; i++) {
        if (!reader.has(i))
          throw new EnsembleInputError('valuesLacksRun', { dir, run: i, shard: `${k}/${n}` });
      }
      if (reader.index.offsets.size !== range.end - range.first) {
        throw new EnsembleInputError('valuesOutside', { dir, shard: `${k}/${n}` });
      }
    }
    const meta: OutputMeta = {
      scenario,
      seed,
      runs,
      metrics: METRICS.map((m) => m.name),
      dates: Array.from({ length: calendar.ticks }, (_, t) => tickLabel(calendar.start, t)),
      indicators: KEY_INDICATORS.length,
    };
    let part = 0;
    const source = {
      read(i: number) {
        while (i >= parts[part].range.end) part++;
        return parts[part].reader.read(i);
      },
    };
    makeDir(options.out);
    clearOutputs(options.out);
    const written = writeEnsembleResults(options.out, meta, source, {
      trajectories: options.trajectories ?? false,
      keyYear: Number.isFinite(calendar.keyYear) ? calendar.keyYear : null,
      format: options.format,
      manifest: (files): EnsembleManifestJson => ({
        cogovVersion: first.cogovVersion,
        scenario,
        scenarioFile: first.scenarioFile,
        scenarioSha256: first.scenarioSha256,
        scenarioName: first.scenarioName,
        scenarioDescription: first.scenarioDescription,
        language: first.language,
        seed,
        runs,
        seedRule: first.seedRule,
        outputLayout: outputLayoutSignature(),
        calendar,
        shard: null,
        workers: shards.reduce((a, s) => a + s.m.workers, 0),
        resumedRuns: 0,
        wallTimeSeconds: Math.round((performance.now() - t0) / 10) / 100,
        nodeVersion: process.version,
        command: options.command ?? null,
        quantiles: QUANTILE_METHOD,
        files,
        mergedFrom: [...byK.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([k, s]) => ({
            shard: `${k}/${n}`,
            dir: s.dir,
            workers: s.m.workers,
            wallTimeSeconds: s.m.wallTimeSeconds,
          })),
        ...(first.resolvedScenario ? { resolvedScenario: first.resolvedScenario } : {}),
      }),
    });
    return { ...written.results, manifest: written.manifest };
  } finally {
    for (const p of parts) p.reader.close();
  }
}

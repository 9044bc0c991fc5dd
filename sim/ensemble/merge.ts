/**
 * `mergeShards`: combine the outputs of `cogov run --shard k/n` (each folder's manifest.json and
 * values.bin) into the outputs of the whole ensemble. The stored runs are read in run-index order
 * through the same writer as a single-machine ensemble, so curves.csv, runs.csv, summary.json and
 * trajectories.csv are byte-identical to it. Shards of different scenarios, seeds, run counts,
 * shard counts or cogov versions are refused, as are missing or repeated shards.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cogovVersion } from '../cli/version.js';
import { KEY_INDICATORS, METRICS } from '../metrics.js';
import { tickLabel } from '../world.js';
import { outputLayoutSignature, QUANTILE_METHOD } from './ensemble.js';
import { EnsembleInputError } from './errors.js';
import { clearOutputs, type EnsembleResults, type OutputMeta, writeEnsembleResults } from './finish.js';
import { type RunRange, shardRange } from './plan.js';
import { type RecordLayout, RecordReader } from './store.js';

/** Options of {@link mergeShards}. */
export interface MergeOptions {
  out: string;
  trajectories?: boolean;
  command?: string;
}

interface ShardManifest {
  cogovVersion: string;
  scenario: string;
  scenarioFile: string | null;
  scenarioSha256: string;
  scenarioName: { en: string; zh: string };
  scenarioDescription: { en: string; zh: string };
  language: string;
  seed: number;
  runs: number;
  seedRule: string;
  outputLayout?: string;
  calendar: { start: string; end: string; ticks: number; keyYear: number };
  shard: { k: number; n: number; firstRun: number; endRun: number } | null;
  workers: number;
  wallTimeSeconds: number;
}

function readShardManifest(dir: string): ShardManifest {
  const path = join(dir, 'manifest.json');
  let m: ShardManifest;
  try {
    m = JSON.parse(readFileSync(path, 'utf8')) as ShardManifest;
  } catch (err) {
    const why = (err as { code?: string }).code === 'ENOENT' ? 'not found' : 'unreadable';
    throw new EnsembleInputError(`${path}: ${why}; expected the output folder of "cogov run --shard k/n"`);
  }
  if (!m || typeof m !== 'object' || !m.shard || !existsSync(join(dir, 'values.bin'))) {
    throw new EnsembleInputError(
      `${dir} is not a shard output (no shard in manifest.json, or no values.bin)`,
    );
  }
  return m;
}

/** Merge shard folders `dirs` into `options.out`. */
export function mergeShards(
  dirs: readonly string[],
  options: MergeOptions,
): EnsembleResults & {
  manifest: Record<string, unknown>;
} {
  const t0 = performance.now();
  if (dirs.length === 0) throw new EnsembleInputError('merge needs at least one shard folder');
  const outAbs = resolve(options.out);
  for (const d of dirs) {
    if (resolve(d) === outAbs)
      throw new EnsembleInputError(`the output folder ${options.out} is one of the shards`);
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
        throw new EnsembleInputError(
          `shards do not belong together: ${key} is ${JSON.stringify(first[key])} in ${shards[0].dir} but ${JSON.stringify(m[key])} in ${dir}`,
        );
      }
    }
    if (m.shard!.n !== first.shard!.n) {
      throw new EnsembleInputError(
        `shards do not belong together: ${shards[0].dir} is one of ${first.shard!.n} shards, ${dir} one of ${m.shard!.n}`,
      );
    }
  }
  for (const { dir, m } of shards) {
    if (m.outputLayout !== outputLayoutSignature()) {
      throw new EnsembleInputError(
        `${dir} was written by a build with other metrics or key indicators (${m.outputLayout ?? 'unknown'}; this build writes ${outputLayoutSignature()}): rerun the shard with this build`,
      );
    }
  }
  if (first.cogovVersion !== cogovVersion()) {
    throw new EnsembleInputError(
      `shards were made by cogov ${first.cogovVersion}; this is cogov ${cogovVersion()}`,
    );
  }
  const n = first.shard!.n;
  const byK = new Map<number, { dir: string; m: ShardManifest }>();
  for (const s of shards) {
    const prev = byK.get(s.m.shard!.k);
    if (prev)
      throw new EnsembleInputError(`shard ${s.m.shard!.k}/${n} given twice: ${prev.dir} and ${s.dir}`);
    byK.set(s.m.shard!.k, s);
  }
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((k) => !byK.has(k));
  if (missing.length > 0) {
    throw new EnsembleInputError(
      `missing shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${n}`).join(', ')}`,
    );
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
        throw new EnsembleInputError(
          `${dir}: values.bin is damaged (${err instanceof Error ? err.message : String(err)})`,
        );
      }
      parts.push({ range, reader });
      for (let i = range.first; i < range.end; i++) {
        if (!reader.has(i))
          throw new EnsembleInputError(`${dir}: values.bin lacks run ${i} of shard ${k}/${n}`);
      }
      if (reader.index.offsets.size !== range.end - range.first) {
        throw new EnsembleInputError(`${dir}: values.bin holds runs outside shard ${k}/${n}`);
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
    mkdirSync(options.out, { recursive: true });
    clearOutputs(options.out);
    const written = writeEnsembleResults(options.out, meta, source, {
      trajectories: options.trajectories ?? false,
      manifest: (files) => ({
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
        outputLayout: first.outputLayout,
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
      }),
    });
    return { ...written.results, manifest: written.manifest };
  } finally {
    for (const p of parts) p.reader.close();
  }
}

/**
 * `cogov compare A.yaml B.yaml [C.yaml …] --runs N --out DIR`: every scenario on the same seeds
 * (common random numbers); for each key indicator the paired difference to the first scenario with
 * its 95 % interval, marked when it is not distinguishable from zero; tidy CSV outputs.
 */
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { MAX_RUNS, MAX_SEED } from '../ensemble/plan.js';
import { fmt } from '../io/csv.js';
import { RUN_SEED_RULE } from '../kernel/rng.js';
import { KEY_INDICATORS } from '../metrics.js';
import { intArg } from './args.js';
import { CompareRunError, loadCompared, runComparison } from './compare-run.js';
import { writeCompareReport } from '../../viz/io/experiment-report.js';
import { writeComparison } from './compare-outputs.js';
import { CliError, EXIT, usageError } from './errors.js';
import type { CliIo } from './main.js';
import { shellQuote } from './merge.js';
import { formatSeconds, progressReporter } from './progress.js';
import { cogovVersion } from './version.js';

interface CompareFlags {
  runs?: number;
  seed?: number;
  workers?: number;
  out: string;
  quiet?: boolean;
}

/** "+1234 [+1000, +1468]" with 4 significant digits. */
function signed(v: number): string {
  if (!Number.isFinite(v)) return 'n/a';
  const s = fmt(Number(v.toPrecision(4)));
  return v > 0 ? `+${s}` : s;
}

async function compareAction(files: string[], opts: CompareFlags, io: CliIo): Promise<void> {
  if (files.length < 2) throw usageError('cogov compare: give at least two scenario files');
  const t0 = performance.now();
  const { loaded, scenarios } = loadCompared(files);
  const runs = opts.runs ?? loaded[0].scenario.ensemble.runs;
  const seed = opts.seed ?? loaded[0].scenario.ensemble.seed;
  const workers = opts.workers ?? availableParallelism();
  const command = [
    'cogov',
    'compare',
    ...files,
    '--runs',
    String(runs),
    '--seed',
    String(seed),
    '--out',
    opts.out,
  ]
    .map(shellQuote)
    .join(' ');
  const progress = opts.quiet ? undefined : progressReporter(io.err, process.stderr.isTTY === true);
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let result: Awaited<ReturnType<typeof runComparison>>;
  try {
    result = await runComparison(loaded, scenarios, {
      runs,
      seed,
      workers,
      signal: controller.signal,
      onProgress: progress
        ? (done, total) => {
            const elapsed = (performance.now() - t0) / 1000;
            const rate = (done * loaded.length) / Math.max(elapsed, 1e-9);
            progress.onProgress({
              done: done * loaded.length,
              total: total * loaded.length,
              resumed: 0,
              elapsedSeconds: elapsed,
              runsPerSecond: rate,
              etaSeconds: ((total - done) * loaded.length) / rate,
            });
          }
        : undefined,
    });
  } catch (err) {
    if (controller.signal.aborted) throw new CliError('cogov compare: interrupted; nothing was written', 130);
    if (err instanceof CompareRunError) throw new CliError(`cogov compare: ${err.message}`, EXIT.failure);
    if (err instanceof Error && /paired curves need the same months/.test(err.message)) {
      throw usageError(`cogov compare: ${err.message}`);
    }
    throw err;
  } finally {
    progress?.end();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  const wall = Math.round((performance.now() - t0) / 10) / 100;
  const { files: written, differences } = writeComparison(opts.out, result, (fs) => ({
    cogovVersion: cogovVersion(),
    scenarios: scenarios.map((s) => ({ id: s.id, file: s.file, sha256: s.sha256 })),
    baseline: scenarios[0].id,
    runs,
    seed,
    seedRule: `run i of every scenario: ${RUN_SEED_RULE}`,
    workers: result.workers,
    wallTimeSeconds: wall,
    nodeVersion: process.version,
    command,
    files: fs,
  }));
  writeCompareReport(opts.out, { lang: loaded[0].scenario.language });
  if (opts.quiet) return;
  const lines: string[] = [];
  differences.forEach((row, s) => {
    lines.push(`${scenarios[s + 1].id} − ${scenarios[0].id} (paired, ${runs} runs, 95 % CI):\n`);
    row.forEach((d, j) => {
      const mark = d.distinguishable ? '' : '  (not distinguishable from 0)';
      lines.push(
        `  ${KEY_INDICATORS[j].name.padEnd(30)} ${signed(d.mean)} [${signed(d.ci95[0])}, ${signed(d.ci95[1])}] ${KEY_INDICATORS[j].unit}${mark}\n`,
      );
    });
  });
  io.out(
    `${lines.join('')}${scenarios.length} scenarios × ${runs} runs in ${formatSeconds(wall)}\n` +
      `wrote ${written.map((f) => `${opts.out}/${f}`).join(', ')}\n`,
  );
}

/** Register `compare` on the program. */
export function registerCompare(program: Command, io: CliIo): void {
  program
    .command('compare')
    .description(
      'run scenarios on the same seeds and report each key indicator’s paired difference to the first scenario with its 95 % CI',
    )
    .argument('<files...>', 'scenario YAML files; the first is the baseline')
    .option(
      '-n, --runs <n>',
      'runs per scenario (default: the first scenario’s ensemble runs)',
      intArg('--runs', 2, MAX_RUNS),
    )
    .option(
      '-s, --seed <n>',
      'base seed (default: the first scenario’s ensemble seed)',
      intArg('--seed', 0, MAX_SEED),
    )
    .option(
      '-w, --workers <n>',
      `worker threads in all, split between the scenarios (default: available cores, ${availableParallelism()} here; 1 runs in-process)`,
      intArg('--workers', 1, 1024),
    )
    .requiredOption('-o, --out <dir>', 'output folder')
    .option('-q, --quiet', 'print nothing on success (no progress either)')
    .action((files: string[], opts: CompareFlags) => compareAction(files, opts, io));
}

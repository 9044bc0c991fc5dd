/** `cogov sweep EXP.yaml --out DIR`: run an experiment's design and write points.csv, design.csv, manifest.json. */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { writeSweepReport } from '../../viz/io/experiment-report.js';
import { parseShard, type Shard, shardLabel } from '../ensemble/plan.js';
import { intArg } from './args.js';
import { CliError, usageError } from './errors.js';
import { loadExperimentFile } from './experiment-file.js';
import type { CliIo } from './main.js';
import { shellQuote } from './merge.js';
import { formatSeconds, progressReporter } from './progress.js';
import { PARTIAL_FILE, runSweep, SweepInterruptedError, type SweepReport } from './sweep-run.js';

/** Parse "k/n" for --shard. */
export function shardOption(v: string): Shard {
  const shard = parseShard(v);
  if (!shard) throw new InvalidArgumentError(`--shard must be k/n with 1 ≤ k ≤ n, got "${v}"`);
  return shard;
}

/** Flags shared by sweep and sensitivity. */
export interface SweepFlags {
  out: string;
  shard?: Shard;
  resume?: boolean;
  quiet?: boolean;
  /** Worker threads (default: available cores; 1 runs in-process). */
  workers?: number;
}

/** The `--workers` option of sweep and sensitivity. */
export function workersOption(program: Command): Command {
  return program.option(
    '-w, --workers <n>',
    `worker threads (default: available cores, ${availableParallelism()} here; 1 runs in-process)`,
    intArg('--workers', 1, 1024),
  );
}

/**
 * Run the sweep of a loaded experiment with progress on stderr. SIGINT or SIGTERM stops it, keeping
 * the rows written so far for `--resume` (a second signal exits at once).
 */
export async function sweepWithProgress(
  file: string,
  loaded: ReturnType<typeof loadExperimentFile>,
  opts: SweepFlags,
  io: CliIo,
  verb: string,
): Promise<SweepReport> {
  if (opts.shard && opts.shard.n > loaded.plan.runs) {
    throw usageError(
      `--shard ${shardLabel(opts.shard)}: cannot split ${loaded.plan.runs} runs into ${opts.shard.n} shards`,
    );
  }
  const words = [
    'cogov',
    verb,
    file,
    ...(opts.shard ? ['--shard', shardLabel(opts.shard)] : []),
    ...(opts.workers !== undefined ? ['--workers', String(opts.workers)] : []),
    '--out',
    opts.out,
  ];
  const command = words.map(shellQuote).join(' ');
  if (!opts.quiet && !opts.resume && existsSync(join(opts.out, PARTIAL_FILE))) {
    io.err(`cogov: discarding the unfinished sweep in ${opts.out} (use --resume to continue it)\n`);
  }
  const progress = opts.quiet ? undefined : progressReporter(io.err, process.stderr.isTTY === true);
  const controller = new AbortController();
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await runSweep(loaded, {
      out: opts.out,
      shard: opts.shard,
      resume: opts.resume,
      command,
      workers: opts.workers ?? availableParallelism(),
      signal: controller.signal,
      onProgress: progress?.onProgress,
    });
  } catch (err) {
    progress?.end();
    if (err instanceof SweepInterruptedError) {
      throw new CliError(
        `cogov: ${err.message}; finished rows are in ${join(opts.out, PARTIAL_FILE)}. Continue with:\n  ${command} --resume`,
        130,
      );
    }
    const message = err instanceof Error ? err.message : String(err);
    if (/points\.partial\.csv/.test(message)) throw usageError(`cogov ${verb}: cannot resume: ${message}`);
    throw err;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    progress?.end();
  }
}

/** One line saying what a sweep did. */
export function sweepSummary(
  loaded: ReturnType<typeof loadExperimentFile>,
  r: SweepReport,
  out: string,
): string {
  const { plan } = loaded;
  const slice = r.end - r.first < plan.runs ? ` (runs ${r.first}–${r.end - 1} of ${plan.runs})` : '';
  return (
    `${loaded.file}: ${plan.design.type} design, ${plan.design.points.length} points × ${plan.replicates} replicates${slice}: ` +
    `${r.executed} runs in ${formatSeconds(r.wallTimeSeconds)} on ${r.workers > 1 ? `${r.workers} worker threads` : '1 thread'}${r.resumed > 0 ? `, ${r.resumed} resumed` : ''}\n` +
    `wrote ${r.files.map((f) => `${out}/${f}`).join(', ')}\n`
  );
}

/** Register `sweep` on the program. */
export function registerSweep(program: Command, io: CliIo): void {
  const cmd = program
    .command('sweep')
    .description(
      'run an experiment design (grid, lhs, morris, sobol) and write points.csv (one row per design point × replicate), design.csv, manifest.json',
    )
    .argument('<experiment>', 'experiment YAML file')
    .requiredOption('-o, --out <dir>', 'output folder')
    .option('--resume', 'continue an interrupted sweep in the output folder')
    .option('--shard <k/n>', 'run only the k-th of n contiguous slices of the run indices', shardOption)
    .option('-q, --quiet', 'print nothing on success (no progress either)');
  workersOption(cmd).action(async (file: string, opts: SweepFlags) => {
    const loaded = loadExperimentFile(file);
    const report = await sweepWithProgress(file, loaded, opts, io, 'sweep');
    writeSweepReport(opts.out, { lang: loaded.base.scenario.language });
    if (!opts.quiet) io.out(sweepSummary(loaded, report, opts.out));
  });
}

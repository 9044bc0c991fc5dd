/** `cogov sweep EXP.yaml --out DIR`: run an experiment's design and write points.csv, design.csv, manifest.json. */
import type { Lang } from '../kernel/i18n.js';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { writeSweepReport } from '../../viz/io/experiment-report.js';
import { countFigure } from '../../viz/console-figures.js';
import { type Shard, shardLabel } from '../ensemble/plan.js';
import { shardArg, workersFlag } from './args.js';
import { CliError, EXIT, usageError } from './errors.js';
import { loadExperimentFile } from '../batch/experiment-file.js';
import { PointsCsvError } from '../batch/experiment-io.js';
import type { CliIo } from './common.js';
import { shellQuote } from '../cluster/shell.js';
import { type CliSession, msg } from '../messages/catalog.js';
import { formatSeconds, progressReporter } from './progress.js';
import { langArg } from './common.js';
import { interruptOnSignals } from './interrupt.js';
import { formatFlag, formatWords } from './format.js';
import type { OutputFormat } from '../outputs/parquet.js';
import {
  PARTIAL_FILE,
  runSweep,
  SweepInterruptedError,
  type SweepReport,
  SweepRunError,
} from '../batch/sweep-run.js';
import { sweepClaim } from './out-claims.js';
import { withOutDir } from './out-guard.js';

/** Flags shared by sweep and sensitivity. */
export interface SweepFlags {
  out: string;
  shard?: Shard;
  resume?: boolean;
  quiet?: boolean;
  /** Worker threads (default: available cores; 1 runs in-process). */
  workers?: number;
  /** Language of the messages and the report (default: the base scenario's). */
  lang?: Lang;
  /** `cogov sweep --format`: parquet adds points.parquet beside points.csv. */
  format?: OutputFormat;
}

/** The `--workers` and `--lang` options of sweep and sensitivity; help and flag errors speak `flagLang`. */
export function workersOption(program: Command, flagLang: Lang = 'en'): Command {
  return workersFlag(program, flagLang).option(
    '--lang <lang>',
    msg(flagLang, 'help.opt.langExperiment'),
    langArg,
  );
}

/** The language of an experiment command's messages: its --lang, else the base scenario's. */
export function experimentLang(loaded: ReturnType<typeof loadExperimentFile>, opts: SweepFlags): Lang {
  return opts.lang ?? loaded.base.scenario.language;
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
  const lang = experimentLang(loaded, opts);
  if (opts.shard && opts.shard.n > loaded.plan.runs) {
    const shard = shardLabel(opts.shard);
    throw usageError(msg(lang, 'shardTooMany', { shard, runs: loaded.plan.runs, n: opts.shard.n }));
  }
  const words = [
    'cogov',
    verb,
    file,
    ...(opts.shard ? ['--shard', shardLabel(opts.shard)] : []),
    ...(opts.workers !== undefined ? ['--workers', String(opts.workers)] : []),
    ...formatWords(opts.format),
    '--out',
    opts.out,
  ];
  const command = words.map(shellQuote).join(' ');
  if (!opts.quiet && !opts.resume && existsSync(join(opts.out, PARTIAL_FILE))) {
    io.err(`${msg(lang, 'sweepDiscard', { out: opts.out })}\n`);
  }
  const progress = opts.quiet ? undefined : progressReporter(io.err, process.stderr.isTTY === true, 5, lang);
  const interrupt = interruptOnSignals();
  try {
    return await runSweep(loaded, {
      out: opts.out,
      shard: opts.shard,
      resume: opts.resume,
      command,
      workers: opts.workers ?? availableParallelism(),
      format: opts.format,
      signal: interrupt.signal,
      onProgress: progress?.onProgress,
    });
  } catch (err) {
    progress?.end();
    if (err instanceof SweepInterruptedError) {
      const message = msg(lang, 'sweepInterruptedAfter', { done: err.written, total: err.total });
      const file = join(opts.out, PARTIAL_FILE);
      throw new CliError(msg(lang, 'sweepInterrupted', { message, file, command }), 130);
    }
    if (err instanceof SweepRunError) {
      throw new CliError(msg(lang, 'runtimeFailure', { message: err.in(lang) }), EXIT.failure);
    }
    if (err instanceof PointsCsvError) {
      throw usageError(msg(lang, 'sweepCannotResume', { command: verb, message: err.in(lang) }));
    }
    // Other failures of the row journal (e.g. it cannot be read) are the folder's, not cogov's.
    const message = err instanceof Error ? err.message : String(err);
    if (/points\.partial\.csv/.test(message)) {
      throw usageError(msg(lang, 'sweepCannotResume', { command: verb, message }));
    }
    throw err;
  } finally {
    interrupt.release();
    progress?.end();
  }
}

/**
 * Two lines saying what a sweep did and wrote; with `wrote` false only the first (a command that
 * writes more after the sweep, such as sensitivity, says what it wrote once, at the end).
 */
export function sweepSummary(
  loaded: ReturnType<typeof loadExperimentFile>,
  r: SweepReport,
  out: string,
  lang: Lang = 'en',
  wrote = true,
): string {
  const { plan } = loaded;
  const summary = msg(lang, 'sweepSummary', {
    file: loaded.file,
    design: plan.design.type,
    points: countFigure(lang, plan.design.points.length),
    replicates: countFigure(lang, plan.replicates),
    slice:
      r.end - r.first < plan.runs
        ? msg(lang, 'sweepSlice', {
            first: countFigure(lang, r.first),
            last: countFigure(lang, r.end - 1),
            n: countFigure(lang, plan.runs),
          })
        : '',
    executed: countFigure(lang, r.executed),
    time: formatSeconds(r.wallTimeSeconds, lang),
    threads: r.workers > 1 ? msg(lang, 'sweepThreads', { n: r.workers }) : msg(lang, 'sweepOneThread'),
    resumed: r.resumed > 0 ? msg(lang, 'sweepResumed', { n: countFigure(lang, r.resumed) }) : '',
  });
  if (!wrote) return `${summary}\n`;
  return `${summary}\n${msg(lang, 'wrote', { files: r.files.map((f) => `${out}/${f}`).join(', ') })}\n`;
}

/** Register `sweep` on the program. */
export function registerSweep(program: Command, io: CliIo, session: CliSession = { lang: 'en' }): void {
  const flagLang = session.lang;
  const cmd = program
    .command('sweep')
    .description(msg(flagLang, 'help.sweep.description'))
    .argument('<experiment>', msg(flagLang, 'help.arg.experiment'))
    .requiredOption('-o, --out <dir>', msg(flagLang, 'help.opt.out'))
    .option('--resume', msg(flagLang, 'help.sweep.opt.resume'))
    .option('--shard <k/n>', msg(flagLang, 'help.opt.shard'), shardArg(flagLang))
    .option('-q, --quiet', msg(flagLang, 'help.opt.quietProgress'));
  formatFlag(cmd, flagLang);
  workersOption(cmd, flagLang).action(async (file: string, opts: SweepFlags) =>
    withOutDir({ ...sweepClaim(file, opts.out), quiet: opts.quiet }, opts.lang ?? 'en', io, async () => {
      const loaded = loadExperimentFile(file, { lang: opts.lang });
      const lang = experimentLang(loaded, opts);
      session.lang = lang;
      const report = await sweepWithProgress(file, loaded, opts, io, 'sweep');
      writeSweepReport(opts.out, { lang });
      if (!opts.quiet) io.out(sweepSummary(loaded, report, opts.out, lang));
    }),
  );
}

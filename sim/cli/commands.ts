/** Simulation commands: run (seeded ensembles) here; the others are registered from their own files. */
export { intArg, numArg } from './args.js';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { ensembleFlags, shardArg } from './args.js';
import { registerElevator } from './elevator.js';
import { loadScenarioFile } from '../../scenarios/load.js';
import { type EnsembleReport, runEnsemble, scenarioIdOf } from '../ensemble/ensemble.js';
import { EnsembleInputError, EnsembleInterruptedError, RunFailedError } from '../ensemble/errors.js';
import { journalDir } from '../ensemble/journal.js';
import { type Shard, shardLabel, shardRange } from '../ensemble/plan.js';
import { CliError, EXIT, usageError } from './errors.js';
import type { CliIo } from './common.js';
import { shellQuote } from '../cluster/shell.js';
import { registerMerge } from './merge.js';
import { type CliSession, msg, runErrorText } from '../messages/catalog.js';
import { formatSeconds, progressReporter } from './progress.js';
import { langArg } from './common.js';
import { registerReport } from './report.js';
import { registerSensitivity } from './sensitivity.js';
import { registerSweep } from './sweep.js';
import { registerDiscover } from './discover.js';
import { registerOptimize } from './optimize.js';
import { registerExplore } from './explore.js';
import { registerGame } from './game.js';
import { registerSlurm } from './slurm.js';
import { registerCompare } from './compare.js';
import { registerLevers } from './levers.js';
import { registerTrace } from './trace.js';
import { writeReport } from '../../viz/io/report.js';
import { countFigure } from '../../viz/console-figures.js';
import { formatNumber } from '../../viz/format.js';
import type { Lang } from '../../viz/types.js';
import { interruptOnSignals } from './interrupt.js';
import { formatFlag, formatWords } from './format.js';
import type { OutputFormat } from '../outputs/parquet.js';
import { runClaim } from './out-claims.js';
import { withOutDir } from './out-guard.js';
import { writeStalledOfRun0 } from '../io/stalled-output.js';

/** Identifier of a scenario in outputs: the file name without extension. */
export function scenarioId(file: string): string {
  return scenarioIdOf(file);
}

interface RunFlags {
  runs?: number;
  workers?: number;
  seed?: number;
  out: string;
  resume?: boolean;
  shard?: Shard;
  trajectories?: boolean;
  format?: OutputFormat;
  quiet?: boolean;
  lang?: Lang;
}

/** The command line of an ensemble, flags in a fixed order (for manifests and messages). */
function runCommand(
  file: string,
  f: {
    runs: number;
    seed: number;
    workers: number;
    out: string;
    shard?: Shard;
    trajectories?: boolean;
    format?: OutputFormat;
  },
) {
  const words = [
    'cogov',
    'run',
    file,
    '--runs',
    String(f.runs),
    '--seed',
    String(f.seed),
    '--workers',
    String(f.workers),
  ];
  if (f.shard) words.push('--shard', shardLabel(f.shard));
  if (f.trajectories) words.push('--trajectories');
  words.push(...formatWords(f.format));
  words.push('--out', f.out);
  return words.map(shellQuote).join(' ');
}

/** The `run` action: an ensemble with progress on stderr, Ctrl-C stopping it for a later --resume. */
async function runAction(file: string, opts: RunFlags, io: CliIo, session: CliSession): Promise<void> {
  const loaded = loadScenarioFile(file, { lang: opts.lang });
  const lang = opts.lang ?? loaded.scenario.language;
  session.lang = lang;
  const runs = opts.runs ?? loaded.scenario.ensemble.runs;
  const seed = opts.seed ?? loaded.scenario.ensemble.seed;
  const workers = opts.workers ?? availableParallelism();
  if (opts.shard && opts.shard.n > runs) {
    throw usageError(msg(lang, 'shardTooMany', { shard: shardLabel(opts.shard), runs, n: opts.shard.n }));
  }
  const command = runCommand(file, {
    runs,
    seed,
    workers,
    out: opts.out,
    shard: opts.shard,
    trajectories: opts.trajectories,
    format: opts.format,
  });
  if (!opts.quiet && !opts.resume && existsSync(join(journalDir(opts.out), 'meta.json'))) {
    io.err(`${msg(lang, 'discardJournal', { out: opts.out })}\n`);
  }
  const progress = opts.quiet ? undefined : progressReporter(io.err, process.stderr.isTTY === true, 5, lang);
  const interrupt = interruptOnSignals();
  let report: EnsembleReport;
  try {
    report = await runEnsemble(loaded, {
      out: opts.out,
      runs,
      seed,
      workers,
      resume: opts.resume,
      shard: opts.shard,
      trajectories: opts.trajectories,
      format: opts.format,
      command,
      signal: interrupt.signal,
      onProgress: progress?.onProgress,
    });
  } catch (err) {
    progress?.end();
    if (err instanceof RunFailedError) {
      const alone = runCommand(file, {
        runs,
        seed,
        workers: 1,
        out: `${opts.out}-run${err.index}`,
        shard: { k: err.index + 1, n: runs },
      });
      const others = err.failedRuns > 1 ? msg(lang, 'runFailedOthers', { n: err.failedRuns }) : '';
      throw new CliError(
        msg(lang, 'runFailed', {
          index: err.index,
          seed: err.seed,
          others,
          message: runErrorText(lang, err.runMessage, err.runDetail),
          command: alone,
        }) + (process.env['COGOV_DEBUG'] && err.runStack ? `\n${err.runStack}` : ''),
        EXIT.failure,
      );
    }
    if (err instanceof EnsembleInterruptedError) {
      const message = msg(lang, 'interruptedAfter', { done: err.done, total: err.total });
      throw new CliError(msg(lang, 'interrupted', { message, out: opts.out, command }), 130);
    }
    if (err instanceof EnsembleInputError) {
      throw usageError(msg(lang, 'commandError', { command: 'run', message: err.in(lang) }));
    }
    throw err;
  } finally {
    interrupt.release();
  }
  progress?.end();
  // The report's stalled-communities table: run 0 again, with the event log (one run, main thread).
  const stalled = report.shard ? null : writeStalledOfRun0(opts.out, loaded.scenario, seed);
  // Shards have no curves.csv: their report is written by `cogov merge`.
  const html = report.shard ? null : writeReport(opts.out, { lang, cityMap: stalled?.cityMap ?? null });
  if (opts.quiet) return;
  const rate = report.executed / Math.max(report.wallTimeSeconds, 1e-9);
  const slice = report.shard ? shardRange(report.runs, report.shard) : undefined;
  const what = slice
    ? msg(lang, 'shard', {
        k: shardLabel(report.shard!),
        first: countFigure(lang, slice.first),
        last: countFigure(lang, slice.end - 1),
        n: countFigure(lang, report.runs),
      })
    : msg(lang, 'runs', { n: countFigure(lang, report.runs) });
  if (report.workers === 0) {
    io.out(
      `${msg(lang, 'alreadyDone', { scenario: report.scenario, what, seed: report.seed, out: opts.out })}\n`,
    );
    return;
  }
  const summary = msg(lang, 'summary', {
    scenario: report.scenario,
    what,
    seed: report.seed,
    workers: report.workers,
    workersPlural: report.workers === 1 ? '' : 's',
    executed: countFigure(lang, report.executed),
    executedPlural: report.executed === 1 ? '' : 's',
    time: formatSeconds(report.wallTimeSeconds, lang),
    rate: formatNumber(lang, rate, 2),
    resumed: report.resumed > 0 ? msg(lang, 'resumed', { n: countFigure(lang, report.resumed) }) : '',
  });
  // One "wrote" line: the ensemble's files, then the report.
  const written = [
    ...report.files.map((f) => `${opts.out}/${f}`),
    ...(stalled ? [`${opts.out}/${stalled.file}`] : []),
    ...(html ? [html.path] : []),
  ];
  io.out(`${summary}\n${msg(lang, 'wrote', { files: written.join(', ') })}\n`);
}

/**
 * Register the simulation commands on the program; `session.lang` is the language of the help and of
 * flag errors, and each command sets it to the language it settles on.
 */
export function registerCommands(program: Command, io: CliIo, session: CliSession = { lang: 'en' }): void {
  const flagLang = session.lang;
  const run = ensembleFlags(
    program
      .command('run')
      .description(msg(flagLang, 'help.run.description'))
      .argument('<file>', msg(flagLang, 'help.arg.scenario')),
    flagLang,
  )
    .requiredOption('-o, --out <dir>', msg(flagLang, 'help.opt.out'))
    .option('--resume', msg(flagLang, 'help.run.opt.resume'))
    .option('--shard <k/n>', msg(flagLang, 'help.run.opt.shard'), shardArg(flagLang))
    .option('--trajectories', msg(flagLang, 'help.run.opt.trajectories'));
  formatFlag(run, flagLang)
    .option('--lang <lang>', msg(flagLang, 'help.run.opt.lang'), langArg)
    .option('-q, --quiet', msg(flagLang, 'help.opt.quietProgress'))
    .action((file: string, opts: RunFlags) =>
      withOutDir({ ...runClaim(file, opts.out), quiet: opts.quiet }, opts.lang ?? 'en', io, () =>
        runAction(file, opts, io, session),
      ),
    );

  registerElevator(program, io, session);
  registerMerge(program, io, session);
  registerReport(program, io, session);
  registerCompare(program, io, session);
  registerLevers(program, io, session);
  registerSweep(program, io, session);
  registerOptimize(program, io, session);
  registerSensitivity(program, io, session);
  registerDiscover(program, io, session);
  registerGame(program, io, session);
  registerSlurm(program, io, session);
  registerExplore(program, io, session);
  registerTrace(program, io, session);
}

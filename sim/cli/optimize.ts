/**
 * `cogov optimize FILE --out DIR`: NSGA-II over an optimisation file's levers; writes runs.csv,
 * evaluations.csv, pareto.csv, convergence.csv, dictionary.csv and manifest.json. `--shard` is
 * refused: generations depend on each other, so an optimisation runs as one process.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { countFigure } from '../../viz/console-figures.js';
import { formatNumber } from '../../viz/format.js';
import { type LoadedOptimisation, loadOptimisationFile } from '../batch/optimise-file.js';
import { JournalError } from '../batch/optimise-io.js';
import {
  OPTIMISATION_FILES,
  OptimisationInterruptedError,
  type OptimisationReport,
  OptimisationRunError,
  runOptimisation,
} from '../batch/optimise-run.js';
import { shellQuote } from '../cluster/shell.js';
import type { Lang } from '../kernel/i18n.js';
import { type CliSession, msg } from '../messages/catalog.js';
import { OPTIMISATION_JOURNAL_FILE } from '../outputs/optimisation.js';
import { workersFlag } from './args.js';
import { type CliIo, langArg } from './common.js';
import { CliError, EXIT, usageError } from './errors.js';
import { interruptOnSignals } from './interrupt.js';
import type { OutClaim } from './out-guard.js';
import { withOutDir } from './out-guard.js';
import { formatSeconds, progressReporter } from './progress.js';
import { writeOptimisationReport } from '../../viz/io/experiment-report.js';

interface OptimizeFlags {
  out: string;
  resume?: boolean;
  shard?: string;
  quiet?: boolean;
  workers?: number;
  lang?: Lang;
}

/** What `cogov optimize FILE --out OUT` may write in OUT (report.html: the report's, when written). */
export function optimizeClaim(file: string, out: string): OutClaim {
  return { out, writes: [...OPTIMISATION_FILES, OPTIMISATION_JOURNAL_FILE, 'report.html'], reads: [file] };
}

/** The console summary: totals, the front's size and the best candidate of each objective. */
export function optimizeSummary(
  loaded: LoadedOptimisation,
  r: OptimisationReport,
  out: string,
  lang: Lang,
): string {
  const lines = [
    msg(lang, 'optimiseSummary', {
      file: loaded.file,
      generations: countFigure(lang, r.generations),
      candidates: countFigure(lang, r.candidates),
      runs: countFigure(lang, r.runs),
      time: formatSeconds(r.wallTimeSeconds, lang),
      threads: r.workers > 1 ? msg(lang, 'sweepThreads', { n: r.workers }) : msg(lang, 'sweepOneThread'),
      resumed: r.resumed > 0 ? msg(lang, 'sweepResumed', { n: countFigure(lang, r.resumed) }) : '',
    }),
    r.pareto.length > 0 ? msg(lang, 'optimiseFront', { n: r.pareto.length }) : msg(lang, 'optimiseNoFront'),
  ];
  const { plan } = loaded;
  plan.objectives.forEach((o, k) => {
    const better = (a: number, b: number) => (o.valueDirection === 'max' ? a > b : a < b);
    const best = r.pareto.reduce<(typeof r.pareto)[number] | undefined>(
      (acc, e) => (acc === undefined || better(e.objectives[k].value, acc.objectives[k].value) ? e : acc),
      undefined,
    );
    if (!best) return;
    lines.push(
      msg(lang, 'optimiseBest', {
        objective: o.name,
        direction: msg(lang, o.valueDirection === 'max' ? 'optimiseMax' : 'optimiseMin'),
        value: formatNumber(
          lang,
          best.objectives[k].value,
          Math.abs(best.objectives[k].value) >= 100 ? 0 : 3,
        ),
        candidate: best.candidate,
        values: plan.levers.map((l, j) => `${l.name} = ${JSON.stringify(best.values[j])}`).join(', '),
      }),
    );
  });
  lines.push(msg(lang, 'wrote', { files: r.files.map((f) => `${out}/${f}`).join(', ') }));
  return `${lines.join('\n')}\n`;
}

async function optimizeAction(
  file: string,
  opts: OptimizeFlags,
  io: CliIo,
  session: CliSession,
): Promise<void> {
  const loaded = loadOptimisationFile(file, { lang: opts.lang });
  const lang = opts.lang ?? loaded.base.scenario.language;
  session.lang = lang;
  const words = [
    'cogov',
    'optimize',
    file,
    ...(opts.workers !== undefined ? ['--workers', String(opts.workers)] : []),
    '--out',
    opts.out,
  ];
  const command = words.map(shellQuote).join(' ');
  const journal = join(opts.out, OPTIMISATION_JOURNAL_FILE);
  if (!opts.quiet && !opts.resume && existsSync(journal))
    io.err(`${msg(lang, 'optimiseDiscard', { out: opts.out })}\n`);
  const progress = opts.quiet ? undefined : progressReporter(io.err, process.stderr.isTTY === true, 5, lang);
  const interrupt = interruptOnSignals();
  let report: OptimisationReport;
  try {
    report = await runOptimisation(loaded, {
      out: opts.out,
      resume: opts.resume,
      command,
      workers: opts.workers ?? availableParallelism(),
      signal: interrupt.signal,
      onProgress: progress?.onProgress,
      onGeneration: opts.quiet
        ? undefined
        : (g) => {
            progress?.end();
            const resumed =
              g.resumed > 0 ? msg(lang, 'sweepResumed', { n: countFigure(lang, g.resumed) }) : '';
            const text = msg(lang, 'optimiseGeneration', { ...g, runs: countFigure(lang, g.runs), resumed });
            io.err(`${msg(lang, 'notice', { text })}\n`);
          },
    });
  } catch (err) {
    progress?.end();
    if (err instanceof OptimisationInterruptedError)
      throw new CliError(msg(lang, 'optimiseInterrupted', { done: err.done, file: journal, command }), 130);
    if (err instanceof OptimisationRunError)
      throw new CliError(msg(lang, 'runtimeFailure', { message: err.in(lang) }), EXIT.failure);
    if (err instanceof JournalError)
      throw usageError(msg(lang, 'optimiseCannotResume', { message: err.in(lang) }));
    throw err;
  } finally {
    interrupt.release();
    progress?.end();
  }
  // The report reads the files just written, as `cogov report OUT` would (viz/io/experiment-report.ts).
  writeOptimisationReport(opts.out, { lang });
  const files = [...report.files, 'report.html'];
  if (!opts.quiet) io.out(optimizeSummary(loaded, { ...report, files }, opts.out, lang));
}

/** Register `optimize` on the program. */
export function registerOptimize(program: Command, io: CliIo, session: CliSession = { lang: 'en' }): void {
  const flagLang = session.lang;
  const cmd = program
    .command('optimize')
    .description(msg(flagLang, 'help.optimize.description'))
    .argument('<file>', msg(flagLang, 'help.optimize.arg.file'))
    .requiredOption('-o, --out <dir>', msg(flagLang, 'help.opt.out'))
    .option('--resume', msg(flagLang, 'help.optimize.opt.resume'))
    .option('--shard <k/n>', msg(flagLang, 'help.optimize.opt.shard'))
    .option('-q, --quiet', msg(flagLang, 'help.opt.quietProgress'));
  workersFlag(cmd, flagLang)
    .option('--lang <lang>', msg(flagLang, 'help.opt.langExperiment'), langArg)
    .action(async (file: string, opts: OptimizeFlags) => {
      if (opts.shard !== undefined) throw usageError(msg(opts.lang ?? flagLang, 'optimiseNoShard'));
      return withOutDir({ ...optimizeClaim(file, opts.out), quiet: opts.quiet }, opts.lang ?? 'en', io, () =>
        optimizeAction(file, opts, io, session),
      );
    });
}

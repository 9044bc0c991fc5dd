/**
 * `cogov compare A.yaml B.yaml [C.yaml …] --runs N --out DIR`: every scenario on the same seeds
 * (common random numbers); for each key indicator the paired difference to the first scenario with
 * its 95 % interval, marked when it is not distinguishable from zero; tidy CSV outputs.
 */
import type { Lang } from '../kernel/i18n.js';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { RUN_SEED_RULE } from '../kernel/rng.js';
import { KEY_INDICATORS } from '../model/metrics.js';
import { judge } from '../outputs/dictionary.js';
import { ensembleFlags } from './args.js';
import { CompareCalendarError, CompareRunError, loadCompared, runComparison } from '../batch/compare-run.js';
import { indicatorLabel } from '../../viz/i18n.js';
import { countFigure, differenceFigure } from '../../viz/console-figures.js';
import { writeCompareReport } from '../../viz/io/experiment-report.js';
import { writeComparison } from '../batch/compare-outputs.js';
import { CliError, EXIT, usageError } from './errors.js';
import type { CliIo } from './common.js';
import { shellQuote } from '../cluster/shell.js';
import { type CliSession, msg, runErrorText } from '../messages/catalog.js';
import { formatSeconds, progressReporter } from './progress.js';
import { langArg } from './common.js';
import { cogovVersion } from '../io/version.js';
import { padEndWide } from '../kernel/text-width.js';
import { interruptOnSignals } from './interrupt.js';
import { formatArg, formatWords } from './format.js';
import type { OutputFormat } from '../outputs/parquet.js';
import { compareClaim } from './out-claims.js';
import { withOutDir } from './out-guard.js';

interface CompareFlags {
  runs?: number;
  seed?: number;
  workers?: number;
  out: string;
  format?: OutputFormat;
  quiet?: boolean;
  lang?: Lang;
}

/** A key indicator's name for the terminal: as in the CSV files in English, its label in Chinese. */
function indicatorName(lang: Lang, name: string, keyYear: number): string {
  return lang === 'en' ? name : indicatorLabel(lang, name, keyYear);
}

async function compareAction(
  files: string[],
  opts: CompareFlags,
  io: CliIo,
  session: CliSession,
): Promise<void> {
  if (files.length < 2) throw usageError(msg(opts.lang ?? 'en', 'compareTwoFiles'));
  const t0 = performance.now();
  const { loaded, scenarios } = loadCompared(files, opts.lang);
  const lang = opts.lang ?? loaded[0].scenario.language;
  session.lang = lang;
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
    ...formatWords(opts.format),
    '--out',
    opts.out,
  ]
    .map(shellQuote)
    .join(' ');
  const progress = opts.quiet ? undefined : progressReporter(io.err, process.stderr.isTTY === true, 5, lang);
  const interrupt = interruptOnSignals();
  let result: Awaited<ReturnType<typeof runComparison>>;
  try {
    result = await runComparison(loaded, scenarios, {
      runs,
      seed,
      workers,
      signal: interrupt.signal,
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
    if (interrupt.signal.aborted) throw new CliError(msg(lang, 'compareInterrupted'), 130);
    if (err instanceof CompareRunError) {
      const { index, seed, scenario, runMessage, runDetail } = err;
      const message = msg(lang, 'compareRunFailed', {
        index,
        seed,
        scenario,
        message: runErrorText(lang, runMessage, runDetail),
      });
      throw new CliError(msg(lang, 'commandError', { command: 'compare', message }), EXIT.failure);
    }
    if (err instanceof CompareCalendarError) {
      throw usageError(msg(lang, 'commandError', { command: 'compare', message: err.in(lang) }));
    }
    throw err;
  } finally {
    progress?.end();
    interrupt.release();
  }
  const wall = Math.round((performance.now() - t0) / 10) / 100;
  const { files: written, differences } = writeComparison(opts.out, result, opts.format, (fs) => ({
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
  writeCompareReport(opts.out, { lang });
  if (opts.quiet) return;
  const keyYear = loaded[0].scenario.calendar.keyYear;
  const lines: string[] = [];
  differences.forEach((row, s) => {
    const heading = msg(lang, 'compareHeading', {
      scenario: scenarios[s + 1].id,
      baseline: scenarios[0].id,
      runs: countFigure(lang, runs),
    });
    lines.push(`${heading}\n`);
    row.forEach((d, j) => {
      // An undefined difference (no run defined on both sides) is "—", not "not distinguishable"; a
      // distinguishable one is better or worse by the indicator's desirable direction (none: unmarked).
      const verdict = judge(KEY_INDICATORS[j].name, d.mean);
      const mark = !Number.isFinite(d.mean)
        ? ''
        : !d.distinguishable
          ? msg(lang, 'compareNotDistinguishable')
          : verdict === 1
            ? msg(lang, 'compareBetter')
            : verdict === -1
              ? msg(lang, 'compareWorse')
              : '';
      const name = padEndWide(indicatorName(lang, KEY_INDICATORS[j].name, keyYear), 30);
      lines.push(`  ${name} ${differenceFigure(lang, KEY_INDICATORS[j].unit, d.mean, d.ci95)}${mark}\n`);
    });
  });
  const totals = msg(lang, 'compareTotals', {
    scenarios: scenarios.length,
    runs: countFigure(lang, runs),
    time: formatSeconds(wall, lang),
  });
  const wrote = msg(lang, 'wrote', { files: written.map((f) => `${opts.out}/${f}`).join(', ') });
  io.out(`${lines.join('')}${totals}\n${wrote}\n`);
}

/** Register `compare` on the program. */
export function registerCompare(program: Command, io: CliIo, session: CliSession = { lang: 'en' }): void {
  const flagLang = session.lang;
  ensembleFlags(
    program
      .command('compare')
      .description(msg(flagLang, 'help.compare.description'))
      .argument('<files...>', msg(flagLang, 'help.compare.arg.files')),
    flagLang,
    {
      runs: 'help.compare.opt.runs',
      seed: 'help.compare.opt.seed',
      workers: 'help.compare.opt.workers',
      minRuns: 2,
    },
  )
    .requiredOption('-o, --out <dir>', msg(flagLang, 'help.opt.out'))
    .option('--format <format>', msg(flagLang, 'help.opt.format'), formatArg(flagLang))
    .option('--lang <lang>', msg(flagLang, 'help.compare.opt.lang'), langArg)
    .option('-q, --quiet', msg(flagLang, 'help.opt.quietProgress'))
    .action((files: string[], opts: CompareFlags) =>
      withOutDir({ ...compareClaim(files, opts.out), quiet: opts.quiet }, opts.lang ?? 'en', io, () =>
        compareAction(files, opts, io, session),
      ),
    );
}

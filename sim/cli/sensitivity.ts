/**
 * `cogov sensitivity EXP.yaml --out DIR`: run a Morris or Sobol experiment (or read its points.csv
 * files with --points) and write morris.csv or sobol.csv and sensitivity.json; warnings about designs
 * too small for stable indices go to stderr and into the JSON.
 */
import type { Lang } from '../kernel/i18n.js';
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { indicatorLabel } from '../../viz/i18n.js';
import type { PointRow } from '../experiments/plan.js';
import type { SensitivityReport } from '../experiments/sensitivity.js';
import { type SensitivityWarning, warningText } from '../analysis/warnings.js';
import { scoresFigure } from '../../viz/console-figures.js';
import { usageError } from './errors.js';
import { loadExperimentFile } from '../batch/experiment-file.js';
import { PointsCsvError, parsePointsCsv } from '../batch/experiment-io.js';
import type { CliIo } from './common.js';
import { shellQuote } from '../cluster/shell.js';
import { type CliSession, msg } from '../messages/catalog.js';
import { writeSensitivity } from '../batch/sensitivity-run.js';
import { experimentLang, sweepSummary, sweepWithProgress, workersOption } from './sweep.js';
import { sensitivityClaim } from './out-claims.js';
import { withOutDir } from './out-guard.js';

interface SensitivityFlags {
  out: string;
  points?: string[];
  resume?: boolean;
  quiet?: boolean;
  workers?: number;
  lang?: Lang;
}

/** Rows from points.csv files (e.g. the shards of one sweep); each run must appear once. */
function readPoints(files: string[], loaded: ReturnType<typeof loadExperimentFile>, lang: Lang): PointRow[] {
  const byRun = new Map<number, PointRow>();
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      throw usageError(msg(lang, 'sensCannotRead', { file, message }));
    }
    let rows: PointRow[];
    try {
      rows = parsePointsCsv(text, loaded.plan, file);
    } catch (err) {
      if (!(err instanceof PointsCsvError)) throw err;
      throw usageError(msg(lang, 'commandError', { command: 'sensitivity', message: err.in(lang) }));
    }
    for (const r of rows) {
      if (byRun.has(r.run)) throw usageError(msg(lang, 'sensRunTwice', { run: r.run, file }));
      byRun.set(r.run, r);
    }
  }
  const missing = loaded.plan.runs - byRun.size;
  if (missing > 0) {
    throw usageError(msg(lang, 'sensMissing', { missing, runs: loaded.plan.runs, files: files.join(', ') }));
  }
  return [...byRun.values()];
}

/**
 * The most influential factors of each indicator, one line each: Morris μ* in one display unit of
 * the indicator's (万元, million RMB, % …, said once after "mu*"), Sobol ST as an index.
 */
function summaryLines(report: SensitivityReport, lang: Lang, keyYear: number): string {
  return report.indicators
    .map((ind) => {
      const morris = report.design === 'morris';
      const score = (i: number) => (morris ? ind.morris![i].muStar : ind.sobol![i].st);
      const top = report.factors
        .map((name, i) => ({ name, v: score(i) }))
        .filter((x) => Number.isFinite(x.v))
        .sort((a, b) => b.v - a.v)
        .slice(0, 3);
      const scores = scoresFigure(
        lang,
        morris ? ind.unit : '',
        top.map((x) => x.v),
      );
      const what = morris ? 'mu*' : 'ST';
      return `${msg(lang, 'sensLine', {
        indicator: lang === 'en' ? ind.indicator : indicatorLabel(lang, ind.indicator, keyYear),
        top:
          top.length > 0
            ? top.map((x, k) => `${x.name} ${scores.texts[k]}`).join(lang === 'zh' ? '、' : ', ')
            : msg(lang, 'sensNoVariation'),
        what: scores.label === '' ? what : `${what}${lang === 'zh' ? '，' : ', '}${scores.label}`,
      })}\n`;
    })
    .join('');
}

/** One line per distinct warning, with the indicators it concerns, in `lang`. */
function warningLines(report: SensitivityReport, lang: Lang, keyYear: number): string {
  const byText = new Map<string, { warning: SensitivityWarning; indicators: string[] }>();
  for (const ind of report.indicators) {
    ind.warningCodes.forEach((warning, i) => {
      const seen = byText.get(ind.warnings[i]) ?? { warning, indicators: [] };
      seen.indicators.push(lang === 'en' ? ind.indicator : indicatorLabel(lang, ind.indicator, keyYear));
      byText.set(ind.warnings[i], seen);
    });
  }
  return [...byText.values()]
    .map(({ warning, indicators }) => {
      const text = warningText(lang, warning);
      return `${msg(lang, 'sensWarning', { warning: text, indicators: indicators.join(lang === 'en' ? ', ' : '、') })}\n`;
    })
    .join('');
}

/** Register `sensitivity` on the program. */
export function registerSensitivity(program: Command, io: CliIo, session: CliSession = { lang: 'en' }): void {
  const flagLang = session.lang;
  const cmd = program
    .command('sensitivity')
    .description(msg(flagLang, 'help.sensitivity.description'))
    .argument('<experiment>', msg(flagLang, 'help.sensitivity.arg.experiment'))
    .requiredOption('-o, --out <dir>', msg(flagLang, 'help.opt.out'))
    .option('--points <files...>', msg(flagLang, 'help.sensitivity.opt.points'))
    .option('--resume', msg(flagLang, 'help.sensitivity.opt.resume'))
    .option('-q, --quiet', msg(flagLang, 'help.opt.quietProgress'));
  workersOption(cmd, flagLang).action(async (file: string, opts: SensitivityFlags) =>
    withOutDir(
      { ...sensitivityClaim(file, opts.points, opts.out), quiet: opts.quiet },
      opts.lang ?? 'en',
      io,
      async () => {
        const loaded = loadExperimentFile(file, { lang: opts.lang });
        const lang = experimentLang(loaded, opts);
        session.lang = lang;
        const type = loaded.plan.design.type;
        if (type !== 'morris' && type !== 'sobol') {
          throw usageError(msg(lang, 'sensNeedsMorris', { file, type }));
        }
        let rows: PointRow[];
        let files: string[] = [];
        let run = { wallTimeSeconds: 0, resumed: 0, workers: 1 };
        if (opts.points) rows = readPoints(opts.points, loaded, lang);
        else {
          const sweep = await sweepWithProgress(file, loaded, opts, io, 'sensitivity');
          if (!opts.quiet) io.out(sweepSummary(loaded, sweep, opts.out, lang, false));
          rows = sweep.rows;
          files = sweep.files.filter((f) => f !== 'manifest.json');
          run = { wallTimeSeconds: sweep.wallTimeSeconds, resumed: sweep.resumed, workers: sweep.workers };
        }
        const command = [
          'cogov',
          'sensitivity',
          file,
          ...(opts.points ? ['--points', ...opts.points] : []),
          '--out',
          opts.out,
        ]
          .map(shellQuote)
          .join(' ');
        const { report, files: written } = writeSensitivity(
          loaded,
          { ...run, rows, files },
          { out: opts.out, command, lang },
        );
        files = written;
        const keyYear = loaded.base.scenario.calendar.keyYear;
        const warnings = warningLines(report, lang, keyYear);
        if (warnings !== '') io.err(warnings);
        if (!opts.quiet) {
          io.out(
            `${msg(lang, 'sensHeading')}\n${summaryLines(report, lang, keyYear)}` +
              `${msg(lang, 'wrote', { files: files.map((f) => `${opts.out}/${f}`).join(', ') })}\n`,
          );
        }
      },
    ),
  );
}

/**
 * `cogov report DIR [--lang en|zh] [--png]`: re-render DIR/report.html from the outputs saved in any
 * kind of output folder — a run (curves.csv, summary.json, manifest.json), a comparison, a sweep, a
 * sensitivity analysis, a lever table or an optimisation — and, for a run with --png, every chart as a 300 dpi PNG
 * in DIR/figures. Messages follow the report's language.
 */
import type { Command } from 'commander';
import { t } from '../../viz/i18n.js';
import { writePngs } from '../../viz/io/png.js';
import { outputKind, writeExperimentReport } from '../../viz/io/experiment-report.js';
import { writeReport } from '../../viz/io/report.js';
import { ReportInputError } from '../outputs/errors.js';
import type { Lang } from '../../viz/types.js';
import { usageError } from './errors.js';
import { type CliIo, langArg } from './common.js';
import { type CliSession, msg } from '../messages/catalog.js';
import { reportClaim } from './out-claims.js';
import { withOutDir } from './out-guard.js';

/** Register `cogov report` on the program. */
export function registerReport(program: Command, io: CliIo, session: CliSession = { lang: 'en' }): void {
  const flagLang = session.lang;
  program
    .command('report')
    .description(msg(flagLang, 'help.report.description'))
    .argument('<dir>', msg(flagLang, 'help.report.arg.dir'))
    .option('--lang <lang>', msg(flagLang, 'help.report.opt.lang'), langArg)
    .option('--png', msg(flagLang, 'help.report.opt.png'))
    .option('-q, --quiet', msg(flagLang, 'help.opt.quiet'))
    .action(async (dir: string, opts: { lang?: Lang; png?: boolean; quiet?: boolean }) =>
      withOutDir({ ...reportClaim(dir), quiet: opts.quiet }, opts.lang ?? 'en', io, async () => {
        session.lang = opts.lang ?? 'en';
        try {
          const kind = outputKind(dir);
          if (kind !== null && kind !== 'run') {
            // Checked before writing anything: a refused command leaves the folder as it was.
            if (opts.png) throw usageError(t(opts.lang ?? 'en', 'cliPngRunOnly', { dir, kind }));
            const report = writeExperimentReport(dir, kind, { lang: opts.lang });
            session.lang = report.lang;
            if (!opts.quiet) io.out(`${t(report.lang, 'cliWrote', { path: report.path })}\n`);
            return;
          }
          const report = writeReport(dir, { lang: opts.lang });
          const lang = report.lang;
          session.lang = lang;
          if (!opts.quiet) io.out(`${t(lang, 'cliWrote', { path: report.path })}\n`);
          if (opts.png) {
            const figures = await writePngs(dir, { lang });
            if (figures.warnings.includes('noCjkFont')) io.err(`${t(lang, 'cliNoCjkFont')}\n`);
            if (!opts.quiet) {
              io.out(`${t(lang, 'cliWrotePngs', { n: figures.files.length, dir: `${dir}/figures` })}\n`);
            }
          }
        } catch (err) {
          if (err instanceof ReportInputError) {
            throw usageError(t(opts.lang ?? 'en', 'cliNotEnsemble', { dir, problem: err.message }));
          }
          throw err;
        }
      }),
    );
}

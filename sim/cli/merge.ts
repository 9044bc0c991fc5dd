/** `cogov merge DIR... --out OUT`: combine shard outputs into the outputs of the whole ensemble. */
import type { Lang } from '../kernel/i18n.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { EnsembleInputError } from '../ensemble/errors.js';
import { mergeShards } from '../ensemble/merge.js';
import { writeReport } from '../../viz/io/report.js';
import { manifestRun0 } from '../../viz/io/citymap.js';
import { writeStalledOfRun0 } from '../io/stalled-output.js';
import { countFigure } from '../../viz/console-figures.js';
import { shellQuote } from '../cluster/shell.js';
import { usageError } from './errors.js';
import type { CliIo } from './common.js';
import { asLang, type CliSession, msg } from '../messages/catalog.js';
import { langArg } from './common.js';
import { formatFlag, formatWords } from './format.js';
import type { OutputFormat } from '../outputs/parquet.js';
import { mergeClaim } from './out-claims.js';
import { withOutDir } from './out-guard.js';

/** The scenario language recorded in the first readable shard manifest, else undefined. */
function shardLanguage(dirs: readonly string[]): Lang | undefined {
  for (const dir of dirs) {
    try {
      const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { language?: unknown };
      const lang = asLang(m?.language);
      if (lang) return lang;
    } catch {
      // An unreadable shard is reported by mergeShards; its language is just unknown.
    }
  }
  return undefined;
}

interface MergeFlags {
  out: string;
  trajectories?: boolean;
  format?: OutputFormat;
  quiet?: boolean;
  lang?: Lang;
}

/** Register `merge` on the program. */
export function registerMerge(program: Command, io: CliIo, session: CliSession = { lang: 'en' }): void {
  const flagLang = session.lang;
  const merge = program
    .command('merge')
    .description(msg(flagLang, 'help.merge.description'))
    .argument('<dirs...>', msg(flagLang, 'help.merge.arg.dirs'))
    .requiredOption('-o, --out <dir>', msg(flagLang, 'help.opt.out'))
    .option('--trajectories', msg(flagLang, 'help.merge.opt.trajectories'));
  formatFlag(merge, flagLang)
    .option('--lang <lang>', msg(flagLang, 'help.merge.opt.lang'), langArg)
    .option('-q, --quiet', msg(flagLang, 'help.opt.quiet'))
    .action((dirs: string[], opts: MergeFlags) =>
      withOutDir({ ...mergeClaim(dirs, opts.out), quiet: opts.quiet }, opts.lang ?? 'en', io, async () => {
        const lang = opts.lang ?? shardLanguage(dirs) ?? 'en';
        session.lang = lang;
        const command = [
          'cogov',
          'merge',
          ...dirs,
          '--out',
          opts.out,
          ...(opts.trajectories ? ['--trajectories'] : []),
          ...formatWords(opts.format),
        ]
          .map(shellQuote)
          .join(' ');
        let merged: ReturnType<typeof mergeShards>;
        try {
          merged = mergeShards(dirs, {
            out: opts.out,
            trajectories: opts.trajectories,
            format: opts.format,
            command,
          });
        } catch (err) {
          if (err instanceof EnsembleInputError) {
            throw usageError(msg(lang, 'commandError', { command: 'merge', message: err.in(lang) }));
          }
          throw err;
        }
        // The report's stalled-communities table and city map: run 0 again, as cogov run does.
        const run0 = manifestRun0(opts.out);
        const stalled = run0 ? writeStalledOfRun0(opts.out, run0.scenario, run0.seed) : null;
        const html = writeReport(opts.out, { lang: opts.lang, cityMap: stalled?.cityMap ?? null });
        if (!opts.quiet) {
          const m = merged.manifest;
          const written = [...merged.files, ...(stalled ? [stalled.file] : [])];
          const files = [...written.map((f) => `${opts.out}/${f}`), html.path].join(', ');
          io.out(
            `${msg(lang, 'merged', { shards: dirs.length, runs: typeof m['runs'] === 'number' ? countFigure(lang, m['runs']) : String(m['runs']), scenario: String(m['scenario']), seed: String(m['seed']) })}\n` +
              `${msg(lang, 'wrote', { files })}\n`,
          );
        }
      }),
    );
}

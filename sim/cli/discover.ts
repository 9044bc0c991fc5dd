/**
 * `cogov discover DIR --where "EXPRESSION"`: scenario discovery over a sweep's or optimisation's
 * output folder (PRIM box, resampling stability, CART tree), written to --out (default DIR/discover):
 * boxes.csv, box-limits.csv, tree.csv, tree.txt, report.html, manifest.json. The source folder is
 * read before the output folder is claimed, so a wrong folder leaves nothing behind.
 */
import { join } from 'node:path';
import type { Command } from 'commander';
import { shellQuote } from '../cluster/shell.js';
import type { Lang } from '../kernel/i18n.js';
import { DiscoverInputError, readDiscoverySource } from '../batch/discover-input.js';
import { type DiscoverReport, DiscoverWhereError, discover } from '../batch/discover-run.js';
import { type CliSession, msg } from '../messages/catalog.js';
import { limitText, pct } from '../../viz/discover-text.js';
import { intArg, numArg } from './args.js';
import { type CliIo, langArg } from './common.js';
import { usageError } from './errors.js';
import { discoverClaim } from './out-claims.js';
import { withOutDir } from './out-guard.js';

interface DiscoverFlags {
  where: string;
  out?: string;
  alpha?: number;
  minMass?: number;
  threshold?: number;
  box?: number;
  per?: 'run' | 'point';
  seed?: number;
  lang?: Lang;
  json?: boolean;
  quiet?: boolean;
}

function perArg(lang: Lang) {
  return (v: string): 'run' | 'point' => {
    if (v !== 'run' && v !== 'point') throw usageError(msg(lang, 'discoverPer', { value: v }));
    return v;
  };
}

/** The command line, flags in a fixed order (for the manifest). */
function commandLine(dir: string, f: DiscoverFlags): string {
  const words = ['cogov', 'discover', dir, '--where', f.where];
  const add = (flag: string, v: unknown) => v !== undefined && words.push(flag, String(v));
  add('--alpha', f.alpha);
  add('--min-mass', f.minMass);
  add('--threshold', f.threshold);
  add('--box', f.box);
  add('--per', f.per);
  add('--seed', f.seed);
  add('--out', f.out);
  return words.map(shellQuote).join(' ');
}

/** The result as JSON for --json: cases, the chosen box, its stability and the files. */
function jsonSummary(r: DiscoverReport): string {
  const { result, manifest } = r;
  const s = result.trajectory.steps[result.chosen];
  const num = (v: number) => (Number.isFinite(v) ? v : null);
  return `${JSON.stringify(
    {
      kind: 'discovery',
      where: manifest.where,
      per: manifest.per,
      cases: manifest.cases,
      chosenStep: s.step,
      thresholdMet: result.thresholdMet,
      coverage: s.coverage,
      density: s.density,
      mass: s.mass,
      box: result.dimensions.map((d) => ({
        factor: result.inputs[d.input].name,
        ...(d.limit.kind === 'numeric' ? { lo: d.limit.lo, hi: d.limit.hi } : { categories: d.limit.keep }),
        quasiP: num(d.quasiP),
        resampleShare: num(result.stability.restrictedShare[d.input]),
      })),
      stability: manifest.stability,
      out: r.out,
      files: r.files,
    },
    null,
    2,
  )}\n`;
}

/** One line saying what was found, then the files written. */
function textSummary(lang: Lang, dir: string, r: DiscoverReport): string {
  const { result, manifest } = r;
  const s = result.trajectory.steps[result.chosen];
  const conditions = result.dimensions
    .map((d) => limitText(lang, result.inputs[d.input].name, d.limit, d.initial))
    .join(lang === 'zh' ? ' 且 ' : ' and ');
  const line = msg(lang, 'discoverSummary', {
    dir,
    ofInterest: manifest.cases.ofInterest,
    used: manifest.cases.used,
    unit: msg(lang, manifest.per === 'point' ? 'discoverUnitPoints' : 'discoverUnitRuns'),
    where: manifest.where,
    excluded:
      manifest.cases.excluded > 0 ? msg(lang, 'discoverExcluded', { n: manifest.cases.excluded }) : '',
    step: s.step,
    conditions: conditions || msg(lang, 'discoverNoRestriction'),
    coverage: pct(lang, s.coverage),
    density: pct(lang, s.density),
    same: pct(lang, result.stability.sameInputsShare),
  });
  return `${line}\n${msg(lang, 'wrote', { files: r.files.map((f) => `${r.out}/${f}`).join(', ') })}\n`;
}

/** Register `discover` on the program. */
export function registerDiscover(program: Command, io: CliIo, session: CliSession = { lang: 'en' }): void {
  const flagLang = session.lang;
  program
    .command('discover')
    .description(msg(flagLang, 'help.discover.description'))
    .argument('<dir>', msg(flagLang, 'help.discover.arg.dir'))
    .requiredOption('--where <expression>', msg(flagLang, 'help.discover.opt.where'))
    .option('-o, --out <dir>', msg(flagLang, 'help.discover.opt.out'))
    .option('--alpha <a>', msg(flagLang, 'help.discover.opt.alpha'), numArg('--alpha', 0.001, 0.5, flagLang))
    .option(
      '--min-mass <m>',
      msg(flagLang, 'help.discover.opt.minMass'),
      numArg('--min-mass', 0.001, 1, flagLang),
    )
    .option(
      '--threshold <d>',
      msg(flagLang, 'help.discover.opt.threshold'),
      numArg('--threshold', 0, 1, flagLang),
    )
    .option('--box <i>', msg(flagLang, 'help.discover.opt.box'), intArg('--box', 0, 1_000_000, flagLang))
    .option('--per <run|point>', msg(flagLang, 'help.discover.opt.per'), perArg(flagLang))
    .option(
      '--seed <n>',
      msg(flagLang, 'help.discover.opt.seed'),
      intArg('--seed', 0, 4_294_967_295, flagLang),
    )
    .option('--lang <lang>', msg(flagLang, 'help.opt.langExperiment'), langArg)
    .option('--json', msg(flagLang, 'help.discover.opt.json'))
    .option('-q, --quiet', msg(flagLang, 'help.opt.quiet'))
    .action(async (dir: string, opts: DiscoverFlags) => {
      const lang = opts.lang ?? 'en';
      session.lang = lang;
      try {
        const source = readDiscoverySource(dir);
        const out = opts.out ?? join(dir, 'discover');
        await withOutDir({ ...discoverClaim(dir, out), quiet: opts.quiet }, lang, io, () => {
          const report = discover(
            dir,
            {
              where: opts.where,
              out,
              alpha: opts.alpha,
              pasteAlpha: opts.alpha,
              minMass: opts.minMass,
              threshold: opts.threshold,
              box: opts.box,
              per: opts.per,
              seed: opts.seed,
              lang,
              command: commandLine(dir, opts),
            },
            source,
          );
          if (opts.json) io.out(jsonSummary(report));
          else if (!opts.quiet) io.out(textSummary(lang, dir, report));
        });
      } catch (err) {
        if (err instanceof DiscoverInputError || err instanceof DiscoverWhereError)
          throw usageError(err.in(lang));
        throw err;
      }
    });
}

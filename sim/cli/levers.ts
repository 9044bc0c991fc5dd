/**
 * `cogov levers SCENARIO [--runs N] [--seed S] [--workers W] [--out DIR] [--only id,id]`: every lever
 * of the catalogue that applies to the scenario, its variant run against the scenario on the same
 * seeds; a table of each check's expected direction, paired effect with its 95 % interval and verdict,
 * then the tally. A verdict of "opposite" is a finding, not a failure: the command exits 0.
 */
import type { Lang } from '../kernel/i18n.js';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadScenarioFile } from '../../scenarios/load.js';
import type { Scenario } from '../../scenarios/schema.js';
import { indicatorLabel } from '../../viz/i18n.js';
import { countFigure, differenceFigure, relativeFigure } from '../../viz/console-figures.js';
import { KEY_INDICATORS } from '../model/metrics.js';
import { writeLeversReport } from '../../viz/io/experiment-report.js';
import { scenarioIdOf } from '../ensemble/ensemble.js';
import { type LeverEffect, leverEffects } from '../experiments/lever-effects.js';
import { countVerdicts } from '../experiments/lever-summary.js';
import { LEVERS, type Lever, leversOf } from '../experiments/levers.js';
import { dictionaryCsv } from '../../viz/dictionary.js';
import { writeFileAtomic } from '../io/atomic.js';
import { foreignFiles } from '../io/own-files.js';
import { cogovVersion } from '../io/version.js';
import { displayWidth } from '../kernel/text-width.js';
import { RUN_SEED_RULE } from '../kernel/rng.js';
import { ensembleFlags } from './args.js';
import { CliError, EXIT } from './errors.js';
import { interruptOnSignals } from './interrupt.js';
import { LEVERS_FILES, leversCsv, leversJson, writeLeverTables } from '../batch/levers-outputs.js';
import {
  LeverRunError,
  LeverRunInterruptedError,
  type LeverRuns,
  LeverVariantError,
  runLevers,
} from '../batch/levers-run.js';
import type { CliIo } from './common.js';
import { shellQuote } from '../cluster/shell.js';
import { type CliKey, type CliSession, msg } from '../messages/catalog.js';
import { formatSeconds, progressReporter } from './progress.js';
import { langArg } from './common.js';
import { leversClaim } from './out-claims.js';
import { withOutDir } from './out-guard.js';

interface LeversFlags {
  runs?: number;
  seed?: number;
  workers?: number;
  out?: string;
  only?: string;
  quiet?: boolean;
  lang?: Lang;
}

const fail = (lang: Lang, message: string, code: number = EXIT.usage) =>
  new CliError(msg(lang, 'commandError', { command: 'levers', message }), code);

/**
 * The levers to check, in catalogue order: those of `only` (ids, comma-separated) or all, that apply
 * to `s`; and the ids among them that do not apply (their instrument is off). Throws a usage error
 * for an unknown id (listing the valid ones) or when nothing is left to check.
 */
export function selectLevers(
  s: Scenario,
  only: string | undefined,
  lang: Lang,
): { levers: Lever[]; notApplicable: string[] } {
  const applying = leversOf(s);
  const notApplicable = LEVERS.filter((l) => !applying.includes(l)).map((l) => l.id);
  if (only === undefined) {
    if (applying.length === 0) throw fail(lang, msg(lang, 'leversNoneApplyAll'));
    return { levers: applying, notApplicable };
  }
  const ids = only
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
  const unknown = ids.filter((id) => !LEVERS.some((l) => l.id === id));
  if (unknown.length > 0 || ids.length === 0) {
    const valid = LEVERS.map((l) => l.id).join(', ');
    throw fail(lang, msg(lang, 'leversUnknown', { ids: unknown.join(', ') || JSON.stringify(only), valid }));
  }
  const levers = applying.filter((l) => ids.includes(l.id));
  if (levers.length === 0) throw fail(lang, msg(lang, 'leversNoneApply', { only: ids.join(', ') }));
  return { levers, notApplicable: notApplicable.filter((id) => ids.includes(id)) };
}

/** A key indicator's unit (KEY_INDICATORS), for the display unit of its effect. */
const UNIT_OF: ReadonlyMap<string, string> = new Map(KEY_INDICATORS.map((k) => [k.name, k.unit]));

const VERDICT_KEY: Record<LeverEffect['verdict'], CliKey> = {
  asExpected: 'leversAsExpected',
  notDistinguishable: 'leversNotDistinguishable',
  opposite: 'leversOpposite',
};

/** The terminal table: a header, a rule and one line per check, columns padded to display width. */
export function leversTable(effects: readonly LeverEffect[], lang: Lang, keyYear: number): string {
  const head = (
    [
      'leversColInstrument',
      'leversColVariant',
      'leversColIndicator',
      'leversColExpected',
      'leversColEffect',
      'leversColRelative',
      'leversColVerdict',
    ] as const
  ).map((k) => msg(lang, k));
  const rows = effects.map((e) => {
    const d = e.difference;
    return [
      e.lever.name[lang],
      e.lever.variant[lang],
      indicatorLabel(lang, e.indicator, keyYear),
      e.expected > 0 ? '↑' : '↓',
      differenceFigure(lang, UNIT_OF.get(e.indicator) ?? '', d.mean, d.ci95),
      relativeFigure(lang, d.relative),
      msg(lang, VERDICT_KEY[e.verdict]),
    ];
  });
  const widths = head.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c]))));
  const right = new Set([4, 5]);
  const line = (cells: string[]) =>
    cells
      .map((v, c) => {
        const pad = ' '.repeat(widths[c] - displayWidth(v));
        return right.has(c) ? pad + v : c === cells.length - 1 ? v : v + pad;
      })
      .join('  ');
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(head), rule, ...rows.map(line)].map((l) => `${l}\n`).join('');
}

function runWithProgress(
  s: Scenario,
  levers: Lever[],
  o: { runs: number; seed: number; workers: number; quiet?: boolean },
  io: CliIo,
  lang: Lang,
): Promise<LeverRuns> {
  const t0 = performance.now();
  const progress = o.quiet ? undefined : progressReporter(io.err, process.stderr.isTTY === true, 5, lang);
  const interrupt = interruptOnSignals();
  return runLevers(s, levers, {
    ...o,
    signal: interrupt.signal,
    onProgress: progress
      ? (done, total) => {
          const elapsed = (performance.now() - t0) / 1000;
          const rate = done / Math.max(elapsed, 1e-9);
          progress.onProgress({
            done,
            total,
            resumed: 0,
            elapsedSeconds: elapsed,
            runsPerSecond: rate,
            etaSeconds: (total - done) / rate,
          });
        }
      : undefined,
  })
    .catch((err: unknown) => {
      if (interrupt.signal.aborted || err instanceof LeverRunInterruptedError) {
        throw new CliError(msg(lang, 'leversInterrupted'), 130);
      }
      if (err instanceof LeverRunError || err instanceof LeverVariantError) {
        throw fail(lang, err.in(lang), EXIT.failure);
      }
      throw err;
    })
    .finally(() => {
      progress?.end();
      interrupt.release();
    });
}

async function leversAction(file: string, opts: LeversFlags, io: CliIo, session: CliSession): Promise<void> {
  const t0 = performance.now();
  const loaded = loadScenarioFile(file, { lang: opts.lang });
  const s = loaded.scenario;
  const lang = opts.lang ?? s.language;
  session.lang = lang;
  const runs = opts.runs ?? s.ensemble.runs;
  if (runs < 2) throw fail(lang, msg(lang, 'leversTooFewRuns', { runs }));
  const seed = opts.seed ?? s.ensemble.seed;
  const workers = opts.workers ?? availableParallelism();
  const { levers, notApplicable } = selectLevers(s, opts.only, lang);
  const out = opts.out;
  if (out !== undefined) {
    const foreign = foreignFiles(out, LEVERS_FILES);
    if (foreign.length > 0) throw fail(lang, msg(lang, 'leversForeign', { out, files: foreign.join(', ') }));
  }
  const words = ['cogov', 'levers', file, '--runs', String(runs), '--seed', String(seed)];
  if (opts.only !== undefined) words.push('--only', levers.map((l) => l.id).join(','));
  if (out !== undefined) words.push('--out', out);
  const command = words.map(shellQuote).join(' ');

  const r = await runWithProgress(s, levers, { runs, seed, workers, quiet: opts.quiet }, io, lang);
  const effects = leverEffects(levers, r.runs, r.variantRuns);
  const wall = Math.round((performance.now() - t0) / 10) / 100;
  const written: string[] = [];
  if (out !== undefined) {
    const provenance = {
      cogovVersion: cogovVersion(),
      scenario: { id: scenarioIdOf(file), file, sha256: loaded.sha256, name: s.name },
      keyYear: s.calendar.keyYear,
      runs,
      seed,
      command,
      notApplicable,
    };
    writeLeverTables(out, leversCsv(effects), leversJson(provenance, levers, effects, r.runs, r.variantRuns));
    writeLeversReport(out, { lang });
    writeFileAtomic(join(out, 'dictionary.csv'), dictionaryCsv(s.calendar.keyYear));
    const files = LEVERS_FILES.map((f) => f.name);
    const manifest = {
      cogovVersion: provenance.cogovVersion,
      scenarioFile: file,
      scenarioSha256: loaded.sha256,
      runs,
      seed,
      seedRule: `run i of the scenario and of every variant: ${RUN_SEED_RULE}`,
      levers: levers.map((l) => l.id),
      workers: r.workers,
      wallTimeSeconds: wall,
      nodeVersion: process.version,
      command,
      files,
    };
    writeFileAtomic(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    written.push(...files.map((f) => `${out}/${f}`));
  }
  if (opts.quiet) return;
  const scenario = scenarioIdOf(file);
  const lines = [
    `${msg(lang, 'leversHeading', { scenario, runs: countFigure(lang, runs), seed })}\n\n`,
    leversTable(effects, lang, s.calendar.keyYear),
    `\n${msg(lang, 'leversSummary', { ...countVerdicts(effects) })}\n`,
  ];
  if (notApplicable.length > 0)
    lines.push(`${msg(lang, 'leversNotApplicable', { ids: notApplicable.join(', ') })}\n`);
  lines.push(
    `${msg(lang, 'leversTotals', { scenarios: levers.length + 1, runs: countFigure(lang, runs), time: formatSeconds(wall, lang) })}\n`,
  );
  if (written.length > 0) lines.push(`${msg(lang, 'wrote', { files: written.join(', ') })}\n`);
  io.out(lines.join(''));
}

/** Register `levers` on the program. */
export function registerLevers(program: Command, io: CliIo, session: CliSession = { lang: 'en' }): void {
  const flagLang = session.lang;
  ensembleFlags(
    program
      .command('levers')
      .description(msg(flagLang, 'help.levers.description'))
      .argument('<file>', msg(flagLang, 'help.arg.scenario')),
    flagLang,
    { runs: 'help.levers.opt.runs', minRuns: 2 },
  )
    .option('-o, --out <dir>', msg(flagLang, 'help.levers.opt.out'))
    .option('--only <ids>', msg(flagLang, 'help.levers.opt.only'))
    .option('--lang <lang>', msg(flagLang, 'help.levers.opt.lang'), langArg)
    .option('-q, --quiet', msg(flagLang, 'help.opt.quietProgress'))
    .action((file: string, opts: LeversFlags) =>
      opts.out === undefined
        ? leversAction(file, opts, io, session)
        : withOutDir({ ...leversClaim(file, opts.out), quiet: opts.quiet }, opts.lang ?? 'en', io, () =>
            leversAction(file, opts, io, session),
          ),
    );
}

/**
 * `cogov game FILE`: the tripartite evolutionary game of the validation (docs/VALIDATION.md §1).
 * Prints the ESS table (eigenvalues of the Jacobian at the eight pure corners) and the end state of
 * each start under the replicator ODE and the well-mixed agent-based mode; with --out, writes
 * DIR/trajectories.csv (start, source ode|abm, t, x, y, z) atomically.
 */
import type { Lang } from '../kernel/i18n.js';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { ScenarioError, type ScenarioIssue } from '../../scenarios/issues.js';
import { MAX_SCENARIO_BYTES, sizeLimitMessage } from '../../scenarios/parse.js';
import { type GameResult, gridStarts, runGame } from '../game/game.js';
import type { Path } from '../game/replicator.js';
import { gameWork, MAX_ABM_REVISIONS, MAX_GAME_STEPS, parseBoundedGameText } from '../game/limits.js';
import type { GameFile, Start } from '../game/schema.js';
import { writeFileAtomic } from '../io/atomic.js';
import { gameClaim } from './out-claims.js';
import { claimOutDir } from './out-guard.js';
import { csvLine, fmt } from '../outputs/csv.js';
import { usageError } from './errors.js';
import { gameReportText } from './game-report.js';
import { isTableGameText, loadTableGame, runTableGameCommand } from './game-table.js';
import type { CliIo } from './common.js';
import { type CliSession, msg } from '../messages/catalog.js';
import { langArg } from './common.js';

/** Largest seed accepted (unsigned 32-bit, as the run seeds). */
const MAX_GAME_SEED = 4_294_967_295;

/** Read a game file's bytes (a regular file within the size limit), else a positioned ScenarioError. */
export function readGameBytes(file: string, lang: Lang = 'en'): Uint8Array {
  const fail = (message: string): ScenarioError => {
    const issue: ScenarioIssue = { file, line: 1, col: 1, path: '(file)', message };
    return new ScenarioError([issue]);
  };
  let bytes: Uint8Array;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw fail(msg(lang, 'gameNotRegular'));
    if (st.size > MAX_SCENARIO_BYTES) throw fail(sizeLimitMessage(st.size, MAX_SCENARIO_BYTES, lang));
    bytes = new Uint8Array(readFileSync(file));
  } catch (err) {
    if (err instanceof ScenarioError) throw err;
    const code = (err as { code?: unknown }).code;
    throw fail(
      code === 'ENOENT'
        ? msg(lang, 'fileNotFound')
        : msg(lang, 'fileUnreadable', { message: (err as Error).message }),
    );
  }
  return bytes;
}

/** Read and validate a game file of the renewal game's form; every problem is thrown at once. */
export function loadGameFile(file: string, lang: Lang = 'en'): GameFile {
  const result = parseBoundedGameText(readGameBytes(file, lang), file, lang);
  if (!result.ok) throw new ScenarioError(result.issues);
  return result.value;
}

/** One or more "x,y,z" starts separated by ";", each share in [0, 1] (a usage error otherwise). */
function startList(spec: string, lang: Lang): Start[] {
  return spec.split(';').map((part) => {
    const v = part.split(',').map((s) => s.trim());
    const n = v.map(Number);
    if (v.length !== 3 || v.some((s) => s === '') || n.some((x) => !Number.isFinite(x) || x < 0 || x > 1)) {
      throw usageError(msg(lang, 'gameStarts', { value: part }));
    }
    return [n[0], n[1], n[2]] as const;
  });
}

/** Parse --starts: "grid", or one or more "x,y,z" separated by ";" (each share in [0, 1]). */
export function parseStarts(spec: string, game: GameFile, lang: Lang = 'en'): Start[] {
  if (spec.trim() === 'grid') return gridStarts(game.grid);
  return startList(spec, lang);
}

function intOption(name: string, min: number, max: number, lang: Lang) {
  return (v: string): number => {
    const n = Number(v);
    if (!/^\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(msg(lang, 'intRange', { name, min, max, value: v }));
    }
    return n;
  };
}

const startLabel = (s: Start) => s.map(fmt).join(';');

function pathRows(label: string, source: 'ode' | 'abm', p: Path): string {
  let out = '';
  for (let k = 0; k < p.t.length; k++) out += csvLine([label, source, p.t[k], p.x[k], p.y[k], p.z[k]]);
  return out;
}

/** trajectories.csv: one row per start, source and record; start is "x;y;z". */
export function trajectoriesCsv(r: GameResult): string {
  let out = csvLine(['start', 'source', 't', 'x', 'y', 'z']);
  for (const o of r.outcomes) {
    const label = startLabel(o.start);
    out += pathRows(label, 'ode', o.ode);
    if (o.abm) out += pathRows(label, 'abm', o.abm);
  }
  return out;
}

interface GameFlags {
  out?: string;
  starts?: string;
  agents?: number;
  seed?: number;
  mutation?: number;
  json?: boolean;
  scan?: string;
  lang?: Lang;
}

/** Parse --starts for a payoff-table game: "grid" or "grid27" ({0.1, 0.5, 0.9}³), or x,y,z[;x,y,z...]. */
function parseTableStarts(spec: string, lang: Lang): Start[] | 'grid' {
  if (spec.trim() === 'grid' || spec.trim() === 'grid27') return 'grid';
  return startList(spec, lang);
}

function rateOption(lang: Lang) {
  return (v: string): number => {
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
      throw new InvalidArgumentError(msg(lang, 'gameMutationValue', { value: v }));
    }
    return n;
  };
}

/** Register `cogov game` on the program. */
export function registerGame(program: Command, io: CliIo, session: CliSession = { lang: 'en' }): void {
  const flagLang = session.lang;
  program
    .command('game')
    .description(msg(flagLang, 'help.game.description'))
    .argument('<file>', msg(flagLang, 'help.game.arg.file'))
    .option('-o, --out <dir>', msg(flagLang, 'help.game.opt.out'))
    .option('--starts <spec>', msg(flagLang, 'help.game.opt.starts'))
    .option(
      '--agents <n>',
      msg(flagLang, 'help.game.opt.agents'),
      intOption('--agents', 0, 10_000_000, flagLang),
    )
    .option(
      '--seed <n>',
      msg(flagLang, 'help.game.opt.seed'),
      intOption('--seed', 0, MAX_GAME_SEED, flagLang),
    )
    .option('--mutation <rate>', msg(flagLang, 'help.game.opt.mutation'), rateOption(flagLang))
    .option('--scan <spec>', msg(flagLang, 'help.game.opt.scan'))
    .option('--json', msg(flagLang, 'help.game.opt.json'))
    .option('--lang <lang>', msg(flagLang, 'help.game.opt.lang'), langArg)
    .action((file: string, opts: GameFlags) => {
      const lang = opts.lang ?? 'en';
      session.lang = lang;
      const bytes = readGameBytes(file, lang);
      if (isTableGameText(bytes)) {
        const table = loadTableGame(bytes, file, lang);
        const starts = opts.starts === undefined ? undefined : parseTableStarts(opts.starts, lang);
        runTableGameCommand(file, table, { ...opts, starts }, io, lang);
        return;
      }
      for (const [flag, set] of [
        ['--json', opts.json],
        ['--scan', opts.scan],
        ['--mutation', opts.mutation],
      ] as const) {
        if (set !== undefined) throw usageError(msg(lang, 'gameTableOnly', { flag }));
      }
      const parsed = parseBoundedGameText(bytes, file, lang);
      if (!parsed.ok) throw new ScenarioError(parsed.issues);
      const loaded = parsed.value;
      const game: GameFile = {
        ...loaded,
        abm: { ...loaded.abm, agents: opts.agents ?? loaded.abm.agents, seed: opts.seed ?? loaded.abm.seed },
      };
      const starts = opts.starts === undefined ? game.starts : parseStarts(opts.starts, game, lang);
      const work = gameWork(game, starts);
      if (work.steps > MAX_GAME_STEPS || work.revisions > MAX_ABM_REVISIONS) {
        throw usageError(msg(lang, 'gameTooMuchWork', { revisions: work.revisions, max: MAX_ABM_REVISIONS }));
      }
      const claim = opts.out ? gameClaim(file, opts.out, false) : undefined;
      const release = claim ? claimOutDir(claim, lang, io) : () => {};
      try {
        const result = runGame(game, starts);
        io.out(gameReportText(game.name, result, lang));
        if (opts.out) {
          const path = join(opts.out, 'trajectories.csv');
          writeFileAtomic(path, trajectoriesCsv(result));
          io.out(`${msg(lang, 'wrote', { files: path })}\n`);
        }
      } finally {
        release();
      }
    });
}

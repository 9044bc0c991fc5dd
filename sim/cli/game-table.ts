/**
 * `cogov game FILE` on a payoff-table game file (one with `players:`): load it (positioned errors,
 * exit 2), check the work against the caps, analyse the base and every stage, print the tables
 * (or `--json`), and with --out write equilibria.csv, outcomes.csv, trajectories.csv,
 * replicator.csv, scan.csv (with --scan) and report.html, each atomically, after claiming the folder.
 */
import { join } from 'node:path';
import { ScenarioError } from '../../scenarios/issues.js';
import type { Lang } from '../kernel/i18n.js';
import type { Start } from '../game/schema.js';
import {
  analyseTableGame,
  MAX_SCAN_POINTS,
  MAX_TABLE_ABM_REVISIONS,
  MAX_TABLE_RECORDS,
  MAX_TABLE_RK4_STEPS,
  type ScanResult,
  scanPoints,
  scanTableGame,
  tableStarts,
  tableWork,
  GRID27,
} from '../game/table-analysis.js';
import { parseTableGameText, type TableGame } from '../game/table-load.js';
import { writeFileAtomic } from '../io/atomic.js';
import { msg } from '../messages/catalog.js';
import { gameTablePage } from '../../viz/game-page.js';
import type { CliIo } from './common.js';
import { usageError } from './errors.js';
import {
  equilibriaCsv,
  outcomesCsv,
  replicatorCsv,
  scanCsv,
  tableJson,
  tableText,
  tableTrajectoriesCsv,
} from './game-table-out.js';
import { gameClaim } from './out-claims.js';
import { claimOutDir } from './out-guard.js';

/** Whether game-file bytes are a payoff-table game: a top-level `players:` key. */
export function isTableGameText(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return /^players[ \t]*:/m.test(text);
}

/** Load a payoff-table game; problems are thrown at once as a ScenarioError (exit 2). */
export function loadTableGame(bytes: Uint8Array, file: string, lang: Lang): TableGame {
  const r = parseTableGameText(bytes, file, lang);
  if (!r.ok) throw new ScenarioError(r.issues);
  return r.value;
}

/** Parse --scan NAME=FROM:TO:STEP against the game's parameters. */
export function parseScan(spec: string, game: TableGame, lang: Lang): { name: string; values: number[] } {
  const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*([^:]+):([^:]+):([^:]+)\s*$/.exec(spec);
  const nums = m ? [m[2], m[3], m[4]].map((s) => (s.trim() === '' ? Number.NaN : Number(s))) : [];
  if (!m || nums.some((v) => !Number.isFinite(v)) || !(nums[2] > 0) || nums[0] > nums[1]) {
    throw usageError(msg(lang, 'gameScanSpec', { value: spec }));
  }
  const name = m[1];
  if (!game.parameterNames.includes(name)) {
    throw usageError(msg(lang, 'gameScanName', { name, names: game.parameterNames.join(', ') }));
  }
  const points = Math.floor((nums[1] - nums[0]) / nums[2] + 1e-9) + 1;
  if (points > MAX_SCAN_POINTS)
    throw usageError(msg(lang, 'gameScanPoints', { points, max: MAX_SCAN_POINTS }));
  return { name, values: scanPoints(nums[0], nums[1], nums[2]) };
}

/** Options of a payoff-table run (the command's flags, already parsed). */
export interface TableRunOptions {
  out?: string;
  starts?: Start[] | 'grid';
  agents?: number;
  seed?: number;
  mutation?: number;
  json?: boolean;
  scan?: string;
}

/** Run the command on a loaded payoff-table game. */
export function runTableGameCommand(
  file: string,
  loaded: TableGame,
  opts: TableRunOptions,
  io: CliIo,
  lang: Lang,
): void {
  const abm = loaded.file.abm;
  const game: TableGame = {
    ...loaded,
    file: {
      ...loaded.file,
      abm: {
        ...abm,
        agents: opts.agents ?? abm.agents,
        seed: opts.seed ?? abm.seed,
        mutation: opts.mutation ?? abm.mutation,
      },
    },
  };
  const starts = opts.starts === 'grid' ? GRID27 : (opts.starts ?? tableStarts(game));
  const work = tableWork(game, starts);
  if (
    work.rk4 > MAX_TABLE_RK4_STEPS ||
    work.records > MAX_TABLE_RECORDS ||
    work.revisions > MAX_TABLE_ABM_REVISIONS
  ) {
    throw usageError(
      msg(lang, 'gameTableTooMuch', {
        ...work,
        maxRk4: MAX_TABLE_RK4_STEPS,
        maxRecords: MAX_TABLE_RECORDS,
        maxRevisions: MAX_TABLE_ABM_REVISIONS,
      }),
    );
  }
  const scanSpec = opts.scan === undefined ? undefined : parseScan(opts.scan, game, lang);
  const release = opts.out ? claimOutDir(gameClaim(file, opts.out, true), lang, io) : () => {};
  try {
    const result = analyseTableGame(game, starts);
    const scan: ScanResult | undefined = scanSpec
      ? scanTableGame(game, scanSpec.name, scanSpec.values)
      : undefined;
    if (opts.json) io.out(`${JSON.stringify(tableJson(game, result, lang, scan), null, 2)}\n`);
    else io.out(tableText(game, result, lang, scan));
    if (opts.out) {
      const files: [string, string][] = [
        ['equilibria.csv', equilibriaCsv(result, lang)],
        ['outcomes.csv', outcomesCsv(result, lang)],
        ['trajectories.csv', tableTrajectoriesCsv(result)],
        ['replicator.csv', replicatorCsv(game, result, lang)],
        ...(scan ? ([['scan.csv', scanCsv(scan)]] as [string, string][]) : []),
        ['report.html', gameTablePage(game, result, lang, scan)],
      ];
      const paths = files.map(([name, text]) => {
        const path = join(opts.out as string, name);
        writeFileAtomic(path, text);
        return path;
      });
      const line = `${msg(lang, 'wrote', { files: paths.join(', ') })}\n`;
      if (opts.json) io.err(line);
      else io.out(line);
    }
  } finally {
    release();
  }
}

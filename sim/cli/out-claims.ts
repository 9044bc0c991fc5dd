/**
 * What each command that writes an output folder may write there and which files it reads, for the
 * guard of sim/cli/out-guard.ts (checked before any work; see {@link claimOutDir}).
 */
import { join } from 'node:path';
import { COMPARE_FILES } from '../batch/compare-outputs.js';
import { LEVERS_FILES } from '../batch/levers-outputs.js';
import { PARTIAL_FILE } from '../batch/sweep-run.js';
import { ENSEMBLE_FILES } from '../io/ensemble-outputs.js';
import { DISCOVERY_FILES } from '../outputs/discovery.js';
import { GAME_TABLE_FILES } from '../outputs/game-table-columns.js';
import { STALLED_FILE } from '../outputs/stalled.js';
import type { OutClaim } from './out-guard.js';

const ENSEMBLE_WRITES = [...ENSEMBLE_FILES, 'report.html'];
const SWEEP_WRITES = [
  'points.csv',
  'points.parquet',
  PARTIAL_FILE,
  'design.csv',
  'dictionary.csv',
  'manifest.json',
  'report.html',
];

/** `cogov run FILE --out OUT`. */
export function runClaim(file: string, out: string): OutClaim {
  return { out, writes: [...ENSEMBLE_WRITES, STALLED_FILE], reads: [file] };
}

/** `cogov merge DIR… --out OUT`: the shards' files are inputs. */
export function mergeClaim(dirs: readonly string[], out: string): OutClaim {
  const shardFiles = ['manifest.json', 'values.bin', 'runs.csv', 'runs.parquet'];
  return {
    out,
    writes: [...ENSEMBLE_WRITES, STALLED_FILE],
    reads: dirs.flatMap((d) => shardFiles.map((f) => join(d, f))),
  };
}

/** `cogov report DIR`: writes report.html (and figures/ with --png) beside the outputs it reads. */
export function reportClaim(dir: string): OutClaim {
  return { out: dir, writes: ['report.html'], reads: [], existing: true };
}

/** `cogov compare A B … --out OUT`. */
export function compareClaim(files: readonly string[], out: string): OutClaim {
  return { out, writes: [...COMPARE_FILES, 'runs.parquet', 'curves.parquet', 'report.html'], reads: files };
}

/** `cogov levers FILE --out OUT`. */
export function leversClaim(file: string, out: string): OutClaim {
  return { out, writes: LEVERS_FILES.map((f) => f.name), reads: [file] };
}

/** `cogov sweep EXP --out OUT`. */
export function sweepClaim(file: string, out: string): OutClaim {
  return { out, writes: SWEEP_WRITES, reads: [file] };
}

/** `cogov discover DIR --out OUT`: the source's files are inputs. */
export function discoverClaim(dir: string, out: string): OutClaim {
  return {
    out,
    writes: [...DISCOVERY_FILES],
    reads: ['manifest.json', 'points.csv', 'runs.csv'].map((f) => join(dir, f)),
  };
}

/**
 * `cogov sensitivity EXP [--points FILE…] --out OUT`: with --points the points files are inputs and
 * only the analysis is written (so points.csv of an earlier sweep into OUT may be read there).
 */
export function sensitivityClaim(file: string, points: readonly string[] | undefined, out: string): OutClaim {
  const analysis = ['morris.csv', 'sobol.csv', 'sensitivity.json', 'manifest.json', 'report.html'];
  const writes = points === undefined ? [...SWEEP_WRITES, ...analysis] : analysis;
  return { out, writes, reads: [file, ...(points ?? [])] };
}

/**
 * `cogov game FILE --out OUT`: the renewal game's form writes trajectories.csv; a payoff-table game
 * its tables (equilibria, outcomes, trajectories, replicator, scan) and report.html.
 */
export function gameClaim(file: string, out: string, table: boolean): OutClaim {
  return { out, writes: table ? [...GAME_TABLE_FILES] : ['trajectories.csv'], reads: [file] };
}

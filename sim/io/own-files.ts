/**
 * Guard for output folders: a command overwrites a file in its --out folder only when cogov wrote
 * it (a JSON object with `cogovVersion`, an HTML page whose generator is cogov, or a CSV file with
 * the header the command writes), never a file of someone else that happens to have the same name.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { DICTIONARY_COLUMNS } from '../../viz/dictionary.js';
import { DIFFERENCE_CURVES_COLUMNS, DIFFERENCES_COLUMNS } from '../outputs/compare.js';
import { CURVES_COLUMNS, RUNS_FIXED_COLUMNS, TRAJECTORIES_COLUMNS } from '../outputs/ensemble.js';
import { MORRIS_COLUMNS, POINTS_FIXED_COLUMNS, SOBOL_COLUMNS } from '../outputs/experiments.js';
import {
  GAME_EQUILIBRIA_COLUMNS,
  GAME_OUTCOMES_COLUMNS,
  GAME_REPLICATOR_COLUMNS,
  GAME_SCAN_COLUMNS,
  GAME_TABLE_TRAJECTORIES_COLUMNS,
} from '../outputs/game-table-columns.js';
import { LEVERS_CSV_COLUMNS } from '../outputs/levers.js';
import {
  CONVERGENCE_COLUMNS,
  EVALUATION_FIXED_COLUMNS,
  RUNS_FIXED_COLUMNS as OPTIMISATION_RUNS_FIXED,
} from '../outputs/optimisation.js';
import { OPTIMISATION_SCHEMA_ID } from '../experiments/optimisation-json-schema.js';
import { GAME_SCHEMA_ID } from '../game/json-schema.js';

/** How to recognise a file cogov wrote: its kind, and for CSV the header line (without newline). */
export type OwnFile = { name: string; kind: 'json' | 'html' } | { name: string; kind: 'csv'; header: string };

const GENERATOR = '<meta name="generator" content="cogov';

function isOurs(path: string, f: OwnFile): boolean {
  if (!statSync(path).isFile()) return false;
  const text = readFileSync(path, 'utf8');
  if (f.kind === 'html') return text.includes(GENERATOR);
  if (f.kind === 'csv') return text.split('\n', 1)[0] === f.header;
  try {
    const v = JSON.parse(text) as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) && 'cogovVersion' in v;
  } catch {
    return false;
  }
}

/** The files of `files` that exist in `dir` but were not written by cogov (empty: safe to write). */
export function foreignFiles(dir: string, files: readonly OwnFile[]): string[] {
  if (!existsSync(dir)) return [];
  return files
    .filter((f) => existsSync(join(dir, f.name)) && !isOurs(join(dir, f.name), f))
    .map((f) => f.name);
}

/** Header lines (or their beginnings, for tables whose columns follow the factors) of cogov's CSV files. */
const CSV_HEADS: readonly string[] = [
  CURVES_COLUMNS.join(','),
  TRAJECTORIES_COLUMNS.join(','),
  `${RUNS_FIXED_COLUMNS.join(',')},`,
  `${POINTS_FIXED_COLUMNS.join(',')},`,
  `${OPTIMISATION_RUNS_FIXED.join(',')},`,
  `${EVALUATION_FIXED_COLUMNS.join(',')},`,
  CONVERGENCE_COLUMNS.join(','),
  'point,',
  DIFFERENCES_COLUMNS.join(','),
  DIFFERENCE_CURVES_COLUMNS.join(','),
  MORRIS_COLUMNS.join(','),
  SOBOL_COLUMNS.join(','),
  LEVERS_CSV_COLUMNS.join(','),
  DICTIONARY_COLUMNS.join(','),
  'start,source,t,x,y,z',
  GAME_EQUILIBRIA_COLUMNS.join(','),
  GAME_OUTCOMES_COLUMNS.join(','),
  GAME_TABLE_TRAJECTORIES_COLUMNS.join(','),
  GAME_REPLICATOR_COLUMNS.join(','),
  GAME_SCAN_COLUMNS.join(','),
];

/** The first two lines (up to a colon) of the Slurm scripts `cogov slurm` writes. */
const SCRIPT_HEADS: readonly string[] = [
  '#!/bin/bash\n# cogov on Slurm',
  '#!/bin/bash\n# Submit the cogov job array and the merge job that starts once every task has succeeded.',
];

/** The `$id` of the JSON Schemas `cogov schema` writes. */
const SCHEMA_IDS: readonly string[] = [
  'https://cogov.dev/scenario.schema.json',
  'https://cogov.dev/experiment.schema.json',
  OPTIMISATION_SCHEMA_ID,
  GAME_SCHEMA_ID,
];

function headOf(path: string, bytes: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = new Uint8Array(bytes);
    return Buffer.from(buf.subarray(0, readSync(fd, buf, 0, bytes, 0)));
  } finally {
    closeSync(fd);
  }
}

function tailOf(path: string, bytes: number): Buffer {
  const size = statSync(path).size;
  const fd = openSync(path, 'r');
  try {
    const n = Math.min(size, bytes);
    const buf = new Uint8Array(n);
    return Buffer.from(buf.subarray(0, readSync(fd, buf, 0, n, size - n)));
  } finally {
    closeSync(fd);
  }
}

/** The `files` of `dir`/manifest.json when cogov wrote that manifest, else none. */
function manifestFiles(dir: string): Set<string> {
  try {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as unknown;
    if (typeof m !== 'object' || m === null || !('cogovVersion' in m) || !('files' in m)) return new Set();
    return new Set(Array.isArray(m.files) ? m.files.filter((f): f is string => typeof f === 'string') : []);
  } catch {
    return new Set();
  }
}

/**
 * Whether cogov wrote the file at `path`, judged from its content: JSON with `cogovVersion` (or the
 * fields of summary.json), an HTML page with cogov's generator tag, a Parquet file created by cogov,
 * a values.bin record, a CSV file whose header is one cogov writes. Folders and other files are not.
 */
export function cogovWrote(path: string): boolean {
  if (!statSync(path).isFile()) return false;
  const ext = extname(path).toLowerCase();
  if (ext === '.parquet') {
    return headOf(path, 4).toString('latin1') === 'PAR1' && tailOf(path, 1 << 16).includes('cogov ');
  }
  if (ext === '.bin') return headOf(path, 4).toString('latin1') === 'COGV';
  if (ext === '.csv') {
    const head = headOf(path, 4096).toString('utf8').split('\n', 1)[0];
    return CSV_HEADS.some((h) => (h.endsWith(',') ? head.startsWith(h) : head === h));
  }
  if (ext === '.html') return headOf(path, 1 << 16).includes(GENERATOR);
  if (ext === '.sbatch' || ext === '.sh')
    return SCRIPT_HEADS.includes(
      headOf(path, 256).toString('utf8').split('\n', 2).join('\n').replace(/:.*$/, ''),
    );
  if (ext !== '.json') return false;
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    if ('$id' in v && typeof v.$id === 'string' && SCHEMA_IDS.includes(v.$id)) return true;
    return 'cogovVersion' in v || ('indicators' in v && 'ci95' in v && 'quantiles' in v);
  } catch {
    return false;
  }
}

/**
 * The names of `files` present in `dir` that cogov did not write (empty: safe to replace): a file is
 * cogov's when the folder's own manifest lists it or {@link cogovWrote} recognises its content.
 */
export function foreignOutputs(dir: string, files: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  const listed = manifestFiles(dir);
  return files.filter((f) => {
    const path = join(dir, f);
    if (!existsSync(path)) return false;
    if (listed.has(f) && f !== 'manifest.json' && statSync(path).isFile()) return false;
    return !cogovWrote(path);
  });
}

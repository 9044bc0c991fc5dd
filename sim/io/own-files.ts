/**
 * Guard for output folders: a command overwrites a file in its --out folder only when cogov wrote
 * it (a JSON object with `cogovVersion`, an HTML page whose generator is cogov, or a CSV file with
 * the header the command writes), never a file of someone else that happens to have the same name.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

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

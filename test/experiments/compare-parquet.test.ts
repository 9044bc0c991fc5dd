/**
 * `cogov compare --format parquet` (issue 15): runs.parquet replaces runs.csv and curves.parquet is
 * written beside curves.csv; read back with hyparquet they hold exactly the CSV of the same
 * comparison written with csv (null where a cell is empty); the report is still written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { fmt, parseCsv } from '../../sim/outputs/csv.js';
import { cli, TINY_YAML, workspace } from './helpers.js';

function asCsvCell(v: unknown): string {
  if (v === null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 7);
  if (typeof v === 'number') return fmt(v);
  return String(v);
}

async function sameAsCsv(csvPath: string, pqPath: string): Promise<number> {
  const [head, ...csvRows] = parseCsv(readFileSync(csvPath, 'utf8'));
  const rows = (await parquetReadObjects({ file: await asyncBufferFromFile(pqPath) })) as Record<
    string,
    unknown
  >[];
  expect(rows.map((row) => head.map((c) => asCsvCell(row[c])))).toEqual(csvRows);
  return rows.reduce((n, row) => n + head.filter((c) => row[c] === null).length, 0);
}

describe('cogov compare --format parquet', () => {
  it('writes runs.parquet and curves.parquet with the values of the CSV', async () => {
    const ws = workspace();
    writeFileSync(join(ws, 'small.yaml'), TINY_YAML.replace('communities: 8', 'communities: 6'));
    const args = (out: string, more: string[]) => [
      'compare',
      join(ws, 'tiny.yaml'),
      join(ws, 'small.yaml'),
      '--runs',
      '3',
      '--workers',
      '1',
      '--quiet',
      '--out',
      join(ws, out),
      ...more,
    ];
    for (const [out, more] of [
      ['csv', []],
      ['pq', ['--format', 'parquet']],
    ] as const) {
      const r = await cli(args(out, [...more]));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    const manifest = JSON.parse(readFileSync(join(ws, 'pq', 'manifest.json'), 'utf8'));
    expect(manifest.files.slice(0, 3)).toEqual(['curves.csv', 'curves.parquet', 'runs.parquet']);
    expect(manifest.command).toContain('--format parquet');
    expect(existsSync(join(ws, 'pq', 'runs.csv'))).toBe(false);
    expect(existsSync(join(ws, 'pq', 'report.html'))).toBe(true);
    expect(readFileSync(join(ws, 'pq', 'curves.csv'), 'utf8')).toBe(
      readFileSync(join(ws, 'csv', 'curves.csv'), 'utf8'),
    );
    await sameAsCsv(join(ws, 'csv', 'runs.csv'), join(ws, 'pq', 'runs.parquet'));
    expect(await sameAsCsv(join(ws, 'csv', 'curves.csv'), join(ws, 'pq', 'curves.parquet'))).toBeGreaterThan(
      0,
    );
    // Back to csv in the same folder: no Parquet file is left behind.
    const again = await cli(args('pq', []));
    expect(again.code).toBe(0);
    expect(existsSync(join(ws, 'pq', 'runs.parquet'))).toBe(false);
    expect(existsSync(join(ws, 'pq', 'curves.parquet'))).toBe(false);
  });
});

/**
 * `cogov sweep --format parquet` (issue 15): points.parquet, read back with hyparquet, holds exactly
 * the rows of points.csv (kept beside it for resume, `sensitivity --points` and the report), with
 * typed factor columns; same seed, same bytes, also after an interrupted sweep is resumed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { loadExperiment, runSweep } from '../../sim/index.js';
import { SweepInterruptedError } from '../../sim/batch/sweep-run.js';
import { fmt, parseCsv } from '../../sim/outputs/csv.js';
import { cli, gridExperiment, workspace } from './helpers.js';

function asCsvCell(v: unknown): string {
  if (v === null) return '';
  if (typeof v === 'number') return fmt(v);
  return String(v);
}

describe('cogov sweep --format parquet', () => {
  it('writes points.parquet with the values of points.csv, typed, the same bytes for the same seed', async () => {
    const ws = workspace();
    writeFileSync(join(ws, 'grid.yaml'), gridExperiment(2));
    const loaded = loadExperiment(join(ws, 'grid.yaml'));
    const r = await runSweep(loaded, { out: join(ws, 'a'), format: 'parquet' });
    expect(r.files.slice(0, 2)).toEqual(['points.csv', 'points.parquet']);
    const [head, ...csvRows] = parseCsv(readFileSync(join(ws, 'a', 'points.csv'), 'utf8'));
    const file = await asyncBufferFromFile(join(ws, 'a', 'points.parquet'));
    const meta = await parquetMetadataAsync(file);
    expect(meta.schema.slice(1).map((s) => s.name)).toEqual(head);
    const type = (name: string) => meta.schema.find((s) => s.name === name)?.type;
    expect([type('run'), type('seed'), type('subsidy'), type('ppp'), type('participation')]).toEqual([
      'INT32',
      'INT64',
      'DOUBLE',
      'BOOLEAN',
      'DOUBLE',
    ]);
    expect(meta.key_value_metadata?.find((kv) => kv.key === 'cogov.table')?.value).toBe('points');
    const rows = (await parquetReadObjects({ file })) as Record<string, unknown>[];
    expect(rows.map((row) => head.map((c) => asCsvCell(row[c])))).toEqual(csvRows);

    // The command writes the same bytes; an interrupted sweep resumed does too.
    const byCli = await cli([
      'sweep',
      join(ws, 'grid.yaml'),
      '--format',
      'parquet',
      '-w',
      '1',
      '-q',
      '--out',
      join(ws, 'b'),
    ]);
    expect(byCli.stderr).toBe('');
    expect(byCli.code).toBe(0);
    const bytes = (dir: string) => readFileSync(join(ws, dir, 'points.parquet')).toString('base64');
    expect(bytes('b')).toBe(bytes('a'));
    const ac = new AbortController();
    const cut = { out: join(ws, 'c'), format: 'parquet' as const };
    await expect(
      runSweep(loaded, {
        ...cut,
        signal: ac.signal,
        onProgress: (p) => {
          if (p.done === 3) ac.abort();
        },
      }),
    ).rejects.toBeInstanceOf(SweepInterruptedError);
    expect(existsSync(join(ws, 'c', 'points.parquet'))).toBe(false);
    const resumed = await runSweep(loaded, { ...cut, resume: true });
    expect(resumed.resumed).toBe(3);
    expect(bytes('c')).toBe(bytes('a'));
  });

  it('refuses a bad --format with exit 2', async () => {
    const ws = workspace();
    writeFileSync(join(ws, 'grid.yaml'), gridExperiment(1));
    const r = await cli(['sweep', join(ws, 'grid.yaml'), '--format', 'feather', '--out', join(ws, 'x')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format must be csv or parquet, not "feather"');
  });
});

/**
 * `--format parquet` (issue 15): the Parquet tables of an ensemble, read back with hyparquet (a
 * reader, not the writer hyparquet-writer), hold exactly the values of the CSV written for the same
 * seed (nulls where the CSV cells are empty); the same seed gives the same bytes; resume, shards and
 * merge write Parquet too; the CLI refuses a bad --format with exit 2 and still renders the report.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { asyncBufferFromFile, type FileMetaData, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../scenarios/load.js';
import { runEnsemble } from '../../sim/ensemble/ensemble.js';
import { EnsembleInterruptedError } from '../../sim/ensemble/errors.js';
import { mergeShards } from '../../sim/ensemble/merge.js';
import { ParquetTableWriter } from '../../sim/io/parquet.js';
import { cogovVersion } from '../../sim/io/version.js';
import { fmt, parseCsv } from '../../sim/outputs/csv.js';
import { CURVES_COLUMNS, runsColumns, TRAJECTORIES_COLUMNS } from '../../sim/outputs/ensemble.js';
import { cogov, workspace } from './helpers.js';

const PQ = ['curves.parquet', 'runs.parquet', 'trajectories.parquet', 'curves.csv', 'summary.json'];
let ws: string;
let tiny: ReturnType<typeof loadScenarioFile>;
let csvDir: string;
let pqDir: string;

async function readParquet(path: string): Promise<{ meta: FileMetaData; rows: Record<string, unknown>[] }> {
  const file = await asyncBufferFromFile(path);
  const meta = await parquetMetadataAsync(file);
  const rows = (await parquetReadObjects({ file })) as Record<string, unknown>[];
  return { meta, rows };
}

const bytesOf = (dir: string, files: string[]) =>
  Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));

/** A Parquet cell as the CSV prints it: null is an empty cell, a DATE is "YYYY-MM". */
function asCsvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 7);
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return fmt(v);
  return String(v);
}

/** Every row and cell of `table`.parquet in `pq` equals `table`.csv in `csv`; returns the nulls seen. */
async function sameAsCsv(table: string, columns: readonly string[]): Promise<number> {
  const [head, ...csvRows] = parseCsv(readFileSync(join(csvDir, `${table}.csv`), 'utf8'));
  expect(head).toEqual([...columns]);
  const { meta, rows } = await readParquet(join(pqDir, `${table}.parquet`));
  expect(meta.schema.slice(1).map((s) => s.name)).toEqual([...columns]);
  expect(rows.length).toBe(csvRows.length);
  let nulls = 0;
  rows.forEach((row, r) => {
    const cells = columns.map((c) => asCsvCell(row[c]));
    expect(cells, `${table} row ${r}`).toEqual(csvRows[r]);
    for (const c of columns) if (row[c] === null) nulls++;
  });
  return nulls;
}

beforeAll(async () => {
  ws = workspace();
  tiny = loadScenarioFile(join(ws, 'tiny.yaml'));
  csvDir = join(ws, 'csv');
  pqDir = join(ws, 'pq');
  await runEnsemble(tiny, { out: csvDir, runs: 8, workers: 1, trajectories: true });
  await runEnsemble(tiny, { out: pqDir, runs: 8, workers: 1, trajectories: true, format: 'parquet' });
});

describe('--format parquet', () => {
  it('writes runs, trajectories and curves as Parquet, curves.csv beside them, the other files as with csv', () => {
    // The files of the csv ensemble, runs and trajectories in Parquet, curves.parquet after curves.csv.
    const asParquet = (f: string) =>
      f === 'curves.csv' ? [f, 'curves.parquet'] : [f.replace(/^(runs|trajectories)\.csv$/, '$1.parquet')];
    const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const csvFiles: string[] = manifest(csvDir).files;
    expect(csvFiles).toContain('trajectories.csv');
    expect(manifest(pqDir).files).toEqual(csvFiles.flatMap(asParquet));
    expect(readdirSync(pqDir).sort()).toEqual(csvFiles.flatMap(asParquet).sort());
    // The CSV outputs shared by both formats are the same bytes.
    const shared = csvFiles.filter((f) => f !== 'manifest.json' && asParquet(f)[0] === f);
    expect(shared).toContain('summary.json');
    expect(bytesOf(pqDir, shared)).toEqual(bytesOf(csvDir, shared));
  });

  it('holds exactly the values of the CSV, with null where a CSV cell is empty', async () => {
    expect(await sameAsCsv('runs', runsColumns())).toBeGreaterThanOrEqual(0);
    // Undefined months (e.g. satisfaction before any renovation) must be null, not 0 or NaN.
    expect(await sameAsCsv('trajectories', TRAJECTORIES_COLUMNS)).toBeGreaterThan(0);
    expect(await sameAsCsv('curves', CURVES_COLUMNS)).toBeGreaterThan(0);
  });

  it('types its columns (INT32, INT64 seed, DATE, UTF-8 text, nullable DOUBLE) and names version and table', async () => {
    const { meta } = await readParquet(join(pqDir, 'trajectories.parquet'));
    const types = Object.fromEntries(
      meta.schema.slice(1).map((s) => [s.name, `${s.type}/${s.converted_type ?? '-'}/${s.repetition_type}`]),
    );
    expect(types).toEqual({
      scenario: 'BYTE_ARRAY/UTF8/REQUIRED',
      run: 'INT32/-/REQUIRED',
      seed: 'INT64/-/REQUIRED',
      metric: 'BYTE_ARRAY/UTF8/REQUIRED',
      tick: 'INT32/-/REQUIRED',
      date: 'INT32/DATE/REQUIRED',
      value: 'DOUBLE/-/OPTIONAL',
    });
    expect(meta.key_value_metadata).toEqual([
      { key: 'cogov.version', value: cogovVersion() },
      { key: 'cogov.table', value: 'trajectories' },
    ]);
    const curves = await readParquet(join(pqDir, 'curves.parquet'));
    const n = curves.meta.schema.find((s) => s.name === 'n');
    expect(n?.type).toBe('INT32');
    expect(curves.meta.schema.find((s) => s.name === 'p95')?.repetition_type).toBe('OPTIONAL');
  });

  it('gives byte-identical Parquet files for the same seed', async () => {
    const again = join(ws, 'pq-again');
    await runEnsemble(tiny, { out: again, runs: 8, workers: 1, trajectories: true, format: 'parquet' });
    expect(bytesOf(again, PQ)).toEqual(bytesOf(pqDir, PQ));
  });

  it('writes row groups as rows arrive, each read back in order', async () => {
    const path = join(ws, 'groups.parquet');
    const w = new ParquetTableWriter(
      path,
      [
        { name: 'run', kind: 'int32', nullable: false },
        { name: 'value', kind: 'double', nullable: true },
      ],
      'test',
      3,
    );
    for (let i = 0; i < 10; i++) w.row([i, i % 4 === 0 ? Number.NaN : i / 2]);
    expect(existsSync(path)).toBe(false);
    w.commit();
    const { meta, rows } = await readParquet(path);
    expect(meta.row_groups.length).toBe(4);
    expect(rows).toEqual(
      Array.from({ length: 10 }, (_, i) => ({ run: i, value: i % 4 === 0 ? null : i / 2 })),
    );
    expect(readdirSync(ws).filter((f) => f.startsWith('.cogov-tmp'))).toEqual([]);
  });

  it('flushes to the file inside a row group larger than its 1 MB buffer, and reads back whole', async () => {
    const path = join(ws, 'big.parquet');
    const n = 300_000;
    const value = (i: number) => (i % 1000 === 0 ? Number.NaN : Math.sin(i) * 1e6);
    const w = new ParquetTableWriter(path, [{ name: 'value', kind: 'double', nullable: true }], 'test', n);
    for (let i = 0; i < n; i++) w.row([value(i)]);
    w.commit();
    expect(statSync(path).size).toBeGreaterThan(2 << 20);
    const { meta, rows } = await readParquet(path);
    expect(meta.row_groups.length).toBe(1);
    expect(rows.length).toBe(n);
    const wrong = rows.findIndex((r, i) => r['value'] !== (Number.isNaN(value(i)) ? null : value(i)));
    expect(wrong).toBe(-1);
  });

  it('resumes an interrupted ensemble to the same Parquet bytes', async () => {
    const out = join(ws, 'pq-cut');
    const ac = new AbortController();
    const opts = { out, runs: 8, workers: 1, trajectories: true, format: 'parquet' as const };
    await expect(
      runEnsemble(tiny, {
        ...opts,
        signal: ac.signal,
        onProgress: (p) => {
          if (p.done === 3) ac.abort();
        },
      }),
    ).rejects.toBeInstanceOf(EnsembleInterruptedError);
    const r = await runEnsemble(tiny, { ...opts, resume: true });
    expect(r.resumed).toBe(3);
    expect(bytesOf(out, PQ)).toEqual(bytesOf(pqDir, PQ));
    // A finished Parquet ensemble resumed with --format csv is rewritten in CSV, not skipped.
    const again = await runEnsemble(tiny, { ...opts, resume: true });
    expect(again.workers).toBe(0);
    const switched = await runEnsemble(tiny, { ...opts, trajectories: false, format: 'csv', resume: true });
    expect(switched.executed).toBe(8);
    expect(existsSync(join(out, 'runs.parquet'))).toBe(false);
    expect(existsSync(join(out, 'runs.csv'))).toBe(true);
  });

  it('shards write runs.parquet; merging them gives the single-machine Parquet bytes', async () => {
    const shards: string[] = [];
    for (let k = 1; k <= 2; k++) {
      const out = join(ws, `pq-shard${k}`);
      const r = await runEnsemble(tiny, { out, runs: 8, workers: 1, shard: { k, n: 2 }, format: 'parquet' });
      expect(r.files).toEqual(['runs.parquet', 'values.bin', 'manifest.json']);
      shards.push(out);
    }
    const merged = join(ws, 'pq-merged');
    mergeShards(shards, { out: merged, trajectories: true, format: 'parquet' });
    expect(bytesOf(merged, PQ)).toEqual(bytesOf(pqDir, PQ));
  });
});

describe('cogov run --format', () => {
  it('refuses a bad value with exit 2 and a clear message, in English and Chinese', () => {
    const en = cogov(['run', 'tiny.yaml', '--format', 'xlsx', '--out', 'bad'], ws);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('--format must be csv or parquet, not "xlsx"');
    const zh = cogov(['run', 'tiny.yaml', '--lang', 'zh', '--format', 'xlsx', '--out', 'bad'], ws);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('--format 只能是 csv 或 parquet');
    expect(existsSync(join(ws, 'bad'))).toBe(false);
  });

  it('writes Parquet from the command line, and cogov report re-renders the folder', () => {
    const r = cogov(['run', 'tiny.yaml', '-w', '1', '-q', '--format', 'parquet', '--out', 'cli-pq'], ws);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(bytesOf(join(ws, 'cli-pq'), ['runs.parquet', 'curves.parquet'])).toEqual(
      bytesOf(pqDir, ['runs.parquet', 'curves.parquet']),
    );
    const manifest = JSON.parse(readFileSync(join(ws, 'cli-pq', 'manifest.json'), 'utf8'));
    expect(manifest.command).toContain('--format parquet');
    const rep = cogov(['report', 'cli-pq', '--lang', 'zh'], ws);
    expect(rep.code).toBe(0);
    expect(readFileSync(join(ws, 'cli-pq', 'report.html'), 'utf8')).toContain('<html');
  });
});

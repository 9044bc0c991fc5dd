/**
 * Issue 16, class 5 (data loss): a write that fails (a full disk: ENOSPC, possibly after a partial
 * write) leaves no temporary file and no truncated output behind, in every writer: writeFileAtomic,
 * AtomicFileWriter (CSV and values.bin streams), ParquetTableWriter, the ensemble's output set; the
 * command exits 1 with the system's error text and no stack trace. The failure is injected into the
 * writes to cogov's temp files through a mock of node:fs.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync as realWriteFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** How many more bytes the disk takes before ENOSPC (Infinity: no failure). */
const disk = { room: Number.POSITIVE_INFINITY };
const tmpFds = new Set<number>();

function enospc(): Error {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 });
}

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const isTmp = (p: unknown) => typeof p === 'string' && basename(p).startsWith('.cogov-tmp-');
  return {
    ...fs,
    openSync: (path: string, ...rest: never[]) => {
      const fd = (fs.openSync as (...a: unknown[]) => number)(path, ...rest);
      if (isTmp(path)) tmpFds.add(fd);
      else tmpFds.delete(fd);
      return fd;
    },
    // Like a filling disk: what fits is written (a short count), then the next write fails.
    writeSync: (fd: number, data: Uint8Array | string, ...rest: never[]) => {
      if (!tmpFds.has(fd) || disk.room === Number.POSITIVE_INFINITY) {
        return (fs.writeSync as (...a: unknown[]) => number)(fd, data, ...rest);
      }
      if (disk.room <= 0) throw enospc();
      const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
      const offset = typeof rest[0] === 'number' ? (rest[0] as number) : 0;
      const length = typeof rest[1] === 'number' ? (rest[1] as number) : bytes.length - offset;
      const n = Math.min(length, disk.room);
      disk.room -= n;
      return fs.writeSync(fd, bytes, offset, n);
    },
    writeFileSync: (path: string, data: string | Uint8Array, ...rest: never[]) => {
      if (isTmp(path) && disk.room !== Number.POSITIVE_INFINITY) {
        const size = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
        if (size > disk.room) {
          (fs.writeFileSync as (...a: unknown[]) => void)(path, '');
          throw enospc();
        }
        disk.room -= size;
      }
      return (fs.writeFileSync as (...a: unknown[]) => void)(path, data, ...rest);
    },
  };
});

const { writeFileAtomic } = await import('../../sim/io/atomic.js');
const { AtomicFileWriter } = await import('../../sim/io/ensemble-outputs.js');
const { ParquetTableWriter } = await import('../../sim/io/parquet.js');
const { runsParquetColumns } = await import('../../sim/outputs/parquet.js');
const { cogovInProcess } = await import('../cli/helpers.js');
const { TINY_YAML } = await import('../experiments/helpers.js');

afterEach(() => {
  disk.room = Number.POSITIVE_INFINITY;
});

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'cogov-full-'));
}

describe('a full disk leaves no temporary file and no truncated output', () => {
  it('writeFileAtomic', () => {
    const dir = folder();
    disk.room = 10;
    expect(() => writeFileAtomic(join(dir, 'a.json'), 'x'.repeat(100))).toThrow(/ENOSPC/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('AtomicFileWriter: a partial write then ENOSPC, in a write or in commit', () => {
    const dir = folder();
    for (const room of [100, (1 << 20) + 5]) {
      disk.room = room;
      const w = new AtomicFileWriter(join(dir, 'big.csv'));
      // The writer buffers about a MB: the failure comes in a write or in commit.
      expect(() => {
        for (let i = 0; i < 30_000; i++) w.write(`${'y'.repeat(60)}\n`);
        w.commit();
      }).toThrow(/ENOSPC/);
      w.abort();
      expect(readdirSync(dir)).toEqual([]);
    }
    disk.room = 1000;
    const w = new AtomicFileWriter(join(dir, 'small.csv'));
    w.write('z'.repeat(5000));
    expect(() => w.commit()).toThrow(/ENOSPC/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('ParquetTableWriter: commit fails', () => {
    const dir = folder();
    disk.room = 50;
    const w = new ParquetTableWriter(join(dir, 'runs.parquet'), runsParquetColumns(), 'runs');
    for (let i = 0; i < 10; i++) w.row(['s', i, i, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(() => w.commit()).toThrow(/ENOSPC/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('cogov run: exit 1 with the error, no temp file, no output that looks complete', async () => {
    const dir = folder();
    realWriteFileSync(join(dir, 'tiny.yaml'), TINY_YAML);
    const out = join(dir, 'out');
    for (const room of [0, 2000, 200_000]) {
      disk.room = room;
      const r = await cogovInProcess([
        'run',
        join(dir, 'tiny.yaml'),
        '--runs',
        '3',
        '--trajectories',
        '-q',
        '--out',
        out,
      ]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/ENOSPC: no space left on device/);
      expect(r.stderr).not.toMatch(/^\s+at /m);
      const left = readdirSync(out);
      expect(left.filter((f) => f.startsWith('.cogov-'))).toEqual([]);
      expect(left).not.toContain('manifest.json');
      expect(existsSync(join(out, 'trajectories.csv'))).toBe(false);
    }
  });
});

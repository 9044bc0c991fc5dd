/**
 * Issue 16, class 5 (data loss): two cogov processes never write one output folder at once. The
 * first takes the folder's lock before any work; a second is refused at once (exit 2, naming the
 * holder) while the first runs; a lock left by a killed process (dead pid) is taken over by the
 * next command after a kill -9 (which then stops or goes on for its own reasons); a finished or
 * refused command leaves no lock behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../sim/io/out-lock.js';
import { cli, workspace } from '../experiments/helpers.js';

async function until(test: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('output folder lock', () => {
  it('refuses a second process at once while the first runs, and a kill -9 leaves a lock the next command takes over', async () => {
    const ws = workspace();
    const out = join(ws, 'out');
    const first = spawn(
      process.execPath,
      [
        'bin/cogov.js',
        'run',
        join(ws, 'tiny.yaml'),
        '--runs',
        '100000',
        '--workers',
        '1',
        '-q',
        '--out',
        out,
      ],
      { stdio: 'ignore' },
    );
    const exited = new Promise<void>((done) => first.on('exit', () => done()));
    try {
      // The lock is created, then its owner written, and the first runs reach the journal: wait for
      // all three, so the kill below always leaves a lock and a journal behind.
      await until(
        () =>
          existsSync(join(out, LOCK_FILE)) &&
          readFileSync(join(out, LOCK_FILE), 'utf8').endsWith('\n') &&
          existsSync(join(out, '.journal')) &&
          readdirSync(join(out, '.journal')).length > 0,
        60_000,
      );
      const holder = JSON.parse(readFileSync(join(out, LOCK_FILE), 'utf8')) as { pid: number; host: string };
      expect(holder).toMatchObject({ pid: first.pid, host: hostname() });
      const second = await cli(['run', join(ws, 'tiny.yaml'), '--runs', '2', '-q', '--out', out]);
      expect(second.code).toBe(2);
      expect(second.stderr).toMatch(new RegExp(`in use by another cogov process \\(pid ${first.pid}`));
      const zh = await cli(['run', join(ws, 'tiny.yaml'), '--runs', '2', '-q', '--lang', 'zh', '--out', out]);
      expect(zh.code).toBe(2);
      expect(zh.stderr).toMatch(/正被另一个 cogov 进程使用/);
      expect(first.exitCode).toBe(null);
    } finally {
      first.kill('SIGKILL');
      await exited;
    }
    // The killed process's lock stays; a resume on the same host finds its pid gone, takes the lock
    // over and goes on to the journal, which belongs to the killed 100,000-run ensemble: refused with
    // that reason (exit 2), and the lock it took is released.
    expect(existsSync(join(out, LOCK_FILE))).toBe(true);
    const resumed = await cli(['run', join(ws, 'tiny.yaml'), '--runs', '3', '--resume', '--out', out]);
    expect(resumed.stderr).toMatch(/took over the lock/);
    expect(resumed.stderr).toMatch(/belongs to another ensemble \(runs 100000, now 3\)/);
    expect(resumed.code, resumed.stderr).toBe(2);
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
    // Started over without --resume, the folder cogov wrote is reused and the run completes.
    const again = await cli(['run', join(ws, 'tiny.yaml'), '--runs', '3', '-q', '--out', out]);
    expect(again.code, again.stderr).toBe(0);
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
  }, 120_000);

  it('takes over a stale lock (dead pid on this host) and releases it on refusal and on failure', async () => {
    const ws = workspace();
    const out = join(ws, 'out');
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid;
    const lock = { pid: dead, host: hostname(), started: '2026-01-01T00:00:00.000Z' };
    mkdirSync(out);
    writeFileSync(join(out, LOCK_FILE), JSON.stringify(lock));
    const r = await cli(['run', join(ws, 'tiny.yaml'), '--runs', '2', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`took over the lock of .* \\(pid ${dead}`));
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
    // A command that fails after taking the lock releases it too.
    writeFileSync(join(ws, 'bad.yaml'), 'name: broken\n');
    expect((await cli(['run', join(ws, 'bad.yaml'), '--runs', '2', '-q', '--out', out])).code).toBe(2);
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
    // A refused command leaves no folder it made for its lock.
    expect(
      (await cli(['run', join(ws, 'bad.yaml'), '--runs', '2', '-q', '--out', join(ws, 'new')])).code,
    ).toBe(2);
    expect(existsSync(join(ws, 'new'))).toBe(false);
  });
});

import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cogovAsync } from '../ensemble/helpers.js';

const ws = mkdtempSync(join(tmpdir(), 'cogov-signal-'));
afterAll(() => rmSync(ws, { recursive: true, force: true }));

/** Nanchong over 36 years: one run takes far longer than the bound below (about a minute). */
function longScenario(): string {
  const text = readFileSync('scenarios/nanchong-1558.yaml', 'utf8');
  const long = text.replace('end: "2030-12"', 'end: "2060-12"');
  expect(long).not.toBe(text);
  const file = join(ws, 'long.yaml');
  writeFileSync(file, long);
  return file;
}

describe('signals with --workers 1 (runs on the main thread)', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s during a long run stops it at once: exit 130, journal kept, resume command printed',
    async (signal) => {
      const out = join(ws, `out-${signal}`);
      const child = cogovAsync(
        ['run', longScenario(), '--runs', '1', '--workers', '1', '--out', out, '--quiet'],
        ws,
      );
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      const meta = join(out, '.journal', 'meta.json');
      for (let i = 0; i < 3000 && !existsSync(meta); i++) await new Promise((r) => setTimeout(r, 10));
      expect(existsSync(meta)).toBe(true);
      // Well inside the first run (world built, months under way).
      await new Promise((r) => setTimeout(r, 1500));
      child.kill(signal);
      const bound = new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 8000).unref());
      const code = await Promise.race([exited, bound]);
      if (code === 'hung') child.kill('SIGKILL');
      expect(code).toBe(130);
      expect(stderr).toContain('--resume');
      expect(() => JSON.parse(readFileSync(meta, 'utf8'))).not.toThrow();
      expect(statSync(join(out, '.journal', 'runs.bin')).size).toBe(0);
      expect(existsSync(join(out, 'summary.json'))).toBe(false);
    },
    30_000,
  );
});

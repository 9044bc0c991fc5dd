import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDir } from '../../sim/io/make-dir.js';
import { cogov, hasStackTrace } from '../cli/helpers.js';

const ws = mkdtempSync(join(tmpdir(), 'cogov-mkdir-'));
afterAll(() => rmSync(ws, { recursive: true, force: true }));

// Below /proc every new entry fails with ENOENT while its parent exists: Node's recursive mkdir
// never returns there. Creating an output folder must fail at once instead.
describe.runIf(process.platform === 'linux')('an output folder that cannot be created', () => {
  it('makeDir throws naming the folder; it still creates nested folders elsewhere', () => {
    expect(() => makeDir('/proc/self/foo/out')).toThrow(
      /cannot create the folder \/proc\/self\/foo\/out: ENOENT/,
    );
    makeDir(join(ws, 'a', 'b', 'c'));
    makeDir(join(ws, 'a', 'b', 'c'));
    expect(() => makeDir('/dev/null/x')).toThrow(/cannot create the folder \/dev\/null\/x/);
  });

  it.each([
    ['run', 'scenarios/demo-small.yaml', '--runs', '1', '--quiet', '--out', '/proc/self/foo/out'],
    ['schema', '-o', '/proc/self/foo/scenario.schema.json'],
  ])('cogov %s fails fast with exit 1 and a clear message', (...args) => {
    const r = cogov(args);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot create the folder /proc/self/foo');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('no product code creates folders with a recursive mkdir (the hang), only through makeDir', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts') && !p.endsWith('make-dir.ts')) {
          if (/mkdirSync\([^)]*recursive/.test(readFileSync(p, 'utf8'))) offenders.push(p);
        }
      }
    };
    for (const d of ['sim', 'viz', 'scenarios', 'agents']) walk(d);
    expect(offenders).toEqual([]);
  });
});

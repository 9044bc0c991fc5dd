import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cogov } from './helpers.js';

describe('cogov run', () => {
  it('the same scenario and seed give byte-identical files (except the wall time)', () => {
    const base = mkdtempSync(join(tmpdir(), 'cogov-run-'));
    const a = join(base, 'a');
    const b = join(base, 'b');
    for (const out of [a, b]) {
      const r = cogov(['run', 'scenarios/demo-small.yaml', '--seed', '11', '--out', out, '--quiet']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    for (const f of ['curves.csv', 'runs.csv', 'summary.json']) {
      expect(readFileSync(join(a, f), 'latin1') === readFileSync(join(b, f), 'latin1'), f).toBe(true);
    }
    const strip = (p: string) => {
      const m = JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;
      delete m['wallTimeSeconds'];
      delete m['command'];
      return m;
    };
    expect(strip(join(a, 'manifest.json'))).toEqual(strip(join(b, 'manifest.json')));
    const curves = readFileSync(join(a, 'curves.csv'), 'utf8').split('\n');
    expect(curves[0]).toMatch(/metric/);
    expect(curves.length).toBeGreaterThan(1000);
  });

  it('a bad scenario writes nothing and exits 2', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cogov-run-')), 'out');
    const r = cogov(['run', 'test/fixtures/bad/unknown-key-typo.yaml', '--out', out]);
    expect(r.code).toBe(2);
    expect(() => readFileSync(join(out, 'manifest.json'))).toThrow();
  });
});

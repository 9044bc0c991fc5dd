import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchemaText } from '../../scenarios/json-schema.js';
import { cogov, hasStackTrace } from './helpers.js';

describe('cogov CLI', () => {
  it('--help lists every command with a one-line description', () => {
    const r = cogov(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['validate', 'schema', 'run', 'elevator'])
      expect(r.stdout).toMatch(new RegExp(`\\n\\s+${cmd}\\b.*\\S`));
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const r = cogov(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('an unknown command or option exits 2 without a stack trace', () => {
    for (const args of [['frobnicate'], ['run', '--bogus'], ['validate']]) {
      const r = cogov(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
  });

  it('validate accepts the shipped scenarios', () => {
    const r = cogov([
      'validate',
      'scenarios/nanchong-1558.yaml',
      'scenarios/status-quo.yaml',
      'scenarios/demo-small.yaml',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('scenarios/demo-small.yaml: ok');
  });

  it('validate of a missing file exits 2 with FILE:LINE:COL', () => {
    const r = cogov(['validate', 'no/such/file.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^no\/such\/file\.yaml:\d+:\d+: /m);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('schema prints the generated JSON Schema', () => {
    const r = cogov(['schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(scenarioJsonSchemaText());
  });

  it('elevator prints the Shapley table for 6 storeys, and JSON with --json', () => {
    const r = cogov([
      'elevator',
      '--storeys',
      '6',
      '--per-floor',
      '1',
      '--cost',
      '500000',
      '--subsidy',
      '0',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout) as { rows: { floor: number; shareOfNet: number }[] };
    const byFloor = res.rows.map((row) => Math.round(row.shareOfNet * 1000) / 10);
    expect(byFloor).toEqual([0, 4, 9, 15.7, 25.7, 45.7]);
    const zh = cogov(['elevator', '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('楼层');
  });

  it('elevator rejects a bad flag value with exit 2', () => {
    const r = cogov(['elevator', '--storeys', 'seven']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--storeys must be an integer');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

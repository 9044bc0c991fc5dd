/**
 * The corpus of bad scenario files (test/fixtures/bad): each is a copy of scenarios/demo-small.yaml
 * with one thing broken (or a small file for file-level problems), and expectations.json pins every
 * issue it must produce: position, path and a fragment of the message. Checked through the library
 * and through the CLI, which must exit 2 with FILE:LINE:COL lines and no stack trace.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssue, ScenarioError, type ScenarioIssue } from '../../scenarios/issues.js';
import { loadScenarioFile } from '../../scenarios/load.js';
import { parseScenarioText } from '../../scenarios/parse.js';
import { ScenarioSchema } from '../../scenarios/schema.js';

interface Expected {
  line: number;
  col: number;
  path: string;
  fragment: string;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BAD = 'test/fixtures/bad';
const expectations = JSON.parse(readFileSync(join(ROOT, BAD, 'expectations.json'), 'utf8')) as Record<
  string,
  Expected[]
>;
const fixtures = readdirSync(join(ROOT, BAD))
  .filter((f) => f.endsWith('.yaml'))
  .sort();

function loadIssues(file: string): ScenarioIssue[] {
  try {
    loadScenarioFile(join(ROOT, file));
  } catch (err) {
    if (err instanceof ScenarioError) return err.issues;
    throw err;
  }
  throw new Error(`${file} was accepted`);
}

function matches(issues: readonly ScenarioIssue[], expected: readonly Expected[]): void {
  expect(issues.map((i) => ({ line: i.line, col: i.col, path: i.path }))).toEqual(
    expected.map((e) => ({ line: e.line, col: e.col, path: e.path })),
  );
  for (const [k, issue] of issues.entries()) expect(issue.message).toContain(expected[k].fragment);
}

describe('bad scenario corpus', () => {
  it('has an expectation for every fixture and a fixture for every expectation', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(expectations).sort()).toEqual(fixtures);
  });

  it.each(fixtures)('%s is refused with the expected issues', (name) => {
    const file = `${BAD}/${name}`;
    const issues = loadIssues(file);
    matches(issues, expectations[name]);
    for (const issue of issues) expect(issue.file).toBe(join(ROOT, file));
    // The pure parser, given the same bytes, says the same.
    const pure = parseScenarioText(new Uint8Array(readFileSync(join(ROOT, file))), file, ScenarioSchema);
    expect(pure.ok).toBe(false);
    if (!pure.ok) matches(pure.issues, expectations[name]);
  });
});

describe.skipIf(!existsSync(join(ROOT, 'dist/sim/cli/main.js')))('cogov validate (spawned)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cogov-fixtures-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function validate(...files: string[]) {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, ['bin/cogov.js', 'validate', ...files], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { ...run, ms: performance.now() - t0 };
  }

  function expectCleanFailure(run: ReturnType<typeof validate>): void {
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(/^ {4}at /m);
    expect(run.stderr).not.toContain('runtime failure');
  }

  it('reports every issue of every bad fixture as FILE:LINE:COL: path: message and exits 2', () => {
    const run = validate(...fixtures.map((f) => `${BAD}/${f}`));
    expectCleanFailure(run);
    const lines = run.stderr.split('\n').filter((l) => l !== '');
    for (const name of fixtures) {
      for (const e of expectations[name]) {
        const prefix = `${BAD}/${name}:${e.line}:${e.col}: ${e.path}: `;
        expect(
          lines.some((l) => l.startsWith(prefix) && l.includes(e.fragment)),
          `${prefix}…${e.fragment}`,
        ).toBe(true);
      }
    }
    const expectedCount = fixtures.reduce((n, f) => n + expectations[f].length, 0);
    expect(lines).toHaveLength(expectedCount);
    expect(run.stdout).toBe('');
  });

  it('refuses a 50 MB file and a billion-laughs file quickly', () => {
    const big = join(dir, 'big.yaml');
    writeFileSync(big, '');
    truncateSync(big, 52_428_800);
    const run = validate(big, `${BAD}/alias-bomb.yaml`);
    expectCleanFailure(run);
    // Mostly process start-up (importing the schema costs seconds); loader.test.ts times the refusals themselves.
    expect(run.ms).toBeLessThan(20_000);
    expect(run.stderr).toContain(
      `${big}:1:1: (file): file is 52428800 bytes; the limit is 1000000 bytes (1 MB)`,
    );
    expect(run.stderr).toContain(`${BAD}/alias-bomb.yaml:3:8: b[0]: too many alias expansions`);
  });

  it('reports a missing file without a stack trace', () => {
    const run = validate(`${BAD}/does-not-exist.yaml`);
    expectCleanFailure(run);
    expect(run.stderr.trim()).toBe(`${BAD}/does-not-exist.yaml:1:1: (file): file not found`);
  });

  it('accepts a valid scenario and exits 0', () => {
    const run = validate('scenarios/demo-small.yaml');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('prints the same lines as the library', () => {
    const file = `${BAD}/many-problems.yaml`;
    const run = validate(file);
    expectCleanFailure(run);
    const library = loadIssues(file).map((i) => formatIssue({ ...i, file }));
    expect(run.stderr.trim().split('\n')).toEqual(library);
  });
});

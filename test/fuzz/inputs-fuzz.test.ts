/**
 * Property-based fuzzing of cogov's inputs (issue 16): mutations of a shipped scenario and of an
 * experiment file — lines deleted, duplicated or cut, values replaced by hostile ones (extremes,
 * wrong types, formulas, prototype names, deep expressions, control characters), keys invented — run
 * through the built CLI in a child process. Every input must end with exit 0, 1 or 2 (the longest
 * case, a mutation that drops the city and so builds the default Nanchong-sized one, takes about 4 s
 * on an idle machine; a hang is caught by a 30 s bound, generous because test files run in parallel);
 * exit 2 carries a positioned message (FILE:LINE:COL) unless it is a usage error; no output names a
 * stack trace or an internal JavaScript error; a refused input writes nothing. fast-check's seed is
 * fixed, so the cases are the same on every machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasStackTrace } from '../cli/helpers.js';
import { gridExperiment, TINY_YAML } from '../experiments/helpers.js';

/** Texts that give away an unhandled JavaScript error. */
const INTERNAL =
  /TypeError|RangeError|ReferenceError|SyntaxError: (?!.*:\d+:\d+)|Maximum call stack|Cannot read propert|is not a function|undefined is not|\[object Object\]|NaN-NaN/;

/** Values a hostile or careless user may put where a number, a string or a switch belongs. */
const HOSTILE = [
  '0',
  '-1',
  '1e308',
  '-1e308',
  '.nan',
  '.inf',
  '""',
  'null',
  '[]',
  '{}',
  'true',
  '"=cmd|calc"',
  '__proto__',
  '{ __proto__: { polluted: 1 } }',
  `"${'x'.repeat(500)}"`,
  '1/0',
  'sqrt(-1)',
  `"${'-'.repeat(3000)}1"`,
  `"${'('.repeat(2000)}1${')'.repeat(2000)}"`,
  '"a\\nb"',
  '"2024-13"',
  '2.5',
  '999999999',
];

/** Numbers at the edges of what a field may hold, and beyond. */
const NUMBERS = ['0', '-1', '1', '1e308', '-1e308', '.nan', '.inf', '2.5', '999999999', '1e-300', '0.0001'];

/** A line holding a key and a plain number (a numeric leaf of the scenario). */
const NUMERIC_LEAF = /^\s*[\w]+: -?[\d.]+(e-?\d+)?\s*(#.*)?$/;

/** One mutation of a YAML text, by line. */
type Mutation =
  | { kind: 'number'; at: number; value: number }
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'value'; at: number; value: number }
  | { kind: 'cut'; at: number }
  | { kind: 'key'; at: number }
  | { kind: 'indent'; at: number };

// Most mutations keep the file well formed and put an extreme number in a numeric field, so that
// many cases get past the schema into semantic checks and the run itself.
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('number' as const),
      at: fc.nat(),
      value: fc.nat({ max: NUMBERS.length - 1 }),
    }),
  },
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('value' as const),
    at: fc.nat(),
    value: fc.nat({ max: HOSTILE.length - 1 }),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('key' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat() }),
);

/** `text` with the mutations applied in order (line indices taken modulo the current length). */
function mutate(text: string, ms: readonly Mutation[]): string {
  let lines = text.split('\n');
  for (const m of ms) {
    if (lines.length === 0) break;
    if (m.kind === 'number') {
      const leaves = lines.flatMap((l, j) => (NUMERIC_LEAF.test(l) ? [j] : []));
      if (leaves.length === 0) continue;
      const j = leaves[m.at % leaves.length];
      const colon = lines[j].indexOf(':');
      lines[j] = `${lines[j].slice(0, colon + 1)} ${NUMBERS[m.value]}`;
      continue;
    }
    const i = m.at % lines.length;
    const line = lines[i];
    switch (m.kind) {
      case 'delete':
        lines.splice(i, 1);
        break;
      case 'duplicate':
        lines.splice(i, 0, line);
        break;
      case 'value': {
        const colon = line.indexOf(':');
        const v = HOSTILE[m.value];
        lines[i] = colon >= 0 ? `${line.slice(0, colon + 1)} ${v}` : `${line} ${v}`;
        break;
      }
      case 'cut':
        lines = lines.slice(0, i);
        lines.push(line.slice(0, Math.floor(line.length / 2)));
        break;
      case 'key': {
        const indent = /^\s*/.exec(line)?.[0] ?? '';
        lines.splice(i, 0, `${indent}unknownKey${i}: 1`);
        break;
      }
      case 'indent':
        lines[i] = ` ${line}`;
        break;
    }
  }
  return lines.join('\n');
}

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function cogovChild(args: string[], cwd: string): Outcome {
  const r = spawnSync(process.execPath, [join(process.cwd(), 'bin/cogov.js'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 30_000,
    killSignal: 'SIGKILL',
    env: { ...process.env, COGOV_DEBUG: '' },
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', timedOut: r.error !== undefined };
}

/** The promises every outcome keeps; `out` is the output folder the command was given. */
function expectKept(o: Outcome, out: string, what: string): void {
  expect(o.timedOut, `${what}: did not end within 30 s`).toBe(false);
  expect([0, 1, 2], `${what}: exit ${o.code}\n${o.stderr}`).toContain(o.code);
  const text = o.stdout + o.stderr;
  expect(hasStackTrace(text), `${what}: stack trace\n${text}`).toBe(false);
  expect(text, what).not.toMatch(INTERNAL);
  if (o.code === 2) {
    expect(o.stderr, `${what}: exit 2 without a positioned message`).toMatch(/:\d+:\d+: /);
    const written = existsSync(out) ? readdirSync(out).filter((f) => !f.startsWith('.')) : [];
    expect(written, `${what}: refused, yet wrote`).toEqual([]);
  }
}

const RUNS = { scenarios: 24, experiments: 8 };

describe('fuzzed inputs end, with a clear answer', () => {
  it(`${RUNS.scenarios} mutations of demo-small: exit 0, 1 or 2, no hang, positioned, nothing written on refusal`, () => {
    const base = readFileSync('scenarios/demo-small.yaml', 'utf8')
      // A shorter run keeps each case well inside the budget (the mutations may lengthen it).
      .replace(/end: "?\d{4}-\d{2}"?/, 'end: "2026-06"')
      .replace(/keyYear: \d{4}/, 'keyYear: 2025');
    const ws = mkdtempSync(join(tmpdir(), 'cogov-fuzz-'));
    let n = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (ms) => {
        n++;
        const file = join(ws, `s${n}.yaml`);
        const out = join(ws, `out${n}`);
        writeFileSync(file, mutate(base, ms));
        const o = cogovChild(['run', file, '--runs', '1', '--workers', '1', '--out', out, '--quiet'], ws);
        expectKept(o, out, `${JSON.stringify(ms)} on demo-small`);
        expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
      }),
      { seed: 1558, numRuns: RUNS.scenarios, endOnFailure: true },
    );
  }, 400_000);

  it(`${RUNS.experiments} mutations of a sweep: exit 0, 1 or 2, no hang, positioned, nothing written on refusal`, () => {
    const ws = mkdtempSync(join(tmpdir(), 'cogov-fuzz-exp-'));
    writeFileSync(join(ws, 'tiny.yaml'), TINY_YAML);
    let n = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 2 }), (ms) => {
        n++;
        const file = join(ws, `e${n}.yaml`);
        const out = join(ws, `out${n}`);
        writeFileSync(file, mutate(gridExperiment(1), ms));
        const o = cogovChild(['sweep', file, '--workers', '1', '--out', out, '--quiet'], ws);
        expectKept(o, out, `${JSON.stringify(ms)} on a grid sweep`);
      }),
      { seed: 278, numRuns: RUNS.experiments, endOnFailure: true },
    );
  }, 200_000);
});

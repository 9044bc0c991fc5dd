import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A scenario of 12 communities over two years: a run takes about 0.1 s. */
export const TINY_YAML = `name: { en: Tiny test city, zh: 微型测试城市 }
description: { en: 12 communities over two years, zh: 12个小区，两年 }
calendar: { start: "2024-07", end: "2026-06", keyYear: 2025 }
ensemble: { runs: 8, seed: 42 }
city:
  generate:
    communities: 12
`;

/** The same city whose household subsidy leaves its bounds from the fourth month: refused at load. */
export const FAILING_YAML = `${TINY_YAML}government:
  householdSubsidy:
    rmbPerHousehold: "t >= 3 ? 1e9 : 0"
`;

/** A fresh temp folder holding tiny.yaml and failing.yaml. */
export function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cogov-ens-'));
  writeFileSync(join(dir, 'tiny.yaml'), TINY_YAML);
  writeFileSync(join(dir, 'failing.yaml'), FAILING_YAML);
  return dir;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'cogov.js');

/** Spawn the built CLI (`npm run build` runs before `npm test`) in `cwd`. */
export function cogov(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, COGOV_DEBUG: '' },
  });
  return { code: r.status ?? -1, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Spawn the built CLI without waiting. */
export function cogovAsync(args: string[], cwd: string) {
  return spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Bytes of a file as a latin1 string (for exact comparisons with readable diffs). */
export function bytes(path: string): string {
  return readFileSync(path, 'latin1');
}

/** Expect-friendly map of the result files of a folder. */
export function results(
  dir: string,
  files = ['curves.csv', 'runs.csv', 'summary.json'],
): Record<string, string> {
  return Object.fromEntries(files.map((f) => [f, bytes(join(dir, f))]));
}

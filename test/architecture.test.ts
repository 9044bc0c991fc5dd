/**
 * The layer rules (.dependency-cruiser.cjs, docs/ARCHITECTURE.md): imports point down the layers,
 * never up, with no cycle; the pure layers (kernel up to viz) import no Node module and use no
 * Math.random, clock, console or process, so the same engine runs in worker threads and in a browser.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

interface Rule {
  name: string;
  from: { path?: string | string[]; pathNot?: string | string[] };
}
interface CruiseResult {
  modules: { source: string; coreModule?: boolean; couldNotResolve?: boolean }[];
  summary: {
    error: number;
    totalCruised: number;
    violations: { rule: { name: string }; from: string; to: string }[];
  };
}

const require = createRequire(import.meta.url);
const config = require('../.dependency-cruiser.cjs') as { forbidden: Rule[] };
const SOURCES = ['sim', 'scenarios', 'agents', 'viz', 'web', 'bench'];

const cruise: CruiseResult = JSON.parse(
  execFileSync(
    process.execPath,
    [
      'node_modules/dependency-cruiser/bin/dependency-cruise.mjs',
      '--config',
      '.dependency-cruiser.cjs',
      '--output-type',
      'json',
      '--no-progress',
      ...SOURCES,
    ],
    // depcruise exits 0 here even with violations when writing json; the summary says.
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  ),
);

const list = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];
const matches = (rule: Rule, file: string): boolean =>
  list(rule.from.path).some((p) => new RegExp(p).test(file)) &&
  !list(rule.from.pathNot).some((p) => new RegExp(p).test(file));

const pureRules = config.forbidden.filter((r) => r.name.startsWith('pure-'));
const ours = cruise.modules.filter(
  (m) => !m.coreModule && !m.couldNotResolve && !m.source.startsWith('node_modules/'),
);
const pure = ours
  .map((m) => m.source)
  .filter((f) => f.endsWith('.ts') && pureRules.some((r) => matches(r, f)));

describe('architecture: the layer rules hold', () => {
  it('cruises the whole product with a rule per layer', () => {
    expect(cruise.summary.totalCruised).toBeGreaterThan(150);
    const names = config.forbidden.map((r) => r.name);
    for (const layer of [
      'kernel',
      'scenarios',
      'world',
      'agents',
      'model',
      'analysis',
      'viz',
      'ensemble',
      'cli',
    ]) {
      expect(names).toContain(`layer-${layer}`);
    }
    expect(names).toContain('no-circular');
    expect(names).toContain('layer-unassigned');
  });

  it('no import points up a layer, none forms a cycle, none is unresolved', () => {
    const found = cruise.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    expect(found).toEqual([]);
    expect(cruise.summary.error).toBe(0);
  });

  it('the pure layers cover the model files', () => {
    expect(pure).toContain('sim/model/run.ts');
    expect(pure).toContain('sim/kernel/rng.ts');
    expect(pure).toContain('agents/resident.ts');
    expect(pure).toContain('scenarios/parse.ts');
    expect(pure).toContain('viz/html.ts');
    expect(pure).not.toContain('scenarios/load.ts');
    expect(pure).not.toContain('viz/io/report.ts');
    expect(pure.some((f) => f.startsWith('sim/cli/') || f.startsWith('sim/ensemble/'))).toBe(false);
    expect(pure.length).toBeGreaterThan(100);
  });
});

describe('architecture: the pure layers use no randomness, clock, console or process', () => {
  it.each(pure)('%s', (file) => {
    const src = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(src).not.toMatch(/\bMath\.random\b/);
    expect(src).not.toMatch(/\bDate\.now\b|\bnew Date\b|\bperformance\.now\b/);
    expect(src).not.toMatch(/\bconsole\./);
    expect(src).not.toMatch(/\bprocess\./);
  });
});

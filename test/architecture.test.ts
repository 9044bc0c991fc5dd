/**
 * The pure layers (kernel, scenario schema and parser, agents, sim model, viz builders) import no
 * node:* module and use no Math.random, clock, console or process, so the same engine runs in worker
 * threads and in a browser; imports point one way (the model never imports I/O, CLI or ensemble code).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const IMPURE = new Set(['scenarios/load.ts', 'sim/params-doc-cli.ts']);
const IMPURE_DIRS = ['sim/io', 'sim/cli', 'sim/ensemble', 'viz/io'];
const SIM_DRIVERS = new Set(['sim/index.ts']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const pure = ['sim', 'scenarios', 'agents', 'viz']
  .filter((d) => {
    try {
      return statSync(d).isDirectory();
    } catch {
      return false;
    }
  })
  .flatMap(files)
  .filter((f) => !IMPURE.has(f) && !SIM_DRIVERS.has(f) && !IMPURE_DIRS.some((d) => f.startsWith(`${d}/`)));

const NODE_BUILTINS =
  /from ['"](node:[^'"]+|fs|path|os|url|crypto|child_process|worker_threads|stream|util|events|process)['"]/;

describe('architecture: the model layers are pure', () => {
  it('covers the model files', () => {
    expect(pure).toContain('sim/run.ts');
    expect(pure).toContain('agents/resident.ts');
    expect(pure).toContain('scenarios/parse.ts');
    expect(pure.length).toBeGreaterThan(30);
  });

  it.each(pure)('%s imports no Node module and uses no Math.random, clock, console or process', (file) => {
    const src = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(src).not.toMatch(NODE_BUILTINS);
    expect(src).not.toMatch(/\bMath\.random\b/);
    expect(src).not.toMatch(/\bDate\.now\b|\bnew Date\b|\bperformance\.now\b/);
    expect(src).not.toMatch(/\bconsole\./);
    expect(src).not.toMatch(/\bprocess\./);
  });

  it.each(pure)('%s imports no I/O, CLI or ensemble module', (file) => {
    const src = readFileSync(file, 'utf8');
    const imports = [...src.matchAll(/from ['"](\.[^'"]+)['"]/g)].map((m) => m[1]);
    for (const i of imports) expect(i).not.toMatch(/\/(io|cli|ensemble)\/|load\.js$/);
  });
});

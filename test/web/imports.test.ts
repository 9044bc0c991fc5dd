/**
 * The explorer's import graph: every module the page and the worker reach (following relative
 * imports from web/main.ts and web/worker.ts) imports no Node built-in, so the bundle is browser-safe.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const NODE =
  /from ['"](node:[^'"]+|fs|path|os|url|crypto|child_process|worker_threads|stream|util|events|process)['"]/;

function graph(entries: string[]): string[] {
  const seen = new Set<string>();
  const todo = [...entries];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/(?:from|import)\s*['"](\.[^'"]+)['"]/g)) {
      const target = join(dirname(file), m[1]).replace(/\.js$/, '.ts');
      if (existsSync(target) && target.endsWith('.ts')) todo.push(target);
    }
  }
  return [...seen].map((f) => relative('.', f)).sort();
}

describe('explorer imports', () => {
  const files = graph(['web/main.ts', 'web/worker.ts']);
  it('reach the engine', () => {
    expect(files).toContain('sim/model/run.ts');
    expect(files).toContain('scenarios/parse.ts');
    expect(files).toContain('viz/charts.ts');
  });
  it.each(files)('%s imports no Node built-in', (file) => {
    const src = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(src).not.toMatch(NODE);
  });
});

/**
 * Deep policy expressions are refused at load time with a positioned message (file:line:col, the
 * field, English and Chinese, exit 2), never a stack overflow: a family of deep shapes at and above
 * the nesting limit.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileExpression } from '../../scenarios/expr.js';
import { MAX_EXPR_DEPTH } from '../../scenarios/expr-depth.js';
import { cogov, hasStackTrace } from '../cli/helpers.js';

/** Each shape nested `n` levels deep (its tree is at least `n` nodes deep). */
const SHAPES: Record<string, (n: number) => string> = {
  'unary minus': (n) => `${'-'.repeat(n)}1`,
  'unary minus and plus': (n) => `${'-+'.repeat(Math.ceil(n / 2)).slice(0, n)}1`,
  not: (n) => `${'not '.repeat(n)}true ? 1 : 0`,
  parentheses: (n) => `${'('.repeat(n)}1${')'.repeat(n)}`,
  'nested calls': (n) => `${'abs('.repeat(n)}1${')'.repeat(n)}`,
  'minus before parentheses': (n) => `${'-('.repeat(n)}1${')'.repeat(n)}`,
  'power chain': (n) => `${'1^'.repeat(n)}1`,
  'conditional chain': (n) => `${'t < 1 ? 1 : '.repeat(n)}2`,
  'sum chain': (n) => `${'1+'.repeat(n)}1`,
};
const OVERFLOW = 1999;

describe('nesting limit of policy expressions', () => {
  it.each(Object.keys(SHAPES))('%s: accepted well below the limit, refused above it', (shape) => {
    const make = SHAPES[shape];
    const ok = compileExpression(make(Math.floor(MAX_EXPR_DEPTH / 3)));
    expect(ok.kind).toBe('expr');
    for (const n of [MAX_EXPR_DEPTH + 1, 2 * MAX_EXPR_DEPTH, 300, OVERFLOW]) {
      const source = make(n);
      if (source.length > 2000) continue; // refused for its length
      const r = compileExpression(source);
      expect(r.kind, `${shape} × ${n}`).toBe('error');
      if (r.kind !== 'error') continue;
      expect(r.detail.key).toBe('expr.tooDeep');
      expect(r.message).not.toMatch(/call stack|RangeError/);
      expect(r.index).toBeGreaterThanOrEqual(0);
      expect(r.index).toBeLessThanOrEqual(source.length);
    }
  });

  it('the limit itself is accepted for parentheses', () => {
    const n = MAX_EXPR_DEPTH - 1;
    expect(compileExpression(`${'('.repeat(n)}1${')'.repeat(n)}`).kind).toBe('expr');
  });

  it('points at the first character past the limit', () => {
    const r = compileExpression(`${'-'.repeat(500)}1`);
    expect(r.kind === 'error' && r.index).toBe(MAX_EXPR_DEPTH);
  });

  it('the CLI refuses a deep expression at file:line:col, in English and Chinese, exit 2', () => {
    const demo = readFileSync('scenarios/demo-small.yaml', 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'cogov-deep-'));
    const line = demo.split('\n').findIndex((l) => l.includes('rmbPerHousehold: 20000')) + 1;
    const col = demo.split('\n')[line - 1].indexOf('20000') + 2;
    for (const source of [`${'-'.repeat(1999)}1`, `${'('.repeat(300)}1${')'.repeat(300)}`]) {
      const file = join(dir, 'deep.yaml');
      writeFileSync(file, demo.replace('rmbPerHousehold: 20000', `rmbPerHousehold: "${source}"`));
      for (const lang of ['en', 'zh']) {
        const r = cogov(['validate', '--lang', lang, file]);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(
          `deep.yaml:${line}:${col + MAX_EXPR_DEPTH}: government.householdSubsidy.rmbPerHousehold: `,
        );
        expect(r.stderr).toContain(lang === 'en' ? 'nested more than' : '嵌套超过');
        expect(r.stderr).not.toMatch(/call stack|RangeError/);
        expect(hasStackTrace(r.stderr)).toBe(false);
      }
    }
  });
});

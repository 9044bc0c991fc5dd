import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALLOWED_FUNCTIONS, ALLOWED_VARIABLES } from '../../scenarios/expr-check.js';
import { type CompiledExpr, compileExpression, compilePolicy, resolvePolicy } from '../../scenarios/expr.js';
import type { ExprError } from '../../scenarios/expr-errors.js';

const at = (year: number, month = 1, t = 0) => ({ year, month, t });

function compiled(source: string): CompiledExpr {
  const result = compileExpression(source);
  if (result.kind === 'error') throw new Error(`unexpected error for ${source}: ${result.message}`);
  return result;
}

function refused(source: string): ExprError {
  const result = compileExpression(source);
  if (result.kind !== 'error') throw new Error(`expected ${source} to be refused`);
  return result;
}

describe('policy expressions evaluate', () => {
  it('passes numbers through', () => {
    expect(resolvePolicy(150000, at(2030))).toBe(150000);
    expect(compilePolicy(0.35)).toBe(0.35);
    expect(() => compilePolicy(Number.NaN)).toThrow(/not a finite number/);
  });

  it('tapers a subsidy after 2026', () => {
    const subsidy = compiled('year < 2027 ? 150000 : 150000 * 0.8 ^ (year - 2026)');
    expect(subsidy.kind).toBe('expr');
    expect(subsidy.evaluate(at(2025))).toBe(150000);
    expect(subsidy.evaluate(at(2026))).toBe(150000);
    expect(subsidy.evaluate(at(2027))).toBeCloseTo(120000, 6);
    expect(subsidy.evaluate(at(2028))).toBeCloseTo(96000, 6);
    expect(subsidy.evaluate(at(2030))).toBeCloseTo(150000 * 0.8 ** 4, 6);
  });

  it('decays a share linearly with max()', () => {
    const share = compiled('1.0 - 0.05 * max(0, year - 2026)');
    expect(share.evaluate(at(2024))).toBe(1);
    expect(share.evaluate(at(2026))).toBe(1);
    expect(share.evaluate(at(2027))).toBeCloseTo(0.95, 12);
    expect(share.evaluate(at(2036))).toBeCloseTo(0.5, 12);
  });

  it('sees month and t, constants and every allowed function', () => {
    expect(compiled('month / 12 + t').evaluate(at(2026, 6, 3))).toBe(3.5);
    expect(compiled('t mod 12').evaluate(at(2026, 1, 25))).toBe(1);
    expect(compiled('-year % 10').evaluate(at(2027))).toBe(3);
    expect(compiled('2 pi + e').evaluate(at(2026))).toBeCloseTo(2 * Math.PI + Math.E, 12);
    expect(compiled('50%').evaluate(at(2026))).toBe(0.5);
    const fns =
      'min(3, 1, 2) + max(1, 5) + abs(-2) + exp(0) + log(e) + log(8, 2) + log10(100) + sqrt(16)' +
      ' + floor(1.7) + ceil(1.2) + round(2.567, 2) + pow(2, 3) + clamp(year, 0, 10)';
    expect(compiled(fns).evaluate(at(2026))).toBeCloseTo(
      1 + 5 + 2 + 1 + 1 + 3 + 2 + 4 + 1 + 2 + 2.57 + 8 + 10,
      10,
    );
    expect(compiled('clamp(t, 2, 5)').evaluate(at(2026, 1, -3))).toBe(2);
    expect(compiled('clamp(t, 2, 5)').evaluate(at(2026, 1, 3.5))).toBe(3.5);
  });

  it('supports booleans, logic and conditionals', () => {
    const gate = compiled('(year >= 2027 and month > 6) or false ? 1 : 0');
    expect(gate.evaluate(at(2027, 7))).toBe(1);
    expect(gate.evaluate(at(2027, 6))).toBe(0);
    expect(gate.evaluate(at(2026, 12))).toBe(0);
    expect(compiled('not (year == 2026) ? 2 : 3').evaluate(at(2026))).toBe(3);
    expect(compiled('true xor year != 2026 ? 2 : 3').evaluate(at(2026))).toBe(2);
    expect(compiled('year > 2026 ? (month <= 3 ? 10 : 20) : 30').evaluate(at(2027, 4))).toBe(20);
  });

  it('resolves strings and compiled expressions alike, caching by source', () => {
    const source = '1000 * (year - 2025)';
    expect(resolvePolicy(source, at(2027))).toBe(2000);
    expect(resolvePolicy(compiled(source), at(2028))).toBe(3000);
    expect(compilePolicy(source)).toBe(compilePolicy(source));
    expect(() => compilePolicy('yaer + 1')).toThrow(
      /invalid policy expression "yaer \+ 1" \(offset 0\).*"yaer"/,
    );
  });

  it('exports the allowed names for docs', () => {
    expect(ALLOWED_VARIABLES).toEqual(['year', 'month', 't']);
    expect(ALLOWED_FUNCTIONS).toContain('clamp');
    expect(ALLOWED_FUNCTIONS).not.toContain('evaluate');
  });

  it('runs 10,000 evaluations', () => {
    const subsidy = compiled('year < 2027 ? 150000 : 150000 * 0.8 ^ (year - 2026)');
    let sum = 0;
    for (let i = 0; i < 10_000; i++) sum += subsidy.evaluate(at(2020 + (i % 20), (i % 12) + 1, i));
    expect(Number.isFinite(sum)).toBe(true);
    expect(sum).toBeGreaterThan(0);
  });
});

describe('policy expressions throw on non-finite or non-numeric results', () => {
  it('names the expression and the variables', () => {
    const ratio = compiled('100 / (year - 2026)');
    expect(ratio.evaluate(at(2027))).toBe(100);
    expect(() => ratio.evaluate(at(2026, 3, 14))).toThrow(
      'policy expression "100 / (year - 2026)" gave Infinity at year=2026, month=3, t=14',
    );
    expect(() => compiled('0 / 0').evaluate(at(2026))).toThrow(/gave NaN/);
    expect(() => compiled('sqrt(year - 2030)').evaluate(at(2026))).toThrow(/gave NaN/);
    // Plain IEEE numbers: a negative base to a fractional power is refused, not a real root.
    expect(() => compiled('(2020 - year) ^ (1 / 3)').evaluate(at(2028))).toThrow(/gave NaN/);
    expect(compiled('(year - 2020) ^ (1 / 3)').evaluate(at(2028))).toBeCloseTo(2, 12);
    expect(() => compiled('year > 2026').evaluate(at(2027))).toThrow(/gave boolean true.*cond \? 1 : 0/);
  });

  it('wraps runtime errors from functions', () => {
    expect(() => compiled('clamp(year, 10, 0)').evaluate(at(2026))).toThrow(
      /policy expression "clamp\(year, 10, 0\)" failed at year=2026, month=1, t=0: clamp.*lo <= hi/,
    );
    expect(() => compiled('round(1.5, 0.5)').evaluate(at(2026))).toThrow(/failed at year=2026/);
  });
});

describe('policy expressions refuse unsafe or unknown syntax at load time', () => {
  it.each([
    ['import("fs")', 0, /function "import" is not allowed; allowed functions: min, max/],
    ['evaluate("1+1")', 0, /function "evaluate" is not allowed/],
    ['1 + evaluate("1+1")', 4, /function "evaluate" is not allowed/],
    ['parse("x")', 0, /function "parse" is not allowed/],
    ['createUnit("foo")', 0, /function "createUnit" is not allowed/],
    ['simplify("x")', 0, /function "simplify" is not allowed/],
    ['year * derivative("x^2", "x")', 7, /function "derivative" is not allowed/],
    ['MAX(1, year)', 0, /function "MAX" is not allowed.*did you mean "max"/],
    ['f(x) = x', 5, /defining functions is not allowed/],
    ['a = 1', 2, /assignment \("="\) is not allowed.*"=="/],
    ['[1,2]', 0, /arrays and matrices are not allowed/],
    ['1 + [1,2]', 4, /arrays and matrices are not allowed/],
    ['{a: 1}', 0, /objects are not allowed/],
    ['"str"', 0, /strings are not allowed/],
    ["year + 'str'", 7, /strings are not allowed/],
    ['yaer', 0, /unknown name "yaer" in expression; allowed variables: year, month, t.*did you mean "year"/],
    ['1 + yaer * 2', 4, /unknown name "yaer"/],
    // Two swapped pairs: 4 edits for plain Levenshtein, 2 with transpositions (the one distance, suggest.ts).
    ['mnoht + 1', 0, /unknown name "mnoht".*did you mean "month"/],
    ['year + yea', 7, /unknown name "yea"/],
    ['5 cm', 2, /unknown name "cm"/],
    ['year.foo', 4, /property or index access is not allowed/],
    ['year["foo"]', 4, /property or index access is not allowed/],
    ['1:3', 1, /ranges/],
    ['1; 2', 1, /single expression/],
    ['year!', 4, /operator "!" \(factorial\) is not allowed/],
    ['year & 1', 5, /operator "&"/],
    ['year to inch', 5, /operator "to"/],
    ['pow(2)', 0, /function "pow" takes 2 arguments, got 1/],
    ['clamp(year, 1)', 0, /function "clamp" takes 3 arguments, got 2/],
    ['max', 0, /function "max" must be called/],
    ['1e400', 0, /not a finite number/],
    ['null', 0, /"null" is not allowed/],
    ['', 0, /empty expression/],
  ])('%s → index %i', (source, index, message) => {
    const error = refused(source);
    expect(error.message).toMatch(message);
    expect(error.index).toBe(index);
  });

  it.each([
    ['1 +', 3],
    ['(1 + 2', 6],
    ['year > 2026 ? 1 :', 17],
    ['2 * * 3', 4],
  ])('reports the syntax error position in %s', (source, index) => {
    const error = refused(source);
    expect(error.message).toMatch(/\(char \d+\)/);
    expect(error.index).toBe(index);
  });

  it.each([
    ['1 +', 'expr.parse.unexpectedEnd'],
    ['1 + )', 'expr.parse.valueExpected'],
    ['(1 + 2', 'expr.parse.closeExpected'],
    ['[1, 2', 'expr.parse.matrixEnd'],
    ['1 )', 'expr.parse.unexpectedOperator'],
    ['1 2', 'expr.parse.unexpectedPart'],
    ['@', 'expr.parse.syntaxInPart'],
    ['"abc', 'expr.parse.stringEnd'],
    ['1.e+', 'expr.parse.digitExpected'],
    ['year ? 1', 'expr.parse.falsePart'],
    ['year ? : 1', 'expr.parse.emptyTruePart'],
  ])('recognises the mathjs sentence of %s (a mathjs upgrade that rewords it fails here)', (source, key) => {
    const error = refused(source);
    expect(error.detail.key).toBe(key);
    expect(error.detail.original).toBe(error.message);
  });

  it('refuses overlong expressions', () => {
    expect(refused(`1${' + 1'.repeat(1000)}`).message).toMatch(/longer than 2000 characters/);
  });
});

describe('module purity', () => {
  it('uses no node modules, randomness, console or process', () => {
    for (const file of ['expr', 'expr-check', 'expr-errors', 'expr-math', 'expr-syntax']) {
      const text = readFileSync(new URL(`../../scenarios/${file}.ts`, import.meta.url), 'utf8');
      expect(text).not.toMatch(/from 'node:|Math\.random|console\.|process\./);
    }
  });
});

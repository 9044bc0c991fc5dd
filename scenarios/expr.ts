/**
 * Policy expressions: a scenario value may be a number or a small formula of `year`, `month` and `t`,
 * e.g. `"year < 2027 ? 150000 : 150000 * 0.8 ^ (year - 2026)"`.
 *
 * Formulas are parsed once, at load time, by a restricted mathjs instance set up as mathjs' security
 * guide advises (https://mathjs.org/docs/expressions/security.html), and then checked against a
 * whitelist of node types, names, operators and functions, so a scenario file can compute numbers but
 * cannot define, import, parse or evaluate anything. Evaluation costs about 400 ns: call it per year or
 * tick, never per household.
 *
 * This file compiles and evaluates; its parts are the restricted instance (`expr-math.ts`), the
 * whitelist (`expr-check.ts`), mathjs' syntax errors as message keys (`expr-syntax.ts`) and the
 * messages (`expr-errors.ts`). All are pure (no `node:*`, I/O or globals) so they run in a browser.
 */
import type { MathNode } from 'mathjs';
import { check } from './expr-check.js';
import { MAX_EXPR_DEPTH, tooDeepAt, treeDepth } from './expr-depth.js';
import { type ExprError, fail, localized } from './expr-errors.js';
import { parse } from './expr-math.js';
import { syntaxError } from './expr-syntax.js';
import type { Message, Var } from './messages/render.js';

/** A scenario policy value: a plain number or an expression string of `year`, `month`, `t`. */
export type PolicyValue = number | string;

/** Variables visible to a policy expression. */
export type ExprVars = { year: number; month: number; t: number };

/** A validated, compiled policy expression. */
export type CompiledExpr = {
  kind: 'expr';
  source: string;
  /**
   * Returns a finite number; throws a `LocalizedError` (expr-errors.ts) naming the expression and the variables
   * otherwise.
   */
  evaluate(vars: ExprVars): number;
};

const MAX_SOURCE_LENGTH = 2000;

function describeVars(vars: ExprVars): string {
  return `year=${vars.year}, month=${vars.month}, t=${vars.t}`;
}

/** A parsed tree rather than an ExprError. */
export function isNode(x: MathNode | ExprError): x is MathNode {
  return typeof (x as MathNode).compile === 'function';
}

/**
 * Parse `source` and check it against the restricted language (length, nesting depth, syntax, the
 * allowed functions and the names it may read: `names`, or year, month and t): the expression's tree,
 * or an ExprError with its offset. Shared by scenario policies and game files.
 */
export function parseRestricted(source: string, names?: readonly string[]): MathNode | ExprError {
  if (source.trim() === '') return fail('expr.empty', {}, 0);
  if (source.length > MAX_SOURCE_LENGTH) {
    return fail('expr.tooLong', { limit: MAX_SOURCE_LENGTH }, MAX_SOURCE_LENGTH);
  }
  const deep = tooDeepAt(source);
  if (deep >= 0) return fail('expr.tooDeep', { limit: MAX_EXPR_DEPTH }, deep);
  let root: MathNode;
  try {
    root = parse(source);
  } catch (err) {
    // The scan above bounds the parser's recursion; this keeps an overflow it missed positioned.
    if (err instanceof RangeError) return fail('expr.tooDeep', { limit: MAX_EXPR_DEPTH }, 0);
    return syntaxError(err, source);
  }
  if (treeDepth(root) > MAX_EXPR_DEPTH) return fail('expr.tooDeep', { limit: MAX_EXPR_DEPTH }, 0);
  return check(root, source, names) ?? root;
}

/**
 * Parses and validates `source` once, at load time. Returns the compiled expression, or an ExprError
 * with a message naming the offending name/function/syntax and its 0-based offset in `source`.
 */
export function compileExpression(source: string): CompiledExpr | ExprError {
  const root = parseRestricted(source);
  if (!isNode(root)) return root;

  const code = root.compile();
  // One scope per expression, refilled on each call: mathjs uses a Map scope as is, without wrapping it.
  const scope = new Map<string, number>([
    ['year', 0],
    ['month', 0],
    ['t', 0],
  ]);
  return {
    kind: 'expr',
    source,
    evaluate(vars: ExprVars): number {
      scope.set('year', vars.year);
      scope.set('month', vars.month);
      scope.set('t', vars.t);
      let result: unknown;
      try {
        result = code.evaluate(scope);
      } catch (err) {
        const carried = (err as { loaderMessage?: Message } | null)?.loaderMessage;
        const detail = carried ?? (err instanceof Error ? err.message : String(err));
        throw localized('expr.failed', { source, at: describeVars(vars), detail }, { cause: err });
      }
      if (typeof result === 'number' && Number.isFinite(result)) return result;
      const shown = String(result);
      const got: Var =
        typeof result === 'number'
          ? shown
          : typeof result === 'boolean'
            ? { key: 'expr.got.boolean', vars: { value: shown } }
            : { key: 'expr.got.other', vars: { type: typeof result, value: shown } };
      const hint: Var = typeof result === 'boolean' ? { key: 'expr.hint.boolean' } : '';
      throw localized('expr.notNumber', { source, got, at: describeVars(vars), hint });
    },
  };
}

const CACHE_LIMIT = 256;
const cache = new Map<string, CompiledExpr>();

/**
 * A number as is, or the compiled expression for a string (cached by source). Throws on an invalid
 * value: meant for values that already passed scenario validation.
 */
export function compilePolicy(value: PolicyValue): number | CompiledExpr {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw localized('expr.policyNotFinite', { value });
    return value;
  }
  const hit = cache.get(value);
  if (hit) return hit;
  const compiled = compileExpression(value);
  if (compiled.kind === 'error') {
    throw localized('expr.invalidPolicy', { source: value, index: compiled.index, detail: compiled.detail });
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(value, compiled);
  return compiled;
}

/** The value of a policy at the given time: numbers pass through, expressions are evaluated. */
export function resolvePolicy(value: PolicyValue | CompiledExpr, vars: ExprVars): number {
  const policy = typeof value === 'string' ? compilePolicy(value) : value;
  return typeof policy === 'number' ? policy : policy.evaluate(vars);
}

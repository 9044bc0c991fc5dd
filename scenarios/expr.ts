/**
 * Policy expressions: a scenario value may be a number or a small formula of `year`, `month` and `t`,
 * e.g. `"year < 2027 ? 150000 : 150000 * 0.8 ^ (year - 2026)"`.
 *
 * Formulas are parsed once, at load time, by a restricted mathjs instance set up as mathjs' security
 * guide advises (https://mathjs.org/docs/expressions/security.html), and then checked against a
 * whitelist of node types, names, operators and functions, so a scenario file can compute numbers but
 * cannot define, import, parse or evaluate anything. Evaluation costs about 400 ns: call it per year or
 * tick, never per household. The module is pure (no `node:*`, I/O or globals) so it runs in a browser.
 */
import type { FunctionNode, MathNode, OperatorNode } from 'mathjs';
import {
  absDependencies,
  addDependencies,
  andDependencies,
  ceilDependencies,
  create,
  divideDependencies,
  eDependencies,
  equalDependencies,
  expDependencies,
  floorDependencies,
  largerDependencies,
  largerEqDependencies,
  log10Dependencies,
  logDependencies,
  maxDependencies,
  minDependencies,
  modDependencies,
  multiplyDependencies,
  notDependencies,
  orDependencies,
  parseDependencies,
  piDependencies,
  powDependencies,
  roundDependencies,
  smallerDependencies,
  smallerEqDependencies,
  sqrtDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  unequalDependencies,
  xorDependencies,
} from 'mathjs/number';
import { EN as EXPR_EN, ZH as EXPR_ZH } from './messages/expr.js';
import { LocalizedError, type Message, render, type Var } from './messages/render.js';

/** A scenario policy value: a plain number or an expression string of `year`, `month`, `t`. */
export type PolicyValue = number | string;

/** Variables visible to a policy expression. */
export type ExprVars = { year: number; month: number; t: number };

/** A validated, compiled policy expression. */
export type CompiledExpr = {
  kind: 'expr';
  source: string;
  /**
   * Returns a finite number; throws a {@link LocalizedError} naming the expression and the variables
   * otherwise.
   */
  evaluate(vars: ExprVars): number;
};

/**
 * Why an expression was refused: `message` in English, `detail` to render it in another language,
 * and `index`, the 0-based character offset of the problem (best effort).
 */
export type ExprError = { kind: 'error'; message: string; index: number; detail: Message };

/** Keys of the expression messages: this module carries only their table (see messages/render.ts). */
type ExprKey = keyof typeof EXPR_EN;
const TABLES = { en: EXPR_EN, zh: EXPR_ZH };

/** An error with an English message that `localizedMessage` (messages.ts) renders in other languages. */
export function localized(key: ExprKey, vars: Record<string, Var>, options?: ErrorOptions): LocalizedError {
  const message: Message = { key, vars };
  return new LocalizedError(message, render(TABLES, 'en', message), options);
}

export const ALLOWED_VARIABLES = ['year', 'month', 't'] as const;
export const ALLOWED_FUNCTIONS = [
  'min',
  'max',
  'abs',
  'exp',
  'log',
  'log10',
  'sqrt',
  'floor',
  'ceil',
  'round',
  'pow',
  'clamp',
] as const;

const CONSTANTS = ['pi', 'e'] as const;
const MAX_SOURCE_LENGTH = 2000;

/** [min, max] number of arguments of each allowed function. */
const ARITY: Record<(typeof ALLOWED_FUNCTIONS)[number], readonly [number, number]> = {
  min: [1, Number.POSITIVE_INFINITY],
  max: [1, Number.POSITIVE_INFINITY],
  abs: [1, 1],
  exp: [1, 1],
  log: [1, 2],
  log10: [1, 1],
  sqrt: [1, 1],
  floor: [1, 2],
  ceil: [1, 2],
  round: [1, 2],
  pow: [2, 2],
  clamp: [3, 3],
};

/** mathjs operator function names allowed in expressions (`50%` parses as a division). */
const OPERATORS = new Set([
  'add',
  'subtract',
  'multiply',
  'divide',
  'mod',
  'pow',
  'unaryMinus',
  'unaryPlus',
  'smaller',
  'larger',
  'smallerEq',
  'largerEq',
  'equal',
  'unequal',
  'and',
  'or',
  'not',
  'xor',
]);
function clamp(x: number, lo: number, hi: number): number {
  if (lo > hi) throw localized('expr.clamp', { lo, hi });
  return Math.min(Math.max(x, lo), hi);
}

/**
 * mathjs' plain-number build with only the parser and the functions, operators and constants an
 * expression may use: nothing else exists in the instance, and the explorer's worker bundle and the
 * CLI's start-up do not pay for the rest of mathjs. Numbers are IEEE doubles as in the engine; a
 * negative base to a fractional power gives NaN (refused at evaluation), as does sqrt of a negative.
 */
const math = create(
  {
    parseDependencies,
    addDependencies,
    subtractDependencies,
    multiplyDependencies,
    divideDependencies,
    modDependencies,
    powDependencies,
    unaryMinusDependencies,
    unaryPlusDependencies,
    smallerDependencies,
    largerDependencies,
    smallerEqDependencies,
    largerEqDependencies,
    equalDependencies,
    unequalDependencies,
    andDependencies,
    orDependencies,
    notDependencies,
    xorDependencies,
    minDependencies,
    maxDependencies,
    absDependencies,
    expDependencies,
    logDependencies,
    log10Dependencies,
    sqrtDependencies,
    floorDependencies,
    ceilDependencies,
    roundDependencies,
    piDependencies,
    eDependencies,
  },
  { predictable: true },
);
math.import({ clamp });
// Keep the one real parser privately; the instance's own copies are then disabled (mathjs security guide).
const parse = math.parse;
const disabled = (name: string) => () => {
  throw localized('expr.disabled', { name });
};
math.import(
  Object.fromEntries(
    [
      'import',
      'createUnit',
      'reviver',
      'replacer',
      'evaluate',
      'parse',
      'compile',
      'simplify',
      'simplifyConstant',
      'simplifyCore',
      'derivative',
      'resolve',
      'rationalize',
      'leafCount',
      'symbolicEqual',
      'chain',
      'help',
      'parser',
      'Parser',
      'unit',
    ].map((name) => [name, disabled(name)]),
  ),
  { override: true },
);

/** Node types refused outright, each with its own message (`expr.node.*`). */
const REFUSED_NODES = new Set([
  'AssignmentNode',
  'FunctionAssignmentNode',
  'AccessorNode',
  'IndexNode',
  'ArrayNode',
  'ObjectNode',
  'RangeNode',
  'BlockNode',
]);
/** Where to point for each refused node type, searched in the source with string contents blanked. */
const NODE_TOKENS: Record<string, RegExp> = {
  AssignmentNode: /(?<![=<>!])=(?!=)/,
  FunctionAssignmentNode: /(?<![=<>!])=(?!=)/,
  AccessorNode: /\.\s*[\p{L}_$]|\[/u,
  IndexNode: /\[/,
  ArrayNode: /\[/,
  ObjectNode: /\{/,
  RangeNode: /:/,
  BlockNode: /[;\n]/,
};

/** Replaces the contents of string literals with spaces, keeping quotes and offsets. */
function blankStrings(source: string): string {
  const out = source.split('');
  let quote = '';
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (quote === '') {
      if (c === '"' || c === "'") quote = c;
    } else if (c === quote) {
      quote = '';
    } else {
      out[i] = ' ';
      if (c === '\\' && i + 1 < out.length) out[++i] = ' ';
    }
  }
  return out.join('');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Offset of the identifier `name` (as a call if `call`), not as a `.property`; 0 if not found. */
function findName(source: string, name: string, call: boolean): number {
  const body = `(?<![\\p{L}\\p{N}_$.])${escapeRegExp(name)}(?![\\p{L}\\p{N}_$])`;
  const text = blankStrings(source);
  const hit = text.search(new RegExp(call ? `${body}(?=\\s*\\()` : body, 'u'));
  return hit >= 0 ? hit : Math.max(0, text.search(new RegExp(body, 'u')));
}

function findToken(source: string, token: RegExp): number {
  return Math.max(0, blankStrings(source).search(token));
}

/** A close allowed name (at most two edits, fewer than its length), for typos like `yaer`. */
function suggest(name: string, candidates: readonly string[]): Var {
  let best = '';
  let bestDist = 3;
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c);
    if (d < bestDist && d < c.length) [best, bestDist] = [c, d];
  }
  return best && best !== name ? { key: 'expr.hint.didYouMean', vars: { name: `"${best}"` } } : '';
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

function fail(key: ExprKey, vars: Record<string, Var>, index: number, original?: string): ExprError {
  const detail: Message = { key, vars, original };
  return { kind: 'error', message: render(TABLES, 'en', detail), index, detail };
}

/** Depth-first, left-to-right check of the node tree; returns the first problem found. */
function check(node: MathNode, source: string): ExprError | undefined {
  switch (node.type) {
    case 'ConstantNode': {
      const value: unknown = (node as unknown as { value: unknown }).value;
      if (typeof value === 'boolean') return undefined;
      if (typeof value === 'number') {
        if (Number.isFinite(value)) return undefined;
        return fail('expr.notFinite', { value: node.toString() }, findToken(source, /NaN|Infinity|\d/));
      }
      if (typeof value === 'string') {
        return fail('expr.string', {}, findToken(source, /["']/));
      }
      return fail('expr.constant', { value: String(value) }, findName(source, String(value), false));
    }
    case 'SymbolNode': {
      const { name } = node as unknown as { name: string };
      if ((ALLOWED_VARIABLES as readonly string[]).includes(name)) return undefined;
      if ((CONSTANTS as readonly string[]).includes(name)) return undefined;
      const index = findName(source, name, false);
      if ((ALLOWED_FUNCTIONS as readonly string[]).includes(name)) {
        return fail('expr.functionNeedsArgs', { name }, index);
      }
      const hint = suggest(name, [...ALLOWED_VARIABLES, ...CONSTANTS]);
      return fail(
        'expr.unknownName',
        { name, variables: ALLOWED_VARIABLES, constants: CONSTANTS, hint },
        index,
      );
    }
    case 'OperatorNode': {
      const op = node as OperatorNode;
      if (!OPERATORS.has(op.fn)) {
        const word = /^[a-z]+$/i.test(op.op);
        const index = word ? findName(source, op.op, false) : findToken(source, operatorPattern(op.op));
        return fail('expr.operator', { op: op.op, fn: op.fn }, index);
      }
      return checkAll(op.args, source);
    }
    case 'ConditionalNode': {
      const { condition, trueExpr, falseExpr } = node as unknown as Record<string, MathNode>;
      return checkAll([condition, trueExpr, falseExpr], source);
    }
    case 'ParenthesisNode':
      return check((node as unknown as { content: MathNode }).content, source);
    case 'FunctionNode': {
      const call = node as FunctionNode<MathNode>;
      if (call.fn.type !== 'SymbolNode') {
        return fail('expr.indirectCall', { functions: ALLOWED_FUNCTIONS }, findToken(source, /\(/));
      }
      const { name } = call.fn as unknown as { name: string };
      const index = findName(source, name, true);
      if (!Object.hasOwn(ARITY, name)) {
        const hint = suggest(name, ALLOWED_FUNCTIONS);
        return fail('expr.functionNotAllowed', { name, functions: ALLOWED_FUNCTIONS, hint }, index);
      }
      const [lo, hi] = ARITY[name as keyof typeof ARITY];
      const n = call.args.length;
      if (n < lo || n > hi) {
        const key: ExprKey =
          lo === hi
            ? lo === 1
              ? 'expr.arity.one'
              : 'expr.arity.exact'
            : hi === Number.POSITIVE_INFINITY
              ? 'expr.arity.atLeast'
              : 'expr.arity.range';
        return fail(key, { name, min: lo, max: hi, count: n }, index);
      }
      return checkAll(call.args, source);
    }
    default: {
      const token = NODE_TOKENS[node.type];
      const index = token ? findToken(source, token) : 0;
      if (REFUSED_NODES.has(node.type)) return fail(`expr.node.${node.type}` as ExprKey, {}, index);
      return fail('expr.node.other', { type: node.type }, index);
    }
  }
}

function checkAll(nodes: readonly MathNode[], source: string): ExprError | undefined {
  for (const child of nodes) {
    const problem = check(child, source);
    if (problem) return problem;
  }
  return undefined;
}

/** A symbolic operator, not as part of a longer one (`!` but not `!=`, `&` but not `&&`). */
function operatorPattern(op: string): RegExp {
  return new RegExp(`(?<![=<>!&|^.])${escapeRegExp(op)}(?![=&|])`);
}

/** mathjs syntax errors ("Value expected (char 5)"), known by their text: the parser gives them no code. */
const PARSE_ERRORS: readonly { pattern: RegExp; key: ExprKey; names: readonly string[] }[] = [
  {
    pattern: /^Unexpected end of expression \(char (\d+)\)$/,
    key: 'expr.parse.unexpectedEnd',
    names: ['char'],
  },
  { pattern: /^Value expected \(char (\d+)\)$/, key: 'expr.parse.valueExpected', names: ['char'] },
  {
    pattern: /^Parenthesis ([)\]]) expected \(char (\d+)\)$/,
    key: 'expr.parse.closeExpected',
    names: ['close', 'char'],
  },
  { pattern: /^End of matrix \] expected \(char (\d+)\)$/, key: 'expr.parse.matrixEnd', names: ['char'] },
  {
    pattern: /^Unexpected operator (.+) \(char (\d+)\)$/,
    key: 'expr.parse.unexpectedOperator',
    names: ['op', 'char'],
  },
  {
    pattern: /^Unexpected part "(.*)" \(char (\d+)\)$/,
    key: 'expr.parse.unexpectedPart',
    names: ['part', 'char'],
  },
  {
    pattern: /^Syntax error in part "(.*)" \(char (\d+)\)$/,
    key: 'expr.parse.syntaxInPart',
    names: ['part', 'char'],
  },
  {
    pattern: /^End of string (.) expected \(char (\d+)\)$/,
    key: 'expr.parse.stringEnd',
    names: ['quote', 'char'],
  },
  {
    pattern: /^Digit expected, got "(.*)" \(char (\d+)\)$/,
    key: 'expr.parse.digitExpected',
    names: ['got', 'char'],
  },
  {
    pattern: /^False part of conditional expression expected \(char (\d+)\)$/,
    key: 'expr.parse.falsePart',
    names: ['char'],
  },
  {
    pattern: /^The true-expression of a conditional operator may not be empty \(char (\d+)\)$/,
    key: 'expr.parse.emptyTruePart',
    names: ['char'],
  },
];

/** The message key of a mathjs syntax error; its English stays the parser's own words. */
function parseErrorDetail(message: string): { key: ExprKey; vars: Record<string, Var> } {
  for (const { pattern, key, names } of PARSE_ERRORS) {
    const m = pattern.exec(message);
    if (m) return { key, vars: Object.fromEntries(names.map((name, i) => [name, m[i + 1]])) };
  }
  const char = / \(char (\d+)\)$/.exec(message);
  return char
    ? { key: 'expr.parse.other', vars: { char: char[1] } }
    : { key: 'expr.parse.unknown', vars: {} };
}

function describeVars(vars: ExprVars): string {
  return `year=${vars.year}, month=${vars.month}, t=${vars.t}`;
}

/**
 * Parses and validates `source` once, at load time. Returns the compiled expression, or an ExprError
 * with a message naming the offending name/function/syntax and its 0-based offset in `source`.
 */
export function compileExpression(source: string): CompiledExpr | ExprError {
  if (source.trim() === '') return fail('expr.empty', {}, 0);
  if (source.length > MAX_SOURCE_LENGTH) {
    return fail('expr.tooLong', { limit: MAX_SOURCE_LENGTH }, MAX_SOURCE_LENGTH);
  }
  let root: MathNode;
  try {
    root = parse(source);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const char = (err as { char?: unknown }).char;
    const index = typeof char === 'number' ? Math.min(Math.max(char - 1, 0), source.length) : 0;
    const { key, vars } = parseErrorDetail(message);
    return fail(key, vars, index, message);
  }
  const problem = check(root, source);
  if (problem) return problem;

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

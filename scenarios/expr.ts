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

/** A scenario policy value: a plain number or an expression string of `year`, `month`, `t`. */
export type PolicyValue = number | string;

/** Variables visible to a policy expression. */
export type ExprVars = { year: number; month: number; t: number };

/** A validated, compiled policy expression. */
export type CompiledExpr = {
  kind: 'expr';
  source: string;
  /** Returns a finite number; throws an Error naming the expression and the variables otherwise. */
  evaluate(vars: ExprVars): number;
};

/** Why an expression was refused; `index` is the 0-based character offset of the problem (best effort). */
export type ExprError = { kind: 'error'; message: string; index: number };

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
const OPERATORS_HINT = '+ - * / % ^ < > <= >= == != and or not xor, and "cond ? a : b"';

const VARIABLES_HINT = `allowed variables: ${ALLOWED_VARIABLES.join(', ')} (constants: ${CONSTANTS.join(', ')}, true, false)`;
const FUNCTIONS_HINT = `allowed functions: ${ALLOWED_FUNCTIONS.join(', ')}`;

function clamp(x: number, lo: number, hi: number): number {
  if (lo > hi) throw new Error(`clamp(x, lo, hi) needs lo <= hi, got lo=${lo}, hi=${hi}`);
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
  throw new Error(`function ${name} is disabled in policy expressions`);
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

const NODE_LABELS: Record<string, string> = {
  AssignmentNode: 'assignment ("=") is not allowed in policy expressions; use "==" to compare',
  FunctionAssignmentNode: 'defining functions is not allowed in policy expressions',
  AccessorNode: 'property or index access is not allowed in policy expressions',
  IndexNode: 'indexing is not allowed in policy expressions',
  ArrayNode: 'arrays and matrices are not allowed in policy expressions',
  ObjectNode: 'objects are not allowed in policy expressions',
  RangeNode: 'ranges ("a:b") are not allowed in policy expressions',
  BlockNode: 'a policy expression must be a single expression (no ";" or line breaks)',
};
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
function suggest(name: string, candidates: readonly string[]): string {
  let best = '';
  let bestDist = 3;
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c);
    if (d < bestDist && d < c.length) [best, bestDist] = [c, d];
  }
  return best && best !== name ? `; did you mean "${best}"?` : '';
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

function fail(message: string, index: number): ExprError {
  return { kind: 'error', message, index };
}

/** Depth-first, left-to-right check of the node tree; returns the first problem found. */
function check(node: MathNode, source: string): ExprError | undefined {
  switch (node.type) {
    case 'ConstantNode': {
      const value: unknown = (node as unknown as { value: unknown }).value;
      if (typeof value === 'boolean') return undefined;
      if (typeof value === 'number') {
        if (Number.isFinite(value)) return undefined;
        return fail(
          `constant ${node.toString()} is not a finite number`,
          findToken(source, /NaN|Infinity|\d/),
        );
      }
      if (typeof value === 'string') {
        return fail('strings are not allowed in policy expressions; use numbers', findToken(source, /["']/));
      }
      return fail(
        `"${String(value)}" is not allowed in policy expressions`,
        findName(source, String(value), false),
      );
    }
    case 'SymbolNode': {
      const { name } = node as unknown as { name: string };
      if ((ALLOWED_VARIABLES as readonly string[]).includes(name)) return undefined;
      if ((CONSTANTS as readonly string[]).includes(name)) return undefined;
      const index = findName(source, name, false);
      if ((ALLOWED_FUNCTIONS as readonly string[]).includes(name)) {
        return fail(`function "${name}" must be called with arguments, e.g. ${name}(…)`, index);
      }
      const hint = suggest(name, [...ALLOWED_VARIABLES, ...CONSTANTS]);
      return fail(`unknown name "${name}" in expression; ${VARIABLES_HINT}${hint}`, index);
    }
    case 'OperatorNode': {
      const op = node as OperatorNode;
      if (!OPERATORS.has(op.fn)) {
        const word = /^[a-z]+$/i.test(op.op);
        const index = word ? findName(source, op.op, false) : findToken(source, operatorPattern(op.op));
        return fail(
          `operator "${op.op}" (${op.fn}) is not allowed; allowed operators: ${OPERATORS_HINT}`,
          index,
        );
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
        return fail(`only direct calls are allowed; ${FUNCTIONS_HINT}`, findToken(source, /\(/));
      }
      const { name } = call.fn as unknown as { name: string };
      const index = findName(source, name, true);
      if (!Object.hasOwn(ARITY, name)) {
        const hint = suggest(name, ALLOWED_FUNCTIONS);
        return fail(`function "${name}" is not allowed; ${FUNCTIONS_HINT}${hint}`, index);
      }
      const [lo, hi] = ARITY[name as keyof typeof ARITY];
      const n = call.args.length;
      if (n < lo || n > hi) {
        const want =
          lo === hi ? `${lo}` : hi === Number.POSITIVE_INFINITY ? `at least ${lo}` : `${lo} to ${hi}`;
        return fail(`function "${name}" takes ${want} argument${want === '1' ? '' : 's'}, got ${n}`, index);
      }
      return checkAll(call.args, source);
    }
    default: {
      const label = NODE_LABELS[node.type] ?? `"${node.type}" is not allowed in policy expressions`;
      const token = NODE_TOKENS[node.type];
      return fail(label, token ? findToken(source, token) : 0);
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

function describeVars(vars: ExprVars): string {
  return `year=${vars.year}, month=${vars.month}, t=${vars.t}`;
}

/**
 * Parses and validates `source` once, at load time. Returns the compiled expression, or an ExprError
 * with a message naming the offending name/function/syntax and its 0-based offset in `source`.
 */
export function compileExpression(source: string): CompiledExpr | ExprError {
  if (source.trim() === '') return fail('empty expression; write a number or a formula of year, month, t', 0);
  if (source.length > MAX_SOURCE_LENGTH) {
    return fail(`expression is longer than ${MAX_SOURCE_LENGTH} characters`, MAX_SOURCE_LENGTH);
  }
  let root: MathNode;
  try {
    root = parse(source);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const char = (err as { char?: unknown }).char;
    const index = typeof char === 'number' ? Math.min(Math.max(char - 1, 0), source.length) : 0;
    return fail(message, index);
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
        const message = err instanceof Error ? err.message : String(err);
        throw new Error(`policy expression "${source}" failed at ${describeVars(vars)}: ${message}`, {
          cause: err,
        });
      }
      if (typeof result === 'number' && Number.isFinite(result)) return result;
      const got = typeof result === 'number' ? String(result) : `${typeof result} ${String(result)}`;
      const hint = typeof result === 'boolean' ? ' (write "cond ? 1 : 0" for a 0/1 value)' : '';
      throw new Error(
        `policy expression "${source}" gave ${got} at ${describeVars(vars)}; a finite number is required${hint}`,
      );
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
    if (!Number.isFinite(value)) throw new Error(`policy value ${value} is not a finite number`);
    return value;
  }
  const hit = cache.get(value);
  if (hit) return hit;
  const compiled = compileExpression(value);
  if (compiled.kind === 'error') {
    throw new Error(`invalid policy expression "${value}" (offset ${compiled.index}): ${compiled.message}`);
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

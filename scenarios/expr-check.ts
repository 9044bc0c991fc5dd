/**
 * The whitelist a parsed policy expression must pass: node types, variable and constant names,
 * operators, functions and their number of arguments. A refusal names what is not allowed, suggests
 * a close allowed name for a typo, and points at the offending token in the source. Pure.
 */
import { editDistance } from './suggest.js';
import type { FunctionNode, MathNode, OperatorNode } from 'mathjs';
import { type ExprError, type ExprKey, fail } from './expr-errors.js';
import type { Var } from './messages/render.js';

/** The variables an expression may read. */
export const ALLOWED_VARIABLES = ['year', 'month', 't'] as const;
/** The functions an expression may call. */
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

/**
 * Depth-first, left-to-right check of the node tree; returns the first problem found. `variables`
 * are the names it may read (a game file's parameters; by default a policy's year, month, t).
 */
export function check(
  node: MathNode,
  source: string,
  variables: readonly string[] = ALLOWED_VARIABLES,
): ExprError | undefined {
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
      if (variables.includes(name)) return undefined;
      if ((CONSTANTS as readonly string[]).includes(name)) return undefined;
      const index = findName(source, name, false);
      if ((ALLOWED_FUNCTIONS as readonly string[]).includes(name)) {
        return fail('expr.functionNeedsArgs', { name }, index);
      }
      const hint = suggest(name, [...variables, ...CONSTANTS]);
      return fail('expr.unknownName', { name, variables, constants: CONSTANTS, hint }, index);
    }
    case 'OperatorNode': {
      const op = node as OperatorNode;
      if (!OPERATORS.has(op.fn)) {
        const word = /^[a-z]+$/i.test(op.op);
        const index = word ? findName(source, op.op, false) : findToken(source, operatorPattern(op.op));
        return fail('expr.operator', { op: op.op, fn: op.fn }, index);
      }
      return checkAll(op.args, source, variables);
    }
    case 'ConditionalNode': {
      const { condition, trueExpr, falseExpr } = node as unknown as Record<string, MathNode>;
      return checkAll([condition, trueExpr, falseExpr], source, variables);
    }
    case 'ParenthesisNode':
      return check((node as unknown as { content: MathNode }).content, source, variables);
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
      return checkAll(call.args, source, variables);
    }
    default: {
      const token = NODE_TOKENS[node.type];
      const index = token ? findToken(source, token) : 0;
      if (REFUSED_NODES.has(node.type)) return fail(`expr.node.${node.type}` as ExprKey, {}, index);
      return fail('expr.node.other', { type: node.type }, index);
    }
  }
}

function checkAll(
  nodes: readonly MathNode[],
  source: string,
  variables: readonly string[],
): ExprError | undefined {
  for (const child of nodes) {
    const problem = check(child, source, variables);
    if (problem) return problem;
  }
  return undefined;
}

/** A symbolic operator, not as part of a longer one (`!` but not `!=`, `&` but not `&&`). */
function operatorPattern(op: string): RegExp {
  return new RegExp(`(?<![=<>!&|^.])${escapeRegExp(op)}(?![=&|])`);
}

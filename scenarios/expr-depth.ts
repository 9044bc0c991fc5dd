/**
 * The nesting limit of policy expressions. mathjs parses, checks, compiles and evaluates by recursion,
 * so a deep input (two thousand unary minus signs, hundreds of parentheses or nested calls) overflows
 * the stack with an unpositioned "Maximum call stack size exceeded". Two checks keep every recursion
 * bounded: a scan of the source before mathjs sees it (brackets, prefix operators, and the
 * right-nested `^` and `? :`), which points at the first character past the limit; and a measure of
 * the parsed tree's depth (without recursion), which also bounds long left-nested chains such as
 * `1+1+1+…`. Pure.
 */
import type { MathNode } from 'mathjs';

/** Deepest nesting accepted in a policy expression; real policies stay below 10. */
export const MAX_EXPR_DEPTH = 100;

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);
/** Characters after which `+`, `-` or `!` is a prefix (unary) operator. */
const BEFORE_PREFIX = /[-+*/%^<>=!&|?:,([{]/;

/**
 * Offset of the first character whose nesting exceeds `limit` in `source` (brackets, prefix
 * operators, `not`, and the right-nested `^` and `?`), or -1. Quoted text is skipped. An estimate
 * from above of the parser's recursion: mathjs refuses what it cannot parse anyway.
 */
export function tooDeepAt(source: string, limit = MAX_EXPR_DEPTH): number {
  const frames: number[] = [];
  let level = 0;
  let prefixes = 0;
  let prev = '(';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '"' || c === "'") {
      for (i++; i < source.length && source[i] !== c; i++) if (source[i] === '\\') i++;
      prev = 'x';
      prefixes = 0;
      continue;
    }
    if (/\s/.test(c)) continue;
    let deeper = false;
    if (OPEN.has(c)) {
      frames.push(level);
      level += prefixes + 1;
      prefixes = 0;
      deeper = true;
    } else if (CLOSE.has(c)) {
      level = frames.pop() ?? 0;
      prefixes = 0;
    } else if ((c === '-' || c === '+' || c === '!') && BEFORE_PREFIX.test(prev)) {
      prefixes++;
      deeper = true;
    } else if (c === '^' || c === '?') {
      level++;
      prefixes = 0;
      deeper = true;
    } else if (/[\p{L}_$]/u.test(c)) {
      let end = i + 1;
      while (end < source.length && /[\p{L}\p{N}_$]/u.test(source[end])) end++;
      const word = source.slice(i, end);
      i = end - 1;
      if (word === 'not' && BEFORE_PREFIX.test(prev)) {
        prefixes++;
        deeper = true;
        prev = '(';
        if (level + prefixes > limit) return end - word.length;
        continue;
      }
      prefixes = 0;
      prev = 'x';
      continue;
    } else if (!BEFORE_PREFIX.test(c)) {
      prefixes = 0;
    }
    prev = c;
    if (deeper && level + prefixes > limit) return i;
  }
  return -1;
}

/** Depth of a parsed expression tree (1 for a single node), measured without recursion. */
export function treeDepth(root: MathNode): number {
  let deepest = 0;
  const stack: [MathNode, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [MathNode, number];
    if (depth > deepest) deepest = depth;
    node.forEach((child) => {
      stack.push([child, depth + 1]);
    });
  }
  return deepest;
}

/**
 * A CART tree as indented text (the `tree.txt` of `cogov discover` and the report's rules), one line
 * per branch: the condition, then for a leaf its cases and cases of interest. Numbers print with four
 * significant digits unless a formatter is given. Pure.
 */
import type { CartSplit, CartTree } from './cart.js';

/** Words of the tree text (English by default). */
export interface CartTextWords {
  /** A leaf: `{n}` cases, `{h}` of interest, `{pct}` their share. */
  leaf: (n: number, h: number, share: number) => string;
  /** "in" for a category set. */
  inWord: string;
  notInWord: string;
  number: (v: number) => string;
}

const EN_WORDS: CartTextWords = {
  leaf: (n, h, share) => `${h} of ${n} of interest (${(share * 100).toFixed(0)} %)`,
  inWord: 'in',
  notInWord: 'not in',
  number: (v) => String(Number(v.toPrecision(4))),
};

/** One side of a split as a condition, e.g. `x1 <= 0.6` or `mode in {a, b}`. */
export function conditionText(
  split: CartSplit,
  side: 'left' | 'right',
  names: readonly string[],
  words: CartTextWords = EN_WORDS,
): string {
  const name = names[split.input] ?? `#${split.input}`;
  if (split.kind === 'numeric')
    return `${name} ${side === 'left' ? '<=' : '>'} ${words.number(split.threshold)}`;
  return `${name} ${side === 'left' ? words.inWord : words.notInWord} {${split.left.join(', ')}}`;
}

/** The tree as lines of text, depth-first, children indented under their parent. */
export function cartText(tree: CartTree, names: readonly string[], words: CartTextWords = EN_WORDS): string {
  const lines: string[] = [];
  const walk = (id: number, indent: string) => {
    const node = tree.nodes[id];
    if (node.split === null || node.left === null || node.right === null) {
      lines[lines.length - 1] += `: ${words.leaf(node.n, node.ofInterest, node.ofInterest / node.n)}`;
      return;
    }
    for (const [side, child] of [
      ['left', node.left],
      ['right', node.right],
    ] as const) {
      lines.push(`${indent}|--- ${conditionText(node.split, side, names, words)}`);
      walk(child, `${indent}|   `);
    }
  };
  const root = tree.nodes[0];
  lines.push(`${words.leaf(root.n, root.ofInterest, root.ofInterest / root.n)}`);
  if (root.split !== null) walk(0, '');
  return `${lines.join('\n')}\n`;
}

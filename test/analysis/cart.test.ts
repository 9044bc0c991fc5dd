import { describe, expect, it } from 'vitest';
import { cartRules, cartTree } from '../../sim/analysis/cart.js';
import { plantedBox } from './planted.js';

describe('CART', () => {
  it('finds the planted box thresholds (x3 ≤ 0.3, x1 > 0.6) within 0.02', () => {
    const { inputs, y } = plantedBox();
    const tree = cartTree(inputs, y, { maxDepth: 3, minLeaf: 20 });
    const root = tree.nodes[0];
    expect(root.split).toMatchObject({ kind: 'numeric', input: 2 });
    expect(root.split?.kind === 'numeric' && Math.abs(root.split.threshold - 0.3) < 0.02).toBe(true);
    // The densest leaf is the planted box: x3 ≤ t3 and x1 > t1.
    const rules = cartRules(tree);
    const densest = [...rules].sort((a, b) => b.ofInterest / b.n - a.ofInterest / a.n || b.n - a.n)[0];
    expect(densest.ofInterest / densest.n).toBeGreaterThan(0.95);
    expect(densest.ofInterest / tree.ofInterest).toBeGreaterThan(0.9);
    const conds = densest.conditions.map((c) => [c.split.input, c.side]);
    expect(conds).toEqual([
      [2, 'left'],
      [0, 'right'],
    ]);
    const t1 = densest.conditions[1].split;
    expect(t1.kind === 'numeric' && Math.abs(t1.threshold - 0.6) < 0.02).toBe(true);
    expect(rules.reduce((s, r) => s + r.n, 0)).toBe(tree.n);
  });

  it('splits a small hand case where expected, with deterministic ties', () => {
    // x: 1..6; of interest when x ≥ 4: the best split is halfway between 3 and 4.
    const x = Float64Array.from([1, 2, 3, 4, 5, 6]);
    const y = Float64Array.from([0, 0, 0, 1, 1, 1]);
    const tree = cartTree([{ name: 'x', kind: 'numeric', values: x }], y);
    expect(tree.nodes[0].split).toEqual({ kind: 'numeric', input: 0, threshold: 3.5 });
    expect(tree.nodes.length).toBe(3);
    expect(tree.nodes.slice(1).map((n) => [n.n, n.ofInterest])).toEqual([
      [3, 0],
      [3, 3],
    ]);
    // Two identical inputs: the first wins the tie; a word input splits by category.
    const twin = cartTree(
      [
        { name: 'a', kind: 'numeric', values: x },
        { name: 'b', kind: 'numeric', values: x },
      ],
      y,
    );
    expect(twin.nodes[0].split).toMatchObject({ input: 0 });
    const words = cartTree([{ name: 'w', kind: 'categorical', values: ['p', 'q', 'p', 'r', 'r', 'r'] }], y);
    expect(words.nodes[0].split).toEqual({ kind: 'categorical', input: 0, left: ['p', 'q'], right: ['r'] });
    expect(cartRules(words).map((r) => [r.n, r.ofInterest])).toEqual([
      [3, 0],
      [3, 3],
    ]);
  });

  it('respects depth and minimum leaf size', () => {
    const { inputs, y } = plantedBox(11, 500);
    const stump = cartTree(inputs, y, { maxDepth: 1 });
    expect(stump.nodes.length).toBe(3);
    const big = cartTree(inputs, y, { maxDepth: 6, minLeaf: 60 });
    for (const n of big.nodes) expect(n.n).toBeGreaterThanOrEqual(60);
    expect(Math.max(...big.nodes.map((n) => n.depth))).toBeLessThanOrEqual(6);
  });
});

/**
 * A classification tree (CART, Breiman et al. 1984) of the cases of interest: each node splits on the
 * input and threshold (numeric: "≤ t", t halfway between neighbouring observed values) or category
 * set (categorical: categories ordered by their share of cases of interest, the best prefix — optimal
 * for a 0/1 outcome) that lowers the Gini impurity most; no split below `minLeaf` cases per child,
 * beyond `maxDepth`, or in a pure node. Ties break on input order, then the lower threshold (or the
 * shorter prefix), so the tree is the same for the same data. A second view beside PRIM's box. Pure.
 */
import { checkCases, categoriesOf, type DiscoveryInput } from './prim-box.js';

/** The CART tree's limits. */
export interface CartOptions {
  /** Deepest split level (default 3). */
  maxDepth?: number;
  /** Fewest cases in a child (default 1). */
  minLeaf?: number;
}

/** A split: numeric "input ≤ threshold" goes left; categorical "input in left" goes left. */
export type CartSplit =
  | { kind: 'numeric'; input: number; threshold: number }
  | { kind: 'categorical'; input: number; left: string[]; right: string[] };

/** A node of the tree (id = position in {@link CartTree.nodes}; the root is 0). */
export interface CartNode {
  id: number;
  parent: number | null;
  depth: number;
  /** Cases and cases of interest in the node. */
  n: number;
  ofInterest: number;
  split: CartSplit | null;
  left: number | null;
  right: number | null;
}

/** A grown tree, nodes in depth-first order (left before right). */
export interface CartTree {
  nodes: CartNode[];
  n: number;
  ofInterest: number;
}

/** Gini impurity × cases of a child with n cases, h of interest: 2h(n − h)/n. */
const impurity = (n: number, h: number) => (n === 0 ? 0 : (2 * h * (n - h)) / n);

type Found = { split: CartSplit; cost: number };

function numericSplit(
  d: Float64Array,
  j: number,
  rows: number[],
  y: ArrayLike<number>,
  minLeaf: number,
): Found | null {
  const order = [...rows].sort((a, b) => d[a] - d[b] || a - b);
  const N = order.length;
  let H = 0;
  for (const i of order) H += y[i] === 1 ? 1 : 0;
  let nl = 0;
  let hl = 0;
  let top: Found | null = null;
  for (let k = 0; k < N - 1; k++) {
    nl++;
    hl += y[order[k]] === 1 ? 1 : 0;
    const a = d[order[k]];
    const b = d[order[k + 1]];
    if (a === b || nl < minLeaf || N - nl < minLeaf) continue;
    const cost = impurity(nl, hl) + impurity(N - nl, H - hl);
    if (top === null || cost < top.cost)
      top = { split: { kind: 'numeric', input: j, threshold: a + (b - a) / 2 }, cost };
  }
  return top;
}

function categoricalSplit(
  d: readonly string[],
  j: number,
  rows: number[],
  y: ArrayLike<number>,
  minLeaf: number,
): Found | null {
  const counts = new Map<string, { n: number; h: number }>();
  for (const i of rows) {
    const c = counts.get(d[i]) ?? { n: 0, h: 0 };
    c.n++;
    c.h += y[i] === 1 ? 1 : 0;
    counts.set(d[i], c);
  }
  const cats = categoriesOf([...counts.keys()]).sort((a, b) => {
    const ca = counts.get(a)!;
    const cb = counts.get(b)!;
    return ca.h * cb.n - cb.h * ca.n;
  });
  const N = rows.length;
  const H = [...counts.values()].reduce((s, c) => s + c.h, 0);
  let nl = 0;
  let hl = 0;
  let top: Found | null = null;
  for (let k = 0; k < cats.length - 1; k++) {
    const c = counts.get(cats[k])!;
    nl += c.n;
    hl += c.h;
    if (nl < minLeaf || N - nl < minLeaf) continue;
    const cost = impurity(nl, hl) + impurity(N - nl, H - hl);
    if (top === null || cost < top.cost) {
      top = {
        split: { kind: 'categorical', input: j, left: cats.slice(0, k + 1), right: cats.slice(k + 1) },
        cost,
      };
    }
  }
  return top;
}

/** Whether case i goes to the left child of `split`. */
export function goesLeft(inputs: readonly DiscoveryInput[], split: CartSplit, i: number): boolean {
  const d = inputs[split.input];
  if (split.kind === 'numeric') return d.kind === 'numeric' && d.values[i] <= split.threshold;
  return d.kind === 'categorical' && split.left.includes(d.values[i]);
}

/** Grow a tree on the cases (`y` 1 = of interest). Throws DiscoveryInputError as PRIM does. */
export function cartTree(
  inputs: readonly DiscoveryInput[],
  y: ArrayLike<number>,
  options: CartOptions = {},
): CartTree {
  const H = checkCases(inputs, y);
  const maxDepth = options.maxDepth ?? 3;
  const minLeaf = Math.max(1, options.minLeaf ?? 1);
  const nodes: CartNode[] = [];
  const grow = (rows: number[], depth: number, parent: number | null): number => {
    let h = 0;
    for (const i of rows) h += y[i] === 1 ? 1 : 0;
    const node: CartNode = {
      id: nodes.length,
      parent,
      depth,
      n: rows.length,
      ofInterest: h,
      split: null,
      left: null,
      right: null,
    };
    nodes.push(node);
    if (depth >= maxDepth || h === 0 || h === rows.length || rows.length < 2 * minLeaf) return node.id;
    let top: Found | null = null;
    inputs.forEach((d, j) => {
      const f =
        d.kind === 'numeric'
          ? numericSplit(d.values, j, rows, y, minLeaf)
          : categoricalSplit(d.values, j, rows, y, minLeaf);
      if (f !== null && (top === null || f.cost < top.cost)) top = f;
    });
    const found = top as Found | null;
    if (found === null || !(found.cost < impurity(rows.length, h))) return node.id;
    node.split = found.split;
    node.left = grow(
      rows.filter((i) => goesLeft(inputs, found.split, i)),
      depth + 1,
      node.id,
    );
    node.right = grow(
      rows.filter((i) => !goesLeft(inputs, found.split, i)),
      depth + 1,
      node.id,
    );
    return node.id;
  };
  grow(
    Array.from({ length: y.length }, (_, i) => i),
    0,
    null,
  );
  return { nodes, n: y.length, ofInterest: H };
}

/** A condition of a rule: one side of a split. */
export interface CartCondition {
  split: CartSplit;
  side: 'left' | 'right';
}

/** A leaf as a rule: the conditions from the root down, and the leaf's cases. */
export interface CartRule {
  leaf: number;
  conditions: CartCondition[];
  n: number;
  ofInterest: number;
}

/** Every leaf of the tree as a rule, in tree order (left before right). */
export function cartRules(tree: CartTree): CartRule[] {
  const out: CartRule[] = [];
  const walk = (id: number, conditions: CartCondition[]) => {
    const node = tree.nodes[id];
    if (node.split === null || node.left === null || node.right === null) {
      out.push({ leaf: id, conditions, n: node.n, ofInterest: node.ofInterest });
      return;
    }
    walk(node.left, [...conditions, { split: node.split, side: 'left' }]);
    walk(node.right, [...conditions, { split: node.split, side: 'right' }]);
  };
  walk(0, []);
  return out;
}

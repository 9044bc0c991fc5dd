/**
 * The files of a discovery, in the columns of their contract (sim/outputs/discovery.ts): boxes.csv
 * (the trajectory), box-limits.csv (the chosen box per input), tree.csv and tree.txt (the CART
 * tree). Numbers print through `fmt` (12 significant digits; NaN empty). Pure: result in, text out.
 */
import { cartText } from '../analysis/cart-text.js';
import type { BoxLimit } from '../analysis/prim-box.js';
import type { DiscoveryResult } from '../experiments/discover.js';
import { csvLine } from '../outputs/csv.js';
import {
  BOX_LIMITS_COLUMNS,
  BOXES_COLUMNS,
  LIST_SEPARATOR,
  TREE_COLUMNS,
  TREE_TEXT_HEAD,
} from '../outputs/discovery.js';

/** boxes.csv: one row per step of the trajectory. */
export function boxesCsv(r: DiscoveryResult): string {
  const names = r.inputs.map((d) => d.name);
  const lines = [csvLine(BOXES_COLUMNS)];
  for (const s of r.trajectory.steps) {
    lines.push(
      csvLine([
        s.step,
        s.phase,
        s.n,
        s.ofInterest,
        s.coverage,
        s.density,
        s.mass,
        s.restricted.length,
        s.restricted.map((j) => names[j]).join(LIST_SEPARATOR),
        String(s.step === r.chosen),
      ]),
    );
  }
  return lines.join('');
}

function limitCells(l: BoxLimit): [number | string, number | string, string] {
  return l.kind === 'numeric' ? [l.lo, l.hi, ''] : ['', '', l.keep.join(LIST_SEPARATOR)];
}

/** box-limits.csv: the chosen box, one row per input. */
export function boxLimitsCsv(r: DiscoveryResult): string {
  const step = r.trajectory.steps[r.chosen];
  const lines = [csvLine(BOX_LIMITS_COLUMNS)];
  r.inputs.forEach((d, j) => {
    const dim = r.dimensions.find((x) => x.input === j);
    const [lo, hi, cats] = limitCells(step.box[j]);
    const [rlo, rhi, rcats] = limitCells(r.trajectory.initial[j]);
    lines.push(
      csvLine([
        d.name,
        d.kind,
        String(dim !== undefined),
        lo,
        hi,
        cats,
        rlo,
        rhi,
        rcats,
        dim ? dim.quasiP : '',
        dim ? dim.nWithout : '',
        dim ? dim.ofInterestWithout : '',
        r.stability.restrictedShare[j],
      ]),
    );
  });
  return lines.join('');
}

/** tree.csv: the CART nodes, depth-first. */
export function treeCsv(r: DiscoveryResult): string {
  const names = r.inputs.map((d) => d.name);
  const lines = [csvLine(TREE_COLUMNS)];
  for (const n of r.tree.nodes) {
    const s = n.split;
    lines.push(
      csvLine([
        n.id,
        n.parent ?? '',
        n.depth,
        n.n,
        n.ofInterest,
        n.ofInterest / n.n,
        s ? names[s.input] : '',
        s?.kind === 'numeric' ? s.threshold : '',
        s?.kind === 'categorical' ? s.left.join(LIST_SEPARATOR) : '',
        n.left ?? '',
        n.right ?? '',
      ]),
    );
  }
  return lines.join('');
}

/** tree.txt: a header line naming the condition, then the tree as indented text. */
export function treeTxt(r: DiscoveryResult, where: string, maxDepth: number): string {
  const head = `${TREE_TEXT_HEAD} of "${where}" (depth ≤ ${maxDepth}, ≥ ${r.minLeaf} cases per leaf)\n`;
  return (
    head +
    cartText(
      r.tree,
      r.inputs.map((d) => d.name),
    )
  );
}

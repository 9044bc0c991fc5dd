/**
 * A discovery's outputs read back for its report, pure: boxes.csv, box-limits.csv, tree.csv and
 * manifest.json (the contract of sim/outputs/discovery.ts) in, {@link DiscoveryData} out.
 */
import type { CartNode, CartTree } from '../sim/analysis/cart.js';
import type { BoxLimit } from '../sim/analysis/prim-box.js';
import { numberField, parseTidyCsv } from '../sim/outputs/csv.js';
import {
  BOX_LIMITS_COLUMNS,
  BOXES_COLUMNS,
  type DiscoveryManifestJson,
  LIST_SEPARATOR,
  TREE_COLUMNS,
} from '../sim/outputs/discovery.js';
import { ReportInputError } from '../sim/outputs/errors.js';
import { parseJsonObject } from '../sim/outputs/json.js';

/** One box of the trajectory. */
export interface DiscoveryStep {
  step: number;
  phase: string;
  n: number;
  ofInterest: number;
  coverage: number;
  density: number;
  mass: number;
  restricted: string[];
  chosen: boolean;
}

/** One input of the chosen box. */
export interface DiscoveryLimit {
  name: string;
  restricted: boolean;
  limit: BoxLimit;
  range: BoxLimit;
  quasiP: number;
  nWithout: number;
  ofInterestWithout: number;
  resampleShare: number;
}

/** Everything the discovery report shows. */
export interface DiscoveryData {
  manifest: DiscoveryManifestJson;
  steps: DiscoveryStep[];
  limits: DiscoveryLimit[];
  tree: CartTree;
  /** Input names in order (the tree's split inputs index into them). */
  names: string[];
}

/** The texts of a discovery's files. */
export interface DiscoveryTexts {
  boxes: string;
  limits: string;
  tree: string;
  manifest: string;
}

const list = (s: string) => (s === '' ? [] : s.split(LIST_SEPARATOR));

function limitOf(kind: string, lo: string, hi: string, cats: string, where: string): BoxLimit {
  return kind === 'categorical'
    ? { kind: 'categorical', keep: list(cats) }
    : { kind: 'numeric', lo: numberField(lo, `${where} lo`), hi: numberField(hi, `${where} hi`) };
}

/** Parse a discovery's outputs; throws ReportInputError naming the file and line. */
export function parseDiscovery(files: DiscoveryTexts): DiscoveryData {
  const m = parseJsonObject<DiscoveryManifestJson>(files.manifest, 'manifest.json');
  if (m['kind'] !== 'discovery')
    throw new ReportInputError('manifest.json: not a discovery (kind is not "discovery")');
  const manifest = m as DiscoveryManifestJson;
  if (!Array.isArray(manifest.inputs) || typeof manifest.cases !== 'object' || manifest.cases === null) {
    throw new ReportInputError('manifest.json: inputs or cases missing');
  }
  const b = parseTidyCsv(files.boxes, 'boxes.csv', BOXES_COLUMNS);
  const c = (t: { col: Map<string, number> }, row: string[], name: string) => row[t.col.get(name)!];
  const steps = b.rows.map((row, r) => {
    const num = (k: string) => numberField(c(b, row, k), `boxes.csv:${r + 2} ${k}`);
    return {
      step: num('step'),
      phase: c(b, row, 'phase'),
      n: num('n'),
      ofInterest: num('ofInterest'),
      coverage: num('coverage'),
      density: num('density'),
      mass: num('mass'),
      restricted: list(c(b, row, 'restricted')),
      chosen: c(b, row, 'chosen') === 'true',
    };
  });
  const l = parseTidyCsv(files.limits, 'box-limits.csv', BOX_LIMITS_COLUMNS);
  const limits = l.rows.map((row, r) => {
    const where = `box-limits.csv:${r + 2}`;
    const kind = c(l, row, 'kind');
    return {
      name: c(l, row, 'input'),
      restricted: c(l, row, 'restricted') === 'true',
      limit: limitOf(kind, c(l, row, 'lo'), c(l, row, 'hi'), c(l, row, 'categories'), where),
      range: limitOf(kind, c(l, row, 'rangeLo'), c(l, row, 'rangeHi'), c(l, row, 'rangeCategories'), where),
      quasiP: numberField(c(l, row, 'quasiP'), `${where} quasiP`),
      nWithout: numberField(c(l, row, 'nWithout'), `${where} nWithout`),
      ofInterestWithout: numberField(c(l, row, 'ofInterestWithout'), `${where} ofInterestWithout`),
      resampleShare: numberField(c(l, row, 'resampleShare'), `${where} resampleShare`),
    };
  });
  const names = limits.map((x) => x.name);
  const t = parseTidyCsv(files.tree, 'tree.csv', TREE_COLUMNS);
  const opt = (s: string, where: string) => (s === '' ? null : numberField(s, where));
  const nodes = t.rows.map((row, r): CartNode => {
    const where = `tree.csv:${r + 2}`;
    const input = c(t, row, 'input');
    const j = names.indexOf(input);
    if (input !== '' && j < 0)
      throw new ReportInputError(`${where}: input ${input} is not in box-limits.csv`);
    const threshold = c(t, row, 'threshold');
    const range = limits[j]?.range;
    const left = list(c(t, row, 'leftCategories'));
    return {
      id: numberField(c(t, row, 'node'), `${where} node`),
      parent: opt(c(t, row, 'parent'), `${where} parent`),
      depth: numberField(c(t, row, 'depth'), `${where} depth`),
      n: numberField(c(t, row, 'n'), `${where} n`),
      ofInterest: numberField(c(t, row, 'ofInterest'), `${where} ofInterest`),
      split:
        input === ''
          ? null
          : threshold !== ''
            ? { kind: 'numeric', input: j, threshold: numberField(threshold, `${where} threshold`) }
            : {
                kind: 'categorical',
                input: j,
                left,
                right: range?.kind === 'categorical' ? range.keep.filter((k) => !left.includes(k)) : [],
              },
      left: opt(c(t, row, 'left'), `${where} left`),
      right: opt(c(t, row, 'right'), `${where} right`),
    };
  });
  if (nodes.length === 0) throw new ReportInputError('tree.csv: no nodes');
  nodes.forEach((n, i) => {
    if (n.id !== i) throw new ReportInputError(`tree.csv:${i + 2}: node ${n.id}, expected ${i}`);
    for (const child of [n.left, n.right]) {
      if (child !== null && (child <= i || child >= nodes.length)) {
        throw new ReportInputError(`tree.csv:${i + 2}: child ${child} out of order`);
      }
    }
  });
  return {
    manifest,
    steps,
    limits,
    tree: { nodes, n: nodes[0].n, ofInterest: nodes[0].ofInterest },
    names,
  };
}

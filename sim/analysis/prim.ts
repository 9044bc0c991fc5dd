/**
 * PRIM, the Patient Rule Induction Method (Friedman & Fisher 1999), as scenario discovery uses it
 * (Bryant & Lempert 2010; EMA Workbench's prim.py, whose choices we follow): starting from the box
 * of all cases, peel off at each step the slice that raises the share of cases of interest most per
 * case removed ("lenient1" objective) — an α-quantile from either end of a numeric input, or one
 * category of a categorical input — while the box keeps at least `minMass` of the cases and the
 * share rises; then paste back slices (α of the cases in the strip next to a limit, or one
 * category) while that raises the share. Every box on the way is a step of the peeling trajectory
 * with its coverage (share of all cases of interest inside), density (share of the box's cases of
 * interest) and mass (share of all cases inside). Ties between peels break on fewer restricted
 * inputs, then input order, then lower before upper. Pure and deterministic.
 */
import { binomialUpperTail } from './binomial.js';
import {
  type Box,
  type BoxLimit,
  checkCases,
  countOfInterest,
  type DiscoveryInput,
  initialBox,
  restrictedDims,
  rowsIn,
} from './prim-box.js';
import { quantileSorted } from '../kernel/stats.js';

/** PRIM's parameters. */
export interface PrimOptions {
  /** Share of a box's cases peeled off per step (0..0.5; default 0.05). */
  alpha?: number;
  /** Share of a strip's cases pasted back per step (default: alpha). */
  pasteAlpha?: number;
  /** Smallest share of all cases a box may hold (0..1; default 0.05). */
  minMass?: number;
}

/** One box of the trajectory. */
export interface PrimStep {
  /** 0 = the box of all cases. */
  step: number;
  phase: 'start' | 'peel' | 'paste';
  box: Box;
  /** Cases inside and cases of interest inside. */
  n: number;
  ofInterest: number;
  coverage: number;
  density: number;
  mass: number;
  /** Indices of the inputs the box restricts. */
  restricted: number[];
}

/** The peeling and pasting trajectory of one PRIM run. */
export interface PrimTrajectory {
  steps: PrimStep[];
  /** All cases and all cases of interest. */
  n: number;
  ofInterest: number;
  /** The box of all cases. */
  initial: Box;
}

const DEFAULTS = { alpha: 0.05, minMass: 0.05 };

type Candidate = { rows: Int32Array; box: Box; h: number; obj: number; nRestricted: number };

/** lenient1: change of the density per case removed or added. */
function lenient1(hOld: number, nOld: number, hNew: number, nNew: number): number {
  if (nNew === nOld || nNew === 0) return 0;
  const change = hNew / nNew - hOld / nOld;
  return change / Math.abs(nOld - nNew);
}

function withLimit(box: Box, j: number, limit: BoxLimit): Box {
  const out = box.slice();
  out[j] = limit;
  return out;
}

/** The two numeric peels of input j: drop the lowest / highest α of the box's values (ties go together). */
function numericPeels(
  d: Float64Array,
  j: number,
  box: Box,
  rows: Int32Array,
  alpha: number,
): [Box, Int32Array][] {
  const sorted = Float64Array.from(rows, (i) => d[i]).sort();
  const n = sorted.length;
  const out: [Box, Int32Array][] = [];
  const limit = box[j] as { kind: 'numeric'; lo: number; hi: number };
  for (const side of ['lower', 'upper'] as const) {
    const q = quantileSorted(sorted, n, side === 'lower' ? alpha : 1 - alpha);
    const edge = side === 'lower' ? sorted[0] : sorted[n - 1];
    const cut = q === edge ? edge : q;
    const keep = Int32Array.from(
      [...rows].filter((i) =>
        side === 'lower' ? (q === edge ? d[i] > cut : d[i] >= cut) : q === edge ? d[i] < cut : d[i] <= cut,
      ),
    );
    if (keep.length === 0 || keep.length === n) continue;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const i of keep) {
      if (d[i] < lo) lo = d[i];
      if (d[i] > hi) hi = d[i];
    }
    const next =
      side === 'lower'
        ? { kind: 'numeric' as const, lo, hi: limit.hi }
        : { kind: 'numeric' as const, lo: limit.lo, hi };
    out.push([withLimit(box, j, next), keep]);
  }
  return out;
}

/** The categorical peels of input j: drop one of the categories still kept. */
function categoricalPeels(d: readonly string[], j: number, box: Box, rows: Int32Array): [Box, Int32Array][] {
  const limit = box[j] as { kind: 'categorical'; keep: string[] };
  if (limit.keep.length < 2) return [];
  return limit.keep.flatMap((drop): [Box, Int32Array][] => {
    const keep = Int32Array.from([...rows].filter((i) => d[i] !== drop));
    if (keep.length === 0 || keep.length === rows.length) return [];
    return [[withLimit(box, j, { kind: 'categorical', keep: limit.keep.filter((c) => c !== drop) }), keep]];
  });
}

/** Best candidate: highest objective, then fewer restricted inputs; earlier candidates win ties. */
function best(cands: Candidate[]): Candidate | undefined {
  let top: Candidate | undefined;
  for (const c of cands) {
    if (top === undefined || c.obj > top.obj || (c.obj === top.obj && c.nRestricted < top.nRestricted))
      top = c;
  }
  return top;
}

function score(
  y: ArrayLike<number>,
  initial: Box,
  hOld: number,
  nOld: number,
  box: Box,
  rows: Int32Array,
): Candidate {
  const h = countOfInterest(y, rows);
  return {
    rows,
    box,
    h,
    obj: lenient1(hOld, nOld, h, rows.length),
    nRestricted: restrictedDims(box, initial).length,
  };
}

/** The pastes of restricted input j: widen a numeric limit by α of the strip beyond it, or restore a category. */
function pastes(
  inputs: readonly DiscoveryInput[],
  j: number,
  box: Box,
  all: Int32Array,
  initial: Box,
  alpha: number,
): Box[] {
  const d = inputs[j];
  const limit = box[j];
  if (d.kind === 'categorical' && limit.kind === 'categorical' && initial[j].kind === 'categorical') {
    const init = initial[j] as { kind: 'categorical'; keep: string[] };
    return init.keep
      .filter((c) => !limit.keep.includes(c))
      .map((c) =>
        withLimit(box, j, {
          kind: 'categorical',
          keep: init.keep.filter((k) => k === c || limit.keep.includes(k)),
        }),
      );
  }
  if (d.kind !== 'numeric' || limit.kind !== 'numeric' || initial[j].kind !== 'numeric') return [];
  const init = initial[j] as { kind: 'numeric'; lo: number; hi: number };
  const strip = rowsIn(inputs, box, all, j);
  const out: Box[] = [];
  const below = Float64Array.from([...strip].map((i) => d.values[i]).filter((v) => v < limit.lo)).sort();
  if (limit.lo > init.lo && below.length > 0) {
    const q = quantileSorted(below, below.length, 1 - alpha);
    // The new limit is an observed value: the smallest one at or above the quantile.
    const lo = below.find((v) => v >= q) ?? below[below.length - 1];
    out.push(withLimit(box, j, { kind: 'numeric', lo, hi: limit.hi }));
  }
  const above = Float64Array.from([...strip].map((i) => d.values[i]).filter((v) => v > limit.hi)).sort();
  if (limit.hi < init.hi && above.length > 0) {
    const q = quantileSorted(above, above.length, alpha);
    const hi = [...above].reverse().find((v) => v <= q) ?? above[0];
    out.push(withLimit(box, j, { kind: 'numeric', lo: limit.lo, hi }));
  }
  return out;
}

/**
 * Run PRIM's peeling and pasting on the cases (`inputs` columns, `y` 1 = of interest, else 0).
 * Throws DiscoveryInputError when there are no cases, or none or all are of interest.
 */
export function primTrajectory(
  inputs: readonly DiscoveryInput[],
  y: ArrayLike<number>,
  options: PrimOptions = {},
): PrimTrajectory {
  const H = checkCases(inputs, y);
  const alpha = options.alpha ?? DEFAULTS.alpha;
  const pasteAlpha = options.pasteAlpha ?? alpha;
  const minMass = options.minMass ?? DEFAULTS.minMass;
  const N = y.length;
  const initial = initialBox(inputs);
  const all = Int32Array.from({ length: N }, (_, i) => i);
  const steps: PrimStep[] = [];
  const push = (phase: PrimStep['phase'], box: Box, rows: Int32Array, h: number) =>
    steps.push({
      step: steps.length,
      phase,
      box,
      n: rows.length,
      ofInterest: h,
      coverage: h / H,
      density: h / rows.length,
      mass: rows.length / N,
      restricted: restrictedDims(box, initial),
    });
  let box = initial;
  let rows: Int32Array = all;
  let h = H;
  push('start', box, rows, h);
  for (;;) {
    const cands: Candidate[] = [];
    inputs.forEach((d, j) => {
      const peels =
        d.kind === 'numeric'
          ? numericPeels(d.values, j, box, rows, alpha)
          : categoricalPeels(d.values, j, box, rows);
      for (const [b, r] of peels) cands.push(score(y, initial, h, rows.length, b, r));
    });
    const top = best(cands);
    if (
      top === undefined ||
      top.rows.length / N < minMass ||
      top.rows.length >= rows.length ||
      !(top.obj > 0)
    )
      break;
    ({ box, rows, h } = top);
    push('peel', box, rows, h);
  }
  for (;;) {
    const cands: Candidate[] = [];
    for (const j of restrictedDims(box, initial)) {
      for (const b of pastes(inputs, j, box, all, initial, pasteAlpha)) {
        cands.push(score(y, initial, h, rows.length, b, rowsIn(inputs, b, all)));
      }
    }
    const top = best(cands);
    if (top === undefined || top.rows.length <= rows.length || !(top.obj > 0)) break;
    ({ box, rows, h } = top);
    push('paste', box, rows, h);
  }
  return { steps, n: N, ofInterest: H, initial };
}

/**
 * The box to report: `chosen` when given (a step number), else the step with the highest coverage
 * among those whose density reaches `threshold` (ties: the denser, then the later), else — no box
 * reaches it — the densest step (ties: the larger coverage, then the earlier).
 */
export function chooseStep(trajectory: PrimTrajectory, threshold: number, chosen?: number): number {
  const { steps } = trajectory;
  if (chosen !== undefined) return chosen;
  let pick = -1;
  for (const s of steps) {
    if (s.density < threshold) continue;
    const p = steps[pick];
    if (pick < 0 || s.coverage > p.coverage || (s.coverage === p.coverage && s.density >= p.density))
      pick = s.step;
  }
  if (pick >= 0) return pick;
  pick = 0;
  for (const s of steps) {
    const p = steps[pick];
    if (s.density > p.density || (s.density === p.density && s.coverage > p.coverage)) pick = s.step;
  }
  return pick;
}

/** One restricted input of a box, with the evidence for its restriction. */
export interface BoxDimension {
  input: number;
  limit: BoxLimit;
  /** The input's whole range or categories. */
  initial: BoxLimit;
  /**
   * One-sided binomial quasi-p-value of the restriction (EMA Workbench's `_calculate_quasip`): the
   * probability of at least the box's cases of interest among its cases, at the density of the box
   * with this one restriction lifted. Small = the restriction matters.
   */
  quasiP: number;
  /** Cases and cases of interest in the box with this restriction lifted. */
  nWithout: number;
  ofInterestWithout: number;
}

/** The restricted inputs of step `step`, each with its quasi-p-value. */
export function boxDimensions(
  inputs: readonly DiscoveryInput[],
  y: ArrayLike<number>,
  trajectory: PrimTrajectory,
  step: number,
): BoxDimension[] {
  const s = trajectory.steps[step];
  const all = Int32Array.from({ length: trajectory.n }, (_, i) => i);
  return s.restricted.map((j) => {
    const without = rowsIn(inputs, s.box, all, j);
    const hj = countOfInterest(y, without);
    return {
      input: j,
      limit: s.box[j],
      initial: trajectory.initial[j],
      quasiP: binomialUpperTail(s.ofInterest, s.n, hj / without.length),
      nWithout: without.length,
      ofInterestWithout: hj,
    };
  });
}

/**
 * Scenario discovery over the cases of a sweep or optimisation (`cogov discover`): the factors are
 * the inputs, a condition over the indicators says which cases are of interest; PRIM finds the box
 * of inputs where those cases concentrate (sim/analysis/prim.ts), resampling says how stable it is
 * (prim-resample.ts), and a CART tree gives a second view (cart.ts). Cases are runs, or with
 * `per: 'point'` design points whose indicators are the mean over their replicates (undefined
 * replicates left out; a point with none defined stays undefined). A case whose condition is
 * undefined (an indicator it reads is empty) is excluded and counted. Pure.
 */
import { type CartRule, type CartTree, cartRules, cartTree } from '../analysis/cart.js';
import {
  type BoxDimension,
  boxDimensions,
  chooseStep,
  type PrimTrajectory,
  primTrajectory,
} from '../analysis/prim.js';
import type { DiscoveryInput } from '../analysis/prim-box.js';
import { primStability, type ResampleStability } from '../analysis/prim-resample.js';
import type { WhereCondition } from './discover-where.js';

/** The cases as read: factor columns, indicator columns (NaN = empty), and each row's design point. */
export interface DiscoveryCases {
  inputs: DiscoveryInput[];
  indicators: ReadonlyMap<string, Float64Array>;
  /** Each row's group (its design point, or candidate × state) as a key, for `per: 'point'`. */
  groups: readonly string[];
}

/** Parameters of a discovery (defaults as in EMA Workbench where it has them). */
export interface DiscoveryParameters {
  per: 'run' | 'point';
  alpha: number;
  pasteAlpha: number;
  minMass: number;
  threshold: number;
  /** A step of the trajectory to report instead of the default choice. */
  box: number | null;
  maxDepth: number;
  /** Fewest cases per CART leaf; null = minMass × cases, at least 1. */
  minLeaf: number | null;
  resamples: number;
  resampleFraction: number;
  seed: number;
}

/** The defaults of {@link DiscoveryParameters} (seed aside). */
export const DISCOVERY_DEFAULTS = {
  per: 'run',
  alpha: 0.05,
  pasteAlpha: 0.05,
  minMass: 0.05,
  threshold: 0.8,
  box: null,
  maxDepth: 3,
  minLeaf: null,
  resamples: 20,
  resampleFraction: 0.5,
} as const;

/** A `--box` beyond the trajectory. */
export class BoxChoiceError extends Error {
  constructor(
    readonly box: number,
    readonly last: number,
  ) {
    super(`box ${box} is not a step of the trajectory (0–${last})`);
    this.name = 'BoxChoiceError';
  }
}

/** What a discovery found. */
export interface DiscoveryResult {
  cases: { read: number; excluded: number; used: number; ofInterest: number };
  /** The cases used (rows with a defined condition): inputs and outcome. */
  inputs: DiscoveryInput[];
  y: Float64Array;
  trajectory: PrimTrajectory;
  chosen: number;
  thresholdMet: boolean;
  dimensions: BoxDimension[];
  stability: ResampleStability;
  tree: CartTree;
  rules: CartRule[];
  minLeaf: number;
}

/** The cases averaged per group (first appearance order): inputs from each group's first row. */
function perPoint(cases: DiscoveryCases): DiscoveryCases {
  const first = new Map<string, number[]>();
  cases.groups.forEach((g, i) => {
    const rows = first.get(g) ?? [];
    rows.push(i);
    first.set(g, rows);
  });
  const groups = [...first.values()];
  const inputs = cases.inputs.map(
    (d): DiscoveryInput =>
      d.kind === 'numeric'
        ? { ...d, values: Float64Array.from(groups, (rows) => d.values[rows[0]]) }
        : { ...d, values: groups.map((rows) => d.values[rows[0]]) },
  );
  const indicators = new Map<string, Float64Array>();
  for (const [name, col] of cases.indicators) {
    indicators.set(
      name,
      Float64Array.from(groups, (rows) => {
        const defined = rows.map((i) => col[i]).filter(Number.isFinite);
        return defined.length === 0 ? Number.NaN : defined.reduce((s, v) => s + v, 0) / defined.length;
      }),
    );
  }
  return { inputs, indicators, groups: [...first.keys()] };
}

/** Evaluate the condition on every case, run PRIM, resampling and CART. Throws DiscoveryInputError, BoxChoiceError. */
export function discoverCases(
  source: DiscoveryCases,
  where: WhereCondition,
  p: DiscoveryParameters,
): DiscoveryResult {
  const cases = p.per === 'point' ? perPoint(source) : source;
  const read = cases.groups.length;
  const keep: number[] = [];
  const outcome: number[] = [];
  for (let i = 0; i < read; i++) {
    const values = new Map<string, number>();
    for (const name of where.names) values.set(name, cases.indicators.get(name)?.[i] ?? Number.NaN);
    const v = where.evaluate(values);
    if (Number.isNaN(v)) continue;
    keep.push(i);
    outcome.push(v);
  }
  const inputs = cases.inputs.map(
    (d): DiscoveryInput =>
      d.kind === 'numeric'
        ? { ...d, values: Float64Array.from(keep, (i) => d.values[i]) }
        : { ...d, values: keep.map((i) => d.values[i]) },
  );
  const y = Float64Array.from(outcome);
  const trajectory = primTrajectory(inputs, y, {
    alpha: p.alpha,
    pasteAlpha: p.pasteAlpha,
    minMass: p.minMass,
  });
  const last = trajectory.steps.length - 1;
  if (p.box !== null && (p.box < 0 || p.box > last)) throw new BoxChoiceError(p.box, last);
  const chosen = chooseStep(trajectory, p.threshold, p.box ?? undefined);
  const step = trajectory.steps[chosen];
  const minLeaf = p.minLeaf ?? Math.max(1, Math.ceil(p.minMass * y.length));
  const tree = cartTree(inputs, y, { maxDepth: p.maxDepth, minLeaf });
  return {
    cases: { read, excluded: read - keep.length, used: keep.length, ofInterest: trajectory.ofInterest },
    inputs,
    y,
    trajectory,
    chosen,
    thresholdMet: step.density >= p.threshold,
    dimensions: boxDimensions(inputs, y, trajectory, chosen),
    stability: primStability(inputs, y, step.restricted, {
      alpha: p.alpha,
      pasteAlpha: p.pasteAlpha,
      minMass: p.minMass,
      threshold: p.threshold,
      resamples: p.resamples,
      fraction: p.resampleFraction,
      seed: p.seed,
    }),
    tree,
    rules: cartRules(tree),
    minLeaf,
  };
}

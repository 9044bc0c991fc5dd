/**
 * Policy values of a scenario, compiled once and resolved per tick (never per household).
 * A value is a number or a restricted expression of year, month and t (months since start).
 */
import { type CompiledExpr, compilePolicy, type PolicyValue } from '../../scenarios/expr.js';
import { localized } from '../../scenarios/expr-errors.js';
import { POLICY_BOUNDS, type PolicyPath } from '../../scenarios/policy-bounds.js';
import type { Scenario } from '../../scenarios/schema.js';

/**
 * The policy values the model reads: the name it reads each by (`CompiledPolicies.now.<name>`) and
 * the field's path in the scenario file, which also keys its bounds (scenarios/policy-bounds.ts) and
 * is what an error names.
 */
const POLICY_FIELDS = {
  centralRmbPerHousehold: 'government.upperTransfers.centralRmbPerHousehold',
  provincialRmbPerElevator: 'government.upperTransfers.provincialRmbPerElevator',
  householdSubsidyRmb: 'government.householdSubsidy.rmbPerHousehold',
  elevatorSubsidyRmb: 'government.elevatorSubsidy.rmbPerElevator',
  libraryCapacityPerYear: 'government.projectLibrary.capacityPerYear',
} as const satisfies Record<string, PolicyPath>;

/** The value at a policy's path in a validated scenario. */
function policyValue(s: Scenario, path: PolicyPath): PolicyValue {
  let v: unknown = s;
  for (const key of path.split('.')) v = (v as Record<string, unknown>)[key];
  return v as PolicyValue;
}

export type PolicyName = keyof typeof POLICY_FIELDS;

/** Compiled policies plus their values in force this tick. */
export interface CompiledPolicies {
  compiled: Record<PolicyName, number | CompiledExpr>;
  /** Values for the current tick, refreshed by `refreshPolicies`. */
  now: Record<PolicyName, number>;
}

/** Compile every policy value of a validated scenario. */
export function compilePolicies(s: Scenario): CompiledPolicies {
  const compiled = {} as Record<PolicyName, number | CompiledExpr>;
  const now = {} as Record<PolicyName, number>;
  for (const name of Object.keys(POLICY_FIELDS) as PolicyName[]) {
    compiled[name] = compilePolicy(policyValue(s, POLICY_FIELDS[name]));
    now[name] = 0;
  }
  return { compiled, now };
}

/**
 * Evaluate every policy at (year, month, t); an expression result out of bounds is an error naming
 * the field's path in the scenario file.
 */
export function refreshPolicies(p: CompiledPolicies, year: number, month: number, t: number): void {
  for (const name of Object.keys(POLICY_FIELDS) as PolicyName[]) {
    const c = p.compiled[name];
    const v = typeof c === 'number' ? c : c.evaluate({ year, month, t });
    const path = POLICY_FIELDS[name];
    const { min, max } = POLICY_BOUNDS[path];
    if (!(v >= min && v <= max)) {
      throw localized('expr.outOfRange', {
        path,
        value: typeof c === 'number' ? c : `"${c.source}"`,
        result: v,
        at: `${year}-${String(month).padStart(2, '0')}`,
        min,
        max,
      });
    }
    p.now[name] = v;
  }
}

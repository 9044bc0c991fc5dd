/**
 * Policy values of a scenario, compiled once and resolved per tick (never per household).
 * A value is a number or a restricted expression of year, month and t (months since start).
 */
import { type CompiledExpr, compilePolicy } from '../../scenarios/expr.js';
import { localized } from '../../scenarios/expr-errors.js';
import type { Scenario } from '../../scenarios/schema.js';

/** The policy values the model reads, by name, with their bounds. */
const POLICY_FIELDS = {
  centralRmbPerHousehold: {
    get: (s: Scenario) => s.government.upperTransfers.centralRmbPerHousehold,
    min: 0,
    max: 100_000,
  },
  provincialRmbPerElevator: {
    get: (s: Scenario) => s.government.upperTransfers.provincialRmbPerElevator,
    min: 0,
    max: 1_000_000,
  },
  householdSubsidyRmb: {
    get: (s: Scenario) => s.government.householdSubsidy.rmbPerHousehold,
    min: 0,
    max: 200_000,
  },
  elevatorSubsidyRmb: {
    get: (s: Scenario) => s.government.elevatorSubsidy.rmbPerElevator,
    min: 0,
    max: 2_000_000,
  },
  libraryCapacityPerYear: {
    get: (s: Scenario) => s.government.projectLibrary.capacityPerYear,
    min: 0,
    max: 100_000,
  },
} as const;

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
    compiled[name] = compilePolicy(POLICY_FIELDS[name].get(s));
    now[name] = 0;
  }
  return { compiled, now };
}

/** Evaluate every policy at (year, month, t); an expression result out of bounds is an error. */
export function refreshPolicies(p: CompiledPolicies, year: number, month: number, t: number): void {
  for (const name of Object.keys(POLICY_FIELDS) as PolicyName[]) {
    const c = p.compiled[name];
    const v = typeof c === 'number' ? c : c.evaluate({ year, month, t });
    const { min, max } = POLICY_FIELDS[name];
    if (!(v >= min && v <= max)) {
      throw localized('expr.outOfRange', {
        name,
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

/**
 * The policy values of a scenario: the fields that take a number or an expression of `year`, `month`
 * and `t`, each named by its path in the scenario file, with its bounds. This is the one place the
 * bounds are written: the schema builds each of these fields from it (`policy()` in
 * `schema/parts.ts`, which checks numbers at load time), and the engine checks each expression's
 * result against the same bounds when it evaluates it (`sim/world/policies.ts`). It is plain data
 * with no imports, so the engine (workers, browser) reads it without loading the schema library.
 * test/world/policies.test.ts checks that these are exactly the schema's policy fields.
 */

/** The closed range a policy value must lie in (its unit is the field's). */
export interface PolicyBounds {
  min: number;
  max: number;
}

/** Every policy field of the scenario, by its dotted path in the file. */
export const POLICY_BOUNDS = {
  'government.upperTransfers.centralRmbPerHousehold': { min: 0, max: 100_000 },
  'government.upperTransfers.provincialRmbPerElevator': { min: 0, max: 1_000_000 },
  'government.householdSubsidy.rmbPerHousehold': { min: 0, max: 200_000 },
  'government.elevatorSubsidy.rmbPerElevator': { min: 0, max: 2_000_000 },
  'government.projectLibrary.capacityPerYear': { min: 0, max: 100_000 },
} as const satisfies Record<string, PolicyBounds>;

/** The dotted path of a policy field in a scenario file, e.g. `government.householdSubsidy.rmbPerHousehold`. */
export type PolicyPath = keyof typeof POLICY_BOUNDS;

/**
 * The explorer's levers: each maps one control of the page onto one or more scenario fields.
 * Levers are applied to the scenario's YAML document (comments kept), and only where they differ
 * from the loaded scenario, so the edited file stays the original plus the changed lines; the page
 * then re-validates the edited text with the scenario schema. Pure (no DOM): tests import it.
 */
import { parseDocument } from 'yaml';
import type { Scenario } from '../scenarios/schema.js';

/** Elevator cost-sharing rules (the schema's enum). */
export const SHARING_RULES = ['floor-coefficients', 'negotiated', 'shapley'] as const;

/** Values of every lever. */
export interface LeverValues {
  /** government.householdSubsidy.rmbPerHousehold (RMB per renovated household). */
  householdSubsidy: number;
  /** government.elevatorSubsidy.rmbPerElevator (RMB per elevator). */
  elevatorSubsidy: number;
  /** enterprises.enabled: the PPP 改建+运营 bundle. */
  ppp: boolean;
  /** government.farBonus.enabled. */
  farBonus: boolean;
  /** government.insurance.enabled. */
  insurance: boolean;
  /** enterprises.disputes.fastTrack.enabled. */
  fastTrack: boolean;
  /** ngos.planners.enabled. */
  planners: boolean;
  /** ngos.academy.enabled. */
  academy: boolean;
  /** residents.volunteerPoints.enabled. */
  volunteerPoints: boolean;
  /** residents.elevatorCostSharing.rule. */
  sharingRule: (typeof SHARING_RULES)[number];
  /** Multiplier on rainstorm, fire and earthquake probabilities (1 = as in the scenario). */
  hazard: number;
}

type BoolLever = 'ppp' | 'farBonus' | 'insurance' | 'fastTrack' | 'planners' | 'academy' | 'volunteerPoints';

/** Scenario path of each on/off lever. */
export const TOGGLE_PATHS: Readonly<Record<BoolLever, readonly string[]>> = {
  ppp: ['enterprises', 'enabled'],
  farBonus: ['government', 'farBonus', 'enabled'],
  insurance: ['government', 'insurance', 'enabled'],
  fastTrack: ['enterprises', 'disputes', 'fastTrack', 'enabled'],
  planners: ['ngos', 'planners', 'enabled'],
  academy: ['ngos', 'academy', 'enabled'],
  volunteerPoints: ['residents', 'volunteerPoints', 'enabled'],
};

/** Scenario paths of the numeric and choice levers. */
export const VALUE_PATHS = {
  householdSubsidy: ['government', 'householdSubsidy', 'rmbPerHousehold'],
  elevatorSubsidy: ['government', 'elevatorSubsidy', 'rmbPerElevator'],
  sharingRule: ['residents', 'elevatorCostSharing', 'rule'],
  rainstorm: ['shocks', 'rainstorm', 'monthlyProbability'],
  fire: ['shocks', 'fire', 'p0Monthly'],
  earthquake: ['shocks', 'earthquake', 'annualProbability'],
} as const;

/** A policy value that is an expression cannot sit on a slider: its value in the first year stands in. */
const asNumber = (v: number | string, fallback: number): number => (typeof v === 'number' ? v : fallback);

/** The levers' values in a validated scenario (hazard multiplier 1). */
export function readLevers(s: Scenario): LeverValues {
  return {
    householdSubsidy: asNumber(s.government.householdSubsidy.rmbPerHousehold, 20_000),
    elevatorSubsidy: asNumber(s.government.elevatorSubsidy.rmbPerElevator, 100_000),
    ppp: s.enterprises.enabled,
    farBonus: s.government.farBonus.enabled,
    insurance: s.government.insurance.enabled,
    fastTrack: s.enterprises.disputes.fastTrack.enabled,
    planners: s.ngos.planners.enabled,
    academy: s.ngos.academy.enabled,
    volunteerPoints: s.residents.volunteerPoints.enabled,
    sharingRule: s.residents.elevatorCostSharing.rule,
    hazard: 1,
  };
}

/** Round a probability to 6 decimals (keeps the YAML readable) and cap it at 1. */
const prob = (p: number): number => Math.min(1, Math.round(p * 1e6) / 1e6);

/**
 * The scenario text with the levers applied: every lever whose value differs from `base` (the
 * levers of the loaded scenario `scenario`) is written into the YAML document; the hazard
 * multiplier scales the loaded scenario's probabilities. Unchanged levers leave the text alone.
 */
export function applyLevers(text: string, scenario: Scenario, values: LeverValues): string {
  const base = readLevers(scenario);
  const doc = parseDocument(text, { merge: true });
  let changed = false;
  const set = (path: readonly string[], v: unknown) => {
    doc.setIn(path, v);
    changed = true;
  };
  if (values.householdSubsidy !== base.householdSubsidy) {
    set(VALUE_PATHS.householdSubsidy, values.householdSubsidy);
    // A subsidy slid to a value only means something when the instrument is on.
    if (!scenario.government.householdSubsidy.enabled)
      set(['government', 'householdSubsidy', 'enabled'], true);
  }
  if (values.elevatorSubsidy !== base.elevatorSubsidy) {
    set(VALUE_PATHS.elevatorSubsidy, values.elevatorSubsidy);
    if (!scenario.government.elevatorSubsidy.enabled) set(['government', 'elevatorSubsidy', 'enabled'], true);
  }
  for (const key of Object.keys(TOGGLE_PATHS) as BoolLever[]) {
    if (values[key] !== base[key]) set(TOGGLE_PATHS[key], values[key]);
  }
  if (values.sharingRule !== base.sharingRule) set(VALUE_PATHS.sharingRule, values.sharingRule);
  if (values.hazard !== 1) {
    const m = values.hazard;
    set(
      VALUE_PATHS.rainstorm,
      scenario.shocks.rainstorm.monthlyProbability.map((p) => prob(p * m)),
    );
    set(VALUE_PATHS.fire, prob(scenario.shocks.fire.p0Monthly * m));
    set(VALUE_PATHS.earthquake, prob(scenario.shocks.earthquake.annualProbability * m));
  }
  return changed ? doc.toString({ lineWidth: 0 }) : text;
}

/**
 * Resilience measures (MODEL.md §7.5): the Bruneau et al. (2003) loss ∫(1 − Q(t)) dt and the
 * composite resilience index in the seed paper's four dimensions (seed §4.3): infrastructure, social,
 * economic and governance. Every component is a number in 0..1 (1 = most resilient); a dimension is
 * the plain mean of its components and the composite is the weighted sum of the dimensions with
 * `resilience.weights` (which sum to 1). One call is O(communities + households + enterprises) and
 * allocates nothing per household.
 */
import { meanDefined } from '../kernel/stats.js';
import { coordinationLevel, fireCompliant } from '../../agents/hazards.js';
import { COMPONENTS } from '../../scenarios/components.js';
import type { Scenario } from '../../scenarios/schema.js';
import type { World } from '../world/state.js';

/**
 * Bruneau loss by the simulator's quadrature: a rectangle per sample, Σ (1 − q[i]) × dt, with q[i]
 * the functionality at the end of month i (each month's end value is held for the whole month).
 * Units: time units of `dt` (community-months with dt = 1). This is what `recoveryPhase` accumulates
 * in `Community.loss`; it over-states the exact area of a recovering curve by at most one month of
 * the drop (compare {@link bruneauLossTrapezoid}).
 */
export function bruneauLoss(q: ArrayLike<number>, dt = 1): number {
  let s = 0;
  for (let i = 0; i < q.length; i++) s += 1 - q[i];
  return s * dt;
}

/**
 * Bruneau loss by the trapezoid rule over consecutive samples, Σ (1 − (q[i] + q[i+1]) / 2) × dt:
 * the exact area for a piecewise-linear recovery curve (e.g. linear recovery from 0.4 to 1 over 6
 * months gives 0.6 × 6 / 2 = 1.8). For hand-computed reference cases.
 */
export function bruneauLossTrapezoid(q: ArrayLike<number>, dt = 1): number {
  let s = 0;
  for (let i = 0; i + 1 < q.length; i++) s += 1 - (q[i] + q[i + 1]) / 2;
  return s * dt;
}

/** Months against which the mean approval time is scored (1 − months / 12). Proposed `resilience.approvalMonthsRef`. */
export const APPROVAL_MONTHS_REF = 12;
/** Months against which the mean dispute time is scored (1 − months / 18). Proposed `resilience.disputeMonthsRef`. */
export const DISPUTE_MONTHS_REF = 18;

/** Components of the index, each in 0..1. */
export interface ResilienceComponents {
  /** Mean over communities of the mean water, power and gas condition. */
  lifelines: number;
  /** Share of communities fire-compliant (fire safety ≥ resilience.fireSafetyThreshold). */
  fireCompliance: number;
  /** Mean sponge-facility condition. */
  sponge: number;
  /** Mean functionality Q. */
  functionality: number;
  /** Mean household trust in government. */
  trust: number;
  /** Share of all households whose `participating` flag is set (took part in their community's latest consultation round). */
  participation: number;
  /** Share of communities with an emergency volunteer team. */
  volunteerCoverage: number;
  /** Mean community preparedness (drills). */
  preparedness: number;
  /** Share of communities whose operation is funded sustainably: 'done', or 'operation' with an active firm. */
  sustainableOperations: number;
  /** Enterprise health (default: share of the pool active with cash ≥ 0; 0 for an empty pool). */
  enterpriseHealth: number;
  /** 1 while the city fund holds money, else 0. */
  cityFundSolvent: number;
  /** 1 − mean approval months / 12, clipped. */
  approvalSpeed: number;
  /** 1 − mean dispute months / 18, clipped. */
  disputeSpeed: number;
  /** Joint meeting 1, digital platform only 0.5, else 0. */
  coordination: number;
}

/** The composite resilience index and its four dimensions, each in 0..1. */
export interface ResilienceIndex {
  infrastructure: number;
  social: number;
  economic: number;
  governance: number;
  composite: number;
  components: ResilienceComponents;
}

/** Options of {@link resilienceIndex}. */
export interface ResilienceOptions {
  /** Enterprise health in 0..1 (overrides the default share of active, solvent firms). */
  enterpriseHealth?: (world: World) => number;
}

const WATER = COMPONENTS.indexOf('water');
const POWER = COMPONENTS.indexOf('power');
const GAS = COMPONENTS.indexOf('gas');
const SPONGE = COMPONENTS.indexOf('sponge');
const clip01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * Expected approval duration (months) before any approval is observed: the platform's duration when
 * the digital platform is on, else the baseline.
 */
export function defaultApprovalMonths(s: Scenario): number {
  const a = s.government.approvals;
  return a.digitalPlatform.enabled ? a.digitalPlatform.months : a.baselineMonths;
}

/**
 * Expected dispute duration (months) before any dispute is resolved: fast-track days / 30 when the
 * fast track is on, else the midpoint of `disputes.defaultMonths`; times the mediation factor when
 * mediation is on and the joint-meeting delay factor when the joint meeting is on.
 */
export function defaultDisputeMonths(s: Scenario): number {
  const d = s.enterprises.disputes;
  let m = d.fastTrack.enabled ? d.fastTrack.days / 30 : (d.defaultMonths.min + d.defaultMonths.max) / 2;
  if (s.ngos.mediation.enabled) m *= s.ngos.mediation.durationFactor;
  if (s.government.approvals.jointMeeting.enabled) m *= s.government.approvals.jointMeeting.delayFactor;
  return m;
}

/** Default enterprise health: share of the pool that is active with cash ≥ 0 (NaN for an empty pool: no firm, no health to score). */
export function enterpriseHealth(world: World): number {
  const es = world.enterprises;
  if (es.length === 0) return Number.NaN;
  let ok = 0;
  for (const e of es) if (e.active && world.ledger.firmCashRmb(e.id) >= 0) ok++;
  return ok / es.length;
}

/**
 * Composite resilience index of the current state (seed §4.3, MODEL.md §7.5).
 * - infrastructure = mean of lifelines, fire compliance, sponge and functionality Q (community means);
 * - social = mean of trust, participation, volunteer-team coverage and preparedness;
 * - economic = mean of sustainable operations, enterprise health and city-fund solvency;
 * - governance = mean of approval speed, dispute-resolution speed and coordination; mean durations
 *   come from `world.government` (approvalMonthsSum / approvals, disputeMonthsSum / disputesResolved)
 *   and fall back to the scenario's expected durations before any is observed;
 * - composite = Σ weight × dimension with `resilience.weights`.
 * A component whose denominator is empty (no communities, no households, no firms) is NaN and a
 * dimension is the mean of its defined components (NaN when none is); the composite is NaN when a
 * dimension is.
 */
export function resilienceIndex(world: World, opts: ResilienceOptions = {}): ResilienceIndex {
  const s = world.scenario;
  const cs = world.communities;
  const nc = cs.length;
  let lifelines = 0;
  let fire = 0;
  let sponge = 0;
  let q = 0;
  let teams = 0;
  let prep = 0;
  let sustainable = 0;
  for (const c of cs) {
    const k = c.condition;
    lifelines += (k[WATER] + k[POWER] + k[GAS]) / 3;
    if (fireCompliant(world, c)) fire++;
    sponge += k[SPONGE];
    q += c.q;
    if (c.hasVolunteerTeam) teams++;
    prep += c.preparedness;
    const firm = c.enterprise >= 0 ? world.enterprises[c.enterprise] : undefined;
    if (c.state === 'done' || (c.state === 'operation' && firm?.active)) sustainable++;
  }
  const per = (x: number) => (nc > 0 ? x / nc : Number.NaN);

  const hh = world.households;
  let trust = 0;
  let part = 0;
  for (let i = 0; i < hh.count; i++) {
    trust += hh.trust[i];
    part += hh.participating[i];
  }
  const perHh = (x: number) => (hh.count > 0 ? x / hh.count : Number.NaN);

  const g = world.government;
  const approvalMonths = g.approvals > 0 ? g.approvalMonthsSum / g.approvals : defaultApprovalMonths(s);
  const disputeMonths =
    g.disputesResolved > 0 ? g.disputeMonthsSum / g.disputesResolved : defaultDisputeMonths(s);

  const components: ResilienceComponents = {
    lifelines: clip01(per(lifelines)),
    fireCompliance: per(fire),
    sponge: clip01(per(sponge)),
    functionality: clip01(per(q)),
    trust: clip01(perHh(trust)),
    participation: clip01(perHh(part)),
    volunteerCoverage: per(teams),
    preparedness: clip01(per(prep)),
    sustainableOperations: per(sustainable),
    enterpriseHealth: clip01((opts.enterpriseHealth ?? enterpriseHealth)(world)),
    cityFundSolvent: world.ledger.rmb('cityFund') > 0 ? 1 : 0,
    approvalSpeed: clip01(1 - approvalMonths / APPROVAL_MONTHS_REF),
    disputeSpeed: clip01(1 - disputeMonths / DISPUTE_MONTHS_REF),
    coordination: coordinationLevel(s),
  };
  const k = components;
  const infrastructure = meanDefined([k.lifelines, k.fireCompliance, k.sponge, k.functionality]);
  const social = meanDefined([k.trust, k.participation, k.volunteerCoverage, k.preparedness]);
  const economic = meanDefined([k.sustainableOperations, k.enterpriseHealth, k.cityFundSolvent]);
  const governance = meanDefined([k.approvalSpeed, k.disputeSpeed, k.coordination]);
  const w = s.resilience.weights;
  const composite =
    w.infrastructure * infrastructure + w.social * social + w.economic * economic + w.governance * governance;
  return { infrastructure, social, economic, governance, composite, components };
}

/**
 * Completion acceptance with residents' evaluation (竣工验收, 居民评议), MODEL.md §7.11.
 *
 * Rule [assumed form; residents' supervision and evaluation of the works: State Council 2020]: when a
 * community's comprehensive renovation works end, they carry a defect residents would notice with
 * probability clip(defectScale × (1 − quality), 0, 1), quality being the builder's (the PPP firm's
 * `quality`, else `renovation.publicWorksQuality`). With the residents' evaluation, a defect is found
 * with probability clip(detectionBase + participationWeight × p + representativeWeight × [r > 0], 0, 1),
 * p the share of the community's households that took part in its last consultation round and r its
 * trained representatives: the evaluation fails and the works go back for `reworkMonths` of rework
 * (a construction delay), after which they are accepted with the defect repaired. A defect not found
 * (or never evaluated) stays: the works' quality as residents judge it at completion falls by
 * `defectQualityLoss`. Both draws are made whether or not the evaluation is held (management stream),
 * so runs with and without it compare on common random numbers.
 *
 * Who pays the rework (reworkCostShare × the renovation capex): the builder. A PPP firm pays from its
 * cash (enterprises → use:renovationWorks); for public works the retention money (质保金,
 * retentionShare of the renovation escrow, held back from the contractor until acceptance) pays it
 * (escrow → use:renovationWorks, money the contractor no longer receives). What the builder cannot
 * cover the city fund pays as far as it holds (cityFund → use:renovationWorks); the rest is unmet.
 */
import { escrowPart } from '../sim/world/ledger.js';
import { ACCEPTANCE } from '../sim/world/management.js';
import type { Community, World } from '../sim/world/state.js';
import { logEvent, tracing } from '../sim/world/trace.js';
import { payFromCity, payFromFirm, recordFlow } from './enterprise-contract.js';

const clip01 = (x: number) => Math.min(1, Math.max(0, x));
const round2 = (x: number) => Math.round(x * 100) / 100;

/** True when acceptance applies to c's works: the part is on and a comprehensive renovation ends. */
export function acceptanceApplies(w: World, c: Community): boolean {
  return w.scenario.management.enabled && !!c.plan?.approved && c.plan.items.length > 0;
}

/**
 * Residents' voice in community c: the share of households that took part in the last consultation
 * round (their flags are kept until the next round starts) and the trained representatives living
 * there. One pass over c's households (an event: the end of works).
 */
export function communityVoice(w: World, c: Community): { participation: number; representatives: number } {
  const hh = w.households;
  let p = 0;
  let r = 0;
  for (let h = c.hhStart; h < c.hhEnd; h++) {
    p += hh.participating[h];
    r += hh.leader[h];
  }
  const n = c.hhEnd - c.hhStart;
  return { participation: n > 0 ? p / n : 0, representatives: r };
}

/**
 * Pay for the rework of c's works: the builder first (PPP firm's cash, or the public-works retention
 * held in c's renovation escrow), then the city fund. Returns the amount nobody could pay (RMB).
 */
function payRework(w: World, c: Community): number {
  const a = w.scenario.management.acceptance;
  const T = w.management.totals;
  const cost = round2(a.reworkCostShare * c.capexRmb);
  let builders = 0;
  const firm = c.enterprise >= 0 ? w.enterprises[c.enterprise] : null;
  if (firm?.active) {
    builders = payFromFirm(w, firm, 'use:renovationWorks', cost);
    recordFlow(w, firm, -builders);
  } else if (!firm) {
    const escrowRmb = w.ledger.escrowFen(c.id, 'renovation') / 100;
    builders = round2(Math.min(cost, a.retentionShare * escrowRmb));
    if (builders > 0) {
      w.ledger.transfer('escrow', 'use:renovationWorks', builders, { from: escrowPart(c.id, 'renovation') });
    }
  }
  const city = payFromCity(w, 'use:renovationWorks', round2(cost - builders));
  const unpaid = round2(Math.max(0, cost - builders - city));
  T.reworkBuildersRmb += builders;
  T.reworkPublicRmb += city;
  T.reworkUnpaidRmb += unpaid;
  return unpaid;
}

/** The outcome of {@link acceptWorks}: accepted (complete now) or rework, and rework nobody paid (RMB). */
export interface AcceptanceOutcome {
  accepted: boolean;
  unpaidRmb: number;
}

const ACCEPTED: AcceptanceOutcome = { accepted: true, unpaidRmb: 0 };

/**
 * Completion acceptance of c's works, called when they end (after the overrun is settled). Returns
 * accepted (the caller completes the project) or not (rework has started: c stays in construction
 * for reworkMonths more, its delay grows by as much). Works already reworked are accepted.
 */
export function acceptWorks(w: World, c: Community): AcceptanceOutcome {
  if (!acceptanceApplies(w, c)) return ACCEPTED;
  const M = w.management;
  if (M.acceptance[c.id] === ACCEPTANCE.reworking) {
    M.acceptance[c.id] = ACCEPTANCE.accepted;
    M.defect[c.id] = 0;
    if (tracing(w, c.id)) traceAcceptance(w, c, false, Number.NaN, true, 0);
    return ACCEPTED;
  }
  const a = w.scenario.management.acceptance;
  const firm = c.enterprise >= 0 ? w.enterprises[c.enterprise] : null;
  const quality = firm ? firm.quality : w.scenario.renovation.publicWorksQuality;
  const rng = w.streams.management;
  const defect = rng.next() < clip01(a.defectScale * (1 - quality));
  const found = rng.next();
  M.defect[c.id] = defect ? 1 : 0;
  M.acceptance[c.id] = ACCEPTANCE.accepted;
  if (!a.enabled) return ACCEPTED;
  M.totals.evaluationsHeld++;
  if (!defect) {
    if (tracing(w, c.id)) traceAcceptance(w, c, false, Number.NaN, true, 0);
    return ACCEPTED;
  }
  const v = communityVoice(w, c);
  const detection = clip01(
    a.detectionBase +
      a.participationWeight * v.participation +
      a.representativeWeight * (v.representatives > 0 ? 1 : 0),
  );
  if (found >= detection) {
    if (tracing(w, c.id)) traceAcceptance(w, c, true, detection, true, 0);
    return ACCEPTED;
  }
  M.totals.evaluationsFailed++;
  M.acceptance[c.id] = ACCEPTANCE.reworking;
  c.monthsLeft = a.reworkMonths;
  c.delayMonths += a.reworkMonths;
  const unpaidRmb = payRework(w, c);
  if (tracing(w, c.id)) traceAcceptance(w, c, true, detection, false, unpaidRmb);
  return { accepted: false, unpaidRmb };
}

/** Log the residents' evaluation of c's works (only when traced). */
function traceAcceptance(
  w: World,
  c: Community,
  defect: boolean,
  detectionChance: number,
  passed: boolean,
  reworkUnpaidRmb: number,
): void {
  logEvent(w.trace!, w.clock.tick, c.id, {
    kind: 'acceptance',
    defect,
    detectionChance,
    passed,
    reworkMonths: passed ? 0 : w.scenario.management.acceptance.reworkMonths,
    reworkUnpaidRmb,
  });
}

/**
 * The quality of c's works as residents judge it at completion (0..1): the builder's quality, less
 * `defectQualityLoss` when a defect was left in place.
 */
export function acceptedQuality(w: World, c: Community, quality: number): number {
  if (!w.scenario.management.enabled || w.management.defect[c.id] !== 1) return quality;
  return Math.max(0, quality - w.scenario.management.acceptance.defectQualityLoss);
}

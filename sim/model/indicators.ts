/**
 * The key indicators of a finished run (KEY_INDICATORS, metrics.ts): totals of the world, the
 * recorder's cumulative counts, and the last month's value of a metric where the indicator is one
 * (so an indicator and its metric cannot disagree). NaN where the denominator stayed empty.
 */
import type { World } from '../world/state.js';
import { type KeyIndicator, metricAt, type Recorder } from './metrics.js';

/** The key indicators of a finished run. */
export function keyIndicators(w: World, r: Recorder): Record<KeyIndicator, number> {
  const last = r.ticks - 1;
  const renovated = w.totals.householdsRenovated;
  const keyYearPassed = Number.isFinite(r.keyYearHouseholds);
  return {
    householdsRenovatedByKeyYear: keyYearPassed ? r.keyYearHouseholds : renovated,
    householdsRenovated: renovated,
    householdsEligible: r.pendingAtStart,
    communitiesRenovated: w.totals.renovationsCompleted,
    elevatorOnlyProjects: w.totals.elevatorOnlyProjects,
    elevatorsInstalled: w.totals.elevatorsInstalled,
    fireComplianceByKeyYear: keyYearPassed ? r.keyYearFire : metricAt(r, 'resilience.fireCompliance', last),
    fiscalCostPerHousehold: renovated > 0 ? r.committedPublic / renovated : Number.NaN,
    publicCommitted: r.committedPublic,
    privateCommitted: r.committedPrivate,
    leverage: metricAt(r, 'funding.leverage', last),
    participation: r.participationN > 0 ? r.participationSum / r.participationN : Number.NaN,
    votePassRate: metricAt(r, 'participation.votePassRate', last),
    satisfaction: metricAt(r, 'participation.satisfaction', last),
    acceptanceEvaluations: metricAt(r, 'governance.acceptanceEvaluations', last),
    acceptanceFailed: metricAt(r, 'governance.acceptanceFailed', last),
    managementCoverage: metricAt(r, 'governance.managementCoverage', last),
    ownersCommittees: metricAt(r, 'governance.ownersCommittees', last),
    feeCollection: metricAt(r, 'governance.feeCollection', last),
    resilienceLoss: metricAt(r, 'resilience.loss.total', last),
    resilienceComposite: metricAt(r, 'resilience.composite', last),
    meanDisputeMonths: metricAt(r, 'governance.disputeMonths', last),
    unmetNeedEnd: metricAt(r, 'funding.unmetNeed', last),
    awareness: r.householdsAtVote > 0 ? r.awareAtVote / r.householdsAtVote : Number.NaN,
    trust: metricAt(r, 'participation.trust', last),
    disputesOpened: w.government.disputesOpened,
    approvalMonths: metricAt(r, 'governance.approvalMonths', last),
    pppShare: pppShare(w),
    marketHhi: marketHhi(w),
    tenderPaymentPerHousehold:
      w.totals.tenderHouseholds > 0 ? w.totals.tenderPaymentRmb / w.totals.tenderHouseholds : Number.NaN,
    householdMonthsWaiting: r.waitingHouseholdMonths,
  };
}

/** Share of renovations completed under a PPP bundle (NaN before any completion). */
function pppShare(w: World): number {
  let n = 0;
  let p = 0;
  for (const c of w.communities) {
    if (c.completedTick < 0 || c.renovatedAtStart) continue;
    n++;
    if (c.pppBundle) p++;
  }
  return n > 0 ? p / n : Number.NaN;
}

/**
 * Herfindahl–Hirschman index of tenders won (Σ share², 0..1; 1 = one firm wins every tender; NaN
 * when no tender was won).
 */
export function marketHhi(w: World): number {
  let total = 0;
  for (const e of w.enterprises) total += e.wins;
  if (total === 0) return Number.NaN;
  let h = 0;
  for (const e of w.enterprises) h += (e.wins / total) ** 2;
  return h;
}

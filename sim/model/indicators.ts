/**
 * The key indicators of a finished run (KEY_INDICATORS, metrics.ts): totals of the world, the
 * recorder's cumulative counts, and the last month's value of a metric where the indicator is one
 * (so an indicator and its metric cannot disagree). NaN where the denominator stayed empty.
 */
import { bundleOutcomes, packageFirmsIrr } from '../../agents/enterprise-package.js';
import type { World } from '../world/state.js';
import type { KeyIndicator } from './metrics.js';
import { metricAt, type Recorder } from './recorder.js';

/** The key indicators of a finished run. */
export function keyIndicators(w: World, r: Recorder): Record<KeyIndicator, number> {
  const last = r.ticks - 1;
  const renovated = w.totals.householdsRenovated;
  const keyYearPassed = Number.isFinite(r.keyYearHouseholds);
  const fire = fireTarget(w, r);
  return {
    householdsRenovatedByKeyYear: keyYearPassed ? r.keyYearHouseholds : renovated,
    householdsRenovated: renovated,
    householdsEligible: r.pendingAtStart,
    communitiesRenovated: w.totals.renovationsCompleted,
    elevatorOnlyProjects: w.totals.elevatorOnlyProjects,
    elevatorsInstalled: w.totals.elevatorsInstalled,
    elevatorsProgramme: w.elevatorProgramme.installed,
    elevatorsPreRenovated: w.elevatorProgramme.installedPreRenovated,
    elevatorsAfterKeyYear: keyYearPassed ? w.totals.elevatorsInstalled - r.keyYearElevators : Number.NaN,
    programmeVotePassRate:
      r.programmeVotesHeld > 0 ? r.programmeVotesPassed / r.programmeVotesHeld : Number.NaN,
    fireComplianceByKeyYear: keyYearPassed ? r.keyYearFire : metricAt(r, 'resilience.fireCompliance', last),
    fireComplianceAtDeadline: fire.atDeadline,
    fireTargetMet: fire.met,
    fireTargetMonth: fire.month,
    fiscalCostPerHousehold: renovated > 0 ? r.committedPublic / renovated : Number.NaN,
    ownersPaymentPerHousehold:
      w.totals.fundedHouseholds > 0 ? w.totals.ownersPaymentRmb / w.totals.fundedHouseholds : Number.NaN,
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
    ...packageIndicators(w),
  };
}

/** Area-package indicators (片区统筹): NaN where no package was formed, tendered or won. */
function packageIndicators(w: World) {
  const formed = w.packages.length > 0;
  let tendered = 0;
  let won = 0;
  for (const p of w.packages) {
    if (p.tenders > 0) tendered++;
    if (p.enterprise >= 0) won++;
  }
  const o = bundleOutcomes(w);
  return {
    packagesTendered: formed ? tendered : Number.NaN,
    packagesWon: formed ? won : Number.NaN,
    packageFirmsIrr: packageFirmsIrr(w),
    bundledRenovatedShare: o.bundledHouseholds > 0 ? o.bundledRenovated / o.bundledHouseholds : Number.NaN,
    unbundledRenovatedShare:
      formed && o.unbundledHouseholds > 0 ? o.unbundledRenovated / o.unbundledHouseholds : Number.NaN,
  };
}

/**
 * The fire-safety target's outcome (government.fireSafetyTarget: targetShare by the deadline month,
 * measured whether or not the instrument is on): compliance at the deadline (NaN when the deadline lies
 * outside the run); met = 1 when the share first reached the target in or before the deadline month, 0
 * when the run passed the deadline without, NaN when the run ends before the deadline without reaching
 * it; month = months from the start to the first month whose compliance reached the target (0 = the
 * first month; NaN when never reached).
 */
function fireTarget(w: World, r: Recorder): { atDeadline: number; met: number; month: number } {
  const target = w.scenario.government.fireSafetyTarget.targetShare;
  const d = w.fireSafety.deadlineTick;
  let month = Number.NaN;
  for (let t = 0; t < r.ticks; t++) {
    // A tolerance for shares such as 0.95 that fire / n may miss by a rounding.
    if (metricAt(r, 'resilience.fireCompliance', t) >= target - 1e-9) {
      month = t;
      break;
    }
  }
  const inRun = d >= 0 && d < r.ticks;
  const met = month <= d ? 1 : inRun ? 0 : Number.NaN;
  return { atDeadline: inRun ? metricAt(r, 'resilience.fireCompliance', d) : Number.NaN, met, month };
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

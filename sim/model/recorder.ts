/**
 * The monthly recorder (MODEL.md §8): after every month, `recordTick` writes each metric of
 * {@link METRICS} for that month into a flat metric-major array and keeps the running sums the key
 * indicators need (sim/model/indicators.ts reads them at the run's end). The catalogue of metrics,
 * key indicators and payers is sim/model/metrics.ts.
 */
import { communityMeans } from '../../agents/resident.js';
import { fireCompliant } from '../../agents/hazards.js';
import { realisedIrr } from '../../agents/enterprise.js';
import { managementSnapshot } from '../../agents/management.js';
import { CATEGORIES } from '../../scenarios/components.js';
import { USES } from '../world/ledger.js';
import { PROJECT_STATES, SHOCK_TYPES, type World } from '../world/state.js';
import {
  METRIC_INDEX,
  METRICS,
  type MetricName,
  type MonthMoney,
  PAYERS,
  SOURCE_METRICS,
} from './metrics.js';
import { resilienceIndex } from './resilience.js';

const STATE_INDEX = Object.fromEntries(PROJECT_STATES.map((s, i) => [s, i])) as Record<
  (typeof PROJECT_STATES)[number],
  number
>;

/** Running sums the recorder keeps between ticks. */
export interface Recorder {
  values: Float64Array; // METRICS.length × ticks, metric-major
  ticks: number;
  committedPublic: number;
  committedPrivate: number;
  /** Households that took part in consultation rounds, summed over the rounds ended so far. */
  participationSum: number;
  /** Households of the communities of those rounds. */
  participationN: number;
  votesHeld: number;
  votesPassed: number;
  elevatorVotesHeld: number;
  elevatorVotesPassed: number;
  /** Unit votes of the elevator programme held and passed so far (MODEL.md §7.9). */
  programmeVotesHeld: number;
  programmeVotesPassed: number;
  recoveryMonthsSum: number;
  recoveries: number;
  keyYearHouseholds: number;
  keyYearFire: number;
  /** Elevators installed by December of the key year (NaN until then). */
  keyYearElevators: number;
  /** Households aware of the plan when their community voted, summed over the votes so far. */
  awareAtVote: number;
  /** Households of the communities that voted. */
  householdsAtVote: number;
  /** Households of communities pending at the start (not renovated before it). */
  pendingAtStart: number;
  /** Σ over months of those households not yet renovated at the month's end. */
  waitingHouseholdMonths: number;
}

/** A recorder for a run of `ticks` months. */
export function newRecorder(ticks: number): Recorder {
  return {
    values: new Float64Array(METRICS.length * ticks),
    ticks,
    committedPublic: 0,
    committedPrivate: 0,
    participationSum: 0,
    participationN: 0,
    votesHeld: 0,
    votesPassed: 0,
    elevatorVotesHeld: 0,
    elevatorVotesPassed: 0,
    programmeVotesHeld: 0,
    programmeVotesPassed: 0,
    recoveryMonthsSum: 0,
    recoveries: 0,
    keyYearHouseholds: Number.NaN,
    keyYearFire: Number.NaN,
    keyYearElevators: Number.NaN,
    awareAtVote: 0,
    householdsAtVote: 0,
    pendingAtStart: -1,
    waitingHouseholdMonths: 0,
  };
}

/** Record this tick's metrics. */
export function recordTick(w: World, r: Recorder, money: MonthMoney): void {
  const t = w.clock.tick;
  if (r.pendingAtStart < 0) {
    r.pendingAtStart = 0;
    for (const c of w.communities) if (!c.renovatedAtStart) r.pendingAtStart += c.households;
  }
  r.waitingHouseholdMonths += Math.max(0, r.pendingAtStart - w.totals.householdsRenovated);
  const set = (name: MetricName, v: number) => {
    r.values[METRIC_INDEX.get(name)! * r.ticks + t] = v;
  };
  const L = w.ledger;
  for (const [n, acc] of SOURCE_METRICS) set(`funding.inflow.${n}`, -L.monthRmb(acc));
  for (const u of USES) set(`funding.use.${u}`, L.monthRmb(`use:${u}`));
  set('funding.valueUplift', L.monthRmb('communityFunds') + L.monthOutRmb('communityFunds'));
  for (let i = 0; i < PAYERS.length; i++) set(`funding.committed.${PAYERS[i]}`, money.byPayer[i]);
  for (let i = 0; i < CATEGORIES.length; i++) set(`funding.capex.${CATEGORIES[i]}`, money.byCategory[i]);
  set('funding.fireWorks', money.fireWorksRmb);
  r.committedPublic += money.publicRmb;
  r.committedPrivate += money.privateRmb;
  set('funding.committedPublic', r.committedPublic);
  set('funding.committedPrivate', r.committedPrivate);
  set('funding.fiscalOutlay', L.monthOutRmb('cityFund'));
  set('funding.unmetNeed', money.unmetRmb);
  set('funding.leverage', r.committedPublic > 0 ? r.committedPrivate / r.committedPublic : Number.NaN);
  set('funding.cityFundBalance', L.rmb('cityFund'));
  set('funding.maintenanceFundBalance', L.rmb('maintenanceFunds'));
  // NaN until some firm's cash flows change sign (no IRR is defined before).
  set('funding.enterpriseIrr', realisedIrr(w));
  set('funding.insurancePayouts', w.totals.insurancePayoutRmb);

  let aware = 0;
  let trust = 0;
  let sat = 0;
  let satN = 0;
  let inConsultation = 0;
  const trustArr = w.households.trust;
  for (let h = 0; h < trustArr.length; h++) trust += trustArr[h];
  for (const c of w.communities) {
    if (c.state === 'consultation') {
      const m = communityMeans(w, c);
      aware += m.awareness * c.households;
      inConsultation += c.households;
    }
    if (c.completedTick >= 0 && !c.renovatedAtStart) {
      sat += c.satisfaction;
      satN++;
    }
  }
  const H = w.households.count;
  set('participation.awareness', inConsultation > 0 ? aware / inConsultation : Number.NaN);
  const mo = w.month;
  // Participation of the consultation rounds that ended this month (households taking part / households).
  set(
    'participation.consultation',
    mo.consultedHouseholds > 0 ? mo.participantsSum / mo.consultedHouseholds : Number.NaN,
  );
  r.participationSum += mo.participantsSum;
  r.participationN += mo.consultedHouseholds;
  // Households aware of the plan when their community votes, and all households of those votes.
  r.awareAtVote += mo.awareAtVote;
  r.householdsAtVote += mo.householdsAtVote;
  r.votesHeld += mo.votesHeld;
  r.votesPassed += mo.votesPassed;
  r.elevatorVotesHeld += mo.elevatorVotesHeld;
  r.elevatorVotesPassed += mo.elevatorVotesPassed;
  set('participation.votePassRate', r.votesHeld > 0 ? r.votesPassed / r.votesHeld : Number.NaN);
  set(
    'participation.elevatorVotePassRate',
    r.elevatorVotesHeld > 0 ? r.elevatorVotesPassed / r.elevatorVotesHeld : Number.NaN,
  );
  set('participation.consentShare', mo.votesHeld > 0 ? mo.consentShareSum / mo.votesHeld : Number.NaN);
  set('participation.volunteerHours', mo.volunteerHours);
  set('participation.householdsRenovated', w.totals.householdsRenovated);
  set('participation.elevatorsInstalled', w.totals.elevatorsInstalled);
  const ep = w.elevatorProgramme;
  set('participation.elevatorApplications', ep.applications);
  set('participation.elevatorProgrammeVotesPassed', ep.votesPassed);
  set('participation.elevatorQueue', ep.queue.length);
  r.programmeVotesHeld += ep.votesHeld;
  r.programmeVotesPassed += ep.votesPassed;
  set('participation.satisfaction', satN > 0 ? sat / satN : Number.NaN);
  set('participation.trust', H > 0 ? trust / H : Number.NaN);
  for (const s of PROJECT_STATES) set(`projects.${s}`, 0);
  const base = METRIC_INDEX.get(`projects.${PROJECT_STATES[0]}`)!;
  for (const c of w.communities) r.values[(base + STATE_INDEX[c.state]) * r.ticks + t]++;

  const ri = resilienceIndex(w);
  set('resilience.composite', ri.composite);
  set('resilience.infrastructure', ri.infrastructure);
  set('resilience.social', ri.social);
  set('resilience.economic', ri.economic);
  set('resilience.governance', ri.governance);
  let fire = 0;
  let q = 0;
  const loss = new Float64Array(SHOCK_TYPES.length);
  for (const c of w.communities) {
    if (fireCompliant(w, c)) fire++;
    q += c.q;
    for (let k = 0; k < SHOCK_TYPES.length; k++) loss[k] += c.loss[k];
  }
  const n = w.communities.length;
  set('resilience.fireCompliance', n > 0 ? fire / n : Number.NaN);
  set('resilience.fireWorksCompleted', w.fireSafety.worksCompleted);
  set('resilience.functionality', n > 0 ? q / n : Number.NaN);
  let total = 0;
  SHOCK_TYPES.forEach((s, k) => {
    set(`resilience.loss.${s}`, loss[k]);
    total += loss[k];
  });
  set('resilience.loss.total', total);
  r.recoveryMonthsSum += mo.recoveryMonthsSum;
  r.recoveries += mo.recoveries;
  set('resilience.recoveryTime', r.recoveries > 0 ? r.recoveryMonthsSum / r.recoveries : Number.NaN);

  const g = w.government;
  set('governance.approvalMonths', g.approvals > 0 ? g.approvalMonthsSum / g.approvals : Number.NaN);
  let open = 0;
  for (const c of w.communities) if (c.disputeMonthsLeft > 0) open++;
  set('governance.disputesOpen', open);
  set(
    'governance.disputeMonths',
    g.disputesResolved > 0 ? g.disputeMonthsSum / g.disputesResolved : Number.NaN,
  );
  set('governance.takeovers', g.takeovers);
  const mt = w.management.totals;
  set('governance.acceptanceEvaluations', mt.evaluationsHeld);
  set('governance.acceptanceFailed', mt.evaluationsFailed);
  const ms = managementSnapshot(w);
  set('governance.managementCoverage', ms.coverage);
  set('governance.ownersCommittees', ms.committees);
  set('governance.feeCollection', ms.collection);

  if (w.clock.year === w.scenario.calendar.keyYear && w.clock.month === 12) {
    r.keyYearHouseholds = w.totals.householdsRenovated;
    r.keyYearFire = fire / n;
    r.keyYearElevators = w.totals.elevatorsInstalled;
  }
}

/** Value of metric `name` at tick t. */
export function metricAt(r: Recorder, name: MetricName, t: number): number {
  return r.values[METRIC_INDEX.get(name)! * r.ticks + t];
}

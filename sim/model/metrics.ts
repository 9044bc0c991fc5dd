/**
 * Outcome metrics of MODEL.md §8, recorded once per tick into a flat array (metric-major), and the
 * list of per-run key indicators (computed at the run's end in indicators.ts). Every metric has a unit and a group (funding, participation, resilience,
 * governance) for reports.
 */
import { CATEGORIES } from '../../scenarios/components.js';
import { communityMeans } from '../../agents/resident.js';
import { fireCompliant } from '../../agents/hazards.js';
import { realisedIrr } from '../../agents/enterprise.js';
import { managementSnapshot } from '../../agents/management.js';
import { type Account, USES } from '../world/ledger.js';
import { resilienceIndex } from './resilience.js';
import { PROJECT_STATES, SHOCK_TYPES, type World } from '../world/state.js';

/** A metric's name, unit and report group. */
export interface MetricDef {
  name: string;
  unit: string;
  group: 'funding' | 'participation' | 'resilience' | 'governance';
}

const SOURCE_METRICS = [
  ['central', 'src:central'],
  ['provincial', 'src:provincial'],
  ['cityBudget', 'src:cityBudget'],
  ['bonds', 'src:bonds'],
  ['privateCapital', 'src:privateCapital'],
  ['enterpriseEquity', 'src:enterpriseEquity'],
  ['utilities', 'src:utilities'],
  ['workUnits', 'src:workUnits'],
  ['maintenanceFund', 'src:maintenanceFund'],
  ['residents', 'src:residents'],
  ['providentFund', 'src:providentFund'],
  ['donations', 'src:donations'],
  ['insurers', 'src:insurers'],
  ['tenants', 'src:tenants'],
] as const satisfies readonly (readonly [string, Account])[];

/** Who pays into committed projects (the "funding by source" of reports). */
export const PAYERS = [
  'central',
  'provincial',
  'cityFund',
  'guidanceGovernment',
  'guidancePrivate',
  'enterprise',
  'utilities',
  'workUnits',
  'maintenanceFund',
  'residents',
  'providentFund',
] as const;
export type Payer = (typeof PAYERS)[number];

/** A fresh month of project money. */
export function newMonthMoney(): MonthMoney {
  return {
    publicRmb: 0,
    privateRmb: 0,
    byPayer: new Float64Array(PAYERS.length),
    unmetRmb: 0,
    byCategory: new Float64Array(CATEGORIES.length),
    fireWorksRmb: 0,
  };
}

/** Reset a month of project money in place. */
export function resetMonthMoney(m: MonthMoney): void {
  m.publicRmb = 0;
  m.privateRmb = 0;
  m.byPayer.fill(0);
  m.unmetRmb = 0;
  m.byCategory.fill(0);
  m.fireWorksRmb = 0;
}

/** Every metric recorded per tick, in output order. */
export const METRICS = [
  ...SOURCE_METRICS.map(([n]) => ({
    name: `funding.inflow.${n}` as const,
    unit: 'RMB/month',
    group: 'funding' as const,
  })),
  ...USES.map((u) => ({ name: `funding.use.${u}` as const, unit: 'RMB/month', group: 'funding' as const })),
  { name: 'funding.valueUplift', unit: 'RMB/month', group: 'funding' },
  ...PAYERS.map((p) => ({
    name: `funding.committed.${p}` as const,
    unit: 'RMB/month',
    group: 'funding' as const,
  })),
  ...CATEGORIES.map((k) => ({
    name: `funding.capex.${k}` as const,
    unit: 'RMB/month',
    group: 'funding' as const,
  })),
  { name: 'funding.fireWorks', unit: 'RMB/month', group: 'funding' },
  { name: 'funding.committedPublic', unit: 'RMB (cumulative)', group: 'funding' },
  { name: 'funding.committedPrivate', unit: 'RMB (cumulative)', group: 'funding' },
  { name: 'funding.fiscalOutlay', unit: 'RMB/month', group: 'funding' },
  { name: 'funding.unmetNeed', unit: 'RMB', group: 'funding' },
  { name: 'funding.leverage', unit: 'ratio', group: 'funding' },
  { name: 'funding.cityFundBalance', unit: 'RMB', group: 'funding' },
  { name: 'funding.maintenanceFundBalance', unit: 'RMB', group: 'funding' },
  { name: 'funding.enterpriseIrr', unit: 'share/year', group: 'funding' },
  { name: 'funding.insurancePayouts', unit: 'RMB (cumulative)', group: 'funding' },
  { name: 'participation.awareness', unit: 'share', group: 'participation' },
  { name: 'participation.consultation', unit: 'share', group: 'participation' },
  { name: 'participation.votePassRate', unit: 'share (cumulative)', group: 'participation' },
  { name: 'participation.elevatorVotePassRate', unit: 'share (cumulative)', group: 'participation' },
  { name: 'participation.consentShare', unit: 'share', group: 'participation' },
  { name: 'participation.volunteerHours', unit: 'hours/month', group: 'participation' },
  { name: 'participation.householdsRenovated', unit: 'households (cumulative)', group: 'participation' },
  { name: 'participation.elevatorsInstalled', unit: 'elevators (cumulative)', group: 'participation' },
  { name: 'participation.elevatorApplications', unit: 'building units', group: 'participation' },
  { name: 'participation.elevatorProgrammeVotesPassed', unit: 'building units', group: 'participation' },
  { name: 'participation.elevatorQueue', unit: 'building units', group: 'participation' },
  { name: 'participation.satisfaction', unit: '0..1', group: 'participation' },
  { name: 'participation.trust', unit: '0..1', group: 'participation' },
  ...PROJECT_STATES.map((s) => ({
    name: `projects.${s}` as const,
    unit: 'communities',
    group: 'participation' as const,
  })),
  { name: 'resilience.composite', unit: '0..1', group: 'resilience' },
  { name: 'resilience.infrastructure', unit: '0..1', group: 'resilience' },
  { name: 'resilience.social', unit: '0..1', group: 'resilience' },
  { name: 'resilience.economic', unit: '0..1', group: 'resilience' },
  { name: 'resilience.governance', unit: '0..1', group: 'resilience' },
  { name: 'resilience.fireCompliance', unit: 'share', group: 'resilience' },
  { name: 'resilience.fireWorksCompleted', unit: 'projects (cumulative)', group: 'resilience' },
  { name: 'resilience.functionality', unit: '0..1', group: 'resilience' },
  ...SHOCK_TYPES.map((t) => ({
    name: `resilience.loss.${t}` as const,
    unit: 'community-months (cumulative)',
    group: 'resilience' as const,
  })),
  { name: 'resilience.loss.total', unit: 'community-months (cumulative)', group: 'resilience' },
  { name: 'resilience.recoveryTime', unit: 'months', group: 'resilience' },
  { name: 'governance.approvalMonths', unit: 'months', group: 'governance' },
  { name: 'governance.disputesOpen', unit: 'disputes', group: 'governance' },
  { name: 'governance.disputeMonths', unit: 'months', group: 'governance' },
  { name: 'governance.takeovers', unit: 'projects (cumulative)', group: 'governance' },
  { name: 'governance.acceptanceEvaluations', unit: 'evaluations (cumulative)', group: 'governance' },
  { name: 'governance.acceptanceFailed', unit: 'evaluations (cumulative)', group: 'governance' },
  { name: 'governance.managementCoverage', unit: 'share', group: 'governance' },
  { name: 'governance.ownersCommittees', unit: 'share', group: 'governance' },
  { name: 'governance.feeCollection', unit: 'share', group: 'governance' },
] as const satisfies readonly MetricDef[];

/** The name of a metric of {@link METRICS} (a misspelt metric name does not compile). */
export type MetricName = (typeof METRICS)[number]['name'];

const STATE_INDEX = Object.fromEntries(PROJECT_STATES.map((s, i) => [s, i])) as Record<
  (typeof PROJECT_STATES)[number],
  number
>;

/** Index of each metric by name. */
export const METRIC_INDEX: ReadonlyMap<string, number> = new Map(METRICS.map((m, i) => [m.name, i]));

/** Unit of each metric by name (a name read from a file is any string: undefined when unknown). */
export const METRIC_UNITS: ReadonlyMap<string, string> = new Map(METRICS.map((m) => [m.name, m.unit]));

/** Key indicators per run, in output order, with units. */
export const KEY_INDICATORS = [
  { name: 'householdsRenovatedByKeyYear', unit: 'households' },
  { name: 'householdsRenovated', unit: 'households' },
  { name: 'householdsEligible', unit: 'households' },
  { name: 'communitiesRenovated', unit: 'communities' },
  { name: 'elevatorOnlyProjects', unit: 'projects' },
  { name: 'elevatorsInstalled', unit: 'elevators' },
  { name: 'elevatorsProgramme', unit: 'elevators' },
  { name: 'elevatorsPreRenovated', unit: 'elevators' },
  { name: 'elevatorsAfterKeyYear', unit: 'elevators' },
  { name: 'programmeVotePassRate', unit: 'share' },
  { name: 'fireComplianceByKeyYear', unit: 'share' },
  { name: 'fireComplianceAtDeadline', unit: 'share' },
  { name: 'fireTargetMet', unit: 'share' },
  { name: 'fireTargetMonth', unit: 'months' },
  { name: 'fiscalCostPerHousehold', unit: 'RMB/household' },
  { name: 'ownersPaymentPerHousehold', unit: 'RMB/household' },
  { name: 'publicCommitted', unit: 'RMB' },
  { name: 'privateCommitted', unit: 'RMB' },
  { name: 'leverage', unit: 'ratio' },
  { name: 'participation', unit: 'share' },
  { name: 'votePassRate', unit: 'share' },
  { name: 'satisfaction', unit: '0..1' },
  { name: 'acceptanceEvaluations', unit: 'evaluations' },
  { name: 'acceptanceFailed', unit: 'evaluations' },
  { name: 'managementCoverage', unit: 'share' },
  { name: 'ownersCommittees', unit: 'share' },
  { name: 'feeCollection', unit: 'share' },
  { name: 'resilienceLoss', unit: 'community-months' },
  { name: 'resilienceComposite', unit: '0..1' },
  { name: 'meanDisputeMonths', unit: 'months' },
  { name: 'unmetNeedEnd', unit: 'RMB' },
  { name: 'awareness', unit: 'share' },
  { name: 'trust', unit: '0..1' },
  { name: 'disputesOpened', unit: 'disputes' },
  { name: 'approvalMonths', unit: 'months' },
  { name: 'pppShare', unit: 'share' },
  { name: 'marketHhi', unit: '0..1' },
  { name: 'tenderPaymentPerHousehold', unit: 'RMB/household' },
  { name: 'packagesTendered', unit: 'packages' },
  { name: 'packagesWon', unit: 'packages' },
  { name: 'packageFirmsIrr', unit: 'share/year' },
  { name: 'bundledRenovatedShare', unit: 'share' },
  { name: 'unbundledRenovatedShare', unit: 'share' },
  { name: 'householdMonthsWaiting', unit: 'household-months' },
] as const;
export type KeyIndicator = (typeof KEY_INDICATORS)[number]['name'];

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

/** This month's project money: newly committed public and private money, and unmet city need. */
export interface MonthMoney {
  publicRmb: number;
  privateRmb: number;
  /** Project money committed this month by payer (RMB), in the order of PAYERS. */
  byPayer: Float64Array;
  unmetRmb: number;
  /** Renovation capex committed this month by content category (RMB), in the order of CATEGORIES. */
  byCategory: Float64Array;
  /** Fire-safety-only works commissioned this month (RMB, paid by the city fund). */
  fireWorksRmb: number;
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

/**
 * The catalogue of outcome metrics of MODEL.md §8 (each with a unit and a report group: funding,
 * participation, resilience, governance), of the per-run key indicators (computed at the run's end
 * in indicators.ts) and of the payers of committed money. sim/model/recorder.ts records the metrics
 * once per tick into a flat metric-major array.
 */
import { CATEGORIES } from '../../scenarios/components.js';
import { type Account, USES } from '../world/ledger.js';
import { PROJECT_STATES, SHOCK_TYPES } from '../world/state.js';

/** A metric's name, unit and report group. */
export interface MetricDef {
  name: string;
  unit: string;
  group: 'funding' | 'participation' | 'resilience' | 'governance';
}

/** The ledger sources drawn as monthly inflow curves (`funding.inflow.<name>`). */
export const SOURCE_METRICS = [
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

/**
 * The lever catalogue: every policy instrument of a scenario, the variant it is checked at (off, or a
 * lower or higher value), the indicators it targets and the direction each should move. This is the
 * model's statement of what each instrument is for (docs/MODEL.md "Levers and their expected
 * directions"); `cogov levers` and the direction tests run it on paired seeds.
 *
 * An effect is always `variant − scenario` on the same seeds (common random numbers). `expected` is
 * the sign that effect should have: switching a subsidy off should lower households renovated
 * (expected −1), switching insurance off should raise disputes (expected +1).
 */
import type { Scenario } from '../../scenarios/schema.js';
import type { KeyIndicator } from '../metrics.js';

/** A deep partial of a scenario: what a lever's variant changes. */
export type ScenarioPatch = { [k: string]: unknown };

/** One expected effect of a lever: the indicator and the sign of variant − scenario. */
export interface LeverCheck {
  indicator: KeyIndicator;
  expected: 1 | -1;
}

/** A policy instrument and how it is checked. */
export interface Lever {
  /** Stable identifier (CSV, tests). */
  id: string;
  /** The scenario field that switches or sets it. */
  path: string;
  name: { en: string; zh: string };
  /** What the variant is, in words ("off", "halved"). */
  variant: { en: string; zh: string };
  /** Whether the scenario has the instrument at all (an instrument that is off is not checked). */
  applies: (s: Scenario) => boolean;
  /** The variant, as a patch on the scenario. */
  patch: (s: Scenario) => ScenarioPatch;
  checks: readonly LeverCheck[];
}

const OFF = { en: 'off', zh: '关闭' };
const HALF = { en: 'halved', zh: '减半' };

const off = (section: string, key: string): ((s: Scenario) => ScenarioPatch) => {
  return () => ({ [section]: { [key]: { enabled: false } } });
};

const g = (s: Scenario) => s.government;
const ppp = (s: Scenario) => s.enterprises.enabled;

/** Every lever, in report order: government money, PPP terms, process, residents, social organisations. */
export const LEVERS: readonly Lever[] = [
  {
    id: 'cityFund',
    path: 'government.cityFund.enabled',
    name: { en: 'City special renewal fund', zh: '市级财政专项资金' },
    variant: OFF,
    applies: (s) => g(s).cityFund.enabled,
    patch: off('government', 'cityFund'),
    checks: [{ indicator: 'householdMonthsWaiting', expected: 1 }],
  },
  {
    id: 'upperTransfers',
    path: 'government.upperTransfers.enabled',
    name: { en: 'Central and provincial transfers', zh: '中央与省级补助资金' },
    variant: OFF,
    applies: (s) => g(s).upperTransfers.enabled,
    patch: off('government', 'upperTransfers'),
    checks: [
      { indicator: 'householdMonthsWaiting', expected: 1 },
      { indicator: 'elevatorsInstalled', expected: -1 },
    ],
  },
  {
    id: 'specialBonds',
    path: 'government.specialBonds.enabled',
    name: { en: 'Special-purpose bonds', zh: '专项债' },
    variant: OFF,
    applies: (s) => g(s).specialBonds.enabled && g(s).specialBonds.issues.length > 0,
    patch: off('government', 'specialBonds'),
    checks: [{ indicator: 'householdMonthsWaiting', expected: 1 }],
  },
  {
    id: 'guidanceFund',
    path: 'government.guidanceFund.enabled',
    name: { en: 'Urban renewal guidance fund', zh: '城市更新引导基金' },
    variant: OFF,
    applies: (s) => g(s).guidanceFund.enabled && ppp(s),
    patch: off('government', 'guidanceFund'),
    checks: [
      { indicator: 'fiscalCostPerHousehold', expected: 1 },
      { indicator: 'householdMonthsWaiting', expected: 1 },
    ],
  },
  {
    id: 'householdSubsidy',
    path: 'government.householdSubsidy.enabled',
    name: { en: 'Household renovation subsidy', zh: '户均改造补助' },
    variant: OFF,
    applies: (s) => g(s).householdSubsidy.enabled,
    patch: off('government', 'householdSubsidy'),
    checks: [
      { indicator: 'householdMonthsWaiting', expected: 1 },
      { indicator: 'votePassRate', expected: -1 },
    ],
  },
  {
    id: 'elevatorSubsidy',
    path: 'government.elevatorSubsidy.enabled',
    name: { en: 'City elevator subsidy', zh: '市级加装电梯补贴' },
    variant: OFF,
    applies: (s) => g(s).elevatorSubsidy.enabled && s.renovation.elevator.enabled,
    patch: off('government', 'elevatorSubsidy'),
    checks: [{ indicator: 'elevatorsInstalled', expected: -1 }],
  },
  {
    id: 'costShareCap',
    path: 'government.costShareCap.enabled',
    name: { en: 'Cap on the public cost share', zh: '公共资金分担上限' },
    variant: HALF,
    applies: (s) => g(s).costShareCap.enabled,
    patch: (s) => ({
      government: { costShareCap: { maxPublicShare: g(s).costShareCap.maxPublicShare / 2 } },
    }),
    checks: [{ indicator: 'votePassRate', expected: -1 }],
  },
  {
    id: 'ppp',
    path: 'enterprises.enabled',
    name: { en: 'PPP renovation + operation bundles', zh: '"改建+运营"一体化PPP' },
    variant: OFF,
    applies: ppp,
    patch: () => ({ enterprises: { enabled: false } }),
    checks: [
      { indicator: 'householdMonthsWaiting', expected: 1 },
      { indicator: 'fiscalCostPerHousehold', expected: 1 },
    ],
  },
  {
    id: 'farBonus',
    path: 'government.farBonus.enabled',
    name: { en: 'Floor-area-ratio bonus', zh: '容积率奖励' },
    variant: OFF,
    applies: (s) => g(s).farBonus.enabled && ppp(s),
    patch: off('government', 'farBonus'),
    checks: [{ indicator: 'tenderPaymentPerHousehold', expected: 1 }],
  },
  {
    id: 'taxRelief',
    path: 'government.taxRelief.enabled',
    name: { en: 'Tax and fee relief', zh: '税费减免' },
    variant: OFF,
    applies: (s) => g(s).taxRelief.enabled && ppp(s),
    patch: off('government', 'taxRelief'),
    checks: [{ indicator: 'tenderPaymentPerHousehold', expected: 1 }],
  },
  {
    id: 'interestSubsidy',
    path: 'government.interestSubsidy.enabled',
    name: { en: 'Interest subsidy for whitelisted firms', zh: '白名单企业信贷贴息' },
    variant: OFF,
    applies: (s) => g(s).interestSubsidy.enabled && ppp(s),
    patch: off('government', 'interestSubsidy'),
    checks: [{ indicator: 'tenderPaymentPerHousehold', expected: 1 }],
  },
  {
    id: 'insurance',
    path: 'government.insurance.enabled',
    name: { en: 'Cost-overrun insurance', zh: '工程造价超支保险' },
    variant: OFF,
    applies: (s) => g(s).insurance.enabled,
    patch: off('government', 'insurance'),
    checks: [{ indicator: 'disputesOpened', expected: 1 }],
  },
  {
    id: 'valueUplift',
    path: 'enterprises.valueUplift.enabled',
    name: { en: 'Value-uplift sharing', zh: '增值收益共享' },
    variant: OFF,
    applies: (s) => s.enterprises.valueUplift.enabled && ppp(s),
    patch: () => ({ enterprises: { valueUplift: { enabled: false } } }),
    checks: [{ indicator: 'satisfaction', expected: -1 }],
  },
  {
    id: 'fastTrack',
    path: 'enterprises.disputes.fastTrack.enabled',
    name: { en: '90-day dispute fast track', zh: '争议调解仲裁快速通道' },
    variant: OFF,
    applies: (s) => s.enterprises.disputes.fastTrack.enabled && ppp(s),
    patch: () => ({ enterprises: { disputes: { fastTrack: { enabled: false } } } }),
    checks: [{ indicator: 'meanDisputeMonths', expected: 1 }],
  },
  {
    id: 'digitalPlatform',
    path: 'government.approvals.digitalPlatform.enabled',
    name: { en: 'Digital approval platform', zh: '"更新通"数字审批平台' },
    variant: OFF,
    applies: (s) => g(s).approvals.digitalPlatform.enabled,
    patch: () => ({ government: { approvals: { digitalPlatform: { enabled: false } } } }),
    checks: [{ indicator: 'approvalMonths', expected: 1 }],
  },
  {
    id: 'jointMeeting',
    path: 'government.approvals.jointMeeting.enabled',
    name: { en: 'Joint-meeting regime', zh: '联席会议制度' },
    variant: OFF,
    applies: (s) => g(s).approvals.jointMeeting.enabled,
    patch: () => ({ government: { approvals: { jointMeeting: { enabled: false } } } }),
    checks: [{ indicator: 'approvalMonths', expected: 1 }],
  },
  {
    id: 'performance',
    path: 'government.performance.enabled',
    name: { en: 'Performance evaluation', zh: '绩效考核' },
    variant: OFF,
    applies: (s) => g(s).performance.enabled,
    patch: off('government', 'performance'),
    checks: [{ indicator: 'householdMonthsWaiting', expected: 1 }],
  },
  {
    id: 'consultation',
    path: 'residents.consultation.enabled',
    name: { en: '"Three up, three down" consultation', zh: '"三上三下"协商' },
    variant: OFF,
    applies: (s) => s.residents.consultation.enabled,
    patch: () => ({ residents: { consultation: { enabled: false } } }),
    checks: [{ indicator: 'votePassRate', expected: -1 }],
  },
  {
    id: 'onlineSurvey',
    path: 'residents.awareness.onlineSurvey.enabled',
    name: { en: 'Online survey', zh: '线上问卷' },
    variant: OFF,
    applies: (s) => s.residents.awareness.onlineSurvey.enabled && s.residents.consultation.enabled,
    patch: () => ({ residents: { awareness: { onlineSurvey: { enabled: false } } } }),
    checks: [{ indicator: 'awareness', expected: -1 }],
  },
  {
    id: 'offlineHearing',
    path: 'residents.awareness.offlineHearing.enabled',
    name: { en: 'Offline hearing', zh: '线下听证' },
    variant: OFF,
    applies: (s) => s.residents.awareness.offlineHearing.enabled && s.residents.consultation.enabled,
    patch: () => ({ residents: { awareness: { offlineHearing: { enabled: false } } } }),
    checks: [{ indicator: 'awareness', expected: -1 }],
  },
  {
    id: 'groundFloorCompensation',
    path: 'residents.elevatorCostSharing.groundFloorCompensation.enabled',
    name: { en: 'Ground-floor compensation fund', zh: '底层住户补偿基金' },
    variant: OFF,
    applies: (s) =>
      s.residents.elevatorCostSharing.groundFloorCompensation.enabled && s.renovation.elevator.enabled,
    patch: () => ({ residents: { elevatorCostSharing: { groundFloorCompensation: { enabled: false } } } }),
    checks: [{ indicator: 'elevatorsInstalled', expected: -1 }],
  },
  {
    id: 'volunteerPoints',
    path: 'residents.volunteerPoints.enabled',
    name: { en: 'Volunteer points', zh: '志愿者积分' },
    variant: OFF,
    applies: (s) => s.residents.volunteerPoints.enabled,
    patch: () => ({ residents: { volunteerPoints: { enabled: false } } }),
    checks: [{ indicator: 'trust', expected: -1 }],
  },
  {
    id: 'planners',
    path: 'ngos.planners.enabled',
    name: { en: 'Community planners', zh: '社区规划师' },
    variant: OFF,
    applies: (s) => s.ngos.planners.enabled,
    patch: off('ngos', 'planners'),
    checks: [{ indicator: 'participation', expected: -1 }],
  },
  {
    id: 'academy',
    path: 'ngos.academy.enabled',
    name: { en: 'Community renewal academy', zh: '社区更新学院' },
    variant: OFF,
    applies: (s) => s.ngos.academy.enabled,
    patch: off('ngos', 'academy'),
    checks: [{ indicator: 'participation', expected: -1 }],
  },
  {
    id: 'volunteerTeams',
    path: 'ngos.volunteerTeams.enabled',
    name: { en: 'Emergency volunteer teams', zh: '社区应急志愿者队伍' },
    variant: OFF,
    applies: (s) => s.ngos.volunteerTeams.enabled,
    patch: off('ngos', 'volunteerTeams'),
    checks: [{ indicator: 'resilienceLoss', expected: 1 }],
  },
  {
    id: 'donations',
    path: 'ngos.donations.enabled',
    name: { en: 'Social donations', zh: '社会捐赠' },
    variant: OFF,
    applies: (s) => s.ngos.donations.enabled,
    patch: off('ngos', 'donations'),
    checks: [{ indicator: 'householdMonthsWaiting', expected: 1 }],
  },
  {
    id: 'mediation',
    path: 'ngos.mediation.enabled',
    name: { en: 'Mediation by social organisations', zh: '社会组织调解' },
    variant: OFF,
    applies: (s) => s.ngos.mediation.enabled && ppp(s),
    patch: off('ngos', 'mediation'),
    checks: [{ indicator: 'meanDisputeMonths', expected: 1 }],
  },
];

/** `patch` merged into `base` key by key, recursively (arrays and plain values replace). */
export function deepMerge(base: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> = { ...((base as Record<string, unknown>) ?? {}) };
  for (const [k, v] of Object.entries(patch as Record<string, unknown>)) out[k] = deepMerge(out[k], v);
  return out;
}

/** The levers that apply to scenario `s`, in catalogue order. */
export function leversOf(s: Scenario): Lever[] {
  return LEVERS.filter((l) => l.applies(s));
}

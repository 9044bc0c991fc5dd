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
import type { KeyIndicator } from '../model/metrics.js';

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

/** A patch setting the scenario field at dotted `path` to `value`. */
function patchAt(path: string, value: unknown): ScenarioPatch {
  return path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), value) as ScenarioPatch;
}

/** A lever checked by switching its instrument off: its patch sets `path` (an `….enabled`) to false. */
function offLever(l: Omit<Lever, 'variant' | 'patch'>): Lever {
  return { ...l, variant: OFF, patch: () => patchAt(l.path, false) };
}

const g = (s: Scenario) => s.government;
const ppp = (s: Scenario) => s.enterprises.enabled;

/** Every lever, in report order: government money, PPP terms, process, residents, social organisations. */
export const LEVERS: readonly Lever[] = [
  offLever({
    id: 'cityFund',
    path: 'government.cityFund.enabled',
    name: { en: 'City special renewal fund', zh: '市级财政专项资金' },
    applies: (s) => g(s).cityFund.enabled,
    checks: [{ indicator: 'householdMonthsWaiting', expected: 1 }],
  }),
  offLever({
    id: 'upperTransfers',
    path: 'government.upperTransfers.enabled',
    name: { en: 'Central and provincial transfers', zh: '中央与省级补助资金' },
    applies: (s) => g(s).upperTransfers.enabled,
    checks: [
      { indicator: 'householdMonthsWaiting', expected: 1 },
      { indicator: 'elevatorsInstalled', expected: -1 },
    ],
  }),
  {
    id: 'centralPerProject',
    path: 'government.upperTransfers.centralRmbPerProject',
    name: { en: 'Central money per project', zh: '中央预算内投资（按项目安排）' },
    variant: HALF,
    applies: (s) => g(s).upperTransfers.enabled && g(s).upperTransfers.centralAllocation === 'perProject',
    patch: (s) => ({
      government: { upperTransfers: { centralRmbPerProject: g(s).upperTransfers.centralRmbPerProject / 2 } },
    }),
    checks: [{ indicator: 'householdMonthsWaiting', expected: 1 }],
  },
  offLever({
    id: 'pipelineUtilities',
    path: 'government.pipelineUtilities.enabled',
    name: { en: 'Pipeline utilities pay for their networks', zh: '管线单位承担自有管网改造费用' },
    applies: (s) => g(s).pipelineUtilities.enabled,
    checks: [
      { indicator: 'fiscalCostPerHousehold', expected: 1 },
      { indicator: 'householdMonthsWaiting', expected: 1 },
    ],
  }),
  offLever({
    id: 'formerWorkUnits',
    path: 'government.formerWorkUnits.enabled',
    name: { en: 'Former owning work units contribute', zh: '原产权单位出资' },
    applies: (s) => g(s).formerWorkUnits.enabled && g(s).formerWorkUnits.shareOfCommunities > 0,
    checks: [{ indicator: 'fiscalCostPerHousehold', expected: 1 }],
  }),
  offLever({
    id: 'specialBonds',
    path: 'government.specialBonds.enabled',
    name: { en: 'Special-purpose bonds', zh: '专项债' },
    applies: (s) => g(s).specialBonds.enabled && g(s).specialBonds.issues.length > 0,
    checks: [{ indicator: 'householdMonthsWaiting', expected: 1 }],
  }),
  offLever({
    id: 'guidanceFund',
    path: 'government.guidanceFund.enabled',
    name: { en: 'Urban renewal guidance fund', zh: '城市更新引导基金' },
    applies: (s) => g(s).guidanceFund.enabled && ppp(s),
    checks: [
      { indicator: 'fiscalCostPerHousehold', expected: 1 },
      { indicator: 'householdMonthsWaiting', expected: 1 },
    ],
  }),
  offLever({
    id: 'householdSubsidy',
    path: 'government.householdSubsidy.enabled',
    name: { en: 'Household renovation subsidy', zh: '户均改造补助' },
    applies: (s) => g(s).householdSubsidy.enabled,
    checks: [
      { indicator: 'householdMonthsWaiting', expected: 1 },
      { indicator: 'votePassRate', expected: -1 },
    ],
  }),
  offLever({
    id: 'elevatorSubsidy',
    path: 'government.elevatorSubsidy.enabled',
    name: { en: 'City elevator subsidy', zh: '市级加装电梯补贴' },
    applies: (s) => g(s).elevatorSubsidy.enabled && s.renovation.elevator.enabled,
    checks: [{ indicator: 'elevatorsInstalled', expected: -1 }],
  }),
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
  offLever({
    id: 'ppp',
    path: 'enterprises.enabled',
    name: { en: 'PPP renovation + operation bundles', zh: '"改建+运营"一体化PPP' },
    applies: ppp,
    checks: [
      { indicator: 'householdMonthsWaiting', expected: 1 },
      { indicator: 'fiscalCostPerHousehold', expected: 1 },
    ],
  }),
  offLever({
    id: 'farBonus',
    path: 'government.farBonus.enabled',
    name: { en: 'Floor-area-ratio bonus', zh: '容积率奖励' },
    applies: (s) => g(s).farBonus.enabled && ppp(s),
    checks: [{ indicator: 'tenderPaymentPerHousehold', expected: 1 }],
  }),
  {
    id: 'farCap',
    path: 'government.farBonus.maxM2PerCommunity',
    name: { en: 'Cap on the FAR-bonus area per community', zh: '单个小区容积率奖励面积上限' },
    variant: HALF,
    applies: (s) => g(s).farBonus.enabled && ppp(s),
    patch: (s) => ({
      government: { farBonus: { maxM2PerCommunity: g(s).farBonus.maxM2PerCommunity / 2 } },
    }),
    checks: [{ indicator: 'tenderPaymentPerHousehold', expected: 1 }],
  },
  {
    id: 'parkingSpaces',
    path: 'enterprises.bundle.parkingSpaces.perHousehold',
    name: { en: 'Parking spaces per community', zh: '小区停车位数量' },
    variant: HALF,
    applies: (s) => s.enterprises.bundle.parkingSpaces.enabled && ppp(s),
    patch: (s) => {
      const p = s.enterprises.bundle.parkingSpaces;
      return {
        enterprises: {
          bundle: { parkingSpaces: { perHousehold: p.perHousehold / 2, siteShare: p.siteShare / 2 } },
        },
      };
    },
    checks: [{ indicator: 'tenderPaymentPerHousehold', expected: 1 }],
  },
  offLever({
    id: 'bundling',
    path: 'enterprises.bundling.enabled',
    name: { en: 'Area bundling with profitable assets', zh: '片区统筹（打包经营性资产）' },
    applies: (s) => s.enterprises.bundling.enabled && ppp(s),
    checks: [
      { indicator: 'tenderPaymentPerHousehold', expected: 1 },
      { indicator: 'pppShare', expected: -1 },
    ],
  }),
  offLever({
    id: 'taxRelief',
    path: 'government.taxRelief.enabled',
    name: { en: 'Tax and fee relief', zh: '税费减免' },
    applies: (s) => g(s).taxRelief.enabled && ppp(s),
    checks: [{ indicator: 'tenderPaymentPerHousehold', expected: 1 }],
  }),
  offLever({
    id: 'interestSubsidy',
    path: 'government.interestSubsidy.enabled',
    name: { en: 'Interest subsidy for whitelisted firms', zh: '白名单企业信贷贴息' },
    applies: (s) => g(s).interestSubsidy.enabled && ppp(s),
    checks: [{ indicator: 'tenderPaymentPerHousehold', expected: 1 }],
  }),
  offLever({
    id: 'insurance',
    path: 'government.insurance.enabled',
    name: { en: 'Cost-overrun insurance', zh: '工程造价超支保险' },
    applies: (s) => g(s).insurance.enabled,
    checks: [{ indicator: 'disputesOpened', expected: 1 }],
  }),
  offLever({
    id: 'valueUplift',
    path: 'enterprises.valueUplift.enabled',
    name: { en: 'Value-uplift sharing', zh: '增值收益共享' },
    applies: (s) => s.enterprises.valueUplift.enabled && ppp(s),
    checks: [{ indicator: 'satisfaction', expected: -1 }],
  }),
  offLever({
    id: 'fastTrack',
    path: 'enterprises.disputes.fastTrack.enabled',
    name: { en: '90-day dispute fast track', zh: '争议调解仲裁快速通道' },
    applies: (s) => s.enterprises.disputes.fastTrack.enabled && ppp(s),
    checks: [{ indicator: 'meanDisputeMonths', expected: 1 }],
  }),
  offLever({
    id: 'digitalPlatform',
    path: 'government.approvals.digitalPlatform.enabled',
    name: { en: 'Digital approval platform', zh: '"更新通"数字审批平台' },
    applies: (s) => g(s).approvals.digitalPlatform.enabled,
    checks: [{ indicator: 'approvalMonths', expected: 1 }],
  }),
  offLever({
    id: 'jointMeeting',
    path: 'government.approvals.jointMeeting.enabled',
    name: { en: 'Joint-meeting regime', zh: '联席会议制度' },
    applies: (s) => g(s).approvals.jointMeeting.enabled,
    checks: [{ indicator: 'approvalMonths', expected: 1 }],
  }),
  offLever({
    id: 'performance',
    path: 'government.performance.enabled',
    name: { en: 'Performance evaluation', zh: '绩效考核' },
    applies: (s) => g(s).performance.enabled,
    checks: [{ indicator: 'householdMonthsWaiting', expected: 1 }],
  }),
  offLever({
    id: 'fireSafetyTarget',
    path: 'government.fireSafetyTarget.enabled',
    name: { en: 'Fire-safety compliance target', zh: '消防设施达标目标' },
    applies: (s) => g(s).fireSafetyTarget.enabled,
    checks: [
      { indicator: 'fireComplianceByKeyYear', expected: -1 },
      { indicator: 'fireTargetMet', expected: -1 },
    ],
  }),
  offLever({
    id: 'consultation',
    path: 'residents.consultation.enabled',
    name: { en: '"Three up, three down" consultation', zh: '"三上三下"协商' },
    applies: (s) => s.residents.consultation.enabled,
    checks: [{ indicator: 'votePassRate', expected: -1 }],
  }),
  offLever({
    id: 'residentsEvaluation',
    path: 'management.acceptance.enabled',
    name: { en: 'Residents’ evaluation at completion acceptance', zh: '竣工验收居民评议' },
    applies: (s) => s.management.enabled && s.management.acceptance.enabled,
    checks: [{ indicator: 'satisfaction', expected: -1 }],
  }),
  offLever({
    id: 'onlineSurvey',
    path: 'residents.awareness.onlineSurvey.enabled',
    name: { en: 'Online survey', zh: '线上问卷' },
    applies: (s) => s.residents.awareness.onlineSurvey.enabled && s.residents.consultation.enabled,
    checks: [{ indicator: 'awareness', expected: -1 }],
  }),
  offLever({
    id: 'offlineHearing',
    path: 'residents.awareness.offlineHearing.enabled',
    name: { en: 'Offline hearing', zh: '线下听证' },
    applies: (s) => s.residents.awareness.offlineHearing.enabled && s.residents.consultation.enabled,
    checks: [{ indicator: 'awareness', expected: -1 }],
  }),
  offLever({
    id: 'groundFloorCompensation',
    path: 'residents.elevatorCostSharing.groundFloorCompensation.enabled',
    name: { en: 'Ground-floor compensation fund', zh: '底层住户补偿基金' },
    applies: (s) =>
      s.residents.elevatorCostSharing.groundFloorCompensation.enabled && s.renovation.elevator.enabled,
    checks: [{ indicator: 'elevatorsInstalled', expected: -1 }],
  }),
  offLever({
    id: 'maintenanceFund',
    path: 'residents.maintenanceFund.enabled',
    name: {
      en: 'Housing maintenance fund pays part of the owners’ share',
      zh: '提取住宅专项维修资金抵付业主出资',
    },
    applies: (s) => s.residents.maintenanceFund.enabled,
    checks: [{ indicator: 'ownersPaymentPerHousehold', expected: 1 }],
  }),
  offLever({
    id: 'elevatorProgramme',
    path: 'renovation.elevatorProgramme.enabled',
    name: { en: 'Ongoing elevator programme', zh: '既有住宅加装电梯常态化' },
    applies: (s) => s.renovation.elevatorProgramme.enabled && s.renovation.elevator.enabled,
    checks: [{ indicator: 'elevatorsInstalled', expected: -1 }],
  }),
  {
    id: 'elevatorQuota',
    path: 'renovation.elevatorProgramme.quotaPerYear',
    name: { en: 'Yearly elevator subsidy quota', zh: '年度加装电梯补助指标' },
    variant: HALF,
    applies: (s) =>
      s.renovation.elevatorProgramme.enabled &&
      s.renovation.elevator.enabled &&
      s.renovation.elevatorProgramme.quotaPerYear >= 2,
    patch: (s) => ({
      renovation: {
        elevatorProgramme: { quotaPerYear: Math.floor(s.renovation.elevatorProgramme.quotaPerYear / 2) },
      },
    }),
    checks: [{ indicator: 'elevatorsInstalled', expected: -1 }],
  },
  offLever({
    id: 'providentFund',
    path: 'residents.providentFund.enabled',
    name: { en: 'Provident-fund withdrawals for elevators', zh: '提取住房公积金加装电梯' },
    applies: (s) =>
      s.residents.providentFund.enabled &&
      s.renovation.elevatorProgramme.enabled &&
      s.renovation.elevator.enabled,
    checks: [{ indicator: 'programmeVotePassRate', expected: -1 }],
  }),
  offLever({
    id: 'volunteerPoints',
    path: 'residents.volunteerPoints.enabled',
    name: { en: 'Volunteer points', zh: '志愿者积分' },
    applies: (s) => s.residents.volunteerPoints.enabled,
    checks: [{ indicator: 'trust', expected: -1 }],
  }),
  offLever({
    id: 'planners',
    path: 'ngos.planners.enabled',
    name: { en: 'Community planners', zh: '社区规划师' },
    applies: (s) => s.ngos.planners.enabled,
    checks: [{ indicator: 'participation', expected: -1 }],
  }),
  offLever({
    id: 'academy',
    path: 'ngos.academy.enabled',
    name: { en: 'Community renewal academy', zh: '社区更新学院' },
    applies: (s) => s.ngos.academy.enabled,
    checks: [{ indicator: 'participation', expected: -1 }],
  }),
  offLever({
    id: 'volunteerTeams',
    path: 'ngos.volunteerTeams.enabled',
    name: { en: 'Emergency volunteer teams', zh: '社区应急志愿者队伍' },
    applies: (s) => s.ngos.volunteerTeams.enabled,
    checks: [{ indicator: 'resilienceLoss', expected: 1 }],
  }),
  offLever({
    id: 'donations',
    path: 'ngos.donations.enabled',
    name: { en: 'Social donations', zh: '社会捐赠' },
    applies: (s) => s.ngos.donations.enabled,
    checks: [{ indicator: 'householdMonthsWaiting', expected: 1 }],
  }),
  offLever({
    id: 'mediation',
    path: 'ngos.mediation.enabled',
    name: { en: 'Mediation by social organisations', zh: '社会组织调解' },
    applies: (s) => s.ngos.mediation.enabled && ppp(s),
    checks: [{ indicator: 'meanDisputeMonths', expected: 1 }],
  }),
  offLever({
    id: 'trialService',
    path: 'management.trialService.enabled',
    name: { en: '“Try before you buy” property service', zh: '物业服务“先尝后买”' },
    applies: (s) => s.management.enabled && s.management.trialService.enabled,
    checks: [{ indicator: 'managementCoverage', expected: -1 }],
  }),
  offLever({
    id: 'partyCommittee',
    path: 'management.partyCommittee.enabled',
    name: { en: 'Community party-committee coordination', zh: '社区大党委+三方联动' },
    applies: (s) => s.management.enabled && s.management.partyCommittee.enabled,
    checks: [{ indicator: 'ownersCommittees', expected: -1 }],
  }),
];

/** The levers that apply to scenario `s`, in catalogue order. */
export function leversOf(s: Scenario): Lever[] {
  return LEVERS.filter((l) => l.applies(s));
}

/**
 * Where every scenario parameter comes from. `PARAMETER_SOURCES` maps each leaf path of the scenario
 * schema (dotted; `[]` for elements of an array of objects, `*` for the values of a record) to either
 * `src: <citation key> …` (a key of `CITATIONS` in scenarios/citations.ts, then detail such as the seed paper's section) or
 * exactly `assumed`: a value chosen for want of data, which researchers should vary.
 *
 * The source speaks for the value: for an on/off switch, the source of the instrument; for a number,
 * the source of its default and of the Nanchong scenario's value (scenarios/nanchong-1558.yaml). A
 * sourced mechanism with an invented magnitude is `assumed`. docs/MODEL.md's parameter tables are
 * generated from this map (scenarios/params-doc.ts) and a test keeps it complete and free of stale paths.
 */
import { COMPONENTS } from './schema/parts.js';

const A = 'assumed';

/** `assumed` for each `prefix.key`. */
function assumed(prefix: string, ...keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [`${prefix}.${k}`, A]));
}

/** The same source for each `prefix.key`. */
function same(source: string, prefix: string, ...keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [`${prefix}.${k}`, source]));
}

const PLAN_HH = 'src: Nanchong 2021–2025 plan (derived: 326,300 households / 3,770 communities = 86.6)';
const PLAN_STOREYS =
  'src: Nanchong 2021–2025 plan (derived, MODEL.md §2: about 6 storeys, 2 households per floor)';

/** Source of every leaf parameter of the scenario schema, by path. */
export const PARAMETER_SOURCES: Readonly<Record<string, string>> = {
  ...assumed('name', 'en', 'zh'),
  ...assumed('description', 'en', 'zh'),
  language: A,
  'calendar.start': 'src: seed §1.1 ("1558" approach adopted June 2024; first simulated month 2024-07)',
  'calendar.end': A,
  'calendar.keyYear': 'src: seed §6.5.1 (fire facilities 100 % compliant by 2027)',
  ...assumed('ensemble', 'runs', 'seed'),

  'city.generate.communities': 'src: Nanchong 2021–2025 plan (3,770 old communities)',
  'city.generate.totalHouseholds':
    'src: Nanchong 2021–2025 plan (326,300 households; set in the Nanchong scenario)',
  'city.generate.householdsPerCommunity.mean': PLAN_HH,
  'city.generate.householdsPerCommunity.sd': A,
  'city.generate.householdsPerFloorPerUnit': PLAN_STOREYS,
  ...same(PLAN_STOREYS, 'city.generate.storeys', 'min', 'max'),
  'city.generate.buildYear.min': A,
  'city.generate.buildYear.max':
    'src: State Council 2020 (renovation of communities built before the end of 2000)',
  'city.generate.districts': 'src: Nanchong districts',
  ...assumed('city.generate.condition', 'mean', 'sd'),
  ...assumed('city.generate.floodExposure', 'mean', 'sd'),
  'city.generate.siteAreaM2PerHousehold':
    'src: Nanchong 2021–2025 plan (derived: 34.29 M m² floor / 326,300 households ≈ 105 m² of floor per household, divided by an assumed FAR of about 1.9)',
  'city.generate.alreadyRenovatedShare':
    'src: Nanchong 2021–2025 plan (at least 60 % done by 2023: 0.6 in the Nanchong scenario, start 2024-07)',
  ...assumed('city.communities[]', 'name', 'district', 'buildingUnits', 'buildYear', 'renovated'),
  'city.communities[].households': PLAN_HH,
  'city.communities[].storeys': PLAN_STOREYS,
  ...assumed('city.communities[].condition', ...COMPONENTS),
  ...assumed('city.communities[]', 'floodExposure', 'siteAreaM2'),
  ...assumed('city.households.areaM2', 'mean', 'sd'),
  'city.households.elderlyShare': 'src: Jinsong (elderly-headed households 39.6 %)',
  ...assumed('city.households.incomeRmbPerMonth', 'median', 'sigma'),
  ...assumed('city.households', 'ownerShare', 'elderlyIncomeFactor'),
  ...assumed('city.households.initialTrust', 'mean', 'sd'),

  'renovation.items.*.component': A,
  'renovation.items.*.category':
    'src: State Council 2020 (content categories 基础类 / 完善类 / 提升类; basic: water, drainage, power, gas, fire safety, roads inside the community, roofs)',
  'renovation.items.*.costRmbPerHousehold':
    'src: national 2023 (the default menu sums to 26,800 RMB per household; the split over items is assumed)',
  ...assumed('renovation.items.*', 'conditionAfter', 'benefit', 'elderlyBenefitFactor'),
  'renovation.items.*.priority': 'src: seed §6.1.1 (elevators and aging-friendly renovation supported first)',
  'renovation.items.*.revenueGenerating':
    'src: seed §6.2.1 (parking fees among the operating rights bundled)',
  'renovation.costMultiplier.mean': 'src: national 2023 (about 26,800 RMB per household at multiplier 1)',
  'renovation.costMultiplier.sd': A,
  ...assumed('renovation', 'minItems', 'constructionMonths', 'publicWorksQuality'),
  'renovation.elevator.enabled': 'src: seed §6.1.1 (加装电梯 a priority item)',
  'renovation.elevator.minStoreys': A,
  'renovation.elevator.proposalShare': A,
  ...same('src: elevator costs (400–700k RMB)', 'renovation.elevator.costRmb', 'min', 'max'),
  ...assumed('renovation.elevator', 'externalShaft', 'maintenanceRmbPerYear'),
  ...assumed(
    'renovation.elevatorProgramme',
    'enabled',
    'baseMonthlyRate',
    'storeyLogOdds',
    'elderlyLogOdds',
    'trustLogOdds',
    'neighbourLogOdds',
    'retryAfterMonths',
    'constructionMonths',
  ),
  'renovation.elevatorProgramme.quotaPerYear':
    'src: elevator subsidies (Sichuan fund for 3,726 elevators; a city’s yearly share is assumed)',
  ...assumed('renovation', 'residentCostShare', 'repairRmbPerHouseholdPerDamage'),

  'government.cityFund.enabled': 'src: seed §6.1.2 (财政专项资金)',
  'government.cityFund.baseBudgetRmbPerYear': A,
  'government.cityFund.growthRatePerYear': 'src: seed §6.1.2 (special fund growing 15 % a year)',
  ...assumed('government.emergencyReserve', 'enabled', 'shareOfBudget'),
  'government.upperTransfers.enabled': 'src: central subsidy 2022 (with provincial elevator subsidies)',
  'government.upperTransfers.centralRmbPerHousehold':
    'src: central subsidy 2022 (about 3,650 RMB per household)',
  'government.upperTransfers.provincialRmbPerElevator':
    'src: elevator subsidies (Nanchong 150k RMB per elevator)',
  'government.upperTransfers.centralAllocation':
    'src: State Council 2020 (central subsidies and central budget investment, 中央预算内投资, support renovation projects)',
  'government.upperTransfers.centralRmbPerProject': A,
  'government.pipelineUtilities.enabled':
    'src: State Council 2020 (pipeline and specialised operators, 专营单位, bear the cost of renewing their own facilities)',
  ...assumed('government.pipelineUtilities.shareOfNetworkCost', 'water', 'power', 'gas'),
  'government.formerWorkUnits.enabled':
    'src: State Council 2020 (former owning work units, 原产权单位, are encouraged to contribute)',
  ...assumed('government.formerWorkUnits', 'shareOfCommunities', 'rmbPerHousehold', 'shareOfCapex'),
  'government.specialBonds.enabled': 'src: seed §6.1.2 (专项债 pilot before 2026)',
  'government.specialBonds.issues[].year': 'src: seed §6.1.2 (pilot issue before 2026)',
  ...assumed('government.specialBonds.issues[]', 'amountRmb', 'ratePerYear', 'termYears'),
  'government.guidanceFund.enabled':
    'src: seed §6.1.2 (城市更新引导基金, fund of funds attracting long-term capital)',
  ...assumed(
    'government.guidanceFund',
    'governmentCapitalRmb',
    'leverage',
    'requiredReturnPerYear',
    'coInvestShare',
  ),
  'government.householdSubsidy.enabled': 'src: seed §6.1.1 (财政补贴)',
  'government.householdSubsidy.rmbPerHousehold': A,
  'government.elevatorSubsidy.enabled': 'src: elevator subsidies (city top-ups such as Chengdu’s 200k RMB)',
  'government.elevatorSubsidy.rmbPerElevator': A,
  ...assumed('government.costShareCap', 'enabled', 'maxPublicShare'),
  'government.farBonus.enabled': 'src: seed §6.2.2 (改造权置换; 容积率奖励 in §6.1.1)',
  ...assumed('government.farBonus', 'deltaFar', 'buildCostRmbPerM2', 'rentRmbPerM2PerMonth'),
  ...assumed('government.farBonus', 'maxFar', 'maxM2PerCommunity'),
  'government.farBonus.grossPerExclusiveArea':
    'src: Nanchong 2021–2025 plan (34.29 M m² for 326,300 households ≈ 105 m² gross per household, against 65 m² of exclusive area assumed: ≈ 1.6)',
  'government.taxRelief.enabled': 'src: seed §6.1.1 (税费减免)',
  ...assumed('government.taxRelief', 'rate', 'taxRateOnRevenue'),
  'government.interestSubsidy.enabled':
    'src: seed §6.2.1 (whitelist 白名单 and loan interest subsidy 信贷贴息)',
  ...assumed('government.interestSubsidy', 'pointsPerYear', 'minQualityForWhitelist'),
  'government.insurance.enabled':
    'src: seed §6.2.3 (government–enterprise cost-overrun insurance 工程造价超支保险)',
  ...assumed('government.insurance', 'premiumRate', 'governmentPremiumShare', 'deductibleShare', 'coverage'),
  'government.projectLibrary.capacityPerYear': A,
  ...assumed('government.projectLibrary.needWeights', 'infrastructure', 'elderly', 'hazard'),
  'government.projectLibrary.priorityWeight': A,
  'government.projectLibrary.negativeList.builtAfterYear':
    'src: State Council 2020 (renovation of communities built before the end of 2000)',
  'government.projectLibrary.negativeList.districts': A,
  'government.projectLibrary.relistAfterStallMonths': A,
  'government.fireSafetyTarget.enabled':
    'src: seed §6.5.1 (fire facilities of old communities 100 % compliant by 2027; the instrument that aims at it is assumed)',
  'government.fireSafetyTarget.deadline': 'src: seed §6.5.1 (by 2027)',
  'government.fireSafetyTarget.targetShare': 'src: seed §6.5.1 (100 % compliant)',
  'government.fireSafetyTarget.libraryPriorityWeight': A,
  'government.fireSafetyTarget.publicFunding': A,
  ...assumed('government.fireSafetyTarget.works', 'communitiesPerYear', 'months'),
  'government.approvals.baselineMonths': A,
  'government.approvals.digitalPlatform.enabled':
    'src: seed §6.4.2 (更新通 APP, parallel approval of 137 items)',
  'government.approvals.digitalPlatform.months': A,
  'government.approvals.jointMeeting.enabled': 'src: seed §6.4.1 (joint meeting 联席会议, weekly dispatch)',
  ...assumed('government.approvals.jointMeeting', 'delayFactor', 'frictionMonths'),
  ...assumed(
    'government.adaptiveSubsidy',
    'enabled',
    'targetPassRate',
    'stepShare',
    'minMultiplier',
    'maxMultiplier',
  ),
  'government.performance.enabled': 'src: seed §6.4.3 (performance evaluation 绩效考核)',
  ...assumed('government.performance', 'targetCompletedPerYear', 'capacityBoost'),

  'enterprises.enabled': 'src: seed §6.2.1 ("renovation + operation" 改建+运营 bundles)',
  ...assumed(
    'enterprises',
    'count',
    'exitCashRmb',
    'loanRatePerYear',
    'valuationDraws',
    'maxConcurrentProjects',
  ),
  ...assumed('enterprises.capitalRmb', 'min', 'max'),
  ...assumed('enterprises.costEfficiency', 'mean', 'sd'),
  ...assumed('enterprises.hurdleIrr', 'min', 'max'),
  ...assumed('enterprises.riskAversion', 'min', 'max'),
  ...assumed('enterprises.quality', 'mean', 'sd'),
  ...assumed('enterprises.bundle', 'capexShare', 'concessionYears'),
  'enterprises.bundle.propertyFeeRmbPerM2PerMonth': 'src: property fees (0.3–1.35 RMB per m² per month)',
  'enterprises.bundle.collectionRate.base':
    'src: Jinsong (82–85 % collection after renovation, reached near satisfaction 0.75 with the Nanchong base 0.7)',
  ...assumed('enterprises.bundle.collectionRate', 'satisfactionSlope', 'trustSlope', 'max'),
  ...assumed(
    'enterprises.bundle',
    'parkingRmbPerHouseholdPerMonth',
    'otherServicesRmbPerHouseholdPerMonth',
    'operatingCostShare',
    'revenueNoiseCv',
  ),
  ...assumed('enterprises.bundle.parkingSpaces', 'enabled', 'perHousehold', 'siteShare'),
  'enterprises.bundle.parkingSpaces.m2PerSpace':
    'src: GB/T 51149-2016 (surface parking 25–30 m² of land per car space)',
  ...assumed('enterprises.bundle.parkingSpaces', 'feeRmbPerSpacePerMonth', 'occupancy'),
  'enterprises.bundling.enabled':
    'src: State Council 2020 (linked renovation of adjacent communities and their surroundings, 相邻小区及周边地区联动改造; social capital through paid use of new facilities)',
  ...assumed('enterprises.bundling', 'grouping', 'packageSize', 'packages'),
  ...assumed(
    'enterprises.bundling.assets',
    'parkingSpaces',
    'vacantBuildingM2',
    'rentRmbPerM2PerMonth',
    'refurbishRmbPerM2',
    'operatingCostShare',
  ),
  ...assumed('enterprises.overrun', 'mean', 'cv'),
  ...assumed('enterprises.selection', 'subsidyWeight', 'qualityWeight', 'maxTopUpShare'),
  'enterprises.valueUplift.enabled': 'src: seed §6.3.2 (增值收益共享 back to the community’s public fund)',
  'enterprises.valueUplift.share': A,
  'enterprises.valueUplift.spendOn.elevatorMaintenance':
    'src: seed §6.3.2 (按比例反哺小区公共资金: the money feeds the community’s public fund); this use assumed',
  'enterprises.valueUplift.spendOn.repairs':
    'src: seed §6.3.2 (按比例反哺小区公共资金: the money feeds the community’s public fund); this use assumed',
  'enterprises.disputes.overrunThreshold': A,
  'enterprises.disputes.fastTrack.enabled': 'src: seed §6.2.3 (mediation and arbitration fast track)',
  'enterprises.disputes.fastTrack.days': 'src: seed §6.2.3 (PPP disputes resolved within 90 days)',
  ...assumed('enterprises.disputes.defaultMonths', 'min', 'max'),
  'enterprises.disputes.governmentShareOfSettlement': A,

  'residents.awareness.plannerMonthly': A,
  'residents.awareness.onlineSurvey.enabled': 'src: seed §6.3.1 (online questionnaire 线上问卷)',
  ...assumed('residents.awareness.onlineSurvey', 'reachMonthly', 'elderlyFactor'),
  'residents.awareness.offlineHearing.enabled': 'src: seed §6.3.1 (offline hearing 线下听证)',
  ...assumed('residents.awareness.offlineHearing', 'reachPerRound', 'elderlyFactor'),
  'residents.awareness.neighbourMonthly': A,
  'residents.utility.elevatorBenefit': A,
  'residents.utility.elevatorBreakEvenFloor':
    'src: Zhou, Liu & Yang (break-even near the 3rd floor: no benefit at 1–2)',
  ...assumed(
    'residents.utility',
    'elevatorPremiumRmbPerM2',
    'elderlyElevatorFactor',
    'costSensitivity',
    'groundFloorDisbenefit',
    'compensationWeight',
    'opinionScale',
    'voteNoise',
  ),
  'residents.opinion.meetingsPerMonth': A,
  'residents.opinion.mu': 'src: Deffuant et al. 2000 (μ 0.3–0.5)',
  ...same(
    'src: Deffuant et al. 2000 (heterogeneous ε about U[0.15, 0.4])',
    'residents.opinion.epsilon',
    'min',
    'max',
  ),
  'residents.opinion.leaderEpsilonBonus': A,
  ...assumed('residents.network', 'ties', 'rewiring'),
  'residents.participation.threshold.mean': 'src: Granovetter 1978 (mean threshold 0.25)',
  'residents.participation.threshold.sd':
    'src: Granovetter 1978 (participation tips at a spread of about 0.1–0.12)',
  ...assumed('residents.participation', 'trustWeight', 'seedShare'),
  'residents.consultation.enabled': 'src: seed §6.3.1 ("三上三下" for major renovation matters)',
  'residents.consultation.maxRounds': 'src: seed §6.3.1 ("三上三下": three rounds)',
  ...assumed(
    'residents.consultation',
    'monthsPerRound',
    'dropItemBelowSupport',
    'costShareCut',
    'compensationAdd',
    'minParticipationForVote',
  ),
  'residents.elevatorCostSharing.rule':
    'src: seed §6.3.2 (elevator cost-sharing model; Guangzhou coefficients by default, Shapley in the Nanchong scenario)',
  'residents.elevatorCostSharing.coefficients': 'src: Guangzhou coefficients',
  'residents.elevatorCostSharing.negotiatedSharesPct': 'src: Nanjing shares',
  'residents.elevatorCostSharing.groundFloorCompensation.enabled':
    'src: seed §6.3.2 (ground-floor compensation fund 底层住户补偿基金)',
  ...assumed('residents.elevatorCostSharing.groundFloorCompensation', 'shareOfCost', 'floors'),
  ...assumed(
    'residents.providentFund',
    'enabled',
    'shareOfOwnersWithAccount',
    'maxWithdrawalRmb',
    'savingsCostWeight',
  ),
  ...assumed('residents.contributions', 'maxMonthsOfIncome', 'instalmentMonths', 'arrearsProbability'),
  'residents.maintenanceFund.enabled':
    'src: State Council 2020 (residents may withdraw their housing maintenance fund, 住宅专项维修资金, for the renovation)',
  ...assumed(
    'residents.maintenanceFund',
    'shareWithFundBefore',
    'shareWithFundFrom',
    'maxShareOfOwnersShare',
    'depositRmbPerM2PerMonth',
  ),
  'residents.maintenanceFund.reformYear':
    'src: maintenance fund rules (funds required for flats sold from 1998, 建住房〔1998〕213号)',
  ...assumed('residents.maintenanceFund.balanceRmbPerM2', 'min', 'max'),
  'residents.volunteerPoints.enabled': 'src: seed §6.3.3 (志愿者积分 redeemable against property fees)',
  ...assumed(
    'residents.volunteerPoints',
    'participationShare',
    'hoursPerMonth',
    'pointsPerHour',
    'rmbPerPoint',
    'trustGainPerHour',
  ),
  ...assumed('residents.trust', 'eta', 'spread', 'consentWeight', 'disputePenalty'),
  ...assumed('residents.satisfaction', 'qualityWeight', 'disruptionPenalty', 'feeIncreaseWeight'),

  'ngos.planners.enabled': 'src: seed §6.3.1 (a full-time community planner 社区规划师 per community)',
  'ngos.planners.communitiesPerPlanner': 'src: seed §6.3.1 (one planner per community)',
  ...assumed('ngos.planners', 'leaderWeight', 'revisionBonus', 'salaryRmbPerMonth'),
  'ngos.academy.enabled': 'src: seed §6.3.3 (renewal academy 社区更新学院)',
  'ngos.academy.graduatesPerYear': 'src: seed §6.3.3 (500 resident representatives a year)',
  'ngos.academy.costRmbPerGraduate': A,
  'ngos.volunteerTeams.enabled': 'src: seed §6.5.3 (community emergency volunteer teams)',
  'ngos.volunteerTeams.teams': 'src: seed §6.5.3 (200 teams)',
  'ngos.volunteerTeams.drillsPerYear': 'src: seed §6.5.3 (a drill every quarter)',
  ...assumed('ngos.volunteerTeams', 'preparednessPerDrill', 'preparednessDecayPerMonth', 'costRmbPerDrill'),
  'ngos.donations.enabled': 'src: seed §6.1.2 (social donations 社会捐赠 in the funding mix)',
  'ngos.donations.rmbPerYear': A,
  'ngos.mediation.enabled': 'src: seed §3.3 (consultation resolves disputes and conflicting claims)',
  'ngos.mediation.durationFactor': A,

  'management.enabled':
    'src: State Council 2020 (residents take part in supervising the works, evaluating them and in later management; long-term management after renovation)',
  'management.acceptance.enabled':
    'src: State Council 2020 (residents evaluate and give feedback on the renovation: 居民评议 at completion acceptance)',
  ...assumed(
    'management.acceptance',
    'defectScale',
    'detectionBase',
    'participationWeight',
    'representativeWeight',
    'reworkMonths',
    'reworkCostShare',
    'defectQualityLoss',
  ),
  'management.acceptance.retentionShare':
    'src: MOHURD 2017 retention (at most 3 % of the settled contract price)',
  'management.propertyService.feeRmbPerM2PerMonth':
    'src: property fees (0.3–1.35 RMB per m² per month; the low end for public-works communities, value assumed)',
  ...assumed(
    'management.propertyService',
    'takeUpMonthly',
    'satisfactionWeight',
    'trustWeight',
    'committeeWeight',
    'ageingReduction',
  ),
  'management.trialService.enabled': A,
  ...assumed(
    'management.trialService',
    'months',
    'feeShare',
    'continueBase',
    'satisfactionWeight',
    'committeeBonus',
  ),
  ...assumed('management.ownersCommittees', 'formationMonthly', 'perRepresentative', 'maxRepresentatives'),
  'management.partyCommittee.enabled': 'src: seed §2.2 ("社区大党委+三方联动" deliberation model)',
  'management.partyCommittee.formationFactor': A,
  'management.feeCollection.base':
    'src: Jinsong (82–85 % collection after renovation, with a committee and satisfaction above 0.5; base assumed)',
  ...assumed('management.feeCollection', 'satisfactionSlope', 'committeeBonus', 'max', 'driftMonthly'),

  'shocks.rainstorm.enabled': 'src: seed §6.5.2 (extreme weather, sponge facilities)',
  'shocks.rainstorm.monthlyProbability': A,
  ...assumed('shocks.rainstorm.severity', 'mean', 'sd'),
  'shocks.fire.enabled': 'src: seed §6.5.1 (fire facilities of old communities)',
  'shocks.fire.p0Monthly': A,
  ...assumed('shocks.fire.severity', 'mean', 'sd'),
  'shocks.earthquake.enabled': 'src: seed §4.1 (resilience to natural disasters)',
  'shocks.earthquake.annualProbability': A,
  ...assumed('shocks.earthquake.severity', 'mean', 'sd'),
  'shocks.downturn.enabled': 'src: seed §4.1 (resilience to economic fluctuation)',
  ...assumed('shocks.downturn', 'enterMonthly', 'exitMonthly', 'revenueCut', 'budgetGrowthCut'),
  ...assumed('shocks.scheduled[]', 'type', 'date', 'severity', 'months'),
  ...assumed('shocks.recovery', 'r0', 'preparednessWeight', 'coordinationWeight', 'recoveredAt'),

  ...assumed('resilience.weights', 'infrastructure', 'social', 'economic', 'governance'),
  ...assumed('resilience', 'fireSafetyThreshold', 'conditionDecayPerYear'),
};

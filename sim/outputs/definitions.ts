/**
 * The data dictionary's words: what every metric of METRICS measures (the key indicators of
 * KEY_INDICATORS are in sim/outputs/indicator-definitions.ts), in English and Chinese, and when it
 * is undefined (an empty cell in CSV, null in JSON: never 0). The families of metrics (money in by source, money out by use, money
 * committed by payer, communities by project state, resilience loss by shock type) are defined once
 * per family. Written into dictionary.csv in every output folder and into docs/DICTIONARY.md
 * (sim/io/dictionary.ts); docs/MODEL.md §8 is the model-side account of the same quantities.
 */
import { METRICS, type MetricName } from '../model/metrics.js';
import { type Definition, d, NO_MANAGED_SCOPE, NO_VOTE, u, type Words } from './definition-words.js';

export type { Definition, Words } from './definition-words.js';
export { INDICATOR_DEFINITIONS } from './indicator-definitions.js';

const SOURCE_WORDS: Record<string, Words> = {
  central: u('central government transfers', '中央补助资金'),
  provincial: u('provincial transfers', '省级补助资金'),
  cityBudget: u('the city budget', '市级财政预算'),
  bonds: u('special-purpose bonds', '专项债'),
  privateCapital: u('private capital in the guidance fund', '引导基金中的社会资本'),
  enterpriseEquity: u('enterprises’ own equity', '企业自有资金'),
  utilities: u(
    'pipeline utilities paying for the items on their own networks (water, power, gas)',
    '管线单位（供水、供电、燃气专营单位）承担自有管网改造费用',
  ),
  workUnits: u('former owning work units', '原产权单位出资'),
  maintenanceFund: u(
    'housing maintenance funds (their balances at the start, paid in before the first month)',
    '住宅专项维修资金（期初余额，在首月之前计入）',
  ),
  residents: u('residents’ contributions', '居民出资'),
  providentFund: u(
    'owners’ housing provident fund savings withdrawn for elevator shares (private: the residents’ own money)',
    '业主提取的住房公积金，用于支付加装电梯分摊（私人资金：居民自有）',
  ),
  donations: u('social donations', '社会捐赠'),
  insurers: u('insurers, net (overrun insurance payouts)', '保险机构（超支保险净赔付）'),
  tenants: u(
    'tenants and users of operated assets (fees, rents, parking)',
    '经营性资产的租户与使用者（物业费、租金、停车费）',
  ),
};

const USE_WORDS: Record<string, Words> = {
  renovationWorks: u('comprehensive renovation works paid to contractors', '支付给施工方的综合改造工程款'),
  elevatorWorks: u('elevator retrofit works', '加装电梯工程款'),
  farConstruction: u('building the floor-area-ratio bonus space', '容积率奖励面积的建设'),
  assetWorks: u(
    'refurbishing the vacant buildings of area packages (片区统筹) won by firms',
    '中标企业改造片区统筹打包的闲置房屋',
  ),
  repairs: u('repairs after shocks', '灾后修复'),
  operations: u('operating costs of concessions and elevator maintenance', '特许经营运营成本与电梯维护'),
  propertyServices: u(
    'property services of renovated public-works communities: owners’ property fees and the city’s trial-service (先尝后买) subsidies',
    '政府直接实施改造小区的物业服务：业主缴纳的物业费与政府“先尝后买”试用期补贴',
  ),
  debtService: u(
    'bond interest and principal, and guidance-fund returns to private capital',
    '专项债还本付息及引导基金对社会资本的回报',
  ),
  salaries: u('salaries of community planners', '社区规划师薪酬'),
  training: u('the community renewal academy', '社区更新学院培训'),
  drills: u('emergency drills', '应急演练'),
  taxes: u(
    'taxes and fees on operating revenue (to other levels of government)',
    '经营收入的税费（上缴其他层级政府）',
  ),
  insurancePremiums: u('insurance premiums retained by insurers', '保险机构留存的保费'),
  compensation: u('ground-floor compensation paid to households', '支付给底层住户的补偿'),
  feeRelief: u(
    'volunteer points redeemed against fees (fee revenue forgone)',
    '志愿者积分抵扣的物业费（放弃的收费）',
  ),
  disputeSettlements: u(
    'overruns settled in disputes, paid to contractors',
    '纠纷中结算并支付给施工方的超支款',
  ),
  enterpriseProfit: u(
    'distributions to enterprise owners when a concession ends or a firm exits',
    '特许经营期满或企业退出时向企业所有者的分配',
  ),
};

const PAYER_WORDS: Record<string, Words> = {
  central: u('central government', '中央政府'),
  provincial: u('the province', '省级政府'),
  cityFund: u('the city renewal fund', '城市更新资金'),
  guidanceGovernment: u('the government share of the guidance fund', '引导基金中的政府出资'),
  guidancePrivate: u('the private share of the guidance fund', '引导基金中的社会资本'),
  enterprise: u('enterprises (PPP bundles)', '企业（“改建+运营”PPP）'),
  utilities: u('pipeline utilities (their own networks)', '管线单位（自有管网）'),
  workUnits: u('former owning work units', '原产权单位'),
  maintenanceFund: u(
    'owners’ housing maintenance funds (part of the owners’ share)',
    '住宅专项维修资金（抵付业主分担部分）',
  ),
  residents: u('residents', '居民'),
  providentFund: u('residents’ provident-fund withdrawals', '居民提取的住房公积金'),
};

const STATE_WORDS: Record<string, Words> = {
  unlisted: u('not yet in the project library', '尚未纳入项目库'),
  listed: u('in the project library, waiting for consultation', '已入库，等待意见征集'),
  consultation: u('in consultation (三上三下 rounds)', '“三上三下”意见征集中'),
  vote: u('voting on the plan', '方案表决中'),
  funding: u('voted, waiting for funding', '已表决通过，等待资金落实'),
  approval: u('funded, waiting for approval', '资金已落实，等待审批'),
  construction: u('under construction', '施工中'),
  operation: u(
    'completed and operated by an enterprise under a PPP bundle',
    '已完工，由企业按“改建+运营”模式运营',
  ),
  done: u('completed', '已完工'),
  stalled: u(
    'stalled: the renovation vote failed (or only elevators were built), and the community waits to be listed again',
    '停滞：改造表决未通过（或仅加装了电梯），小区等待重新入库',
  ),
};

const SHOCK_WORDS: Record<string, Words> = {
  rainstorm: u('rainstorms', '暴雨'),
  fire: u('fires', '火灾'),
  earthquake: u('earthquakes', '地震'),
};

/** Definitions of the metrics that are not in a family. */
const SINGLE: Partial<Record<MetricName, Definition>> = {
  'funding.valueUplift': d(
    'Value uplift paid into community funds this month under value-uplift sharing (增值收益共享).',
    '本月按增值收益共享规则注入社区基金的增值收益。',
  ),
  'funding.capex.basic': d(
    'Renovation capex committed this month to basic content (基础类: water, power, gas, fire safety, roads, structure; mandatory in every plan), fire-safety-only works included.',
    '本月落实到基础类改造内容（供水、供电、供气、消防、道路、结构等，改造方案必含）的工程投资，含消防专项改造。',
  ),
  'funding.capex.improvement': d(
    'Renovation capex committed this month to improvement content (完善类: aging-friendly facilities, parking, sponge works …).',
    '本月落实到完善类改造内容（适老化设施、停车、海绵化改造等）的工程投资。',
  ),
  'funding.capex.upgrade': d(
    'Renovation capex committed this month to upgrade content (提升类: community services …).',
    '本月落实到提升类改造内容（社区服务设施等）的工程投资。',
  ),
  'funding.fireWorks': d(
    'Fire-safety-only works (消防专项改造) commissioned this month under the fire-safety target, paid by the city fund.',
    '本月在消防达标目标下启动的消防专项改造，由城市更新资金支付。',
  ),
  'funding.committedPublic': d(
    'Public money committed to projects since the start (central, provincial, city fund, government share of the guidance fund).',
    '自期初起落实到项目的公共资金累计（中央、省级、城市更新资金、引导基金政府出资）。',
  ),
  'funding.committedPrivate': d(
    'Private money committed to projects since the start (enterprises, residents, private share of the guidance fund, pipeline utilities, former owning work units, housing maintenance funds).',
    '自期初起落实到项目的社会资金累计（企业、居民、引导基金社会资本、管线单位、原产权单位、住宅专项维修资金）。',
  ),
  'funding.fiscalOutlay': d(
    'Gross outflow of the city renewal fund this month.',
    '本月城市更新资金的总支出。',
  ),
  'funding.unmetNeed': d(
    'Money the city would need this month for voted projects waiting for funding, plus overruns nobody could pay.',
    '本月已表决通过、等待资金的项目所需的城市资金，加上无人承担的超支。',
  ),
  'funding.leverage': d(
    'Private money committed per yuan of public money committed, since the start.',
    '自期初起每1元已落实公共资金撬动的已落实社会资金。',
    u('no public money has been committed yet', '尚未落实任何公共资金'),
  ),
  'funding.cityFundBalance': d(
    'Balance of the city renewal fund at the month’s end (money held, not yet spent).',
    '月末城市更新资金余额（尚未支出的资金）。',
  ),
  'funding.maintenanceFundBalance': d(
    'Balance of the owners’ housing maintenance funds (住宅专项维修资金), summed over communities, at the month’s end.',
    '月末各小区住宅专项维修资金余额之和。',
  ),
  'funding.enterpriseIrr': d(
    'Realised internal rate of return of the enterprises’ pooled cash flows so far, per year.',
    '截至当月企业合并现金流的已实现内部收益率（年化）。',
    u(
      'the pooled cash flows have not yet changed sign (no PPP bundle, or no revenue yet)',
      '合并现金流尚未变号（无PPP项目或尚无收入）',
    ),
  ),
  'funding.insurancePayouts': d(
    'Cost-overrun insurance paid out since the start.',
    '自期初起工程造价超支保险的累计赔付。',
  ),
  'participation.awareness': d(
    'Share of households in communities under consultation this month who know the current plan.',
    '本月处于意见征集阶段的小区中知晓当前方案的住户比例。',
    u('no community is in consultation this month', '本月没有处于意见征集阶段的小区'),
  ),
  'participation.consultation': d(
    'Share of households that took part in the consultation rounds that ended this month.',
    '本月结束的意见征集轮次中参与的住户比例。',
    u('no consultation round ended this month', '本月没有结束的意见征集轮次'),
  ),
  'participation.votePassRate': d(
    'Share of community renovation votes passed, of all held since the start.',
    '自期初起小区改造表决的通过比例。',
    NO_VOTE,
  ),
  'participation.elevatorVotePassRate': d(
    'Share of building-unit elevator votes passed, of all held since the start.',
    '自期初起单元加装电梯表决的通过比例。',
    u('no elevator vote has been held yet in the run', '本次运行尚未进行加装电梯表决'),
  ),
  'participation.consentShare': d(
    'Mean share of floor area voting yes in this month’s community votes.',
    '本月小区表决中赞成方所占建筑面积比例的均值。',
    u('no community voted this month', '本月没有小区表决'),
  ),
  'participation.volunteerHours': d(
    'Volunteer hours given this month (志愿者积分 scheme).',
    '本月志愿服务时长（志愿者积分制度）。',
  ),
  'participation.householdsRenovated': d(
    'Households whose community’s comprehensive renovation is complete, since the start (elevator beneficiaries in communities renovated before the start are not counted).',
    '自期初起所在小区已完成综合改造的户数（期初已改造小区中加装电梯的受益户不计入）。',
  ),
  'participation.elevatorsInstalled': d('Elevators installed since the start.', '自期初起加装的电梯数。'),
  'participation.elevatorApplications': d(
    'Building units that applied this month to add an elevator under the ongoing programme (既有住宅加装电梯).',
    '本月在既有住宅加装电梯常态化工作中提出申请的单元数。',
  ),
  'participation.elevatorProgrammeVotesPassed': d(
    'Building units whose owners voted an elevator through this month under the programme (Civil Code Art. 278).',
    '本月业主表决（民法典第278条）通过加装电梯的申请单元数。',
  ),
  'participation.elevatorQueue': d(
    'Building units voted through and waiting for the year’s elevator subsidy quota at the month’s end.',
    '月末已表决通过、等待年度加装电梯补助指标的单元数。',
  ),
  'participation.satisfaction': d(
    'Mean satisfaction of the communities completed during the run (0–1).',
    '本次运行中已完工小区的居民满意度均值（0–1）。',
    u('no community has been completed yet in the run', '本次运行尚无完工小区'),
  ),
  'participation.trust': d(
    'Mean trust of households in the government (0–1).',
    '住户对政府信任度的均值（0–1）。',
    u('the city has no households', '城市没有住户'),
  ),
  'resilience.composite': d(
    'Resilience index: weighted sum of its four dimensions (seed §4.3), 0–1.',
    '韧性综合指数：四个维度的加权和（种子论文§4.3），0–1。',
    u('a dimension is undefined', '某一维度无定义'),
  ),
  'resilience.infrastructure': d(
    'Infrastructure dimension: mean of lifeline condition (water, power, gas), fire-compliant share, sponge condition and functionality.',
    '基础设施维度：生命线设施（供水、供电、燃气）状况、消防达标比例、海绵设施状况与功能水平的均值。',
    u('the city has no communities', '城市没有小区'),
  ),
  'resilience.social': d(
    'Social dimension: mean of trust, the share of households taking part, volunteer-team coverage and preparedness.',
    '社会维度：信任度、参与住户比例、应急志愿者队伍覆盖率与应急准备度的均值。',
    u('none of its components is defined', '其各分项均无定义'),
  ),
  'resilience.economic': d(
    'Economic dimension: mean of the share of communities completed or operated by an active firm, the share of firms active with cash ≥ 0, and whether the city fund is positive (each over its own denominator).',
    '经济维度：已完工或由在营企业运营的小区比例、现金非负的在营企业比例、城市更新资金是否为正三者的均值（各按自身分母计算）。',
    u('none of its components is defined', '其各分项均无定义'),
  ),
  'resilience.governance': d(
    'Governance dimension: mean of approval speed, dispute-resolution speed and coordination (joint meeting, digital platform).',
    '治理维度：审批速度、纠纷解决速度与协调机制（联席会议、数字平台）的均值。',
  ),
  'resilience.fireCompliance': d(
    'Share of communities whose fire-safety facilities are compliant.',
    '消防设施达标的小区比例。',
    u('the city has no communities', '城市没有小区'),
  ),
  'resilience.fireWorksCompleted': d(
    'Fire-safety-only works (消防专项改造) completed since the start (communities).',
    '自期初起完成的消防专项改造（小区数）。',
  ),
  'resilience.functionality': d(
    'Mean functionality Q of the communities after shocks and recovery (1 = fully functional).',
    '经历冲击与恢复后小区功能水平Q的均值（1为完全正常）。',
    u('the city has no communities', '城市没有小区'),
  ),
  'resilience.loss.total': d(
    'Resilience loss from every shock type since the start: Σ over communities and months of (1 − Q) (Bruneau et al. 2003).',
    '自期初起各类冲击造成的韧性损失：对小区与月份求和的(1 − Q)（Bruneau等，2003）。',
  ),
  'resilience.recoveryTime': d(
    'Mean months from a community’s functionality falling below the recovered level to its return, over recoveries completed so far.',
    '截至当月已完成恢复过程的平均时长（小区功能低于恢复阈值到恢复所需的月数）。',
    u('no recovery has been completed yet', '尚无完成的恢复过程'),
  ),
  'governance.approvalMonths': d(
    'Mean months from funding to approval, over approvals so far.',
    '截至当月已审批项目从资金落实到获批的平均月数。',
    u('no project has been approved yet', '尚无获批项目'),
  ),
  'governance.disputesOpen': d('PPP disputes open at the month’s end.', '月末未决的PPP纠纷数。'),
  'governance.disputeMonths': d(
    'Mean months to resolve a PPP dispute, over disputes resolved so far.',
    '截至当月已解决PPP纠纷的平均解决时长（月）。',
    u('no dispute has been resolved yet', '尚无已解决的纠纷'),
  ),
  'governance.takeovers': d(
    'Concessions the city took over when their enterprise left the market, since the start.',
    '自期初起因企业退出市场而由政府接管的特许经营项目数。',
  ),
  'governance.acceptanceEvaluations': d(
    'Residents’ evaluations (居民评议) held at completion acceptance of renovation works, since the start.',
    '自期初起在改造工程竣工验收中开展的居民评议次数。',
  ),
  'governance.acceptanceFailed': d(
    'Residents’ evaluations at completion acceptance that failed and sent the works back for rework, since the start.',
    '自期初起竣工验收居民评议未通过、工程返工整改的次数。',
  ),
  'governance.managementCoverage': d(
    'Share of the communities renovated in the run with professional management at the month’s end: a property-service company, a trial service (先尝后买) or the PPP operator.',
    '本次运行完成改造的小区中月末有专业化管理的比例：物业服务企业、“先尝后买”试用服务或PPP运营方。',
    NO_MANAGED_SCOPE,
  ),
  'governance.ownersCommittees': d(
    'Share of the communities renovated in the run that have an owners’ committee (业委会) at the month’s end.',
    '本次运行完成改造的小区中月末已成立业主委员会的比例。',
    NO_MANAGED_SCOPE,
  ),
  'governance.feeCollection': d(
    'Mean property-fee collection rate of the renovated communities served by a property-service company (not trials or PPP operators) at the month’s end.',
    '月末由物业服务企业管理的已改造小区（不含试用期与PPP运营方）的物业费平均收缴率。',
    u('no renovated community has a property-service company', '没有由物业服务企业管理的已改造小区'),
  ),
};

/** The definition of a metric (by family, or its own). */
function metricDefinition(name: MetricName): Definition {
  const [, family, member] = name.split('.') as [string, string, string | undefined];
  const one = SINGLE[name];
  if (one) return one;
  if (name.startsWith('funding.inflow.') && member) {
    const w = SOURCE_WORDS[member];
    return d(`Money flowing in from ${w.en} this month.`, `本月来自${w.zh}的资金流入。`);
  }
  if (name.startsWith('funding.use.') && member) {
    const w = USE_WORDS[member];
    return d(`Money spent this month on ${w.en}.`, `本月用于${w.zh}的资金。`);
  }
  if (name.startsWith('funding.committed.') && member) {
    const w = PAYER_WORDS[member];
    return d(`Project money committed by ${w.en} this month.`, `本月由${w.zh}落实到项目的资金。`);
  }
  if (name.startsWith('projects.')) {
    const w = STATE_WORDS[family];
    return d(`Communities ${w.en} at the month’s end.`, `月末处于“${w.zh}”状态的小区数。`);
  }
  if (name.startsWith('resilience.loss.') && member) {
    const w = SHOCK_WORDS[member];
    return d(
      `Resilience loss from ${w.en} since the start: Σ over communities and months of the functionality lost to them (community-months).`,
      `自期初起${w.zh}造成的韧性损失：对小区与月份求和的因其损失的功能（小区·月）。`,
    );
  }
  throw new Error(`dictionary: no definition for metric ${name}`);
}

/** Definition of every metric, by name (a metric without one fails at load, and in tests). */
export const METRIC_DEFINITIONS: ReadonlyMap<string, Definition> = new Map(
  METRICS.map((m) => [m.name, metricDefinition(m.name)]),
);

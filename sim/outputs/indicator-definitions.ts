/**
 * The data dictionary's words for every key indicator of KEY_INDICATORS (one row per run in
 * runs.csv, summarised in summary.json): what it measures, in English and Chinese, and when it is
 * undefined (an empty cell, null: never 0). The metrics' words are in sim/outputs/definitions.ts.
 */
import type { KeyIndicator } from '../model/metrics.js';
import { type Definition, d, NO_MANAGED_SCOPE, NO_VOTE, u } from './definition-words.js';

/** Definition of every key indicator (`{year}` stands for the key year). */
export const INDICATOR_DEFINITIONS: Readonly<Record<KeyIndicator, Definition>> = {
  householdsRenovatedByKeyYear: d(
    'Households renovated (participation.householdsRenovated) in December of the key year, or at the run’s end if earlier.',
    '关键年份12月的完成改造户数（participation.householdsRenovated）；运行先结束则取期末值。',
  ),
  householdsRenovated: d('Households renovated by the run’s end.', '期末完成改造户数。'),
  householdsEligible: d(
    'Households of the communities not renovated before the start: the denominator of households renovated.',
    '期初尚未改造的小区的户数：完成改造户数的分母。',
  ),
  communitiesRenovated: d(
    'Comprehensive renovations completed in the run.',
    '本次运行完成的综合改造小区数。',
  ),
  elevatorOnlyProjects: d(
    'Completed projects that only added elevators, in communities renovated before the start (counted apart from renovations).',
    '期初已改造小区中仅加装电梯的已完成项目数（与综合改造分开计数）。',
  ),
  elevatorsInstalled: d('Elevators installed in the run.', '本次运行加装的电梯数。'),
  elevatorsProgramme: d(
    'Elevators installed in the run by the ongoing programme (units applying outside the renovation).',
    '本次运行中通过既有住宅加装电梯常态化工作（改造之外由单元申请）加装的电梯数。',
  ),
  elevatorsPreRenovated: d(
    'Elevators installed in the run by the programme in communities renovated before the start.',
    '本次运行中通过加装电梯常态化工作在期初已改造小区加装的电梯数。',
  ),
  elevatorsAfterKeyYear: d(
    'Elevators installed after December of the key year (renovation plans and the programme), to the run’s end.',
    '关键年份12月之后至期末加装的电梯数（改造方案与常态化加装之和）。',
    u('the run ends before December of the key year', '运行在关键年份12月之前结束'),
  ),
  programmeVotePassRate: d(
    'Share of the programme’s building-unit elevator votes that passed, over the run.',
    '本次运行中加装电梯申请单元业主表决的通过比例。',
    u('no building unit applied under the programme in the run', '本次运行没有单元申请加装电梯'),
  ),
  fireComplianceByKeyYear: d(
    'Share of communities with compliant fire-safety facilities in December of the key year (the seed paper’s target: 100 % by 2027).',
    '关键年份12月消防设施达标的小区比例（种子论文目标：2027年达到100%）。',
    u('the city has no communities', '城市没有小区'),
  ),
  fireComplianceAtDeadline: d(
    'Share of communities with compliant fire-safety facilities in the fire-safety target’s deadline month (government.fireSafetyTarget.deadline).',
    '消防达标目标截止月（government.fireSafetyTarget.deadline）消防设施达标的小区比例。',
    u('the deadline lies outside the run', '截止月不在运行期内'),
  ),
  fireTargetMet: d(
    'Whether fire-safety compliance reached the target share by the deadline month: 1 met, 0 missed; over runs, the share of runs that met it. Measured whether or not the instrument is on.',
    '消防设施达标率是否在截止月前达到目标比例：1为达到，0为未达到；对多次运行取均值即达标运行的比例。无论是否启用该政策工具均计量。',
    u(
      'the run ends before the deadline without reaching the target, or the deadline precedes the start',
      '运行在截止月前结束且未达标，或截止月早于期初',
    ),
  ),
  fireTargetMonth: d(
    'Months from the start to the first month whose fire-safety compliance reached the target share (0 = the first month).',
    '从期初到消防设施达标率首次达到目标比例的月份所经历的月数（0为第一个月）。',
    u('the target share was never reached in the run', '本次运行从未达到目标比例'),
  ),
  fiscalCostPerHousehold: d(
    'Public money committed per household renovated, over the run.',
    '本次运行中每户完成改造所落实的公共资金。',
    u('no household was renovated in the run', '本次运行没有完成改造的住户'),
  ),
  ownersPaymentPerHousehold: d(
    'Owners’ own payments towards comprehensive renovation (landlords at once, owners’ dues repaid in instalments; net of the housing maintenance fund and of hardship waivers) per household of the renovation projects funded in the run.',
    '本次运行中已落实资金的综合改造项目中，业主自付的改造费用（出租房业主一次付清，自住业主分期偿还；不含住宅专项维修资金与困难减免）按户平均。',
    u('no comprehensive renovation was funded in the run', '本次运行没有落实资金的综合改造项目'),
  ),
  publicCommitted: d('Public money committed to projects in the run.', '本次运行落实到项目的公共资金。'),
  privateCommitted: d('Private money committed to projects in the run.', '本次运行落实到项目的社会资金。'),
  leverage: d(
    'Private money committed per yuan of public money committed, at the run’s end.',
    '期末每1元已落实公共资金撬动的社会资金。',
    u('no public money was committed in the run', '本次运行未落实公共资金'),
  ),
  participation: d(
    'Households that took part in consultation rounds over households of those rounds, over every round of the run.',
    '本次运行所有意见征集轮次中参与住户数与相应住户总数之比。',
    u('no consultation round ended in the run', '本次运行没有结束的意见征集轮次'),
  ),
  votePassRate: d(
    'Share of community renovation votes passed in the run.',
    '本次运行小区改造表决的通过比例。',
    NO_VOTE,
  ),
  satisfaction: d(
    'Mean satisfaction of the communities completed in the run, at its end (0–1).',
    '期末本次运行已完工小区的居民满意度均值（0–1）。',
    u('no community was completed in the run', '本次运行没有完工小区'),
  ),
  acceptanceEvaluations: d(
    'Residents’ evaluations (居民评议) held at completion acceptance in the run.',
    '本次运行竣工验收中开展的居民评议次数。',
  ),
  acceptanceFailed: d(
    'Residents’ evaluations at completion acceptance that failed and sent the works back for rework, in the run.',
    '本次运行竣工验收居民评议未通过、工程返工整改的次数。',
  ),
  managementCoverage: d(
    'Share of the communities renovated in the run with professional management at its end (property-service company, trial service or PPP operator).',
    '期末本次运行完成改造的小区中有专业化管理（物业服务企业、试用服务或PPP运营方）的比例。',
    NO_MANAGED_SCOPE,
  ),
  ownersCommittees: d(
    'Share of the communities renovated in the run with an owners’ committee (业委会) at its end.',
    '期末本次运行完成改造的小区中已成立业主委员会的比例。',
    NO_MANAGED_SCOPE,
  ),
  feeCollection: d(
    'Mean property-fee collection rate of the renovated communities served by a property-service company at the run’s end.',
    '期末由物业服务企业管理的已改造小区的物业费平均收缴率。',
    u('no renovated community has a property-service company', '没有由物业服务企业管理的已改造小区'),
  ),
  resilienceLoss: d(
    'Resilience loss from every shock type over the run (community-months of lost functionality).',
    '本次运行各类冲击造成的韧性损失（损失功能的小区·月）。',
  ),
  resilienceComposite: d(
    'Resilience index at the run’s end (0–1).',
    '期末韧性综合指数（0–1）。',
    u('a dimension is undefined', '某一维度无定义'),
  ),
  meanDisputeMonths: d(
    'Mean months to resolve a PPP dispute, over the disputes resolved in the run.',
    '本次运行已解决PPP纠纷的平均解决时长（月）。',
    u('no dispute was resolved in the run', '本次运行没有已解决的纠纷'),
  ),
  unmetNeedEnd: d('Unmet funding need in the run’s last month.', '运行最后一个月的资金缺口。'),
  awareness: d(
    'Share of households aware of the plan when their community voted, over every community vote of the run.',
    '本次运行所有小区表决时知晓方案的住户比例。',
    u('no community voted in the run', '本次运行没有小区表决'),
  ),
  trust: d(
    'Mean trust of households in the government at the run’s end (0–1).',
    '期末住户对政府信任度的均值（0–1）。',
  ),
  disputesOpened: d('PPP disputes opened in the run.', '本次运行发生的PPP纠纷数。'),
  approvalMonths: d(
    'Mean months from funding to approval, over the approvals of the run.',
    '本次运行项目从资金落实到获批的平均月数。',
    u('no project was approved in the run', '本次运行没有获批项目'),
  ),
  pppShare: d(
    'Share of the run’s renovations funded as PPP renovation + operation bundles (改建+运营).',
    '本次运行完成的改造中以“改建+运营”PPP方式实施的比例。',
    u('no renovation was completed in the run', '本次运行没有完成的改造'),
  ),
  marketHhi: d(
    'Herfindahl–Hirschman index of the firms’ shares of tenders won (Σ share², 1 = one firm wins every tender).',
    '企业中标份额的赫芬达尔–赫希曼指数（Σ份额²，1表示一家企业赢得全部招标）。',
    u('no tender was won in the run', '本次运行没有中标'),
  ),
  tenderPaymentPerHousehold: d(
    'Public payments at PPP tenders (top-ups minus firms’ extra contributions) per household of the PPP projects; negative when firms pay in more than their capex share.',
    'PPP招标中的财政支付（补贴减企业追加出资）按PPP项目户数平均；企业出资超过其资本支出份额时为负。',
    u('no PPP tender was won in the run', '本次运行没有PPP中标'),
  ),
  householdMonthsWaiting: d(
    'Σ over months of the households awaiting renovation at the start that are not yet renovated at the month’s end: lower is faster.',
    '期初待改造住户中每月末仍未完成改造的户数按月求和：越低越快。',
  ),
  packagesTendered: d(
    'Area packages (片区统筹) tendered at least once in the run (a package is tendered when its first community reaches funding).',
    '本次运行中至少招标一次的片区统筹打包数（首个小区进入资金落实阶段时招标）。',
    u('area bundling is off or formed no package', '未启用片区统筹或未形成打包'),
  ),
  packagesWon: d(
    'Area packages won by a firm in the run; the winner holds the concession of each member that passes its vote.',
    '本次运行中被企业中标的片区统筹打包数；中标企业获得每个表决通过的成员小区的特许经营权。',
    u('area bundling is off or formed no package', '未启用片区统筹或未形成打包'),
  ),
  packageFirmsIrr: d(
    'Realised IRR of the pooled cash flows of the firms that won an area package, with concessions and package assets still held projected to their end at the expected monthly net.',
    '中标片区统筹打包的企业合并现金流的实际内部收益率，尚在经营的特许经营与打包资产按预期月净额延至期末。',
    u('no package was won, or the flows do not change sign', '没有打包中标，或现金流未变号'),
  ),
  bundledRenovatedShare: d(
    'Share of the households of communities in won area packages (pending at the start) that were renovated by the run’s end.',
    '已中标片区统筹打包中（期初待改造）小区的住户到期末完成改造的比例。',
    u('no package was won', '没有打包中标'),
  ),
  unbundledRenovatedShare: d(
    'Share of the households of the other communities pending at the start (not in a won package) renovated by the run’s end; defined only when area bundling formed packages.',
    '其余期初待改造小区（不在已中标打包中）的住户到期末完成改造的比例；仅在片区统筹形成打包时有定义。',
    u(
      'area bundling is off or formed no package, or every pending community is in a won package',
      '未启用片区统筹或未形成打包，或全部待改造小区都在已中标打包中',
    ),
  ),
};

/**
 * The words of the event log (sim/world/trace.ts) in English and Chinese: one template per event
 * kind (and variant), the Art. 278 thresholds, the project steps and the stalled reasons, in the seed
 * paper's and the guidance's terms (三上三下, 改建+运营, 居民评议, 业委会, 加装电梯 …). Rendered by
 * viz/trace-text.ts. Pure.
 */
import type { MessageTables } from '../sim/kernel/i18n.js';

const EN = {
  listed:
    'Entered the project library: need score {score}, rank {rank} of {eligible} eligible, room for {capacity}.',
  relisted:
    'Re-entered the project library: need score {score}, rank {rank} of {eligible} eligible, room for {capacity}.',
  consultationOpened:
    'Plan drawn up and consultation (三上三下) opened: {items} items costing {capex}; owners pay {share} of it ({cover} of that from their maintenance fund); elevators planned in {units} building units.',
  roundRevised:
    'Consultation round {round}: {aware} knew the plan, {part} took part, {support} of participants in favour; plan revised: items {itemsBefore} → {items}, owners’ share {shareBefore} → {share}, ground-floor compensation {compensation}.',
  roundEmpty: 'Consultation round {round}: {aware} knew the plan, nobody took part; plan unchanged.',
  roundToVote: 'The vote is called.',
  roundNext: 'Another round follows.',
  voteRenovation:
    'Owners’ vote on the renovation (Civil Code Art. 278): turnout {pa} of the area and {ph} of the owners, yes {ya} of the area and {yh} of the owners',
  voteElevator:
    'Building unit {unit} voted on its elevator: turnout {pa} of the area and {ph} of the owners, yes {ya} of the area and {yh} of the owners',
  passed: '— passed.',
  failedBecause: '— failed: {failed}.',
  quorumArea: 'turnout below 2/3 of the area',
  quorumHeads: 'turnout below 2/3 of the owners',
  yesArea: 'yes below 3/4 of the participating area',
  yesHeads: 'yes below 3/4 of the participating owners',
  stalledVote: 'Project stalled after the failed vote; it may re-enter the library from {date}.',
  stalledElevators:
    'Only the elevators voted through are built; the renovation returns to the library from {date}.',
  tenderWon:
    'Tender of the renovation + operation bundle (改建+运营){pkg}: {bidders} bids; firm {winner} won, {terms}.',
  tenderNone: 'Tender of the renovation + operation bundle (改建+运营){pkg}: no firm bid; public works.',
  tenderPackage: ' with area package {package}',
  termsTopUp: 'paid a top-up of {rmb}',
  termsExtra: 'contributing {rmb} beyond its capex share',
  termsReference: 'on the reference contract',
  fundingWait: 'Waiting in the funding queue: the city’s part is {need}, the city fund holds {fund}.',
  funded: 'Funding committed{ppp} for {capex}: {payers}{waited}; approval starts.',
  fundedPpp: ' (PPP bundle, firm {firm})',
  fundedWaited: ', after {months} months in the queue',
  payerList: '{payer} {rmb}',
  constructionStarted: 'Approved after {approval} months; construction starts ({months} months planned).',
  overrun: 'Works ended with an overrun of {overrun}; insurance paid {insured}.',
  overrunUnpaid: 'Works ended with an overrun of {overrun}; insurance paid {insured}; {unpaid} left unpaid.',
  disputeOpened: 'Dispute over the overrun opened: firm {firm} paid {amount}; it will take {months} months.',
  disputeResolved: 'Dispute resolved after {months} months; the city paid the firm {paid}.',
  acceptancePassed: 'Residents’ evaluation (居民评议): works accepted.',
  acceptanceMissed:
    'Residents’ evaluation (居民评议): works accepted; a defect went unnoticed (chance of finding it {chance}).',
  acceptanceFailed:
    'Residents’ evaluation (居民评议) found a defect: works sent back for {months} months of rework.',
  completedRenovation:
    'Renovation completed for {households} households, {elevators} elevators installed; quality {quality}, {delay} months of delay, property fee change {fee} per m² a month; satisfaction {satisfaction}.',
  completedElevators: 'Elevators completed in {elevators} building units, without the renovation.',
  concessionEnded: 'Firm {firm}’s concession ended.',
  concessionTakeover: 'Firm {firm} left the market; the city took the project over.',
  rainstorm: 'Rainstorm: functionality down {damage} to {q}.',
  fire: 'Fire: functionality down {damage} to {q}.',
  earthquake: 'Earthquake: functionality down {damage} to {q}.',
  recovered: 'Recovered after {months} months: functionality {q}.',
  fireWorks: 'Fire-safety-only works (消防专项改造) commissioned: {cost}, {months} months.',
  fireWorksDone: 'Fire-safety-only works finished.',
  elevatorApplied:
    'Building unit {unit} applied to the elevator programme (加装电梯), cost {cost}: owners’ vote yes {ya} of the area and {yh} of the owners',
  elevatorWaitQuota: 'Building unit {unit} waits for the year’s elevator quota.',
  elevatorWaitCity: 'Building unit {unit} waits for the city’s elevator subsidy.',
  elevatorFunded:
    'Elevator of building unit {unit} funded: province {provincial}, city {city}, owners {residents} (provident fund {provident}).',
  elevatorInstalled: 'Elevator installed in building unit {unit}.',
  managementNone: 'No property management.',
  managementTrial: 'Trial property service started (先尝后买).',
  managementCompany: 'Property company hired.',
  managementOperator: 'Managed by the PPP operator.',
  committeeFormed: 'Owners’ committee (业委会) formed.',
  feesYear: 'Property fees in {year}: {paid} paid, collection rate {collection}.',
  arrearsYear:
    'Renovation dues at the end of {year}: {owed} still owed, {arrears} in arrears, {households} households behind.',
  stepUnlisted: 'not in the library',
  stepListed: 'in the library',
  stepConsultation: 'consultation (三上三下)',
  stepVote: 'vote',
  stepFunding: 'funding',
  stepApproval: 'approval',
  stepConstruction: 'construction',
  stepOperation: 'operation',
  stepDone: 'done',
  stepStalled: 'stalled',
  whyNegativeList: 'Never entered the project library: the negative list (负面清单) excludes it.',
  whyNeedScore:
    'Never entered the project library: its need score {score} stayed below the lowest admitted, {cut} (library capacity).',
  whyConsultation: 'Still being consulted (三上三下) at the end, since {date}.',
  whyVoteFailed:
    'The owners’ vote failed ({failed}); {votes} votes held, {passed} passed; waiting to re-enter the library.',
  whyElevatorsOnly:
    'The renovation vote failed ({failed}); only elevators were built; the renovation waits to re-enter the library.',
  whyNoBidder:
    'No firm bid for the bundle; waiting {months} months in the funding queue for {need} of city money (unmet need).',
  whyFundingQueue:
    'Waiting {months} months in the funding queue: the city fund lacks the city’s part, {need} (unmet need).',
  whyApproval: 'Funded; still in approval at the end, since {date}.',
  whyDispute: 'Construction halted by an unresolved overrun dispute.',
  whyRework: 'Works sent back by the residents’ evaluation (居民评议); in rework at the end.',
  whyConstruction: 'Still under construction at the end, since {date}.',
  unknownThresholds: 'thresholds not logged',
  stalledTitle: 'Stalled communities',
  stalledIntro:
    'In one run of the ensemble (run {run}, seed {seed}, {from} to {to}), re-run with the event log when the report was made, {n} of the {pending} communities pending at the start never completed. Follow one with: cogov trace SCENARIO --seed {seed} --community NAME.',
  stalledNone:
    'In one run of the ensemble (run {run}, seed {seed}, {from} to {to}), re-run with the event log when the report was made, all {pending} communities pending at the start completed.',
  stalledMore: 'The first {k} are shown; all {n} are in stalled.json.',
  colCommunity: 'Community',
  colStep: 'Stopped at',
  colSince: 'Since',
  colReason: 'Why',
};

/** Keys of the event log's words. */
export type TraceWordKey = keyof typeof EN;

const ZH: Record<TraceWordKey, string> = {
  listed: '纳入年度项目库：需求评分{score}，在{eligible}个符合条件的小区中排第{rank}，容量{capacity}个。',
  relisted:
    '重新纳入年度项目库：需求评分{score}，在{eligible}个符合条件的小区中排第{rank}，容量{capacity}个。',
  consultationOpened:
    '编制改造方案，启动“三上三下”协商：{items}项改造内容，投资{capex}；业主分担{share}（其中{cover}由住宅专项维修资金承担）；{units}个单元拟加装电梯。',
  roundRevised:
    '第{round}轮协商：{aware}的住户知晓方案，{part}参与，参与者中{support}支持；方案修改：改造内容{itemsBefore}→{items}项，业主分担{shareBefore}→{share}，底层补偿{compensation}。',
  roundEmpty: '第{round}轮协商：{aware}的住户知晓方案，无人参与；方案未修改。',
  roundToVote: '提交业主表决。',
  roundNext: '进入下一轮协商。',
  voteRenovation: '业主就综合改造表决（民法典第278条）：参与表决面积{pa}、人数{ph}，同意面积{ya}、人数{yh}',
  voteElevator: '{unit}号单元就加装电梯表决：参与表决面积{pa}、人数{ph}，同意面积{ya}、人数{yh}',
  passed: '——通过。',
  failedBecause: '——未通过：{failed}。',
  quorumArea: '参与表决的专有部分面积不足2/3',
  quorumHeads: '参与表决的业主人数不足2/3',
  yesArea: '同意面积不足参与面积的3/4',
  yesHeads: '同意人数不足参与人数的3/4',
  stalledVote: '表决未通过，项目暂停；{date}起可重新纳入项目库。',
  stalledElevators: '仅建设表决通过的电梯；综合改造{date}起重新纳入项目库。',
  tenderWon: '“改建+运营”项目招标{pkg}：{bidders}家投标；{winner}号企业中标，{terms}。',
  tenderNone: '“改建+运营”项目招标{pkg}：无企业投标；由政府实施。',
  tenderPackage: '（片区统筹打包{package}）',
  termsTopUp: '政府补助{rmb}',
  termsExtra: '企业在出资比例之外追加出资{rmb}',
  termsReference: '按基准合同',
  fundingWait: '资金排队：需市级出资{need}，市级专项资金余额{fund}。',
  funded: '资金落实{ppp}，投资{capex}：{payers}{waited}；进入审批。',
  fundedPpp: '（改建+运营，{firm}号企业）',
  fundedWaited: '，排队{months}个月后',
  payerList: '{payer}{rmb}',
  constructionStarted: '审批{approval}个月后开工（计划工期{months}个月）。',
  overrun: '完工超支{overrun}；保险赔付{insured}。',
  overrunUnpaid: '完工超支{overrun}；保险赔付{insured}；{unpaid}无人支付。',
  disputeOpened: '就超支产生纠纷：{firm}号企业已支付{amount}；预计{months}个月解决。',
  disputeResolved: '纠纷经{months}个月解决；政府向企业支付{paid}。',
  acceptancePassed: '竣工验收居民评议：验收通过。',
  acceptanceMissed: '竣工验收居民评议：验收通过；存在未被发现的质量缺陷（发现概率{chance}）。',
  acceptanceFailed: '竣工验收居民评议发现质量缺陷：返工{months}个月。',
  completedRenovation:
    '综合改造完工：{households}户受益，加装电梯{elevators}部；质量{quality}，延误{delay}个月，物业费变化每月每平方米{fee}；满意度{satisfaction}。',
  completedElevators: '{elevators}个单元加装电梯完工（未实施综合改造）。',
  concessionEnded: '{firm}号企业运营期满。',
  concessionTakeover: '{firm}号企业退出市场，政府接管项目。',
  rainstorm: '暴雨：功能下降{damage}，降至{q}。',
  fire: '火灾：功能下降{damage}，降至{q}。',
  earthquake: '地震：功能下降{damage}，降至{q}。',
  recovered: '经{months}个月恢复：功能{q}。',
  fireWorks: '启动消防专项改造：{cost}，工期{months}个月。',
  fireWorksDone: '消防专项改造完成。',
  elevatorApplied: '{unit}号单元申请加装电梯，造价{cost}：业主表决同意面积{ya}、人数{yh}',
  elevatorWaitQuota: '{unit}号单元等待本年度加装电梯指标。',
  elevatorWaitCity: '{unit}号单元等待市级加装电梯补助资金。',
  elevatorFunded:
    '{unit}号单元加装电梯资金落实：省级{provincial}，市级{city}，业主{residents}（其中公积金{provident}）。',
  elevatorInstalled: '{unit}号单元电梯安装完成。',
  managementNone: '无物业管理。',
  managementTrial: '引入物业“先尝后买”试用服务。',
  managementCompany: '聘请物业服务企业。',
  managementOperator: '由“改建+运营”企业管理。',
  committeeFormed: '成立业主委员会（业委会）。',
  feesYear: '{year}年物业费：缴纳{paid}，收缴率{collection}。',
  arrearsYear: '{year}年末改造分摊款：尚欠{owed}，其中拖欠{arrears}，{households}户欠缴。',
  stepUnlisted: '未入库',
  stepListed: '已入库',
  stepConsultation: '协商（三上三下）',
  stepVote: '表决',
  stepFunding: '资金筹措',
  stepApproval: '审批',
  stepConstruction: '施工',
  stepOperation: '运营',
  stepDone: '完成',
  stepStalled: '暂停',
  whyNegativeList: '从未纳入项目库：被负面清单排除。',
  whyNeedScore: '从未纳入项目库：需求评分{score}低于最低入库评分{cut}（项目库容量所限）。',
  whyConsultation: '期末仍在“三上三下”协商中（自{date}起）。',
  whyVoteFailed: '业主表决未通过（{failed}）；共表决{votes}次，通过{passed}次；等待重新入库。',
  whyElevatorsOnly: '综合改造表决未通过（{failed}）；仅加装了电梯；综合改造等待重新入库。',
  whyNoBidder: '无企业投标；在资金队列中等待{months}个月，缺市级资金{need}（未满足需求）。',
  whyFundingQueue: '在资金队列中等待{months}个月：市级专项资金不足以支付市级出资{need}（未满足需求）。',
  whyApproval: '资金已落实；期末仍在审批中（自{date}起）。',
  whyDispute: '因超支纠纷未解决而停工。',
  whyRework: '居民评议未通过，期末仍在返工。',
  whyConstruction: '期末仍在施工（自{date}起）。',
  unknownThresholds: '未记录未达到的门槛',
  stalledTitle: '未完工小区',
  stalledIntro:
    '在集合中的一次运行（第{run}次运行，种子 {seed}，{from} 至 {to}；生成报告时开启事件日志重新运行）中，期初待改造的{pending}个小区有{n}个从未完工。可用以下命令追踪某个小区：cogov trace SCENARIO --seed {seed} --community 名称。',
  stalledNone:
    '在集合中的一次运行（第{run}次运行，种子 {seed}，{from} 至 {to}；生成报告时开启事件日志重新运行）中，期初待改造的{pending}个小区全部完工。',
  stalledMore: '仅显示前{k}个；全部{n}个见 stalled.json。',
  colCommunity: '小区',
  colStep: '停在',
  colSince: '起始',
  colReason: '原因',
};

/** The event log's words in both languages. */
export const TRACE_WORDS: MessageTables<TraceWordKey> = { en: EN, zh: ZH };

/** Payer names of the `funded` event (keys of PAYERS). */
export const PAYER_WORDS: Readonly<Record<string, { en: string; zh: string }>> = {
  central: { en: 'central', zh: '中央补助' },
  provincial: { en: 'province', zh: '省级补助' },
  cityFund: { en: 'city fund', zh: '市级专项资金' },
  guidanceGovernment: { en: 'guidance fund (government)', zh: '引导基金（政府）' },
  guidancePrivate: { en: 'guidance fund (private)', zh: '引导基金（社会资本）' },
  enterprise: { en: 'firm', zh: '企业' },
  utilities: { en: 'pipeline utilities', zh: '管线单位' },
  workUnits: { en: 'former work unit', zh: '原产权单位' },
  maintenanceFund: { en: 'maintenance fund', zh: '维修资金' },
  residents: { en: 'residents', zh: '居民' },
  providentFund: { en: 'provident fund', zh: '住房公积金' },
};

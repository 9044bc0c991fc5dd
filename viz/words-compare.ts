/**
 * The words of the comparison report's headline, parameter table, forest plot, differences table
 * and sections, in English and Chinese (the rest of the page's words are in i18n.ts).
 */
import { type MessageTables, message } from '../sim/kernel/i18n.js';
import type { Lang } from './types.js';

const EN = {
  headlineTitle: 'The answer',
  ran: 'Compared {scenarios} against the baseline {baseline}, {start} to {end}: {runs} runs per scenario on common seeds, so {runs} pairs of runs per comparison.',
  ranNoPeriod:
    'Compared {scenarios} against the baseline {baseline}: {runs} runs per scenario on common seeds, so {runs} pairs of runs per comparison.',
  named: '{id} (“{name}”)',
  differOne: 'The scenarios differ in one parameter, of {groups}.',
  differMany: 'The scenarios differ in {count} parameters, of {groups}.',
  differNone: 'The scenarios differ in no model parameter (only in their names, texts or ensemble settings).',
  differUnknown: 'The parameters that differ are not recorded in this folder (written by an older cogov).',
  andMore: '{list} and {n} more',
  listSeparator: ', ',
  whenYear: 'by the end of {year}',
  whenEnd: 'by the end of {end}',
  whenRun: 'by the end of the run',
  householdsMore: '{scenario} renovates {abs} more households than {baseline} {when} ({ci}; {pairs}).',
  householdsFewer: '{scenario} renovates {abs} fewer households than {baseline} {when} ({ci}; {pairs}).',
  answerBetter: '{indicator}: {scenario} does better than {baseline}, by {abs} ({ci}; {pairs}).',
  answerWorse: '{indicator}: {scenario} does worse than {baseline}, by {abs} ({ci}; {pairs}).',
  answerSame: '{indicator}: {scenario} and {baseline} are not distinguishable ({diff}; {ci}; {pairs}).',
  answerUndefined: '{indicator}: not defined in both {scenario} and {baseline} in any pair of runs (n = 0).',
  publicMore: '{scenario} commits {abs} more public money than {baseline} {when} ({ci}; {pairs}).',
  publicLess: '{scenario} commits {abs} less public money than {baseline} {when} ({ci}; {pairs}).',
  perHousehold:
    'Public money per renovated household: {base} in {baseline}, {value} in {scenario}: {verdict} ({ci}; {pairs}).',
  ci: 'paired 95 % CI {lo} to {hi}',
  ciNone: 'no interval from a single pair',
  pairs: '{n} of {runs} pairs',
  sure: 'How sure: every interval is a paired 95 % confidence interval (Student t) over {runs} runs per scenario on common seeds; it measures run-to-run randomness only.',
  assumed:
    'Most inputs of the model are assumed, not measured (docs/MODEL.md marks the source of every parameter){share}; this comparison does not cover uncertainty in assumed inputs: vary them with cogov sweep or cogov sensitivity.',
  assumedShare: '; parameters that differ here and are marked assumed: {a} of {n}',
  assumedShareOne: '; the one parameter that differs here is {source}',
  sourceAssumedLong: 'marked assumed',
  sourceCitedLong: 'sourced',
  better: 'better',
  worse: 'worse',
  notDistinguishable: 'not distinguishable',
  higher: 'higher',
  lower: 'lower',
  notDefined: 'not defined',
  onePair: 'one pair: no interval',
  paramsTitle: 'What differs between the scenarios',
  paramsNote:
    'Parameters whose resolved values (every default filled in) differ, as paths in the scenario file. The scenarios’ names, descriptions, language and ensemble settings (runs and seed, set once for the whole comparison) are left out. “—”: absent in that scenario. Source: as docs/MODEL.md marks it.',
  parameter: 'Parameter',
  source: 'Source',
  sourceAssumed: 'assumed',
  sourceCited: 'sourced',
  paramsMore: 'and {n} more parameters that differ (comparison.json lists {listed} of {total}).',
  forestTitle: 'Paired differences at a glance',
  forestNote:
    'One row per key indicator with a desirable direction: the mean paired difference (scenario − baseline, dot) with its 95 % interval (whisker), as a percentage of the baseline’s mean over the same pairs, so that indicators in different units share one axis; the difference in the indicator’s own unit is on the right. Green: better; red: worse; grey: not distinguishable (the interval covers 0). No bar where the baseline’s mean is 0 or undefined; bars beyond ±{cap} % are cut at the edge (arrow).',
  forestAxis: '% of the baseline',
  forestRow: '{indicator} ({scenario})',
  differencesTitle: 'Key indicators: paired differences to the baseline',
  pairsColumn: 'n (pairs)',
  percentagePoints: 'percentage points',
  differencesNote:
    'Means over the n pairs of runs in which both scenarios define the indicator (the same runs as the difference); “—” and n = 0 where one side is undefined in every run. Better or worse by the indicator’s desirable direction (dictionary.csv); “higher” or “lower” for an indicator that has none.',
  outcomesSection: 'Households renovated and projects',
  fundingSection: 'Funding flows',
  curvesNote:
    'Per metric: each scenario’s median across runs with its 25–75 % band, then each scenario minus the baseline, run by run, averaged, with the 95 % confidence band of that mean.',
  moreCharts: 'More charts ({n})',
  methods:
    'Every scenario ran on the same {runs} seeds (common random numbers), so run i of each scenario meets the same draws and the differences are paired. A difference is better or worse when its 95 % confidence interval (Student t over the pairs in which both sides are defined) excludes zero, judged by the indicator’s desirable direction; not distinguishable when the interval contains zero (more runs may tell). Click a legend entry to hide or show a series; hover a chart for values with units.',
};

const ZH: Record<keyof typeof EN, string> = {
  headlineTitle: '结论',
  ran: '以基准情景 {baseline} 比较 {scenarios}（{start} 至 {end}）：每个情景在相同随机种子上运行 {runs} 次，每组比较共 {runs} 对配对运行。',
  ranNoPeriod:
    '以基准情景 {baseline} 比较 {scenarios}：每个情景在相同随机种子上运行 {runs} 次，每组比较共 {runs} 对配对运行。',
  named: '{id}（“{name}”）',
  differOne: '各情景仅有一项参数不同，属于 {groups}。',
  differMany: '各情景共有 {count} 项参数不同，涉及 {groups}。',
  differNone: '各情景的模型参数完全相同（仅名称、说明或运行设置不同）。',
  differUnknown: '此文件夹未记录情景之间不同的参数（由旧版 cogov 生成）。',
  andMore: '{list}等，另有 {n} 项',
  listSeparator: '、',
  whenYear: '截至{year}年末',
  whenEnd: '截至{end}末',
  whenRun: '截至模拟期末',
  householdsMore: '{scenario} {when}比 {baseline} 多改造 {abs} 户（{ci}；{pairs}）。',
  householdsFewer: '{scenario} {when}比 {baseline} 少改造 {abs} 户（{ci}；{pairs}）。',
  answerBetter: '{indicator}：{scenario} 优于 {baseline}，相差 {abs}（{ci}；{pairs}）。',
  answerWorse: '{indicator}：{scenario} 劣于 {baseline}，相差 {abs}（{ci}；{pairs}）。',
  answerSame: '{indicator}：{scenario} 与 {baseline} 无法区分（差值 {diff}；{ci}；{pairs}）。',
  answerUndefined: '{indicator}：在任何一对运行中，{scenario} 与 {baseline} 均未同时有定义（n = 0）。',
  publicMore: '{scenario} {when}比 {baseline} 多投入公共资金 {abs}（{ci}；{pairs}）。',
  publicLess: '{scenario} {when}比 {baseline} 少投入公共资金 {abs}（{ci}；{pairs}）。',
  perHousehold: '户均公共资金投入：{baseline} 为 {base}，{scenario} 为 {value}，{verdict}（{ci}；{pairs}）。',
  ci: '配对95%置信区间 {lo} 至 {hi}',
  ciNone: '仅一对运行，无置信区间',
  pairs: '{runs} 对运行中 {n} 对有定义',
  sure: '把握程度：各区间均为基于共同随机数、每个情景 {runs} 次运行的配对95%置信区间（t 分布），只反映运行之间的随机波动。',
  assumed:
    '模型的大多数输入为假设值而非实测值（docs/MODEL.md 标注了每个参数的来源）{share}；本比较不涵盖假设输入的不确定性，可用 cogov sweep 或 cogov sensitivity 改变这些输入加以检验。',
  assumedShare: '；本次不同的 {n} 项参数中有 {a} 项标注为假设值',
  assumedShareOne: '；本次唯一不同的参数{source}',
  sourceAssumedLong: '标注为假设值',
  sourceCitedLong: '有文献或数据出处',
  better: '更好',
  worse: '更差',
  notDistinguishable: '无法区分',
  higher: '更高',
  lower: '更低',
  notDefined: '无定义',
  onePair: '仅一对运行：无置信区间',
  paramsTitle: '情景之间的参数差异',
  paramsNote:
    '解析后（已填入全部默认值）取值不同的参数，以情景文件中的路径表示。情景名称、说明、语言及运行设置（运行次数与随机种子，整个比较统一设定）不列入。“—”：该情景中无此项。来源：按 docs/MODEL.md 的标注。',
  parameter: '参数',
  source: '来源',
  sourceAssumed: '假设',
  sourceCited: '有出处',
  paramsMore: '另有 {n} 项参数不同（comparison.json 列出全部 {total} 项中的 {listed} 项）。',
  forestTitle: '配对差异一览',
  forestNote:
    '每个具有期望方向的关键指标一行：配对差异（情景 − 基准）的均值（圆点）及其95%置信区间（须线），以同一批配对运行中基准均值的百分比表示，使不同单位的指标共用一条坐标轴；右侧为指标自身单位下的差值。绿色：更好；红色：更差；灰色：无法区分（区间包含0）。基准均值为0或无定义时不画条形；超出 ±{cap}% 的部分在边缘截断（箭头）。',
  forestAxis: '占基准值的百分比',
  forestRow: '{indicator}（{scenario}）',
  differencesTitle: '关键指标：与基准情景的配对差异',
  pairsColumn: 'n（配对数）',
  percentagePoints: '个百分点',
  differencesNote:
    '均值取自两个情景均有定义的 n 对运行（与差值使用同一批运行）；若某一方在每次运行中均无定义，显示“—”且 n = 0。更好或更差按指标的期望方向判断（见 dictionary.csv）；无期望方向的指标只标“更高”或“更低”。',
  outcomesSection: '改造户数与项目',
  fundingSection: '资金流',
  curvesNote:
    '每个指标：先是各情景各次运行的中位数及25%–75%分位区间，再是各情景逐次运行减去基准情景后的平均差异及其95%置信带。',
  moreCharts: '更多图表（{n} 张）',
  methods:
    '所有情景使用相同的 {runs} 个随机种子（共同随机数），各情景的第 i 次运行面对相同的随机抽样，因此差异是配对的。若差异的95%置信区间（基于双方均有定义的配对运行，t 分布）不包含0，则按指标的期望方向判为更好或更差；若包含0，则为无法区分（增加运行次数或可分辨）。点击图例可隐藏或显示数据系列；将鼠标悬停在图上可查看带单位的数值。',
};

/** Keys of the comparison report's words. */
export type CompareWord = keyof typeof EN;

/** Every word of the comparison report added here, by language. */
export const COMPARE_WORDS: MessageTables<CompareWord> = { en: EN, zh: ZH };

/** The word `key` in `lang`, placeholders filled from `vars`. */
export function cw(lang: Lang, key: CompareWord, vars: Record<string, string | number> = {}): string {
  return message(COMPARE_WORDS, lang, key, vars);
}

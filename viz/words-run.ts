/**
 * The words of the run report's headline (viz/headline-run.ts), in English and Chinese. Templates
 * take `{name}` placeholders; numbers arrive formatted.
 */
import { type MessageTables, message, type TemplateVars } from '../sim/kernel/i18n.js';
import type { Lang } from './types.js';

const EN = {
  title: 'The answer',
  ranWith:
    '{runs} seeded runs of “{name}”, {start} to {end} ({ticks} months), with {count} of the {total} policy instruments on: {list}.',
  ranAllBut:
    '{runs} seeded runs of “{name}”, {start} to {end} ({ticks} months), with {count} of the {total} policy instruments on; off: {list}.',
  ranAll:
    '{runs} seeded runs of “{name}”, {start} to {end} ({ticks} months), with all {total} policy instruments on.',
  ranCount:
    '{runs} seeded runs of “{name}”, {start} to {end} ({ticks} months), with {count} of the {total} policy instruments on (listed under run settings).',
  ranNone: '{runs} seeded runs of “{name}”, {start} to {end} ({ticks} months), with no policy instrument on.',
  ranUnknown: '{runs} seeded runs of “{name}”, {start} to {end} ({ticks} months).',
  households:
    'By the end of {year}, {renovated} of the {eligible} households in communities awaiting renovation at the start were renovated ({share}; mean of {n} runs, 95 % CI {lo} – {hi}).',
  householdsNoDenominator:
    'By the end of {year}, {renovated} households were renovated (mean of {n} runs, 95 % CI {lo} – {hi}).',
  householdsEnd: 'By {end}, when the run ends: {renovated} ({share}).',
  reach90: 'Half of the runs had renovated at least 90 % of that number by {date}.',
  reach90Never: 'Fewer than half of the runs had renovated 90 % of that number by {end}.',
  communities:
    '{communities} communities renovated comprehensively, {elevatorOnly} elevator-only projects in communities renovated before the start, {elevators} elevators installed (means).',
  communitiesProgramme:
    '{communities} communities renovated comprehensively, {elevatorOnly} elevator-only projects, {elevators} elevators installed, {programme} of them by the ongoing elevator programme ({preRenovated} in communities renovated before the start) and {after} after {year} (means).',
  fire: 'Fire-safety compliance at the end of {year}: {share} of communities (the seed paper’s target is 100 % by 2027).',
  fireTargetAll:
    'The fire-safety target ({target} of communities compliant by {deadline}; {instrument}) was reached in all {n} runs, on average in {date}.',
  fireTargetSome:
    'The fire-safety target ({target} of communities compliant by {deadline}; {instrument}) was reached in {k} of {n} runs and missed in the others; compliance in {deadline}: {share} (mean).',
  fireTargetNone:
    'The fire-safety target ({target} of communities compliant by {deadline}; {instrument}) was missed in all {n} runs: compliance in {deadline} was {share} (mean).',
  fireTargetLater: 'It was reached later, on average in {date}, in {k} of {n} runs.',
  fireInstrumentOn: 'the city works toward it',
  fireInstrumentOff: 'no instrument aims at it',
  residents:
    'Residents: consultation participation {participation}, vote pass rate {passRate}, satisfaction after renovation {satisfaction} on a 0–1 scale (means of the runs that define them).',
  moneyCommitted:
    'Money committed: {public} public and {private} private ({leverage} private RMB per public RMB).',
  moneyPerHousehold: 'Public money per renovated household: {perHousehold} (95 % CI {lo} – {hi} {unit}).',
  moneyNothingRenovated: 'Public money per renovated household is not defined: no run renovated a household.',
  unmetPeak: 'Peak unmet funding need: {value} in {date} (median across runs); {endValue} at the end.',
  unmetNone: 'The median across runs never shows an unmet funding need.',
  idleFund: 'The city renewal fund held up to {value} unspent (median across runs, {date}).',
  sure: 'Intervals are 95 % confidence intervals of the mean over {runs} runs; each figure counts only the runs that define it. They measure run-to-run randomness only, not the uncertainty of the inputs.',
  assumed:
    '{assumed} of the model’s {total} parameters are assumed (chosen for want of data; docs/MODEL.md lists each one’s source): these results hold for the assumed values and should be tested by varying them (cogov sensitivity, cogov sweep).',
  unknownRuns: 'an unknown number of',
};

/** Keys of the run headline's words. */
export type RunWordKey = keyof typeof EN;

const ZH: Record<RunWordKey, string> = {
  title: '结论',
  ranWith:
    '“{name}”的{runs}次随机种子运行，{start}至{end}（{ticks}个月），{total}项政策工具中启用{count}项：{list}。',
  ranAllBut:
    '“{name}”的{runs}次随机种子运行，{start}至{end}（{ticks}个月），{total}项政策工具中启用{count}项；未启用：{list}。',
  ranAll: '“{name}”的{runs}次随机种子运行，{start}至{end}（{ticks}个月），{total}项政策工具全部启用。',
  ranCount:
    '“{name}”的{runs}次随机种子运行，{start}至{end}（{ticks}个月），{total}项政策工具中启用{count}项（见运行设置）。',
  ranNone: '“{name}”的{runs}次随机种子运行，{start}至{end}（{ticks}个月），未启用任何政策工具。',
  ranUnknown: '“{name}”的{runs}次随机种子运行，{start}至{end}（{ticks}个月）。',
  households:
    '截至{year}末，期初待改造小区的{eligible}户中已完成改造{renovated}户（{share}；{n}次运行的均值，95%置信区间{lo}–{hi}）。',
  householdsNoDenominator: '截至{year}末，已完成改造{renovated}户（{n}次运行的均值，95%置信区间{lo}–{hi}）。',
  householdsEnd: '至运行结束的{end}：{renovated}户（{share}）。',
  reach90: '半数运行在{date}前完成了该户数至少90%的改造。',
  reach90Never: '至{end}，完成该户数90%改造的运行不足半数。',
  communities:
    '完成综合改造小区{communities}个，期初已改造小区仅加装电梯项目{elevatorOnly}个，加装电梯{elevators}部（均值）。',
  communitiesProgramme:
    '完成综合改造小区{communities}个，仅加装电梯项目{elevatorOnly}个，加装电梯{elevators}部，其中既有住宅加装电梯常态化项目{programme}部（期初已改造小区{preRenovated}部），{year}年以后{after}部（均值）。',
  fire: '{year}末消防设施达标率：{share}的小区（种子论文目标为2027年达到100%）。',
  fireTargetAll:
    '消防设施达标目标（{deadline}前{target}的小区达标；{instrument}）在全部{n}次运行中实现，平均实现于{date}。',
  fireTargetSome:
    '消防设施达标目标（{deadline}前{target}的小区达标；{instrument}）在{n}次运行中的{k}次按期实现，其余未实现；{deadline}达标率为{share}（均值）。',
  fireTargetNone:
    '消防设施达标目标（{deadline}前{target}的小区达标；{instrument}）在全部{n}次运行中均未按期实现：{deadline}达标率为{share}（均值）。',
  fireTargetLater: '其中{n}次运行中有{k}次在此后实现，平均实现于{date}。',
  fireInstrumentOn: '政府推进消防专项改造',
  fireInstrumentOff: '无政策工具针对该目标',
  residents:
    '居民：意见征集参与率{participation}，表决通过率{passRate}，改造后满意度{satisfaction}（0–1；仅计有定义的运行的均值）。',
  moneyCommitted:
    '已落实资金：公共资金{public}，社会资金{private}（每1元公共资金撬动社会资金{leverage}元）。',
  moneyPerHousehold: '户均公共资金投入：{perHousehold}（95%置信区间{lo}–{hi} {unit}）。',
  moneyNothingRenovated: '户均公共资金投入无定义：没有任何一次运行完成改造。',
  unmetPeak: '资金缺口峰值：{value}，出现在{date}（各次运行的中位数）；期末为{endValue}。',
  unmetNone: '各次运行的中位数从未出现资金缺口。',
  idleFund: '城市更新资金最多闲置{value}（各次运行的中位数，{date}）。',
  sure: '区间为{runs}次运行均值的95%置信区间，每个数字只计对其有定义的运行。区间只反映运行间的随机性，不反映输入参数的不确定性。',
  assumed:
    '模型{total}个参数中有{assumed}个为假设值（因缺乏数据而设定；docs/MODEL.md列出每个参数的来源）：以上结果以这些假设值为前提，应通过改变它们加以检验（cogov sensitivity、cogov sweep）。',
  unknownRuns: '若干',
};

/** The run headline's words in both languages. */
export const RUN_WORDS: MessageTables<RunWordKey> = { en: EN, zh: ZH };

/** The run headline's word `key` in `lang`, placeholders filled. */
export function rw(lang: Lang, key: RunWordKey, vars: TemplateVars = {}): string {
  return message(RUN_WORDS, lang, key, vars);
}

/**
 * The words of the sensitivity report's headline and μ*–σ plot, in English and Chinese (kept apart
 * from viz/i18n.ts so that this report's words live with it). The Chinese uses the terms of the
 * report's methods section (基本效应, 自助法, 轨迹, 基础行).
 */
import { type MessageTables, message } from '../sim/kernel/i18n.js';
import type { Lang } from './types.js';

const EN = {
  headlineTitle: 'The answer',
  ranMorris:
    'Morris elementary effects of {k} factors ({factors}): {design}; {runs} runs of {scenario}, simulated {period}.',
  ranSobol:
    'Sobol indices (S1, ST) of {k} factors ({factors}): {design}; {runs} runs of {scenario}, simulated {period}.',
  morrisDesign:
    '{trajectories} trajectories on a {levels}-level grid, {points} design points × {replicates} replicate(s)',
  sobolDesign: 'n = {n} base rows ({sampler}), {points} design points × {replicates} replicate(s)',
  designUnknown: 'design not recorded',
  samplerSobol: 'Sobol’ sequence',
  samplerRandom: 'pseudo-random',
  factorRange: '{name} {lo} to {hi}',
  factorValues: '{name} in {values}',
  periodValue: '{start} to {end}',
  periodUnknown: 'over the scenario’s period',
  scenarioUnknown: 'the scenario',
  runsUnknown: 'an unknown number of',
  listSep: ', ',
  answerNoVariation: '{indicator}: does not vary over the design; no factor is shown to matter.',
  answerTopMorris: '{indicator}: {top} matters most (μ* {value}, 95 % CI {ci}){then}.',
  answerTopSobol: '{indicator}: {top} matters most (ST {value}, 95 % CI {ci}){then}.',
  answerThenMorris: ', then {factor} (μ* {value}, 95 % CI {ci})',
  answerThenSobol: ', then {factor} (ST {value}, 95 % CI {ci})',
  barelyMorris: '{factors} barely matter (μ* under 5 % of the largest).',
  barelySobol: '{factors} barely matter (ST under 0.05).',
  barelyMorrisOne: '{factors} barely matters (μ* under 5 % of the largest).',
  barelySobolOne: '{factors} barely matters (ST under 0.05).',
  answerTiedMorris: '{indicator}: {factors} matter most, in an order not established ({values}).',
  answerTiedSobol: '{indicator}: {factors} matter most, in an order not established ({values}).',
  tiedValueMorris: '{factor} μ* {value}, 95 % CI {ci}',
  tiedValueSobol: '{factor} ST {value}, 95 % CI {ci}',
  valueSep: '; ',
  and: ' and ',
  established: 'The order of the top factors is established: their 95 % intervals do not overlap.',
  notEstablished: 'The order of {factors} is not established: their 95 % intervals of {measure} overlap.',
  topZero: 'Even {factor}’s influence is not established: its interval of {measure} includes 0.',
  noIntervals: 'Without intervals (no bootstrap), whether this ranking is established is not known.',
  sureMorris:
    'How sure: 95 % intervals of μ* by bootstrap percentile, {resamples} resamples of each factor’s elementary effects (one per trajectory); the model output at each design point is the mean over its replicates.',
  sureSobol:
    'How sure: 95 % intervals of S1 and ST by bootstrap percentile, {resamples} resamples of the base rows; the model output at each design point is the mean over its replicates.',
  sureUnknown:
    'How sure: 95 % bootstrap percentile intervals (the number of resamples is not recorded in this older sensitivity.json).',
  sureNone: 'How sure: no intervals were computed (bootstrap: 0), so no ranking can be called established.',
  sureWarnings: 'The warnings below qualify this answer.',
  assumed:
    'Only the {k} factors of the design vary; every other input is held at its assumed value in the scenario, so this ranks these factors only, over these ranges.',
  planeTitle: '{indicator}: μ*–σ',
  planeNote:
    'One point per factor: importance μ* (right: matters more) against σ (up: non-linear or interacting); horizontal whisker: bootstrap 95 % CI of μ*.',
  planeCi: '{factor}: 95 % CI of μ*',
  sobolBarsNote:
    'Bars: S1 (blue) and ST (orange) per factor; whisker in a darker shade of its bar: bootstrap 95 % CI (none without bootstrap).',
  muStarAxis: 'μ* ({unit})',
  sigmaAxis: 'σ ({unit})',
  muStarAxisBare: 'μ*',
  sigmaAxisBare: 'σ',
} as const;

/** A word of the sensitivity report. */
export type SensitivityWord = keyof typeof EN;

const ZH: Record<SensitivityWord, string> = {
  headlineTitle: '结论',
  ranMorris:
    '对 {k} 个因素（{factors}）做 Morris 基本效应分析：{design}；{scenario} 共 {runs} 次运行，模拟期 {period}。',
  ranSobol:
    '对 {k} 个因素（{factors}）计算 Sobol 指数（S1、ST）：{design}；{scenario} 共 {runs} 次运行，模拟期 {period}。',
  morrisDesign: '{levels} 水平网格上 {trajectories} 条轨迹，{points} 个设计点 × {replicates} 次重复',
  sobolDesign: 'n = {n} 个基础行（{sampler}），{points} 个设计点 × {replicates} 次重复',
  designUnknown: '未记录实验设计',
  samplerSobol: 'Sobol 序列',
  samplerRandom: '伪随机抽样',
  factorRange: '{name} 从 {lo} 到 {hi}',
  factorValues: '{name} 取 {values}',
  periodValue: '{start} 至 {end}',
  periodUnknown: '为情景设定的时期',
  scenarioUnknown: '该情景',
  runsUnknown: '未知',
  listSep: '、',
  answerNoVariation: '{indicator}：在整个设计上没有变化，没有因素显示出影响。',
  answerTopMorris: '{indicator}：{top} 影响最大（μ* {value}，95%置信区间 {ci}）{then}。',
  answerTopSobol: '{indicator}：{top} 影响最大（ST {value}，95%置信区间 {ci}）{then}。',
  answerThenMorris: '，其次是 {factor}（μ* {value}，95%置信区间 {ci}）',
  answerThenSobol: '，其次是 {factor}（ST {value}，95%置信区间 {ci}）',
  barelyMorris: '{factors} 几乎不起作用（μ* 不到最大值的5%）。',
  barelySobol: '{factors} 几乎不起作用（ST 小于0.05）。',
  barelyMorrisOne: '{factors} 几乎不起作用（μ* 不到最大值的5%）。',
  barelySobolOne: '{factors} 几乎不起作用（ST 小于0.05）。',
  answerTiedMorris: '{indicator}：{factors} 影响最大，但先后顺序未确立（{values}）。',
  answerTiedSobol: '{indicator}：{factors} 影响最大，但先后顺序未确立（{values}）。',
  tiedValueMorris: '{factor} μ* {value}，95%置信区间 {ci}',
  tiedValueSobol: '{factor} ST {value}，95%置信区间 {ci}',
  valueSep: '；',
  and: ' 和 ',
  established: '前几位因素的排序已确立：它们的95%置信区间互不重叠。',
  notEstablished: '{factors} 的排序未确立：它们的 {measure} 95%置信区间相互重叠。',
  topZero: '连 {factor} 是否有影响都未确立：其 {measure} 置信区间包含0。',
  noIntervals: '没有置信区间（未做自助法），无法判断这一排序是否确立。',
  sureMorris:
    '可信程度：μ* 的95%置信区间为自助法百分位区间，对每个因素的基本效应（每条轨迹一个）重抽样 {resamples} 次；每个设计点的模型输出为其各次重复的均值。',
  sureSobol:
    '可信程度：S1 与 ST 的95%置信区间为自助法百分位区间，对基础行重抽样 {resamples} 次；每个设计点的模型输出为其各次重复的均值。',
  sureUnknown: '可信程度：自助法百分位95%置信区间（这份较早的 sensitivity.json 未记录重抽样次数）。',
  sureNone: '可信程度：未计算置信区间（bootstrap 为 0），任何排序都不能称为已确立。',
  sureWarnings: '下方的警告对这一结论有所限定。',
  assumed:
    '只有设计中的 {k} 个因素在变化；其余输入都固定在情景的假定值上，因此这里只是对这些因素在这些取值范围内的排序。',
  planeTitle: '{indicator}：μ*–σ 图',
  planeNote:
    '每个点是一个因素：横轴为重要性 μ*（越靠右影响越大），纵轴为 σ（越高越非线性或交互作用越强）；水平须线：μ* 的自助法95%置信区间。',
  planeCi: '{factor}：μ* 的95%置信区间',
  sobolBarsNote:
    '柱形：各因素的 S1（蓝）与 ST（橙）；颜色较深的须线：对应柱形的自助法95%置信区间（未做自助法则无）。',
  muStarAxis: 'μ*（{unit}）',
  sigmaAxis: 'σ（{unit}）',
  muStarAxisBare: 'μ*（重要性）',
  sigmaAxisBare: 'σ（非线性或交互作用）',
};

/** Both tables, for the test that every word has both languages. */
export const SENSITIVITY_WORDS: MessageTables<SensitivityWord> = { en: EN, zh: ZH };

/** The word `key` in `lang`, `{name}` placeholders filled from `vars`. */
export function sw(lang: Lang, key: SensitivityWord, vars: Record<string, string | number> = {}): string {
  return message(SENSITIVITY_WORDS, lang, key, vars);
}

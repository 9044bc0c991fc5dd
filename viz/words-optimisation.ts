/**
 * The words of the optimisation report (`cogov optimize`) in English and Chinese: headline, charts,
 * table and how to read. Terms: Pareto front 帕累托前沿, non-dominated 非支配, candidate mix 候选政策组合,
 * lever 政策杠杆, objective 目标, constraint 约束, hypervolume 超体积, generation 代, state of the
 * world 情景状态 (the uncertainties' samples), robustness 稳健性.
 */
import { type MessageTables, message } from '../sim/kernel/i18n.js';
import type { Lang } from './types.js';

const EN = {
  kind: 'Policy optimisation',
  title: 'Pareto front of instrument mixes',
  subtitle: '{levers} levers, {objectives} objectives, {constraints} constraints: NSGA-II over “{scenario}”.',
  headlineTitle: 'The answer',
  ran: 'NSGA-II searched {levers} in “{scenario}”{period}: {candidates} candidate mixes over an initial population and {generations} generations of {population}, {runs} runs in all ({replicates} per evaluation{states}).',
  period: ', {start} to {end}',
  states: ', in each of {states} states of the world',
  unknown: '—',
  front:
    '{front} mixes are non-dominated (no other feasible mix is at least as good on every objective and better on one) among the {feasible} of {candidates} candidates that meet every constraint.',
  frontNoConstraints:
    '{front} mixes are non-dominated (no other mix is at least as good on every objective and better on one) among the {candidates} candidates.',
  frontDuplicates:
    'They give only {distinct} distinct outcomes: mixes with the same outcome differ only in {levers}, which made no difference to these objectives in these runs.',
  frontEpsilon:
    'With ε-dominance the front keeps one mix per box of {boxes}: mixes closer than that to a kept one are left out.',
  frontOne:
    'One mix dominates every other feasible candidate ({feasible} of {candidates} meet every constraint): {mix}, giving {objectives}.',
  noFeasible:
    'None of the {candidates} candidates met every constraint, so there is no front: evaluations.csv lists each candidate’s constraint values.',
  extremeMin: 'Lowest “{indicator}”: {mix}, giving {objectives}.',
  extremeMax: 'Highest “{indicator}”: {mix}, giving {objectives}.',
  objective: '{indicator} {value}',
  valueCi: '{value} (95 % CI {lo} to {hi}, n = {n} runs)',
  valueNoCi: '{value} (n = {n} runs, no interval)',
  valueUndefined: '— (undefined: no run defines it)',
  valueRobust: '{value} ({measure}; mean {mean})',
  measureOverStates: '{robustness} over states of the world of {aggregate} over runs',
  constraintsBind: 'Constraints: {list}.',
  constraintRuledOut: '“{constraint}” ruled out {count} of {candidates} candidates',
  constraintNone: '“{constraint}” ruled out none (it did not bind)',
  constraintUndefined: ' and was undefined, so counted as broken, for {count} more',
  converged:
    'The hypervolume (the share of objective space the front dominates) changed by {change} over the last {k} generations: the search had stopped improving. A stall is not proof that the best front was found.',
  improving:
    'The hypervolume (the share of objective space the front dominates) still grew by {change} over the last {k} generations: the search had not converged, and more generations would likely extend the front.',
  fell: 'The hypervolume fell by {change} over the last {k} generations: re-evaluating survivors on more seeds pulled earlier lucky values back, so the front had not settled.',
  tooFewGenerations: 'With {generations} generations there are too few to tell whether the search converged.',
  noHypervolume: 'No generation had a feasible front, so there is no hypervolume to judge convergence by.',
  sure: 'Intervals are 95 % confidence intervals of the mean over each mix’s runs (Student t); every mix met the same seeds (common random numbers){reevaluation}. They cover run-to-run randomness only, not the uncertainty of assumed inputs.',
  reevaluated:
    ', and survivors were re-evaluated on up to {max} replicates, so the front is not made of lucky draws',
  notReevaluated:
    '; survivors were not re-evaluated (maxReplicates = replicates), so a front mix may owe its place to lucky draws',
  sureStates:
    'Each mix ran in the same {states} states of the world ({names}); objectives are {aggregate} across them. Intervals are 95 % confidence intervals over each mix’s runs (Student t) on common seeds{reevaluation}; they cover run-to-run randomness and the sampled states only.',
  sureOne:
    'Each mix ran once per evaluation: there are no intervals, and the front mixes the levers’ effects with run-to-run randomness.',
  assumed:
    'Every input that is not a lever is held at its value in “{scenario}”, and many of those are assumed (docs/MODEL.md): the front holds for them only.',
  aggMean: 'the mean',
  aggPercentile: 'the {p}th percentile',
  aggRegret: 'the regret against the best mix in each state',
  aggSatisficing: 'the share of states that meet the constraints (satisficing)',
  opGe: '≥',
  opLe: '≤',
  on: 'on',
  off: 'off',
  sep: ', ',
  listSep: '; ',
  // Charts
  scatterTitle: '{y} against {x}',
  scatterNote:
    'Each dot is a candidate mix (its mean over its runs). Coloured: the non-dominated mixes; faint: other feasible mixes; grey: mixes that break a constraint.',
  scatterOneObjective: 'One objective only: there is no pair of objectives to plot.',
  seriesFront: 'Non-dominated (front)',
  seriesFeasible: 'Feasible, dominated',
  seriesInfeasible: 'Breaks a constraint',
  parallelTitle: 'Levers and objectives of the non-dominated mixes',
  parallelNote:
    'One line per non-dominated mix. Each axis runs from the lowest (0) to the highest (1) value among all evaluated candidates: {ranges}. Words and on/off are spaced evenly.',
  parallelEmpty: 'No non-dominated mix to draw.',
  parallelAxis: 'position on each axis (0 lowest, 1 highest)',
  mixLabel: 'Mix {id}',
  convergenceTitle: 'Hypervolume and front size per generation',
  convergenceNote:
    'Against the runs spent: the hypervolume (left axis, share of the normalised objective space the feasible front dominates; a gap where no candidate was feasible) and the number of non-dominated mixes (right axis).',
  convergenceEmpty: 'No generation recorded.',
  hypervolume: 'Hypervolume',
  frontSize: 'Mixes on the front',
  evaluations: 'Runs evaluated',
  // Sections
  frontTitle: 'Pareto front',
  tableTitle: 'Non-dominated mixes',
  tableNote:
    'Each row is a mix on the front: lever values as set in the scenario, objectives as mean with 95 % CI and runs, constraint values; “—”: undefined. Sorted by the first objective. evaluations.csv has every candidate, pareto.csv these rows.',
  tableEmpty: 'No mix met every constraint: the table is empty.',
  mix: 'Mix',
  generation: 'Generation',
  runs: 'Runs',
  leversTitle: 'Levers',
  lever: 'Lever',
  leverPath: 'Scenario path',
  leverType: 'Type',
  leverRange: 'Values searched',
  typeReal: 'real',
  typeInteger: 'integer',
  typeBoolean: 'on/off',
  typeCategorical: 'one of',
  objectivesTitle: 'Objectives and constraints',
  objectiveRow: 'Objective',
  asked: 'What is asked',
  constraintRow: 'Constraint',
  minimise: 'minimise {aggregate}',
  maximise: 'maximise {aggregate}',
  convergenceSection: 'Convergence',
  settingsPopulation: 'Population',
  settingsGenerations: 'Generations',
  settingsReplicates: 'Runs per evaluation',
  settingsStates: 'States of the world',
  methods:
    'NSGA-II (Deb et al. 2002) keeps a population of mixes, ranks them by non-domination (a mix that breaks a constraint ranks below every feasible one, and among infeasible mixes the smaller violation wins) and by crowding distance within a rank; parents are picked by binary tournament on that order, their offspring made by crossover and mutation, and the best half of parents and offspring together becomes the next generation. A mix is non-dominated when no other feasible mix is at least as good on every objective and strictly better on one: moving along the front trades one objective for another, and no mix off the front is worth choosing on these objectives alone. The hypervolume is the part of the (normalised) objective space the front dominates; when it stops growing the search has stalled. docs/EXPERIMENTS.md explains how to read a front and how many runs are enough.',
};

const ZH: Record<keyof typeof EN, string> = {
  kind: '政策优化',
  title: '政策组合的帕累托前沿',
  subtitle:
    '{levers} 个政策杠杆、{objectives} 个目标、{constraints} 个约束：基于“{scenario}”的 NSGA-II 搜索。',
  headlineTitle: '结论',
  ran: 'NSGA-II 在“{scenario}”{period}中搜索 {levers}：初始种群加 {generations} 代、每代 {population} 个，共评估 {candidates} 个候选政策组合，合计 {runs} 次运行（每次评估 {replicates} 次运行{states}）。',
  period: '（{start} 至 {end}）',
  states: '，在 {states} 个情景状态下各运行一遍',
  unknown: '—',
  front:
    '在满足全部约束的 {feasible} 个候选组合（共 {candidates} 个）中，有 {front} 个为非支配组合（没有其他可行组合在每个目标上都不差且至少一个目标更优）。',
  frontNoConstraints:
    '在 {candidates} 个候选组合中，有 {front} 个为非支配组合（没有其他组合在每个目标上都不差且至少一个目标更优）。',
  frontEpsilon:
    '采用 ε 支配：前沿在每个大小为 {boxes} 的格子中只保留一个组合，与保留组合相差小于此的组合不列出。',
  frontDuplicates:
    '这些组合只给出 {distinct} 种不同结果：结果相同的组合仅在 {levers} 上不同，这些杠杆在这些运行中对上述目标没有影响。',
  frontOne:
    '一个组合支配了其余全部可行候选（{candidates} 个中有 {feasible} 个满足全部约束）：{mix}，结果为{objectives}。',
  noFeasible:
    '{candidates} 个候选组合均未满足全部约束，因此没有帕累托前沿：evaluations.csv 列出了每个候选的约束取值。',
  extremeMin: '{indicator}最低：{mix}，结果为{objectives}。',
  extremeMax: '{indicator}最高：{mix}，结果为{objectives}。',
  objective: '{indicator} {value}',
  valueCi: '{value}（95%置信区间 {lo} 至 {hi}，n = {n} 次运行）',
  valueNoCi: '{value}（n = {n} 次运行，无置信区间）',
  valueUndefined: '—（无定义：没有运行给出该值）',
  valueRobust: '{value}（{measure}；均值 {mean}）',
  measureOverStates: '各次运行{aggregate}在各情景状态上的{robustness}',
  constraintsBind: '约束：{list}。',
  constraintRuledOut: '“{constraint}”排除了 {candidates} 个候选中的 {count} 个',
  constraintNone: '“{constraint}”未排除任何候选（不起约束作用）',
  constraintUndefined: '，另有 {count} 个候选无定义而按违反约束处理',
  converged:
    '超体积（前沿所支配的目标空间比例）在最后 {k} 代中变化了 {change}：搜索已不再改进。停滞并不证明已找到最优前沿。',
  improving:
    '超体积（前沿所支配的目标空间比例）在最后 {k} 代中仍增长了 {change}：搜索尚未收敛，增加代数很可能扩展前沿。',
  fell: '超体积在最后 {k} 代中下降了 {change}：存活组合在更多随机种子上重新评估后，早先偶然偏好的结果被修正，前沿尚未稳定。',
  tooFewGenerations: '只有 {generations} 代，不足以判断搜索是否收敛。',
  noHypervolume: '没有任何一代出现可行前沿，因此无法用超体积判断收敛。',
  sure: '区间为每个组合各次运行均值的95%置信区间（t 分布）；所有组合使用相同的随机种子（共同随机数）{reevaluation}。区间只反映运行间的随机波动，不反映假定输入参数的不确定性。',
  reevaluated: '，存活组合最多重新评估至 {max} 次重复运行，前沿不是由偶然的好运气构成',
  notReevaluated: '；存活组合未重新评估（maxReplicates = replicates），前沿上的组合可能得益于偶然的好运气',
  sureStates:
    '每个组合在相同的 {states} 个情景状态（{names}）下运行；目标取各状态的{aggregate}。区间为每个组合各次运行的95%置信区间（t 分布），使用共同随机数{reevaluation}；区间只反映运行间的随机波动与所抽样的情景状态。',
  sureOne: '每次评估每个组合只运行一次：没有置信区间，前沿混合了政策杠杆的影响与随机波动。',
  assumed:
    '政策杠杆以外的输入参数均固定为“{scenario}”中的取值，其中许多为假定值（见 docs/MODEL.md）：前沿仅在这些取值下成立。',
  aggMean: '均值',
  aggPercentile: '第 {p} 百分位数',
  aggRegret: '相对每个状态下最优组合的遗憾值',
  aggSatisficing: '满足约束的状态比例（满意度准则）',
  opGe: '≥',
  opLe: '≤',
  on: '启用',
  off: '关闭',
  sep: '，',
  listSep: '；',
  scatterTitle: '{y} 与 {x}',
  scatterNote:
    '每个点为一个候选组合（其各次运行的均值）。彩色：非支配组合；浅色：其他可行组合；灰色：违反约束的组合。',
  scatterOneObjective: '只有一个目标：没有可绘制的目标组合。',
  seriesFront: '非支配组合（前沿）',
  seriesFeasible: '可行但被支配',
  seriesInfeasible: '违反约束',
  parallelTitle: '非支配组合的政策杠杆与目标',
  parallelNote:
    '每条线为一个非支配组合。每根轴从全部已评估候选中的最低值（0）到最高值（1）：{ranges}。文字取值与启用/关闭等距排列。',
  parallelEmpty: '没有可绘制的非支配组合。',
  parallelAxis: '在各轴上的位置（0 最低，1 最高）',
  mixLabel: '组合 {id}',
  convergenceTitle: '每代的超体积与前沿规模',
  convergenceNote:
    '横轴为已消耗的运行次数：超体积（左轴，可行前沿所支配的归一化目标空间比例；无可行候选时留空）与非支配组合数（右轴）。',
  convergenceEmpty: '没有记录任何一代。',
  hypervolume: '超体积',
  frontSize: '前沿上的组合数',
  evaluations: '已评估的运行次数',
  frontTitle: '帕累托前沿',
  tableTitle: '非支配政策组合',
  tableNote:
    '每行为前沿上的一个组合：政策杠杆在情景中的取值，目标的均值及95%置信区间与运行次数，约束取值；“—”表示无定义。按第一个目标排序。evaluations.csv 含全部候选，pareto.csv 含这些行。',
  tableEmpty: '没有组合满足全部约束：表格为空。',
  mix: '组合',
  generation: '代',
  runs: '运行次数',
  leversTitle: '政策杠杆',
  lever: '政策杠杆',
  leverPath: '情景参数路径',
  leverType: '类型',
  leverRange: '搜索范围',
  typeReal: '实数',
  typeInteger: '整数',
  typeBoolean: '启用/关闭',
  typeCategorical: '取值之一',
  objectivesTitle: '目标与约束',
  objectiveRow: '目标',
  asked: '要求',
  constraintRow: '约束',
  minimise: '最小化{aggregate}',
  maximise: '最大化{aggregate}',
  convergenceSection: '收敛情况',
  settingsPopulation: '种群规模',
  settingsGenerations: '代数',
  settingsReplicates: '每次评估的运行次数',
  settingsStates: '情景状态数',
  methods:
    'NSGA-II（Deb 等，2002）维持一个政策组合种群，按非支配等级（违反约束的组合排在所有可行组合之后，不可行组合之间违反程度小者优先）及同一等级内的拥挤距离排序；按此顺序以二元锦标赛选择父代，经交叉与变异产生子代，父代与子代合并后较优的一半成为下一代。若没有其他可行组合在每个目标上都不差且至少一个目标严格更优，该组合即为非支配组合：沿前沿移动是以一个目标换取另一个目标，仅就这些目标而言，前沿以外的组合不值得选择。超体积是前沿在（归一化）目标空间中所支配的部分；它停止增长即表示搜索停滞。docs/EXPERIMENTS.md 说明如何阅读前沿以及多少次运行才够。',
};

/** The optimisation report's word `key` in `lang`, `{name}` placeholders filled from `vars`. */
export function ow(lang: Lang, key: keyof typeof EN, vars: Record<string, string | number> = {}): string {
  return message({ en: EN, zh: ZH }, lang, key, vars);
}

/** Every word of the optimisation report, by language (for the translation test). */
export const OPTIMISATION_WORDS: MessageTables<keyof typeof EN> = { en: EN, zh: ZH };

/**
 * The words of the sweep report's headline, ranked table and interaction heatmaps, in English and
 * Chinese (the rest of the sweep page's words are in i18n.ts). Design points (设计点), replicates
 * (重复运行) and factors (因素) are named as on the rest of the page.
 */
import { type MessageTables, message } from '../sim/kernel/i18n.js';
import type { Lang } from './types.js';

const EN = {
  headlineTitle: 'The answer',
  designGrid: 'Full-factorial grid',
  designLhs: 'Latin-hypercube design',
  designMorris: 'Morris design',
  designSobol: 'Sobol (Saltelli) design',
  designOther: 'Design',
  ran: '{design} over {factors}: {points} design points × {perPoint} = {runs} runs of “{scenario}”{period}.',
  runsEach: '{n} runs each',
  runEach: '1 run each',
  partial:
    'This folder holds {runs} of those {total} runs (one shard), at {points} design points: everything below rests on them only.',
  ranNoReplicates: '{design} over {factors}: {points} design points, {runs} runs of “{scenario}”{period}.',
  period: ', {start} to {end}',
  factorNumeric: '{name} {min} to {max} ({count} values)',
  factorList: '{name} ({values})',
  atEnd: ' at the end of the run ({end})',
  higherBetter: 'higher is better',
  lowerBetter: 'lower is better',
  valueCi: '{value} (95 % CI {lo} to {hi}, n = {n} runs)',
  valueOneRun: '{value} (n = {n} run, no interval)',
  valueNoRuns: 'undefined (no run defines it)',
  best: '{indicator} ({direction}): best at {point}: {value}{when}.',
  bestTie: '{indicator} ({direction}): {count} design points share the best mean, {value}{when}: {points}.',
  morePoints: '{list} and {more} more',
  or: ' or ',
  runnerUpApart:
    'The runner-up, {point}, gives {value}: the 95 % intervals do not overlap, so the best is distinguishable from it.',
  runnerUpOverlap:
    'The runner-up, {point}, gives {value}: the 95 % intervals overlap, so with {replicates} runs per point the best is not distinguishable from it.',
  runnerUpNoCi:
    'The runner-up, {point}, gives {value}: without intervals (fewer than two runs) the two cannot be told apart from run-to-run noise.',
  noRunnerUp: 'Every other design point gives the same mean or none.',
  allTie:
    '{indicator} ({direction}): all {count} design points give the same mean, {value}{when}: the factors make no difference to it here.',
  range: 'Across the {points} design points the mean ranges from {min} ({minPoint}) to {max} ({maxPoint}).',
  undefinedAt: 'It is undefined at {count} design points (no run there defines it).',
  allUndefined: '{indicator}: undefined at every design point (no run defines it).',
  noDirection:
    'None of the experiment’s indicators has a desirable direction, so no design point is called best; the table is sorted by {indicator}, highest first.',
  moreInTable: 'The table below ranks the design points on all {count} indicators of the experiment.',
  sure: 'Intervals are 95 % confidence intervals of the mean over the {replicates} runs of each design point (Student t); replicate r runs on the same seed at every point, so the points meet the same random draws. They cover run-to-run noise only, not the uncertainty of the assumed inputs.',
  sureOne:
    'Each design point ran once: there are no intervals, and differences between points mix the factors’ effects with run-to-run noise.',
  assumed:
    'Every input not swept is held fixed at its value in “{scenario}”, and many of those values are assumed (docs/MODEL.md): the ranking holds for them only.',
  rankingTitle: 'Design points ranked',
  rankingNote:
    'Sorted by {indicator} ({direction}); each cell is the mean over the runs of the design point, with its 95 % CI and the number of runs that define it; “—”: undefined.',
  rankingNoteNeither:
    'Sorted by {indicator}, highest first (no indicator has a desirable direction); each cell is the mean over the runs of the design point, with its 95 % CI and the number of runs that define it; “—”: undefined.',
  rankingCut: 'The first {shown} of {total} design points are shown; points.csv has every run.',
  rank: 'Rank',
  cellCi: '{lo} to {hi}, n = {n}',
  cellN: 'n = {n}',
  heatmapsTitle: 'Two-factor interactions',
  heatmapTitle: '{indicator} ({unit}): {row} × {col}',
  heatmapNote:
    'Each cell: the mean over the runs whose two factor values fall in it (unit in the title), the design points and the runs that define it; within each table, darker is better ({direction}). An empty cell has no design point; “—”: no run there defines the indicator.',
  heatmapNoteNeither:
    'Each cell: the mean over the runs whose two factor values fall in it (unit in the title), the design points and the runs that define it; within each table, darker is higher. An empty cell has no design point; “—”: no run there defines the indicator.',
  heatmapBins: 'Continuous factors are cut into {bins} bins at the quartiles of their design values.',
  heatmapCap: 'Shown: the first {shown} of {total} factor pairs (pairs of the factors listed first).',
  heatmapSkipped:
    'Factors with more than {max} distinct words or values and no numbers are left out: {names}.',
  heatmapOneFactor: 'One factor only: no pair to show.',
  cellCount: '{points} points · {runs} runs',
  unitless: 'value',
  methods:
    'The ranked table and the heatmaps average the replicate runs of each design point; a heatmap cell averages every run whose two factor values fall in it, over the values of the other factors. Where one factor’s effect depends on another’s value (an interaction), the rows of a heatmap change in different directions, which the one-factor scatters below cannot show.',
};

const ZH: Record<keyof typeof EN, string> = {
  headlineTitle: '结论',
  designGrid: '全因子网格设计',
  designLhs: '拉丁超立方设计',
  designMorris: 'Morris 设计',
  designSobol: 'Sobol（Saltelli）设计',
  designOther: '实验设计',
  ran: '{design}，因素：{factors}；{points} 个设计点 × {perPoint} = 共 {runs} 次运行，基准情景“{scenario}”{period}。',
  runsEach: '每点 {n} 次运行',
  runEach: '每点 1 次运行',
  partial:
    '本文件夹只含其中 {runs} 次运行（共 {total} 次，一个分片），涉及 {points} 个设计点：以下结论仅基于这些运行。',
  ranNoReplicates:
    '{design}，因素：{factors}；{points} 个设计点，共 {runs} 次运行，基准情景“{scenario}”{period}。',
  period: '，{start} 至 {end}',
  factorNumeric: '{name} 从 {min} 到 {max}（{count} 个取值）',
  factorList: '{name}（{values}）',
  atEnd: '（运行期末，{end}）',
  higherBetter: '越高越好',
  lowerBetter: '越低越好',
  valueCi: '{value}（95%置信区间 {lo} 至 {hi}，n = {n} 次运行）',
  valueOneRun: '{value}（n = {n} 次运行，无置信区间）',
  valueNoRuns: '无定义（没有运行给出该值）',
  best: '{indicator}（{direction}）：最优设计点为 {point}：{value}{when}。',
  bestTie: '{indicator}（{direction}）：{count} 个设计点的均值同为最优，{value}{when}：{points}。',
  morePoints: '{list} 等另外 {more} 个',
  or: ' 或 ',
  runnerUpApart: '次优设计点 {point} 为 {value}：两者的95%置信区间不重叠，最优设计点与之可以区分。',
  runnerUpOverlap:
    '次优设计点 {point} 为 {value}：两者的95%置信区间重叠，在每点 {replicates} 次运行下无法将最优设计点与之区分。',
  runnerUpNoCi: '次优设计点 {point} 为 {value}：运行次数不足两次，没有置信区间，无法与随机波动区分。',
  noRunnerUp: '其余设计点的均值相同或无定义。',
  allTie:
    '{indicator}（{direction}）：全部 {count} 个设计点的均值相同，均为 {value}{when}：在此各因素对其没有影响。',
  range: '在 {points} 个设计点中，均值介于 {min}（{minPoint}）与 {max}（{maxPoint}）之间。',
  undefinedAt: '有 {count} 个设计点无定义（该点没有运行给出该值）。',
  allUndefined: '{indicator}：所有设计点均无定义（没有运行给出该值）。',
  noDirection:
    '本实验的指标均无“越高/越低越好”的方向，因此不评出最优设计点；下表按 {indicator} 从高到低排序。',
  moreInTable: '下表按本实验全部 {count} 个指标列出各设计点的排序。',
  sure: '区间为每个设计点 {replicates} 次运行均值的95%置信区间（t 分布）；第 r 次重复在每个设计点使用相同的随机种子，各设计点面对相同的随机抽样。区间只反映运行间的随机波动，不反映假定输入参数的不确定性。',
  sureOne: '每个设计点只运行一次：没有置信区间，设计点之间的差异混合了因素的影响与随机波动。',
  assumed:
    '未扫描的输入参数均固定为“{scenario}”中的取值，其中许多为假定值（见 docs/MODEL.md）：排序结论仅在这些取值下成立。',
  rankingTitle: '设计点排序',
  rankingNote:
    '按 {indicator}（{direction}）排序；每格为该设计点各次运行的均值，附95%置信区间与给出该值的运行次数；“—”表示无定义。',
  rankingNoteNeither:
    '按 {indicator} 从高到低排序（各指标均无优劣方向）；每格为该设计点各次运行的均值，附95%置信区间与给出该值的运行次数；“—”表示无定义。',
  rankingCut: '仅列出 {total} 个设计点中的前 {shown} 个；points.csv 含全部运行。',
  rank: '排名',
  cellCi: '{lo} 至 {hi}，n = {n}',
  cellN: 'n = {n}',
  heatmapsTitle: '两因素交互作用',
  heatmapTitle: '{indicator}（{unit}）：{row} × {col}',
  heatmapNote:
    '每格为两个因素取值落入该格的各次运行的均值（单位见标题），并注明设计点数与给出该值的运行次数；在每张表内，颜色越深越好（{direction}）。空白格表示没有设计点；“—”表示该格没有运行给出该指标。',
  heatmapNoteNeither:
    '每格为两个因素取值落入该格的各次运行的均值（单位见标题），并注明设计点数与给出该值的运行次数；在每张表内，颜色越深数值越高。空白格表示没有设计点；“—”表示该格没有运行给出该指标。',
  heatmapBins: '连续因素按其设计取值的四分位数分为 {bins} 组。',
  heatmapCap: '仅显示 {total} 对因素中的前 {shown} 对（排在前面的因素之间的组合）。',
  heatmapSkipped: '取值为文字且超过 {max} 种的因素未纳入：{names}。',
  heatmapOneFactor: '只有一个因素：没有可显示的因素组合。',
  cellCount: '{points} 个设计点 · {runs} 次运行',
  unitless: '数值',
  methods:
    '排序表与热力图对每个设计点的重复运行取均值；热力图的每格对两个因素取值落入该格的全部运行取均值（对其他因素的取值平均）。若一个因素的影响随另一因素的取值而变（交互作用），热力图各行的变化方向会不同，而下方的单因素散点图无法显示这一点。',
};

/** The sweep report's word `key` in `lang`, `{name}` placeholders filled from `vars`. */
export function sw(lang: Lang, key: keyof typeof EN, vars: Record<string, string | number> = {}): string {
  return message({ en: EN, zh: ZH }, lang, key, vars);
}

/** Every word of the sweep report's own table, by language (for the translation test). */
export const SWEEP_WORDS: MessageTables<keyof typeof EN> = { en: EN, zh: ZH };

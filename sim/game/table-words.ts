/**
 * The words of payoff-table games (`cogov game` on a file with `players:`): load-time problems, the
 * terminal tables, CSV headings' labels and the report, in English and Chinese. The Chinese terms
 * are those of the Chinese evolutionary-game literature (演化博弈, 复制动态方程, 雅可比矩阵, 特征值,
 * 演化稳定策略, 鞍点). Templates take `{name}` placeholders; numbers arrive formatted.
 */
import { type Lang, type MessageTables, message, type TemplateVars } from '../kernel/i18n.js';

const EN = {
  reservedName:
    '"{name}" cannot name a parameter: it is an operator, a keyword, a function of expressions ({functions}) or a share (x, y, z)',
  duplicateName: '"{name}" is already a parameter; a derived value needs a name of its own',
  unknownStageName: 'stage sets "{name}", which is not a parameter of the file{hint}',
  didYouMean: '; did you mean "{name}"?',
  notFinite:
    'evaluates to {value} ({where}); every payoff and derived value must be a finite number (for a condition write "cond ? a : b")',
  dtTooLarge:
    'RK4 step {dt} is too large for payoffs of this size ({where}: payoff bound K = {K}, so dt·K > 1 and the integration could diverge); use dt ≤ {max}',
  atBase: 'base parameters',
  atStage: 'stage {stage}',
  title: 'Evolutionary game',
  stage: 'stage',
  base: 'base',
  replicator: 'Replicator dynamics',
  equilibria: 'Equilibria',
  point: 'point',
  kind: 'kind',
  pure: 'pure',
  interior: 'interior',
  boundary: 'boundary',
  eigenvalues: 'eigenvalues (x, y, z)',
  stability: 'stability',
  ESS: 'ESS',
  saddle: 'saddle point',
  unstable: 'unstable',
  nonHyperbolic:
    'non-hyperbolic (an eigenvalue is 0: unstable if another is positive, else the linearisation does not decide)',
  essSet: 'ESS',
  none: 'none',
  starts: 'Starts',
  start: 'start',
  end: 'end (t = {t})',
  reached: 'corner reached',
  notReached: 'no corner',
  reachedSummary: '{count} of {total} starts reach {corner}',
  notReachedSummary: '{count} of {total} starts end at no corner (within {tol})',
  abmEnd: 'ABM mean end',
  abmReached:
    'agent-based mode (mean of {runs} runs, {agents} agents per population): {count} of {total} starts reach {corner}',
  extinct:
    'warning: {stage}, start {start}: agent-based run {run} ended in corner {corner}, which is not an ESS: a strategy went extinct in the finite population and imitation cannot bring it back (set abm.mutation > 0 to allow exploration)',
  scanTitle: 'Scan of {name} from {from} to {to} (step {step}), other parameters at the base',
  scanChange: '{name} ≈ {at}: ESS set changes from {before} to {after}',
  scanNone: 'the ESS set is {set} over the whole scan',
  interiorHow:
    'interior equilibria (all shares strictly between 0 and 1): Δx = Δy = Δz = 0 reduced to one equation in one share (three ways, one per share), sign changes bracketed on 4096 subintervals of (0, 1) and bisected, kept when all three |Δ| < 1e-9·K; two roots closer than 1/4096 may be missed; equilibria on the faces and edges of the cube are not listed',
  phase: '3-D phase plot (projection)',
  timeSeries: 'Time series',
  share: 'share',
  time: 'time',
  source: 'Source',
  parameters: 'Parameters',
  value: 'value',
} as const;

/** A word of the payoff-table game. */
export type TableWordKey = keyof typeof EN;

const ZH: Record<TableWordKey, string> = {
  reservedName: '"{name}" 不能作为参数名：它是运算符、关键字、表达式函数（{functions}）或比例变量（x、y、z）',
  duplicateName: '"{name}" 已是参数名；派生量需要另起名称',
  unknownStageName: '阶段设置了 "{name}"，但它不是本文件的参数{hint}',
  didYouMean: '；是否想写 "{name}"？',
  notFinite: '计算结果为 {value}（{where}）；每个收益和派生量都必须是有限数（条件请写成 "cond ? a : b"）',
  dtTooLarge:
    'RK4 步长 {dt} 对这样大的收益过大（{where}：收益上界 K = {K}，dt·K > 1，积分可能发散）；请取 dt ≤ {max}',
  atBase: '基准参数',
  atStage: '阶段 {stage}',
  title: '演化博弈',
  stage: '阶段',
  base: '基准',
  replicator: '复制动态方程',
  equilibria: '均衡点',
  point: '点',
  kind: '类型',
  pure: '纯策略',
  interior: '内部',
  boundary: '边界',
  eigenvalues: '雅可比矩阵特征值 (x, y, z)',
  stability: '稳定性',
  ESS: '演化稳定策略 ESS',
  saddle: '鞍点',
  unstable: '不稳定点',
  nonHyperbolic: '非双曲（有特征值为 0：若另有正特征值则不稳定，否则线性化无法判定）',
  essSet: 'ESS',
  none: '无',
  starts: '初始点',
  start: '初始点',
  end: '终点（t = {t}）',
  reached: '到达的角点',
  notReached: '未到达角点',
  reachedSummary: '{total} 个初始点中有 {count} 个到达 {corner}',
  notReachedSummary: '{total} 个初始点中有 {count} 个未到达任何角点（容差 {tol}）',
  abmEnd: 'ABM 平均终点',
  abmReached:
    '基于主体的模式（{runs} 次运行的平均，每个种群 {agents} 个主体）：{total} 个初始点中有 {count} 个到达 {corner}',
  extinct:
    '警告：{stage}，初始点 {start}：第 {run} 次基于主体的运行停在角点 {corner}，它不是 ESS：有限种群中某一策略已灭绝，模仿无法使其恢复（可设 abm.mutation > 0 允许探索）',
  scanTitle: '{name} 从 {from} 到 {to} 的扫描（步长 {step}），其他参数取基准值',
  scanChange: '{name} ≈ {at}：ESS 集合由 {before} 变为 {after}',
  scanNone: '整个扫描范围内 ESS 集合均为 {set}',
  interiorHow:
    '内部均衡点（各比例均严格介于 0 与 1 之间）：将 Δx = Δy = Δz = 0 化为某一比例的一元方程（三种化法，各对应一个比例），在 (0, 1) 的 4096 个子区间上寻找变号并二分求根，三个 |Δ| 均小于 1e-9·K 时保留；相距小于 1/4096 的两个根可能遗漏；立方体面和棱上的均衡点不列出',
  phase: '三维相图（投影）',
  timeSeries: '演化路径',
  share: '比例',
  time: '时间',
  source: '来源',
  parameters: '参数',
  value: '取值',
};

/** Both languages' tables (for the zh-completeness test). */
export const TABLE_WORDS: MessageTables<TableWordKey> = { en: EN, zh: ZH };

/** Word `key` in `lang`, placeholders filled. */
export function tw(lang: Lang, key: TableWordKey, vars: TemplateVars = {}): string {
  return message(TABLE_WORDS, lang, key, vars);
}

/** Messages of `game`: file errors, --starts, and the ESS and end-state tables. */
export const EN = {
  gameStarts: '--starts must be "grid" or x,y,z[;x,y,z...] with shares in [0, 1], got "{value}"',
  gameNotRegular: 'is not a regular file; expected a game YAML file',
  fileNotFound: 'file not found',
  fileUnreadable: 'file cannot be read: {message}',
  gameHeader: '{name}: payoff bound K = {k} (one ABM step = 1/K ODE time)',
  gameCorner: 'corner (x,y,z)',
  gameEigenvalues: 'eigenvalues',
  gameStable: 'stable?',
  gameEss: 'yes (ESS)',
  gameUnstable: 'no',
  gameUndetermined: 'undetermined',
  gameStart: 'start',
  gameOdeEnd: 'ODE end (corner)',
  gameAbmEnd: 'ABM mean end (corner)',
  gameMaxDistance: 'max |ABM−ODE|',
  gameTooMuchWork:
    '--agents or --starts asks for {revisions} agent revisions, more than the cap of {max} (steps × agents × 3 × runs × starts); use fewer agents or starts',
  gameScanSpec: '--scan must be NAME=FROM:TO:STEP with FROM ≤ TO and STEP > 0, got "{value}"',
  gameScanName: '--scan: "{name}" is not a parameter of the game; parameters: {names}',
  gameScanPoints: '--scan asks for {points} values, more than the cap of {max}; use a larger STEP',
  gameTableOnly: '{flag} works on payoff-table game files (with players: and payoffs per profile) only',
  gameMutationValue: '--mutation must be a number in [0, 1], got "{value}"',
  gameTableTooMuch:
    'the analysis asks for {rk4} RK4 steps (cap {maxRk4}), {records} records per path (cap {maxRecords}) and {revisions} agent revisions (cap {maxRevisions}); lower ode.tEnd, raise ode.dt or ode.every, or use fewer starts, stages or agents',
  'help.schema.opt.game': 'print the JSON Schema of payoff-table game files instead',
  'help.game.opt.json':
    'print the tables (equations, equilibria with eigenvalues and stability, outcomes, scan) as JSON on stdout (payoff-table files)',
  'help.game.opt.scan':
    'NAME=FROM:TO:STEP: vary one parameter from the base and report where the set of ESS corners changes (payoff-table files)',
  'help.game.opt.mutation':
    'mutation (exploration) rate of the agent-based mode in [0, 1] (payoff-table files; default: the file)',
} as const;

export const ZH: Record<keyof typeof EN, string> = {
  gameStarts: '--starts 必须是 "grid" 或 x,y,z[;x,y,z...]（各比例在 [0, 1] 内），收到 "{value}"',
  gameNotRegular: '不是普通文件；应为博弈 YAML 文件',
  fileNotFound: '文件不存在',
  fileUnreadable: '无法读取文件：{message}',
  gameHeader: '{name}：收益上界 K = {k}（ABM 一步 = 1/K 个 ODE 时间单位）',
  gameCorner: '角点 (x,y,z)',
  gameEigenvalues: '特征值',
  gameStable: '稳定？',
  gameEss: '是（ESS）',
  gameUnstable: '否',
  gameUndetermined: '无法判定',
  gameStart: '初始点',
  gameOdeEnd: 'ODE 终点（角点）',
  gameAbmEnd: 'ABM 平均终点（角点）',
  gameMaxDistance: '最大 |ABM−ODE|',
  gameTooMuchWork:
    '--agents 或 --starts 需要 {revisions} 次个体策略修正，超过上限 {max}（步数 × 个体数 × 3 × 运行次数 × 起点数）；请减少个体数或起点数',
  gameScanSpec: '--scan 必须是 NAME=FROM:TO:STEP，且 FROM ≤ TO、STEP > 0，收到 "{value}"',
  gameScanName: '--scan："{name}" 不是本博弈的参数；参数有：{names}',
  gameScanPoints: '--scan 需要 {points} 个取值，超过上限 {max}；请增大 STEP',
  gameTableOnly: '{flag} 只适用于支付矩阵形式的博弈文件（含 players: 和各策略组合的收益）',
  gameMutationValue: '--mutation 必须是 [0, 1] 内的数，收到 "{value}"',
  gameTableTooMuch:
    '分析需要 {rk4} 步 RK4（上限 {maxRk4}）、每条路径 {records} 个记录点（上限 {maxRecords}）和 {revisions} 次个体策略修正（上限 {maxRevisions}）；请减小 ode.tEnd、增大 ode.dt 或 ode.every，或减少初始点、阶段或个体数',
  'help.schema.opt.game': '改为打印支付矩阵博弈文件的 JSON Schema',
  'help.game.opt.json':
    '以 JSON 在标准输出打印各表（复制动态方程、均衡点及其特征值与稳定性、终点、扫描）（支付矩阵文件）',
  'help.game.opt.scan':
    'NAME=FROM:TO:STEP：在基准上改变一个参数，报告 ESS 角点集合在何处变化（支付矩阵文件）',
  'help.game.opt.mutation': '基于主体模式的突变（探索）率，取值 [0, 1]（支付矩阵文件；默认取文件中的值）',
};

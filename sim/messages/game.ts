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
};

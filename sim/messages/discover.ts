/** Messages of `discover` (scenario discovery over a sweep's or optimisation's folder), and its help. */
export const EN = {
  discoverNoFolder: 'cogov discover: {dir} is not a folder',
  discoverWrongKind:
    'cogov discover: {dir} is not the output folder of a sweep or an optimisation (it needs manifest.json with points.csv, or an optimisation manifest with runs.csv)',
  discoverWrongKindFound:
    'cogov discover: {dir} is a "{kind}" folder; discover reads the output folder of a sweep (manifest.json and points.csv) or an optimisation (manifest.json and runs.csv)',
  discoverMissingFile: 'cogov discover: {file} is missing',
  discoverBadFile: 'cogov discover: {file}: {problem}',
  discoverNoFactors: 'cogov discover: {file} names no factors to discover over',
  discoverBadWhere:
    'cogov discover: --where "{where}": {detail}\n  {where}\n  {caret}\nColumns you can use: {names}',
  discoverWhereNotBoolean:
    'cogov discover: --where "{where}" gave {value}, not true or false; write a comparison, e.g. "{example}"',
  discoverNoneOfInterest:
    'cogov discover: no case meets --where "{where}" ({used} cases used, {excluded} excluded as undefined); nothing to discover. Loosen the condition',
  discoverAllOfInterest:
    'cogov discover: every case meets --where "{where}" ({used} cases used, {excluded} excluded as undefined); nothing to tell them apart. Tighten the condition',
  discoverNoCases:
    'cogov discover: no case has a defined value for --where "{where}" ({read} read, all excluded)',
  discoverExcluded: ', {n} excluded as undefined',
  discoverBoxRange: 'cogov discover: --box {box} is not a step of the trajectory (0–{last})',
  discoverBadNumber: '{flag} must be a number {range}, got "{value}"',
  discoverPer: '--per must be run or point, got "{value}"',
  discoverSummary:
    '{dir}: {ofInterest} of {used} {unit} meet "{where}"{excluded}; box {step}: {conditions} — coverage {coverage}, density {density}; its inputs come back in {same} of resamples',
  discoverNoRestriction: 'no restriction',
  discoverUnitRuns: 'runs',
  discoverUnitPoints: 'design points',
  'help.discover.description':
    'scenario discovery: where, in a sweep or optimisation, do the runs meeting a condition concentrate (PRIM box, CART tree)',
  'help.discover.arg.dir': 'output folder of cogov sweep or cogov optimize',
  'help.discover.opt.where':
    'condition over indicator columns marking the cases of interest, e.g. "fireComplianceAtDeadline < 1"',
  'help.discover.opt.out': 'output folder (default: DIR/discover)',
  'help.discover.opt.alpha': 'share peeled off per step, 0–0.5 (default 0.05)',
  'help.discover.opt.minMass': 'smallest share of cases in a box, 0–1 (default 0.05)',
  'help.discover.opt.threshold': 'density the chosen box should reach, 0–1 (default 0.8)',
  'help.discover.opt.box': 'report this step of the trajectory instead of the default choice',
  'help.discover.opt.per': 'cases are runs, or design points with replicates averaged (default run)',
  'help.discover.opt.seed': 'seed of the resampling (default: the source folder seed)',
  'help.discover.opt.json': 'print the result as JSON on stdout',
} as const;

export const ZH: Record<keyof typeof EN, string> = {
  discoverNoFolder: 'cogov discover：{dir} 不是文件夹',
  discoverWrongKind:
    'cogov discover：{dir} 不是参数扫描或优化的输出文件夹（需要 manifest.json 和 points.csv，或优化的 manifest 和 runs.csv）',
  discoverWrongKindFound:
    'cogov discover：{dir} 是“{kind}”文件夹；discover 读取参数扫描（manifest.json 和 points.csv）或优化（manifest.json 和 runs.csv）的输出文件夹',
  discoverMissingFile: 'cogov discover：缺少 {file}',
  discoverBadFile: 'cogov discover：{file}：{problem}',
  discoverNoFactors: 'cogov discover：{file} 没有列出可供发现的因子',
  discoverBadWhere: 'cogov discover：--where "{where}"：{detail}\n  {where}\n  {caret}\n可用的列：{names}',
  discoverWhereNotBoolean:
    'cogov discover：--where "{where}" 的结果是 {value}，不是真或假；请写比较式，例如 "{example}"',
  discoverNoneOfInterest:
    'cogov discover：没有情形满足 --where "{where}"（使用 {used} 个情形，{excluded} 个因未定义而排除），无可发现；请放宽条件',
  discoverAllOfInterest:
    'cogov discover：所有情形都满足 --where "{where}"（使用 {used} 个情形，{excluded} 个因未定义而排除），无从区分；请收紧条件',
  discoverNoCases: 'cogov discover：没有情形对 --where "{where}" 有定义的值（读入 {read} 个，全部排除）',
  discoverExcluded: '，{n} 个因未定义而排除',
  discoverBoxRange: 'cogov discover：--box {box} 不是剥离轨迹中的一步（0–{last}）',
  discoverBadNumber: '{flag} 须为数字 {range}，得到 "{value}"',
  discoverPer: '--per 须为 run 或 point，得到 "{value}"',
  discoverSummary:
    '{dir}：{used} 个{unit}中 {ofInterest} 个满足 "{where}"{excluded}；第 {step} 个盒子：{conditions}——覆盖率 {coverage}，密度 {density}；重抽样中 {same} 的盒子限定了相同的输入',
  discoverNoRestriction: '无限定',
  discoverUnitRuns: '次运行',
  discoverUnitPoints: '个设计点',
  'help.discover.description':
    '情景发现：在参数扫描或优化中，满足某条件的运行集中在哪里（PRIM 盒子、CART 决策树）',
  'help.discover.arg.dir': 'cogov sweep 或 cogov optimize 的输出文件夹',
  'help.discover.opt.where': '关于指标列的条件，标出关注的情形，例如 "fireComplianceAtDeadline < 1"',
  'help.discover.opt.out': '输出文件夹（默认：DIR/discover）',
  'help.discover.opt.alpha': '每步剥离的比例，0–0.5（默认 0.05）',
  'help.discover.opt.minMass': '盒子中情形的最小比例，0–1（默认 0.05）',
  'help.discover.opt.threshold': '所选盒子应达到的密度，0–1（默认 0.8）',
  'help.discover.opt.box': '报告剥离轨迹中的这一步，而非默认选择',
  'help.discover.opt.per': '情形为单次运行，或设计点（重复取平均）（默认 run）',
  'help.discover.opt.seed': '重抽样的种子（默认：源文件夹的种子）',
  'help.discover.opt.json': '在标准输出打印 JSON 结果',
};

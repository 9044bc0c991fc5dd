/**
 * The help of every command (`cogov --help`, `cogov run --help`, `cogov help sweep`) and the words
 * commander writes itself. `help.title.*`, `help.usage.*`, `help.note.*` and `help.err.*` are
 * commander's own English, matched and replaced under zh only (help-zh.ts, commander-errors.ts), so
 * English output stays commander's.
 */
export const EN = {
  'help.program.description':
    'Agent-based simulation of co-governance in old-community renewal: government, enterprises, residents and social organisations',
  'help.version': 'output the version number',
  'help.help': 'display help for command',
  'help.afterError': '(run "cogov --help" for usage)',

  'help.title.usage': 'Usage:',
  'help.title.arguments': 'Arguments:',
  'help.title.options': 'Options:',
  'help.title.globalOptions': 'Global Options:',
  'help.title.commands': 'Commands:',
  'help.usage.options': '[options]',
  'help.usage.command': '[command]',
  'help.note.default': 'default: {value}',
  'help.note.choices': 'choices: {values}',
  'help.note.preset': 'preset: {value}',
  'help.note.env': 'env: {name}',

  'help.err.prefix': 'error: ',
  'help.err.unknownOption': "error: unknown option '{flag}'",
  'help.err.unknownCommand': "error: unknown command '{name}'",
  'help.err.didYouMean': '(Did you mean {suggestion}?)',
  'help.err.didYouMeanOneOf': '(Did you mean one of {suggestions}?)',
  'help.err.missingArgument': "error: missing required argument '{name}'",
  'help.err.optionMissingArgument': "error: option '{flags}' argument missing",
  'help.err.missingMandatoryOptionValue': "error: required option '{flags}' not specified",
  'help.err.invalidOptionArgument': "error: option '{flags}' argument '{value}' is invalid.",
  'help.err.invalidArgument': "error: command-argument value '{value}' is invalid for argument '{name}'.",
  'help.err.excessArgumentsFor':
    "error: too many arguments for '{command}'. Expected {expected} argument{expectedPlural} but got {got}.",
  'help.err.excessArguments':
    'error: too many arguments. Expected {expected} argument{expectedPlural} but got {got}.',
  'help.err.conflictingOption': "error: option '{flags}' cannot be used with option '{other}'",

  'help.arg.scenarios': 'scenario YAML files',
  'help.arg.scenario': 'scenario YAML file',
  'help.arg.experiment': 'experiment YAML file',
  'help.opt.out': 'output folder',
  'help.opt.quiet': 'print nothing on success',
  'help.opt.quietProgress': 'print nothing on success (no progress either)',
  'help.opt.runs': 'number of runs (default: the scenario ensemble runs)',
  'help.opt.seed': 'base seed (default: the scenario ensemble seed)',
  'help.opt.workers': 'worker threads (default: available cores, {cores} here; 1 runs in-process)',
  'help.opt.shard': 'run only the k-th of n contiguous slices of the run indices',
  'help.opt.langMessages': 'language of the messages, en | zh (default: en)',
  'help.opt.langExperiment':
    'language of the messages and the report, en | zh (default: the base scenario’s language)',

  'help.validate.description':
    'check scenario files and report every problem as FILE:LINE:COL: field: message',
  'help.validate.opt.quiet': 'print nothing when the files are valid',
  'help.validate.opt.lang': 'language of the messages, en | zh',

  'help.schema.description':
    'print the JSON Schema of scenario (or --experiment) files, for editor autocompletion',
  'help.schema.opt.out': 'write it to a file instead of standard output',
  'help.schema.opt.experiment': 'print the JSON Schema of experiment files instead',

  'help.run.description':
    'run a seeded ensemble of a scenario and write curves.csv, runs.csv, summary.json and manifest.json',
  'help.run.opt.resume':
    'continue an interrupted ensemble in the output folder, running only the missing runs',
  'help.run.opt.shard':
    'run only the k-th of n contiguous slices of the run indices (combine with "cogov merge")',
  'help.run.opt.trajectories':
    'also write trajectories.csv: every run, metric and tick (for shards: pass it to merge)',
  'help.run.opt.lang': 'language of the messages and the report, en | zh (default: the scenario language)',
  'help.opt.format':
    'format of the large tables, csv | parquet (default: csv): parquet writes runs and trajectories as .parquet, and curves.parquet, points.parquet beside curves.csv, points.csv (the reports read those)',

  'help.elevator.description':
    'elevator cost-sharing calculator: per-household share table for one building unit',
  'help.elevator.opt.storeys': 'storeys of the building',
  'help.elevator.opt.perFloor': 'households per floor',
  'help.elevator.opt.area': 'exclusive area per household (m²)',
  'help.elevator.opt.cost': 'elevator cost (RMB)',
  'help.elevator.opt.subsidy': 'public subsidies (RMB)',
  'help.elevator.opt.rule': 'floor-coefficients | negotiated | shapley',
  'help.elevator.opt.compensation': 'ground-floor compensation fund as a share of cost',
  'help.elevator.opt.lang': 'language of the table and messages, en | zh',
  'help.elevator.opt.json': 'print JSON instead of a table',

  'help.merge.description':
    'combine the outputs of "cogov run --shard k/n" into curves.csv, runs.csv, summary.json, manifest.json',
  'help.merge.arg.dirs': 'shard output folders (all n shards of one ensemble)',
  'help.merge.opt.trajectories': 'also write trajectories.csv (every run, metric and tick)',
  'help.merge.opt.lang':
    'language of the messages and the report, en | zh (default: the scenario language of the shards)',

  'help.report.description':
    're-render DIR/report.html from the outputs of "cogov run", "compare", "sweep", "sensitivity", "levers" or "optimize" (for a run, with --png, every chart in DIR/figures)',
  'help.report.arg.dir': 'an output folder of cogov (the kind is read from its files)',
  'help.report.opt.lang': "report language, en | zh (default: a run's scenario language, else en)",
  'help.report.opt.png': 'also write every chart as a PNG at 300 dpi into DIR/figures (run folders)',

  'help.compare.description':
    'run scenarios on the same seeds and report each key indicator’s paired difference to the first scenario with its 95 % CI',
  'help.compare.arg.files': 'scenario YAML files; the first is the baseline',
  'help.compare.opt.runs': 'runs per scenario (default: the first scenario’s ensemble runs)',
  'help.compare.opt.seed': 'base seed (default: the first scenario’s ensemble seed)',
  'help.compare.opt.workers':
    'worker threads in all, split between the scenarios (default: available cores, {cores} here; 1 runs in-process)',
  'help.compare.opt.lang':
    'language of the messages and the report, en | zh (default: the first scenario’s language)',

  'help.levers.description':
    'check every policy instrument of a scenario: each lever’s variant (mostly off) against the scenario on the same seeds, with the expected direction, the paired effect and its 95 % CI, and a verdict',
  'help.levers.opt.runs': 'paired runs (default: the scenario’s ensemble runs; at least 2)',
  'help.levers.opt.only': 'check only these levers (comma-separated ids, e.g. ppp,insurance)',
  'help.levers.opt.out': 'also write levers.csv, levers.json, report.html and manifest.json to this folder',
  'help.levers.opt.lang':
    'language of the table, the messages and the report, en | zh (default: the scenario language)',

  'help.sweep.description':
    'run an experiment design (grid, lhs, morris, sobol) and write points.csv (one row per design point × replicate), design.csv, manifest.json',
  'help.sweep.opt.resume': 'continue an interrupted sweep in the output folder',

  'help.sensitivity.description':
    'global sensitivity analysis of a morris or sobol experiment: morris.csv (mu, mu*, sigma) or sobol.csv (S1, ST with bootstrap CIs) and sensitivity.json',
  'help.sensitivity.arg.experiment': 'experiment YAML file with a morris or sobol design',
  'help.sensitivity.opt.points':
    'analyse these points.csv files (e.g. sweep shards) instead of running the design',
  'help.sensitivity.opt.resume': 'continue an interrupted run of the design in the output folder',

  'help.game.description':
    'three-player evolutionary game: the renewal game (government, enterprises, residents: ESS table, replicator ODE and agent-based end states; --out writes trajectories.csv) or any game file with players: and an eight-profile payoff table (per stage: replicator equations, equilibria with eigenvalues and stability, where the starts end; --out writes equilibria.csv, outcomes.csv, trajectories.csv, replicator.csv, scan.csv, report.html)',
  'help.game.arg.file': 'game YAML file (e.g. scenarios/games/tripartite-default.yaml)',
  'help.game.opt.out': 'write DIR/trajectories.csv (start, source ode|abm, t, x, y, z)',
  'help.game.opt.starts':
    '"grid" (the file\'s grid of interior starts) or x,y,z[;x,y,z...] (default: the file\'s starts)',
  'help.game.opt.agents':
    'agents per population of the agent-based mode, 0 for the ODE only (default: the file)',
  'help.game.opt.seed': 'base seed of the agent-based runs (default: the file)',
  'help.game.opt.lang': 'language of the tables and messages, en | zh (default: en)',

  'help.slurm.description':
    'write a Slurm job array (task k runs --shard k/K), a dependent merge job and submit.sh for an ensemble or a sweep',
  'help.slurm.arg.file': 'scenario YAML file (or use --sweep)',
  'help.slurm.opt.sweep': 'an experiment YAML file: run its design as the array',
  'help.slurm.opt.tasks': 'array tasks (shards)',
  'help.slurm.opt.cpus': 'CPUs per task (--cpus-per-task)',
  'help.slurm.opt.workers': 'worker threads per task (default: --cpus)',
  'help.slurm.opt.out': 'output folder: shards in DIR/shard-k, merged outputs in DIR (default: out/ID)',
  'help.slurm.opt.scriptDir': 'folder of the scripts and logs/ (default: OUT/slurm)',
  'help.slurm.opt.partition': 'Slurm partition',
  'help.slurm.opt.account': 'Slurm account',
  'help.slurm.opt.time': 'time limit of each job, e.g. 02:00:00 or 1-00:00:00',
  'help.slurm.opt.mem': 'memory per node, e.g. 4G',
  'help.slurm.opt.cogov': 'command that starts cogov in a job (default: this node and this cogov)',
  'help.slurm.opt.trajectories': 'also write and merge trajectories.csv',
  'help.slurm.opt.lang':
    'language of the messages, en | zh (default: the language of the scenario, or of the experiment’s base scenario)',

  'help.explore.description':
    'serve the browser explorer (levers, live ensemble bands) on 127.0.0.1 and print its URL',
  'help.explore.opt.port': 'port on 127.0.0.1 (0 = any free port)',
  'help.explore.opt.rebuild': 'rebuild the web app before serving',
} as const;

export const ZH: Record<keyof typeof EN, string> = {
  'help.program.description': '协同治理下老旧小区更新的多主体仿真：政府、企业、居民与社会组织',
  'help.version': '输出版本号',
  'help.help': '显示命令的帮助',
  'help.afterError': '（运行 "cogov --help --lang zh" 查看用法）',

  'help.title.usage': '用法：',
  'help.title.arguments': '参数：',
  'help.title.options': '选项：',
  'help.title.globalOptions': '全局选项：',
  'help.title.commands': '命令：',
  'help.usage.options': '[选项]',
  'help.usage.command': '[命令]',
  'help.note.default': '默认：{value}',
  'help.note.choices': '可选值：{values}',
  'help.note.preset': '预设值：{value}',
  'help.note.env': '环境变量：{name}',

  'help.err.prefix': '错误：',
  'help.err.unknownOption': "错误：未知选项 '{flag}'",
  'help.err.unknownCommand': "错误：未知命令 '{name}'",
  'help.err.didYouMean': '（您是指 {suggestion} 吗？）',
  'help.err.didYouMeanOneOf': '（您是指以下之一吗？{suggestions}）',
  'help.err.missingArgument': "错误：缺少必需的参数 '{name}'",
  'help.err.optionMissingArgument': "错误：选项 '{flags}' 缺少参数值",
  'help.err.missingMandatoryOptionValue': "错误：未指定必需的选项 '{flags}'",
  'help.err.invalidOptionArgument': "错误：选项 '{flags}' 的参数值 '{value}' 无效。",
  'help.err.invalidArgument': "错误：参数 '{name}' 的值 '{value}' 无效。",
  'help.err.excessArgumentsFor': "错误：命令 '{command}' 的参数过多：应为 {expected} 个，实际为 {got} 个。",
  'help.err.excessArguments': '错误：参数过多：应为 {expected} 个，实际为 {got} 个。',
  'help.err.conflictingOption': "错误：选项 '{flags}' 不能与选项 '{other}' 同时使用",

  'help.arg.scenarios': '情景 YAML 文件',
  'help.arg.scenario': '情景 YAML 文件',
  'help.arg.experiment': '实验 YAML 文件',
  'help.opt.out': '输出文件夹',
  'help.opt.quiet': '成功时不输出任何内容',
  'help.opt.quietProgress': '成功时不输出任何内容（也不显示进度）',
  'help.opt.runs': '运行次数（默认：情景的 ensemble.runs）',
  'help.opt.seed': '基础种子（默认：情景的 ensemble.seed）',
  'help.opt.workers': '工作线程数（默认：可用核心数，本机为 {cores}；1 表示在主进程内运行）',
  'help.opt.shard': '把运行编号分成 n 个连续区段，只运行其中第 k 段',
  'help.opt.langMessages': '消息的语言，en | zh（默认：en）',
  'help.opt.langExperiment': '消息和报告的语言，en | zh（默认：基准情景的语言）',

  'help.validate.description': '检查情景文件，每个问题按 FILE:LINE:COL: field: message 的格式报告',
  'help.validate.opt.quiet': '文件有效时不输出任何内容',
  'help.validate.opt.lang': '消息的语言，en | zh',

  'help.schema.description': '输出情景文件（或 --experiment 实验文件）的 JSON Schema，供编辑器自动补全',
  'help.schema.opt.out': '写入文件，而不是标准输出',
  'help.schema.opt.experiment': '改为输出实验文件的 JSON Schema',

  'help.run.description':
    '按种子运行一个情景的集合模拟，写出 curves.csv、runs.csv、summary.json 和 manifest.json',
  'help.run.opt.resume': '继续输出文件夹中被中断的集合运行，只补跑缺少的运行',
  'help.run.opt.shard': '把运行编号分成 n 个连续区段，只运行其中第 k 段（之后用 "cogov merge" 合并）',
  'help.run.opt.trajectories':
    '同时写出 trajectories.csv：每次运行、每个指标、每个时间步（分片时：也传给 merge）',
  'help.run.opt.lang': '消息和报告的语言，en | zh（默认：情景的语言）',
  'help.opt.format':
    '大表的文件格式，csv | parquet（默认：csv）：parquet 时 runs 和 trajectories 写成 .parquet，并在 curves.csv、points.csv 旁另写 curves.parquet、points.parquet（报告读取这两个 CSV）',

  'help.elevator.description': '加装电梯费用分摊计算器：一个单元各户的分摊表',
  'help.elevator.opt.storeys': '楼层数',
  'help.elevator.opt.perFloor': '每层户数',
  'help.elevator.opt.area': '每户专有部分面积，单位 m²',
  'help.elevator.opt.cost': '加装电梯费用，单位元',
  'help.elevator.opt.subsidy': '政府补贴，单位元',
  'help.elevator.opt.rule': '分摊规则：楼层系数 floor-coefficients | 协商 negotiated | 沙普利值 shapley',
  'help.elevator.opt.compensation': '底层住户补偿金占费用的比例',
  'help.elevator.opt.lang': '表格和消息的语言，en | zh',
  'help.elevator.opt.json': '输出 JSON，而不是表格',

  'help.merge.description':
    '把 "cogov run --shard k/n" 的输出合并为 curves.csv、runs.csv、summary.json、manifest.json',
  'help.merge.arg.dirs': '各分片的输出文件夹（同一集合运行的全部 n 个分片）',
  'help.merge.opt.trajectories': '同时写出 trajectories.csv（每次运行、每个指标、每个时间步）',
  'help.merge.opt.lang': '消息和报告的语言，en | zh（默认：分片所属情景的语言）',

  'help.report.description':
    '根据 "cogov run"、"compare"、"sweep"、"sensitivity"、"levers" 或 "optimize" 的输出重新生成 DIR/report.html（单情景运行加 --png 时还把每张图写入 DIR/figures）',
  'help.report.arg.dir': 'cogov 的任一输出文件夹（按其中的文件识别类型）',
  'help.report.opt.lang': '报告的语言，en | zh（默认：单情景运行为情景的语言，否则为 en）',
  'help.report.opt.png': '同时把每张图以 300 dpi 的 PNG 写入 DIR/figures（单情景运行）',

  'help.compare.description':
    '用相同的种子运行多个情景，报告每个关键指标与第一个情景的配对差异及其 95% 置信区间',
  'help.compare.arg.files': '情景 YAML 文件；第一个为基准情景',
  'help.compare.opt.runs': '每个情景的运行次数（默认：第一个情景的 ensemble.runs）',
  'help.compare.opt.seed': '基础种子（默认：第一个情景的 ensemble.seed）',
  'help.compare.opt.workers':
    '工作线程总数，由各情景分用（默认：可用核心数，本机为 {cores}；1 表示在主进程内运行）',
  'help.compare.opt.lang': '消息和报告的语言，en | zh（默认：第一个情景的语言）',

  'help.levers.description':
    '检验情景中的每项政策工具：各政策工具的变体（多为关闭）与情景使用相同的种子运行，给出预期方向、配对效应及其95%置信区间和结论',
  'help.levers.opt.runs': '配对运行次数（默认：情景的 ensemble.runs；至少 2）',
  'help.levers.opt.only': '只检验这些政策工具（以逗号分隔的编号，例如 ppp,insurance）',
  'help.levers.opt.out': '同时把 levers.csv、levers.json、report.html 和 manifest.json 写入该文件夹',
  'help.levers.opt.lang': '表格、消息和报告的语言，en | zh（默认：情景的语言）',

  'help.sweep.description':
    '运行一个实验设计（grid、lhs、morris、sobol），写出 points.csv（每个设计点 × 每次重复一行）、design.csv、manifest.json',
  'help.sweep.opt.resume': '继续输出文件夹中被中断的扫描',

  'help.sensitivity.description':
    'morris 或 sobol 实验的全局敏感性分析：写出 morris.csv（mu、mu*、sigma）或 sobol.csv（S1、ST 及其自助法置信区间），以及 sensitivity.json',
  'help.sensitivity.arg.experiment': '采用 morris 或 sobol 设计的实验 YAML 文件',
  'help.sensitivity.opt.points': '分析这些 points.csv 文件（例如扫描的各分片），而不运行实验设计',
  'help.sensitivity.opt.resume': '继续输出文件夹中被中断的实验设计运行',

  'help.game.description':
    '三方演化博弈：老旧小区改造博弈（政府、企业、居民：ESS 表、复制动态 ODE 与多主体模式的终态；--out 写出 trajectories.csv），或任何含 players: 和八种策略组合支付矩阵的博弈文件（逐阶段：复制动态方程、均衡点及其特征值与稳定性、各初始点的终点；--out 写出 equilibria.csv、outcomes.csv、trajectories.csv、replicator.csv、scan.csv、report.html）',
  'help.game.arg.file': '博弈 YAML 文件（例如 scenarios/games/tripartite-default.yaml）',
  'help.game.opt.out': '写出 DIR/trajectories.csv（start、source ode|abm、t、x、y、z）',
  'help.game.opt.starts': '"grid"（文件中内部初始点的网格）或 x,y,z[;x,y,z...]（默认：文件中的初始点）',
  'help.game.opt.agents': '多主体模式中每个群体的主体数，0 表示只算 ODE（默认：取自文件）',
  'help.game.opt.seed': '多主体运行的基础种子（默认：取自文件）',
  'help.game.opt.lang': '表格和消息的语言，en | zh（默认：en）',

  'help.slurm.description':
    '为集合运行或扫描写出 Slurm 作业数组（任务 k 运行 --shard k/K）、一个依赖它的合并作业和 submit.sh',
  'help.slurm.arg.file': '情景 YAML 文件（或改用 --sweep）',
  'help.slurm.opt.sweep': '实验 YAML 文件：把它的实验设计作为作业数组运行',
  'help.slurm.opt.tasks': '数组任务数（分片数）',
  'help.slurm.opt.cpus': '每个任务的 CPU 数，即 --cpus-per-task',
  'help.slurm.opt.workers': '每个任务的工作线程数（默认：--cpus）',
  'help.slurm.opt.out': '输出文件夹：分片在 DIR/shard-k，合并结果在 DIR（默认：out/ID）',
  'help.slurm.opt.scriptDir': '脚本和 logs/ 所在的文件夹（默认：OUT/slurm）',
  'help.slurm.opt.partition': 'Slurm 分区',
  'help.slurm.opt.account': 'Slurm 账户',
  'help.slurm.opt.time': '每个作业的时间上限，例如 02:00:00 或 1-00:00:00',
  'help.slurm.opt.mem': '每个节点的内存，例如 4G',
  'help.slurm.opt.cogov': '在作业中启动 cogov 的命令（默认：当前的 node 和当前的 cogov）',
  'help.slurm.opt.trajectories': '同时写出并合并 trajectories.csv',
  'help.slurm.opt.lang': '消息的语言，en | zh（默认：情景的语言，或实验的基准情景的语言）',

  'help.explore.description': '在 127.0.0.1 上启动浏览器界面（政策杠杆、实时集合区间带）并输出其网址',
  'help.explore.opt.port': '127.0.0.1 上的端口，0 表示任一空闲端口',
  'help.explore.opt.rebuild': '启动前重新构建网页应用',
};

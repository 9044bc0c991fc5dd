/** Messages of `slurm`. */
export const EN = {
  slurmFileOrSweep: 'cogov slurm: give either a scenario FILE or --sweep EXPERIMENT, not both or neither',
  slurmCogovLine:
    'cogov slurm: --cogov must be one line of shell words, e.g. "cogov" or "node /opt/cogov/bin/cogov.js"',
  slurmSweepFlags:
    "cogov slurm --sweep: {flags} do not apply: a sweep's runs and seed come from the experiment file and each task runs in one thread",
  slurmTooManyTasks: 'cogov slurm: cannot split {runs} runs into {tasks} tasks',
  slurmScriptDir:
    'cogov slurm: the script folder {dir} goes into #SBATCH --output lines: choose one without blanks, quotes, $, ` or %',
  slurmMustBe: '{flag} must be {what}, got "{value}"',
  slurmPartitionName: 'a partition name',
  slurmAccountName: 'an account name',
  slurmTimeLimit: 'a Slurm time such as 30, 02:00:00 or 1-12:00:00',
  slurmMemSize: 'like 4000M or 4G',
  slurmPlan:
    '{runs} runs (seed {seed}) as {tasks} array tasks of {each} runs (task k = shard k/{tasks}), merged into {out}',
  slurmSubmit: 'submit with: bash {script}',
  slurmControlChar:
    'cogov slurm: {what} {path} holds a control character (newline, tab, escape …), which would break the generated scripts: rename it or choose another path',
  slurmWhatFile: 'the file',
  slurmWhatOut: 'the --out folder',
  slurmWhatScriptDir: 'the --script-dir folder',
} as const;

export const ZH: Record<keyof typeof EN, string> = {
  slurmFileOrSweep: 'cogov slurm：请给出情景文件 FILE 或 --sweep EXPERIMENT，二者只能选其一',
  slurmCogovLine:
    'cogov slurm：--cogov 必须是一行 shell 命令，例如 "cogov" 或 "node /opt/cogov/bin/cogov.js"',
  slurmSweepFlags:
    'cogov slurm --sweep：{flags} 不适用：扫描的运行次数和种子来自实验文件，每个任务单线程运行',
  slurmTooManyTasks: 'cogov slurm：无法把 {runs} 次运行分成 {tasks} 个任务',
  slurmScriptDir:
    'cogov slurm：脚本文件夹 {dir} 会写入 #SBATCH --output 行：请选择不含空格、引号、$、` 或 % 的路径',
  slurmMustBe: '{flag} 必须是{what}，收到 "{value}"',
  slurmPartitionName: '分区名',
  slurmAccountName: '账户名',
  slurmTimeLimit: ' Slurm 时间，例如 30、02:00:00 或 1-12:00:00',
  slurmMemSize: '形如 4000M 或 4G 的内存大小',
  slurmPlan:
    '{runs} 次运行（种子 {seed}）分为 {tasks} 个数组任务，每个 {each} 次运行（任务 k = 分片 k/{tasks}），合并到 {out}',
  slurmSubmit: '提交：bash {script}',
  slurmControlChar:
    'cogov slurm：{what} {path} 含有控制字符（换行、制表符、转义符等），会破坏生成的脚本：请重命名或选择其他路径',
  slurmWhatFile: '文件',
  slurmWhatOut: '--out 文件夹',
  slurmWhatScriptDir: '--script-dir 文件夹',
};

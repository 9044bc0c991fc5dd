/** Messages of `optimize` and of the run journal it reads back on --resume. */
export const EN = {
  optimiseDiscard: 'cogov: discarding the unfinished optimisation in {out} (use --resume to continue it)',
  optimiseInterrupted:
    'cogov: optimisation interrupted after {done} runs; finished runs are in {file}. Continue with:\n  {command} --resume',
  optimiseRunFailed:
    'run {index} (candidate {candidate}: {values}; state {state}; seed {seed}) failed: {message}',
  optimiseCannotResume: 'cogov optimize: cannot resume: {message}',
  optimiseNoShard:
    'cogov optimize: --shard is not supported: NSGA-II generations depend on each other, so an optimisation runs as one process; on a cluster run it as one job with --workers set to the node’s cores',
  optimiseSummary:
    '{file}: NSGA-II, {generations} generations, {candidates} candidates, {runs} runs in {time} on {threads}{resumed}',
  optimiseGeneration: 'generation {generation} of {generations}: {runs} runs{resumed}',
  optimiseMin: 'lowest',
  optimiseMax: 'highest',
  optimiseFront: 'feasible non-dominated candidates on the front: {n}',
  optimiseNoFront: 'feasible non-dominated candidates on the front: none (no candidate met every constraint)',
  optimiseBest: '  {direction} {objective} on the front: {value} (candidate {candidate}: {values})',
  journalIncomplete: '{source}: the last line is incomplete',
  journalColumns:
    "{source}: the columns differ from this optimisation's (levers, uncertainties or indicators changed?)",
  journalMismatch: '{where}: run {run} does not match this optimisation (other file, seed or settings?)',
  journalValue: '{where}: {column} is "{value}", not a number (the file was edited or damaged)',
  journalExtra: '{source}: has {rows} runs, more than this optimisation makes ({runs})',
  'help.optimize.description':
    'search for the mixes of policy levers that best trade off objectives under constraints (NSGA-II, replicates on common random numbers, optional states of the world); writes runs.csv, evaluations.csv, pareto.csv, convergence.csv, manifest.json',
  'help.optimize.arg.file': 'optimisation YAML file (kind: optimisation)',
  'help.optimize.opt.resume': 'continue an interrupted optimisation from its journal in the output folder',
  'help.optimize.opt.shard': 'not supported: an optimisation runs as one process (use --workers)',
  'help.schema.opt.optimisation': 'print the JSON Schema of optimisation files instead',
} as const;

export const ZH: Record<keyof typeof EN, string> = {
  optimiseDiscard: 'cogov：丢弃 {out} 中未完成的优化（如需继续请使用 --resume）',
  optimiseInterrupted:
    'cogov：优化在完成 {done} 次运行后中断；已完成的运行保存在 {file}。继续运行：\n  {command} --resume',
  optimiseRunFailed:
    '运行 {index}（候选方案 {candidate}：{values}；世界状态 {state}；种子 {seed}）失败：{message}',
  optimiseCannotResume: 'cogov optimize：无法继续：{message}',
  optimiseNoShard:
    'cogov optimize：不支持 --shard：NSGA-II 各代相互依赖，优化须在一个进程中运行；在集群上请作为单个作业运行，并将 --workers 设为节点的核数',
  optimiseSummary:
    '{file}：NSGA-II，{generations} 代，{candidates} 个候选方案，{runs} 次运行用时 {time}，{threads}{resumed}',
  optimiseGeneration: '第 {generation} 代（共 {generations} 代）：{runs} 次运行{resumed}',
  optimiseMin: '最低',
  optimiseMax: '最高',
  optimiseFront: '帕累托前沿：{n} 个可行的非支配候选方案',
  optimiseNoFront: '帕累托前沿：未找到可行的候选方案',
  optimiseBest: '  前沿上 {objective} {direction}：{value}（候选方案 {candidate}：{values}）',
  journalIncomplete: '{source}：最后一行不完整',
  journalColumns: '{source}：列与本优化的不一致（政策杠杆、不确定因素或指标改变了？）',
  journalMismatch: '{where}：运行 {run} 与本优化不符（文件、种子或设置不同？）',
  journalValue: '{where}：{column} 为 "{value}"，不是数字（文件被修改或已损坏）',
  journalExtra: '{source}：含 {rows} 次运行，多于本优化的 {runs} 次',
  'help.optimize.description':
    '搜索在约束下最能兼顾各目标的政策杠杆组合（NSGA-II，重复运行采用共同随机数，可选多种世界状态）；写出 runs.csv、evaluations.csv、pareto.csv、convergence.csv、manifest.json',
  'help.optimize.arg.file': '优化 YAML 文件（kind: optimisation）',
  'help.optimize.opt.resume': '根据输出文件夹中的日志继续被中断的优化',
  'help.optimize.opt.shard': '不支持：优化须在一个进程中运行（请使用 --workers）',
  'help.schema.opt.optimisation': '改为输出优化文件的 JSON Schema',
};

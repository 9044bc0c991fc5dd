/** Messages of `run` (and `validate`): summary, progress, journal, interruption and failed runs. */
export const EN = {
  runs: '{n} runs',
  shard: 'shard {k} (runs {first}–{last} of {n})',
  alreadyDone: '{scenario}: {what}, seed {seed}: already finished in {out}; nothing to run',
  summary:
    '{scenario}: {what}, seed {seed}, {workers} worker{workersPlural}: {executed} run{executedPlural} in {time} ({rate} runs/s){resumed}',
  resumed: ', {n} resumed from the journal',
  progress: 'runs {done}/{total}{resumed} · {rate} runs/s · ETA {eta}',
  progressResumed: ' ({n} resumed)',
  validOk: '{file}: ok',
  discardJournal:
    'cogov: discarding the journal of an unfinished ensemble in {out} (use --resume to continue it)',
  interrupted: 'cogov: {message}; finished runs are journaled in {out}. Continue with:\n  {command} --resume',
  interruptedAfter: 'interrupted after {done} of {total} runs',
  runFailed:
    'cogov: run {index} (seed {seed}) failed{others}: {message}\nno summary was written. Reproduce this run alone with:\n  {command}',
  runFailedOthers: ' ({n} runs failed; the lowest index is shown)',
} as const;

export const ZH: Record<keyof typeof EN, string> = {
  runs: '{n} 次运行',
  shard: '分片 {k}（第 {first}–{last} 次运行，共 {n} 次）',
  alreadyDone: '{scenario}：{what}，种子 {seed}：{out} 中已全部完成，无需运行',
  summary:
    '{scenario}：{what}，种子 {seed}，{workers} 个工作线程：{executed} 次运行用时 {time}（每秒 {rate} 次）{resumed}',
  resumed: '，其中 {n} 次从日志恢复',
  progress: '运行 {done}/{total}{resumed} · 每秒 {rate} 次 · 预计剩余 {eta}',
  progressResumed: '（{n} 次已恢复）',
  validOk: '{file}：有效',
  discardJournal: 'cogov：丢弃 {out} 中未完成集合运行的日志（如需继续请使用 --resume）',
  interrupted: 'cogov：{message}；已完成的运行记录在 {out} 的日志中。继续运行：\n  {command} --resume',
  interruptedAfter: '共 {total} 次运行，完成 {done} 次后中断',
  runFailed:
    'cogov：运行 {index}（种子 {seed}）失败{others}：{message}\n未写入汇总。单独重现这次运行：\n  {command}',
  runFailedOthers: '（共 {n} 次运行失败，显示编号最小的一次）',
};

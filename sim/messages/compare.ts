/** Messages of `compare`: the paired differences, totals and errors. */
export const EN = {
  compareTwoFiles: 'cogov compare: give at least two scenario files',
  compareInterrupted: 'cogov compare: interrupted; nothing was written',
  compareRunFailed: 'run {index} (seed {seed}) of {scenario} failed: {message}',
  compareCalendars:
    '{file} runs {start}..{end}, but {baseline} runs {baselineStart}..{baselineEnd}: paired curves need the same months',
  compareHeading: '{scenario} − {baseline} (paired, {runs} runs, 95 % CI):',
  compareNotDistinguishable: '  (not distinguishable from 0)',
  compareBetter: '  better',
  compareWorse: '  worse',
  compareTotals: '{scenarios} scenarios × {runs} runs in {time}',
} as const;

export const ZH: Record<keyof typeof EN, string> = {
  compareTwoFiles: 'cogov compare：请至少给出两个情景文件',
  compareInterrupted: 'cogov compare：已中断，未写入任何文件',
  compareRunFailed: '{scenario} 的运行 {index}（种子 {seed}）失败：{message}',
  compareCalendars:
    '{file} 的模拟期为 {start}..{end}，而 {baseline} 为 {baselineStart}..{baselineEnd}：配对曲线需要相同的月份',
  compareHeading: '{scenario} − {baseline}（配对差异，{runs} 次运行，95% 置信区间）：',
  compareNotDistinguishable: '  （与 0 无显著差异）',
  compareBetter: '  更好',
  compareWorse: '  更差',
  compareTotals: '{scenarios} 个情景 × {runs} 次运行，用时 {time}',
};

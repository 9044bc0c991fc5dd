/** Messages of `levers`: the table of lever checks, its tally and errors. */
export const EN = {
  leversHeading:
    'Lever effects on {scenario}: variant − scenario over {runs} paired runs (seed {seed}), mean and 95 % CI',
  leversColInstrument: 'instrument',
  leversColVariant: 'variant',
  leversColIndicator: 'indicator',
  leversColExpected: 'exp.',
  leversColEffect: 'effect [95 % CI]',
  leversColRelative: 'relative',
  leversColVerdict: 'verdict',
  leversAsExpected: 'as expected',
  leversNotDistinguishable: 'not distinguishable',
  leversOpposite: 'opposite',
  leversSummary:
    '{asExpected} of {checks} checks as expected, {notDistinguishable} not distinguishable, {opposite} opposite',
  leversNotApplicable: 'not checked (the instrument is off in the scenario): {ids}',
  leversTotals: '{scenarios} scenarios × {runs} runs in {time}',
  leversUnknown: '--only: unknown lever {ids}; valid levers: {valid}',
  leversNoneApply: 'no lever of {only} applies to the scenario (its instruments are off)',
  leversNoneApplyAll: 'no lever applies to the scenario (every instrument is off)',
  leversTooFewRuns:
    'a lever table needs at least 2 runs for its confidence intervals; the scenario’s ensemble.runs is {runs}: give --runs 2 or more',
  leversForeign: '{out} holds {files}, not written by cogov; choose another --out folder or move them away',
  leversInterrupted: 'cogov levers: interrupted; nothing was written',
  leversRunFailed: 'run {index} (seed {seed}) of {variant} failed: {message}',
  leversVariantInvalid: 'the variant of lever {lever} is not a valid scenario: {message}',
} as const;

export const ZH: Record<keyof typeof EN, string> = {
  leversHeading:
    '{scenario} 的政策工具效应：变体 − 情景，{runs} 次配对运行（种子 {seed}），均值及95%置信区间',
  leversColInstrument: '政策工具',
  leversColVariant: '变体',
  leversColIndicator: '指标',
  leversColExpected: '预期',
  leversColEffect: '效应 [95%置信区间]',
  leversColRelative: '相对情景',
  leversColVerdict: '结论',
  leversAsExpected: '符合预期',
  leversNotDistinguishable: '无法区分',
  leversOpposite: '方向相反',
  leversSummary:
    '{checks} 项检验中 {asExpected} 项符合预期，{notDistinguishable} 项无法区分，{opposite} 项方向相反',
  leversNotApplicable: '未检验（情景中未启用该政策工具）：{ids}',
  leversTotals: '{scenarios} 个情景 × {runs} 次运行，用时 {time}',
  leversUnknown: '--only：未知的政策工具 {ids}；可用的有：{valid}',
  leversNoneApply: '{only} 中没有适用于该情景的政策工具（均未启用）',
  leversNoneApplyAll: '没有适用于该情景的政策工具（均未启用）',
  leversTooFewRuns:
    '政策工具检验至少需要 2 次运行才能给出置信区间；情景的 ensemble.runs 为 {runs}：请用 --runs 2 或更多',
  leversForeign: '{out} 中的 {files} 不是 cogov 写入的；请换一个 --out 文件夹或先移走这些文件',
  leversInterrupted: 'cogov levers：已中断，未写入任何文件',
  leversRunFailed: '{variant} 的运行 {index}（种子 {seed}）失败：{message}',
  leversVariantInvalid: '政策工具 {lever} 的变体不是有效的情景：{message}',
};

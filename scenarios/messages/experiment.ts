/** Loader messages about experiment files: factors, designs and the scenarios they make. */

export const EN = {
  'exp.rangeOrder': 'expected [min, max] with min < max',
  'exp.rangeOrValues': 'expected exactly one of range: [min, max] or values: [...]',
  'exp.evenLevels': 'expected an even number of levels',
  'exp.repeatedFactor': 'factor "{name}" repeats factors[{first}]; give each factor its own path or name',
  'exp.sobolFactors':
    'the Sobol’ sequence supports at most {limit} factors (got {count}); use sampler: random',
  'exp.baseNotFound': 'base scenario {file} not found (the path is relative to the experiment file)',
  'exp.problem': '{path}: {message}',
  'exp.invalidValue': '{value} for {path} makes an invalid scenario: {problem}',
  'exp.invalidPoint': 'design point {point} ({values}) makes an invalid scenario: {problems}',
  'exp.tooManyRuns': 'the design asks for {runs} runs; the limit is {limit}',

  'patch.notList': '{here} is not a list, so [{index}] does not apply',
  'patch.pastEnd': '{here} has {count} entries; index [{index}] is past its end',
  'patch.notGroup': '{here} is not a group of fields, so .{name} does not apply',
  'patch.noField': 'the scenario has no field "{name}" in {here}{hint}',
  'patch.isList': '{path} is a list; address one entry, e.g. {path}[0]',
  'patch.isGroup': '{path} is a group of fields ({keys}), not a value; use e.g. {path}.{first}',
  'patch.reserved':
    'expected a path of scenario fields; "{name}" is a reserved JavaScript name (__proto__, constructor, prototype), not a scenario field',
} as const;

export const ZH: Record<keyof typeof EN, string> = {
  'exp.rangeOrder': '应为 [min, max]，且 min < max',
  'exp.rangeOrValues': '应恰好给出 range: [min, max] 与 values: [...] 中的一项',
  'exp.evenLevels': '水平数应为偶数',
  'exp.repeatedFactor': '因子 "{name}" 与 factors[{first}] 重复；请为每个因子指定不同的路径或名称',
  'exp.sobolFactors': 'Sobol’ 序列最多支持 {limit} 个因子（实际为 {count} 个）；请使用 sampler: random',
  'exp.baseNotFound': '找不到基准情景 {file}（该路径相对于实验文件）',
  'exp.problem': '{path}：{message}',
  'exp.invalidValue': '{path} 取 {value} 时情景无效：{problem}',
  'exp.invalidPoint': '设计点 {point}（{values}）得到的情景无效：{problems}',
  'exp.tooManyRuns': '该设计需要 {runs} 次运行，上限为 {limit} 次',

  'patch.notList': '{here} 不是列表，不能使用 [{index}]',
  'patch.pastEnd': '{here} 只有 {count} 项；下标 [{index}] 超出了末尾',
  'patch.notGroup': '{here} 不是字段组，不能使用 .{name}',
  'patch.noField': '情景的 {here} 中没有字段 "{name}"{hint}',
  'patch.isList': '{path} 是列表；请指定其中一项，例如 {path}[0]',
  'patch.isGroup': '{path} 是字段组（{keys}），不是单个值；请使用例如 {path}.{first}',
  'patch.reserved':
    '应为由情景字段组成的路径；"{name}" 是 JavaScript 保留名称（__proto__、constructor、prototype），不是情景字段',
};

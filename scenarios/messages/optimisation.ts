/** Loader messages about optimisation files (`cogov optimize`): levers, objectives, constraints, uncertainties. */

export const EN = {
  'opt.leverRange': 'a {type} lever needs range: [min, max] and no values',
  'opt.leverValues': 'a categorical lever needs values: [...] (at least two) and no range',
  'opt.leverBoolean': 'a boolean lever takes neither range nor values',
  'opt.integerRange': 'an integer lever’s range must have whole-number ends',
  'opt.repeatedName': 'column "{name}" is already used by {first}; give this one its own name',
  'opt.thresholdNeeded': 'robustness: satisficing needs a threshold (the value a state must reach)',
  'opt.thresholdUnused': 'threshold applies only to robustness: satisficing',
  'opt.robustnessNoStates':
    'robustness: {measure} compares states of the world; add uncertainties, or use robustness: mean',
  'opt.maxReplicates': 'maxReplicates ({max}) must be at least replicates ({min})',
  'opt.tooManyRuns': 'the optimisation may ask for up to {runs} runs; the limit is {limit}',
  'opt.leverInvalid': '{value} for lever {path} makes an invalid scenario: {problem}',
  'opt.epsilonLength': 'expected one ε per objective ({objectives}), got {count}',
  'opt.budgetSmall': 'budget {budget} is smaller than the initial population’s {runs} runs',
} as const;

export const ZH: Record<keyof typeof EN, string> = {
  'opt.leverRange': '{type} 类型的政策杠杆需要 range: [min, max]，且不能给出 values',
  'opt.leverValues': 'categorical 类型的政策杠杆需要 values: [...]（至少两项），且不能给出 range',
  'opt.leverBoolean': 'boolean 类型的政策杠杆既不取 range 也不取 values',
  'opt.integerRange': 'integer 类型政策杠杆的 range 两端应为整数',
  'opt.repeatedName': '列名 "{name}" 已被 {first} 使用；请为此项另取名称',
  'opt.thresholdNeeded': 'robustness: satisficing 需要 threshold（各世界状态须达到的值）',
  'opt.thresholdUnused': 'threshold 只适用于 robustness: satisficing',
  'opt.robustnessNoStates':
    'robustness: {measure} 比较各世界状态；请添加 uncertainties，或使用 robustness: mean',
  'opt.maxReplicates': 'maxReplicates（{max}）应不小于 replicates（{min}）',
  'opt.tooManyRuns': '该优化最多可能需要 {runs} 次运行，上限为 {limit} 次',
  'opt.leverInvalid': '政策杠杆 {path} 取 {value} 时情景无效：{problem}',
  'opt.epsilonLength': '应为每个目标给出一个 ε（共 {objectives} 个），实际为 {count} 个',
  'opt.budgetSmall': '预算 {budget} 小于初始种群所需的 {runs} 次运行',
};

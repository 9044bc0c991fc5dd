/** Messages and help of `trace`: the story of a community from the event log. */
export const EN = {
  'help.trace.description':
    'the story of a community in one seeded run, as a dated timeline from the event log (or the communities that never completed, and why)',
  'help.trace.opt.seed': 'seed of the run, as runOne takes it (default: the scenario ensemble seed)',
  'help.trace.opt.community':
    'the community to follow: its name (as printed, e.g. C0042) or its id (0-based)',
  'help.trace.opt.stalled': 'list the communities that never completed: the step where each stopped and why',
  'help.trace.opt.random': 'follow n communities chosen at random (seeded by --seed)',
  'help.trace.opt.json': 'print JSON (events and reasons as data) instead of text',
  'help.trace.opt.limit': 'with --stalled: show the first k only (the count of all is still given)',
  'help.trace.opt.lang': 'language of the story and messages, en | zh (default: the scenario language)',
  traceOneOf: 'give exactly one of --community, --stalled or --random',
  traceUnknownCommunity:
    'no community "{value}" in {scenario}: give a name such as {example} or an id from 0 to {max}',
  traceRandomTooMany: '--random {n} asks for more communities than {scenario} has ({count})',
  traceHeader: '{name} (id {id}, {district}) — {scenario}, seed {seed}, {from} to {to}: {n} events',
  traceNoEvents: '(no events: nothing happened to it in this run)',
  traceRenovatedBefore: '(renovated before the start: no renovation project in this run)',
  traceStalledHeader:
    '{scenario}, seed {seed}, {from} to {to}: {n} of the {pending} communities pending at the start never completed{shown}.',
  traceStalledShown: '; the first {k} follow',
  traceStalledNone:
    '{scenario}, seed {seed}, {from} to {to}: all {pending} communities pending at the start completed.',
  traceStalledRow: '{name} (id {id}, {district}) — stopped at: {step}. {why}',
  traceStalledLast: '    last event: {line}',
} as const;

export const ZH: Record<keyof typeof EN, string> = {
  'help.trace.description':
    '某个小区在一次种子运行中的经历：按日期排列的事件时间线（或从未完工的小区及其原因）',
  'help.trace.opt.seed': '该次运行的种子，即 runOne 的种子（默认：情景的 ensemble.seed）',
  'help.trace.opt.community': '要追踪的小区：名称（如输出所示，例如 C0042）或编号（从 0 开始）',
  'help.trace.opt.stalled': '列出从未完工的小区：各自停在哪一步、原因是什么',
  'help.trace.opt.random': '随机选取 n 个小区追踪（由 --seed 决定）',
  'help.trace.opt.json': '输出 JSON（事件和原因作为数据），而不是文字',
  'help.trace.opt.limit': '与 --stalled 一起使用：只显示前 k 个（仍给出总数）',
  'help.trace.opt.lang': '经历和消息的语言，en | zh（默认：情景的语言）',
  traceOneOf: '--community、--stalled 和 --random 必须且只能给出一个',
  traceUnknownCommunity:
    '{scenario} 中没有小区 "{value}"：请给出名称（如 {example}）或 0 到 {max} 之间的编号',
  traceRandomTooMany: '--random {n} 要求的小区数多于 {scenario} 的小区数（{count}）',
  traceHeader: '{name}（编号 {id}，{district}）——{scenario}，种子 {seed}，{from} 至 {to}：{n} 个事件',
  traceNoEvents: '（无事件：本次运行中该小区没有发生任何事）',
  traceRenovatedBefore: '（期初前已完成改造：本次运行中没有综合改造项目）',
  traceStalledHeader:
    '{scenario}，种子 {seed}，{from} 至 {to}：期初待改造的 {pending} 个小区中有 {n} 个从未完工{shown}。',
  traceStalledShown: '；以下为前 {k} 个',
  traceStalledNone: '{scenario}，种子 {seed}，{from} 至 {to}：期初待改造的 {pending} 个小区全部完工。',
  traceStalledRow: '{name}（编号 {id}，{district}）——停在：{step}。{why}',
  traceStalledLast: '    最后事件：{line}',
};

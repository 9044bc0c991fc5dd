/** Messages shared by every command: prefixes, flag errors, durations, "wrote …". */
export const EN = {
  notice: 'cogov: {text}',
  commandError: 'cogov {command}: {message}',
  runtimeFailure: 'cogov: runtime failure: {message}',
  intRange: '{name} must be an integer between {min} and {max}, got "{value}"',
  numRange: '{name} must be a number between {min} and {max}, got "{value}"',
  badShard: '--shard must be k/n with 1 ≤ k ≤ n, got "{value}"',
  shardTooMany: '--shard {shard}: cannot split {runs} runs into {n} shards',
  wrote: 'wrote {files}',
  seconds: '{s} s',
  minutesSeconds: '{m} min {s} s',
  hoursMinutes: '{h} h {m} min',
} as const;

export const ZH: Record<keyof typeof EN, string> = {
  notice: 'cogov：{text}',
  commandError: 'cogov {command}：{message}',
  runtimeFailure: 'cogov：运行时错误：{message}',
  intRange: '{name} 必须是 {min} 到 {max} 之间的整数，收到 "{value}"',
  numRange: '{name} 必须是 {min} 到 {max} 之间的数，收到 "{value}"',
  badShard: '--shard 必须是 k/n（1 ≤ k ≤ n），收到 "{value}"',
  shardTooMany: '--shard {shard}：无法把 {runs} 次运行分成 {n} 个分片',
  wrote: '已写入 {files}',
  seconds: '{s} 秒',
  minutesSeconds: '{m} 分 {s} 秒',
  hoursMinutes: '{h} 小时 {m} 分',
};

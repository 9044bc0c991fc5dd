/** Messages of `merge`. */
export const EN = {
  merged: 'merged {shards} shards: {runs} runs of {scenario} (seed {seed})',
} as const;

export const ZH: Record<keyof typeof EN, string> = {
  merged: '已合并 {shards} 个分片：{scenario} 的 {runs} 次运行（种子 {seed}）',
};

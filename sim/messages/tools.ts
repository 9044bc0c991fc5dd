/** Messages of `elevator` and `explore`. */
export const EN = {
  elevatorRule: '--rule must be floor-coefficients, negotiated or shapley, got "{value}"',
  exploreUrl: 'cogov explorer: {url}  (Ctrl-C to stop)',
  exploreNotBuilt: 'the explorer is not built ({out} is missing) and its sources are not here',
  explorePort: 'expected a port 0..65535',
} as const;

export const ZH: Record<keyof typeof EN, string> = {
  elevatorRule: '--rule 只能是 floor-coefficients、negotiated 或 shapley，收到 "{value}"',
  exploreUrl: 'cogov 浏览器界面：{url}（按 Ctrl-C 停止）',
  exploreNotBuilt: '浏览器界面尚未构建（缺少 {out}），此处也没有它的源代码',
  explorePort: '端口应在 0..65535 之间',
};

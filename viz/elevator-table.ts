/**
 * The plain-text table of an elevator cost-sharing settlement for the terminal (`cogov elevator`):
 * presentation of agents/elevator-share.ts results, in English or Chinese, aligned for terminals
 * that draw CJK characters two columns wide.
 */
import type { Lang } from '../sim/kernel/i18n.js';
import type { ElevatorShareResult, ShareRow } from '../agents/elevator-share.js';
import { displayWidth } from '../sim/kernel/text-width.js';

/** Options of {@link formatShareTable}. */
export interface FormatOptions {
  /** Header language: English or Chinese (简体中文). */
  lang: Lang;
}

const HEADERS = {
  en: ['Floor', 'Household', 'Area (m²)', 'Share (RMB)', 'Share', 'Comp. (RMB)', 'Net payment (RMB)'],
  zh: ['楼层', '户', '面积(m²)', '分摊(元)', '占比', '补偿(元)', '净支付(元)'],
};
const FUND_HEADER = { en: 'Fund paid (RMB)', zh: '补偿出资(元)' };
const RULE_NAMES = {
  en: {
    'floor-coefficients': 'floor coefficients',
    negotiated: 'negotiated shares',
    shapley: 'Shapley (airport game)',
  },
  zh: { 'floor-coefficients': '楼层系数', negotiated: '协商比例', shapley: 'Shapley 值（机场博弈）' },
};

function pad(text: string, width: number, left: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return left ? text + fill : fill + text;
}

/**
 * Plain-text table of a settlement for the CLI (`cogov elevator`): a summary line, one row per
 * household (floor, household, area m², share RMB, share %, compensation RMB, net payment RMB; plus
 * the fund contribution when there is a fund) and a total row. Columns are aligned for terminals
 * that draw CJK characters two columns wide.
 */
export function formatShareTable(result: ElevatorShareResult, options: FormatOptions): string {
  const { lang } = options;
  const withFund = result.fund > 0;
  const head = [...HEADERS[lang]];
  if (withFund) head.splice(5, 0, FUND_HEADER[lang]);
  const money = (x: number): string => x.toFixed(2);
  const body = result.rows.map((r) => {
    const cells = [
      String(r.floor),
      String(r.household),
      r.area.toFixed(2),
      money(r.share),
      (100 * r.shareOfNet).toFixed(2) + '%',
      money(r.compensation),
      money(r.netPayment),
    ];
    if (withFund) cells.splice(5, 0, money(r.fundContribution));
    return cells;
  });
  const sum = (pick: (r: ShareRow) => number): number =>
    result.rows.reduce((acc, r) => acc + Math.round(pick(r) * 100), 0) / 100;
  const total = [
    lang === 'zh' ? '合计' : 'Total',
    '',
    sum((r) => r.area).toFixed(2),
    money(sum((r) => r.share)),
    result.netCost > 0 ? '100.00%' : '0.00%',
    money(sum((r) => r.compensation)),
    money(sum((r) => r.netPayment)),
  ];
  if (withFund) total.splice(5, 0, money(sum((r) => r.fundContribution)));
  const all = [head, ...body, total];
  const widths = head.map((_, c) => Math.max(...all.map((row) => displayWidth(row[c]))));
  const line = (row: string[]): string =>
    row
      .map((cell, c) => pad(cell, widths[c], c === 0 && row === total))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const name = RULE_NAMES[lang][result.rule];
  const summary =
    lang === 'zh'
      ? `总造价 ${money(result.totalCost)} 元，补贴 ${money(result.subsidy)} 元，居民分摊 ${money(result.netCost)} 元（${name}）`
      : `Total cost ${money(result.totalCost)} RMB, subsidy ${money(result.subsidy)} RMB, ` +
        `residents pay ${money(result.netCost)} RMB (${name})`;
  return [summary, line(head), rule, ...body.map(line), rule, line(total)].join('\n') + '\n';
}

/**
 * The run headline's sentence on area bundling (片区统筹, MODEL.md §7.3): packages won of those
 * tendered, the share of households renovated in the communities of won packages against the other
 * communities pending at the start, and the winning firms' realised IRR. Null when the run formed no
 * package (the indicators are undefined); a figure undefined in every run is "—". Pure.
 */
import type { SummaryIndicator } from '../sim/outputs/ensemble.js';
import { type MessageTables, message } from '../sim/kernel/i18n.js';
import { formatNumber, formatValue } from './format.js';
import type { Lang, ReportData } from './types.js';

const EN = {
  packages:
    'Area bundling (片区统筹): {won} of {tendered} area packages tendered were won by a firm; {bundled} of the households in the communities of won packages were renovated, against {unbundled} in the other communities awaiting renovation; the winning firms’ realised IRR {irr} (means of the runs that define them).',
};

type BundlingWordKey = keyof typeof EN;

const ZH: Record<BundlingWordKey, string> = {
  packages:
    '片区统筹：招标的{tendered}个打包中有{won}个由企业中标；已中标打包内小区的住户改造比例为{bundled}，其余待改造小区为{unbundled}；中标企业的实际内部收益率为{irr}（仅计有定义的运行的均值）。',
};

/** The bundling sentence's words in both languages. */
export const BUNDLING_WORDS: MessageTables<BundlingWordKey> = { en: EN, zh: ZH };

const defined = (s: SummaryIndicator | undefined): s is SummaryIndicator =>
  s !== undefined && s.n > 0 && Number.isFinite(s.mean);

/** The area-bundling sentence of the run headline in `lang`, or null when no package was formed. */
export function bundlingSentence(data: ReportData, lang: Lang): string | null {
  const ind = (name: string) => data.indicators.get(name);
  const tendered = ind('packagesTendered');
  if (!defined(tendered)) return null;
  const v = (s: SummaryIndicator | undefined, f: (x: number) => string) => (defined(s) ? f(s.mean) : '—');
  const count = (x: number) => formatNumber(lang, x, Number.isInteger(x) ? 0 : 1);
  const share = (x: number) => formatValue(lang, 'share', x);
  return message(BUNDLING_WORDS, lang, 'packages', {
    tendered: count(tendered.mean),
    won: v(ind('packagesWon'), count),
    bundled: v(ind('bundledRenovatedShare'), share),
    unbundled: v(ind('unbundledRenovatedShare'), share),
    irr: v(ind('packageFirmsIrr'), (x) => formatValue(lang, 'share/year', x)),
  });
}

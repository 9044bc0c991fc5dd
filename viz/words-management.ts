/**
 * The run report's sentence on completion acceptance and long-term management (MODEL.md §7.11), in
 * English and Chinese, and the function that writes it from the run's key indicators. Pure.
 */
import { message, type MessageTables, type TemplateVars } from '../sim/kernel/i18n.js';
import type { SummaryIndicator } from '../sim/outputs/ensemble.js';
import { formatNumber, formatValue } from './format.js';
import type { Lang } from './types.js';

const EN = {
  management:
    'After renovation: {coverage} of the renovated communities professionally managed, {committees} with an owners’ committee, fees collected at {collection}; {failed} of {held} acceptance evaluations failed (means).',
};

/** Keys of the management sentence's words. */
export type ManagementWordKey = keyof typeof EN;

const ZH: Record<ManagementWordKey, string> = {
  management:
    '改造后：已改造小区专业化管理覆盖率{coverage}，业委会成立比例{committees}，物业费收缴率{collection}；竣工验收居民评议{held}次中{failed}次未通过（均值）。',
};

/** The management sentence's words in both languages. */
export const MANAGEMENT_WORDS: MessageTables<ManagementWordKey> = { en: EN, zh: ZH };

function mw(lang: Lang, key: ManagementWordKey, vars: TemplateVars): string {
  return message(MANAGEMENT_WORDS, lang, key, vars);
}

const defined = (s: SummaryIndicator | undefined): s is SummaryIndicator =>
  s !== undefined && s.n > 0 && Number.isFinite(s.mean);

/**
 * The headline's sentence on management at the run's end and on acceptance evaluations, from the key
 * indicators (`ind` looks one up by name); none when long-term management was not modelled (coverage
 * undefined). An undefined figure reads "—".
 */
export function managementSentences(
  ind: (name: string) => SummaryIndicator | undefined,
  lang: Lang,
): string[] {
  const coverage = ind('managementCoverage');
  if (!defined(coverage)) return [];
  const share = (s: SummaryIndicator | undefined) => (defined(s) ? formatValue(lang, 'share', s.mean) : '—');
  const n = (s: SummaryIndicator | undefined) =>
    defined(s) ? formatNumber(lang, s.mean, s.mean < 100 && !Number.isInteger(s.mean) ? 1 : 0) : '—';
  return [
    mw(lang, 'management', {
      coverage: share(coverage),
      committees: share(ind('ownersCommittees')),
      collection: share(ind('feeCollection')),
      held: n(ind('acceptanceEvaluations')),
      failed: n(ind('acceptanceFailed')),
    }),
  ];
}

/**
 * The run report's sentence on completion acceptance and long-term management (MODEL.md §7.9), in
 * English and Chinese, and the function that writes it from the run's key indicators. Pure.
 */
import { message, type MessageTables, type TemplateVars } from '../sim/kernel/i18n.js';
import type { SummaryIndicator } from '../sim/outputs/ensemble.js';
import { formatNumber, formatValue } from './format.js';
import type { Lang } from './types.js';

const EN = {
  management:
    'After renovation, at the end: {coverage} of the communities renovated in the run have professional management (a property company, a trial service or the PPP operator), {committees} have an owners’ committee, and property fees are collected at {collection} where a property company serves (means of the runs that define them).',
  acceptance:
    'Residents evaluated the works at completion acceptance {held} times per run; {failed} evaluations failed and sent the works back for rework (means).',
};

/** Keys of the management sentence's words. */
export type ManagementWordKey = keyof typeof EN;

const ZH: Record<ManagementWordKey, string> = {
  management:
    '改造完成后（期末）：本次运行完成改造的小区中{coverage}有专业化管理（物业服务企业、“先尝后买”试用服务或PPP运营方），{committees}成立了业委会，由物业服务企业管理的小区物业费收缴率为{collection}（仅计有定义的运行的均值）。',
  acceptance: '每次运行竣工验收居民评议{held}次，其中{failed}次未通过、工程返工整改（均值）。',
};

/** The management sentence's words in both languages. */
export const MANAGEMENT_WORDS: MessageTables<ManagementWordKey> = { en: EN, zh: ZH };

function mw(lang: Lang, key: ManagementWordKey, vars: TemplateVars): string {
  return message(MANAGEMENT_WORDS, lang, key, vars);
}

const defined = (s: SummaryIndicator | undefined): s is SummaryIndicator =>
  s !== undefined && s.n > 0 && Number.isFinite(s.mean);

/**
 * The headline's sentences on acceptance and management coverage at the run's end, from the key
 * indicators (`ind` looks one up by name); none when long-term management was not modelled
 * (coverage undefined) and no evaluation was held. An undefined figure reads "—".
 */
export function managementSentences(
  ind: (name: string) => SummaryIndicator | undefined,
  lang: Lang,
): string[] {
  const out: string[] = [];
  const share = (s: SummaryIndicator | undefined) => (defined(s) ? formatValue(lang, 'share', s.mean) : '—');
  const coverage = ind('managementCoverage');
  if (defined(coverage)) {
    out.push(
      mw(lang, 'management', {
        coverage: share(coverage),
        committees: share(ind('ownersCommittees')),
        collection: share(ind('feeCollection')),
      }),
    );
  }
  const held = ind('acceptanceEvaluations');
  const failed = ind('acceptanceFailed');
  if (defined(held) && held.mean > 0 && defined(failed)) {
    const n = (v: number) => formatNumber(lang, v, v < 100 && !Number.isInteger(v) ? 1 : 0);
    out.push(mw(lang, 'acceptance', { held: n(held.mean), failed: n(failed.mean) }));
  }
  return out;
}

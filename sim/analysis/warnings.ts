/**
 * The warnings of a sensitivity analysis (designs too small for stable indices, outputs that do not
 * vary) in English and Chinese. The analysis records each as a code with its values; the English text
 * is what `warnings` in sensitivity.json holds (a stable output format), and `cogov sensitivity` and
 * the report render them in their own language.
 *
 * Pure (no `node:*`, no I/O).
 */
import { type Lang, type MessageTables, message } from '../kernel/i18n.js';

const EN = {
  morrisTooSmall: 'design too small for stable rankings: {trajectories} trajectories (use ≥ {min})',
  morrisConstant: 'the output does not vary over the design',
  sobolConstant: 'the output does not vary over the design: Sobol indices are undefined',
  sobolRowsDropped: '{dropped} of {planned} base rows dropped for non-finite outputs',
  sobolTooSmall: 'design too small for stable indices: n = {n} base rows (use n ≥ {min}, a power of 2)',
  sobolWideIntervals:
    'design too small for stable indices: {wide} factor(s) have a bootstrap 95 % interval wider than {width}; increase n',
  rankingNotSeparated:
    'ranking not established: the 95 % intervals of {measure} of {factors} (ranks {from}–{to}) overlap, so their order is not known; add trajectories or base rows',
  topIncludesZero:
    'the 95 % interval of {measure} of the top-ranked factor {factor} includes 0: even its influence is not established',
} as const;

/** Which warning, independent of the language. */
export type SensitivityWarningCode = keyof typeof EN;

const ZH: Record<SensitivityWarningCode, string> = {
  morrisTooSmall: '设计规模太小，排序不稳定：只有 {trajectories} 条轨迹（建议 ≥ {min}）',
  morrisConstant: '输出在整个设计上没有变化',
  sobolConstant: '输出在整个设计上没有变化：Sobol 指数无定义',
  sobolRowsDropped: '{planned} 个基础行中有 {dropped} 个因输出不是有限值而被舍弃',
  sobolTooSmall: '设计规模太小，指数不稳定：n = {n} 个基础行（建议 n ≥ {min}，且为 2 的幂）',
  sobolWideIntervals: '设计规模太小，指数不稳定：{wide} 个因子的 bootstrap 95% 区间宽于 {width}；请增大 n',
  rankingNotSeparated:
    '排序未确立：{factors}（第 {from}–{to} 位）的 {measure} 95% 置信区间相互重叠，其先后无法确定；请增加轨迹数或基础行数',
  topIncludesZero: '排名第一的因子 {factor} 的 {measure} 95% 置信区间包含 0：连它是否有影响都未确立',
};

/** Both tables, for the test that every code has both languages with the same placeholders. */
export const WARNING_TEMPLATES: MessageTables<SensitivityWarningCode> = { en: EN, zh: ZH };

/** One warning: its code and the values of its placeholders (counts, thresholds). */
export interface SensitivityWarning {
  code: SensitivityWarningCode;
  vars: Readonly<Record<string, string | number>>;
}

/** True when `v` names a warning (e.g. read back from sensitivity.json). */
export function isWarningCode(v: unknown): v is SensitivityWarningCode {
  return typeof v === 'string' && Object.hasOwn(EN, v);
}

/** The warning in `lang` with its placeholders filled; unknown ones stay as written. */
export function warningText(lang: Lang, w: SensitivityWarning): string {
  return message(WARNING_TEMPLATES, lang, w.code, w.vars);
}

/**
 * The words of the lever report's headline (viz/levers.ts), in English and Chinese.
 */
import { type MessageTables, message, type TemplateVars } from '../sim/kernel/i18n.js';
import type { Lang } from './types.js';

const EN = {
  ran: 'Policy instruments checked in “{scenario}”: {levers}, each switched to its variant (off, halved …) and compared with the scenario as it is on {runs} paired runs (common random numbers); indicators read at the end of {year} or of the run.',
  sure: 'Each effect is the mean paired difference (variant − scenario) with its 95 % interval over the runs that define it; “not distinguishable from zero” means the interval covers 0: the instrument may still act, by less than {runs} runs can resolve.',
  assumed:
    '{assumed} of the model’s {total} parameters are assumed (docs/MODEL.md): an instrument that moves the right way here does so for the assumed behaviour of residents, firms and government, not for measured behaviour.',
};

/** Keys of the lever headline's words. */
export type LeverWordKey = keyof typeof EN;

const ZH: Record<LeverWordKey, string> = {
  ran: '“{scenario}”的{levers}项政策工具逐一改为其变体（关闭、减半等），与原情景在{runs}次配对运行（共同随机数）下比较；指标读取于{year}末或运行结束时。',
  sure: '每项效应为配对差（变体 − 原情景）的均值及其95%区间，只计有定义的运行；“与0无法区分”指区间包含0：该工具仍可能起作用，只是幅度小于{runs}次运行所能分辨的程度。',
  assumed:
    '模型{total}个参数中有{assumed}个为假设值（docs/MODEL.md）：此处方向正确的政策工具，是在居民、企业与政府的假设行为下如此，而非实测行为。',
};

/** The lever headline's words in both languages. */
export const LEVER_WORDS: MessageTables<LeverWordKey> = { en: EN, zh: ZH };

/** The lever headline's word `key` in `lang`, placeholders filled. */
export function lw(lang: Lang, key: LeverWordKey, vars: TemplateVars = {}): string {
  return message(LEVER_WORDS, lang, key, vars);
}

/**
 * Words of figures that must keep their context and say the truth when a chart is empty: the
 * caption line of PNG figures (scenario, runs, what the bands are), the notes that replace an empty
 * scale, the note of annual sums over partial data. English and Chinese; pure.
 */
import { type MessageTables, message } from '../sim/kernel/i18n.js';
import type { Lang } from './types.js';

const EN = {
  captionRuns: '{n} runs',
  captionBands: 'median, 25–75 % and 5–95 % of runs',
  captionStack: 'mean of runs, stacked',
  captionAnnual: 'mean of runs summed per calendar year, stacked',
  allZero: 'All values are 0 in every run.',
  noValues: 'No defined values in any run.',
  partialYears: 'Some months have no value in {years}: those years sum the months that have one.',
} as const;

/** A key of the figure words. */
export type FigureWord = keyof typeof EN;

const ZH: Record<FigureWord, string> = {
  captionRuns: '{n} 次运行',
  captionBands: '中位数、25%–75%与5%–95%分位区间',
  captionStack: '各次运行的均值，堆叠',
  captionAnnual: '各次运行月度均值的逐年合计，堆叠',
  allZero: '所有运行中各月的值均为 0。',
  noValues: '所有运行中均无有定义的值。',
  partialYears: '{years}年有月份无值：这些年份只合计有值的月份。',
};

/** The tables, exported for the test that every word exists in both languages. */
export const FIGURE_WORDS: MessageTables<FigureWord> = { en: EN, zh: ZH };

/** A figure word in `lang` with `{name}` placeholders filled. */
export function figureWord(lang: Lang, key: FigureWord, vars: Record<string, string | number> = {}): string {
  return message(FIGURE_WORDS, lang, key, vars);
}

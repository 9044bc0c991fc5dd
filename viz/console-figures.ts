/**
 * Numbers of the terminal, by the report's rules (format.ts): money in 万元/亿元 or
 * thousand/million/billion RMB, shares as %, counts with the locale's grouping, about three
 * significant digits, "—" where undefined. The CLI prints these; its --json and CSV outputs stay raw.
 * Pure.
 */
import { displayUnit, type DisplayUnit, formatIn, formatNumber, maxAbsOf } from './format.js';
import type { Lang } from './types.js';
import { pointsUnit } from './compare-forest.js';

/** `v` in display unit `d` with a "+" when it is positive and does not round to 0; "—" when undefined. */
export function signedIn(lang: Lang, d: DisplayUnit, v: number): string {
  const s = formatIn(lang, d, v);
  return Number.isFinite(v) && v > 0 && /[1-9]/.test(s) ? `+${s}` : s;
}

/** Numbers then their unit words, separated by a space unless there are none. */
function withLabel(numbers: string, label: string): string {
  return label === '' ? numbers : `${numbers} ${label}`;
}

/**
 * A paired difference with its 95 % interval in one display unit chosen for the three of them:
 * "+15.5 [+15.4, +15.7] 亿元", "+1.55 [+1.54, +1.57] billion RMB"; a difference of shares is in
 * percentage points: "+2.1 [+0.4, +3.8] percentage points" ("个百分点"); "—" when the difference is
 * undefined.
 */
export function differenceFigure(
  lang: Lang,
  unit: string,
  mean: number,
  ci95: readonly [number, number],
): string {
  if (!Number.isFinite(mean)) return '—';
  const d = pointsUnit(lang, unit, displayUnit(lang, unit, maxAbsOf([mean, ci95[0], ci95[1]])));
  return withLabel(
    `${signedIn(lang, d, mean)} [${signedIn(lang, d, ci95[0])}, ${signedIn(lang, d, ci95[1])}]`,
    d.label,
  );
}

/** A relative change (0.123 = +12.3 %) as "+12.3%", "—" when undefined. */
export function relativeFigure(lang: Lang, v: number): string {
  if (!Number.isFinite(v)) return '—';
  const s = formatNumber(lang, v * 100, 1);
  return `${v > 0 && /[1-9]/.test(s) ? '+' : ''}${s}%`;
}

/**
 * Scores of one indicator (e.g. Morris μ*, in the indicator's `unit`) in one display unit chosen for
 * all of them: the numbers, and the unit words to say once ("" when there are none).
 */
export function scoresFigure(
  lang: Lang,
  unit: string,
  values: readonly number[],
): { texts: string[]; label: string } {
  const d = displayUnit(lang, unit, maxAbsOf(values));
  return { texts: values.map((v) => formatIn(lang, d, v)), label: d.label };
}

/** A count with the locale's grouping ("1,200"); "—" when undefined. */
export function countFigure(lang: Lang, n: number): string {
  return formatNumber(lang, n, 0);
}

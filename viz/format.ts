/**
 * Number formats of the report: locale-aware grouping (Intl.NumberFormat), money scaled to the
 * units readers use (万元 and 亿元 in Chinese, million and billion RMB in English), shares as
 * percentages. A chart or a table row uses one display unit for all its numbers, so they compare.
 */
import { localeOf, unitDef } from './i18n.js';
import type { Lang } from './types.js';

/** How to show numbers of one unit: multiply by `factor`, print `digits` decimals, then `label`. */
export interface DisplayUnit {
  factor: number;
  digits: number;
  /** Unit words after the number (already localised). */
  label: string;
}

const MONEY_SCALES: Record<Lang, [number, string][]> = {
  zh: [
    [1e8, '亿元'],
    [1e4, '万元'],
    [1, '元'],
  ],
  en: [
    [1e9, 'billion RMB'],
    [1e6, 'million RMB'],
    [1, 'RMB'],
  ],
};

/** Decimals that keep about three significant digits at the largest magnitude shown (none for 0). */
export function digitsFor(maxAbs: number): number {
  if (!Number.isFinite(maxAbs) || maxAbs === 0 || maxAbs >= 100) return 0;
  if (maxAbs >= 10) return 1;
  if (maxAbs >= 1) return 2;
  return 3;
}

/** The display unit of values of `unit` (a METRICS or KEY_INDICATORS unit) whose largest |value| is `maxAbs`. */
export function displayUnit(lang: Lang, unit: string, maxAbs: number): DisplayUnit {
  const def = unitDef(unit);
  const m = Number.isFinite(maxAbs) ? Math.abs(maxAbs) : 0;
  if (def.kind === 'money') {
    const scales = MONEY_SCALES[lang];
    const [factor, word] = scales.find(([f]) => m >= f) ?? scales[scales.length - 1];
    return { factor: 1 / factor, digits: digitsFor(m / factor), label: `${word}${def.text[lang]}` };
  }
  if (def.kind === 'percent') {
    // Percentages keep one decimal (two below 1 %), so shares in a table line up.
    return { factor: 100, digits: m * 100 >= 1 || m === 0 ? 1 : 2, label: `%${def.text[lang]}` };
  }
  return { factor: 1, digits: digitsFor(m), label: def.text[lang] };
}

const formatters = new Map<string, Intl.NumberFormat>();

/** `v` with `digits` decimals and the locale's grouping; "—" when not finite. */
export function formatNumber(lang: Lang, v: number, digits: number): string {
  if (!Number.isFinite(v)) return '—';
  const key = `${lang}:${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, f);
  }
  // Avoid "-0" after rounding.
  const s = f.format(v);
  return /^-0([.,]0*)?$/.test(s) ? s.slice(1) : s;
}

/** A raw value shown in a display unit (number only). */
export function formatIn(lang: Lang, d: DisplayUnit, v: number): string {
  return formatNumber(lang, v * d.factor, d.digits);
}

/** A raw value with its unit, scaled for itself ("3.52 万元/户", "35,200 RMB per household", "45.2%"). */
export function formatValue(lang: Lang, unit: string, v: number): string {
  if (!Number.isFinite(v)) return '—';
  const d = displayUnit(lang, unit, Math.abs(v));
  const num = formatIn(lang, d, v);
  if (d.label === '') return num;
  return d.label.startsWith('%') ? `${num}${d.label}` : `${num} ${d.label}`;
}

/** Largest finite |value| of some arrays (0 when none). */
export function maxAbsOf(...arrays: readonly (readonly number[])[]): number {
  let m = 0;
  for (const a of arrays) for (const v of a) if (Number.isFinite(v) && Math.abs(v) > m) m = Math.abs(v);
  return m;
}

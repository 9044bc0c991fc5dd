/**
 * Small texts of the sweep report, pure: a factor value as the reader sees it (numbers grouped by
 * the locale, with the decimals they were written with), a design point as "name = value, …", the
 * range a factor was swept over, and an indicator's mean with its 95 % CI and n runs.
 */
import type { IndicatorSummary } from '../sim/analysis/summary.js';
import { displayUnit, formatIn, formatNumber } from './format.js';
import { asNumber, type SweepData } from './sweep-data.js';
import type { Lang } from './types.js';
import { sw } from './words-sweep.js';

/**
 * A factor value as written in points.csv, numbers in the locale's grouping ("30000" → "30,000")
 * with at most four significant digits (a Latin-hypercube value 1.504902 → "1.505").
 */
export function factorValueText(lang: Lang, s: string): string {
  const v = asNumber(s);
  if (v === null || /e/i.test(s)) return s;
  const written = /\.(\d+)$/.exec(s)?.[1].length ?? 0;
  const significant = v === 0 ? 0 : Math.max(0, 3 - Math.floor(Math.log10(Math.abs(v))));
  return formatNumber(lang, v, Math.min(written, significant));
}

/** A design point: "subsidy = 30,000, ppp = true". */
export function pointText(lang: Lang, data: SweepData, values: readonly string[]): string {
  const sep = lang === 'zh' ? '，' : ', ';
  return data.factors.map((f, i) => `${f.name} = ${factorValueText(lang, values[i])}`).join(sep);
}

/** What factor `f` was swept over: its numeric range and count of values, or its values. */
export function factorRangeText(
  lang: Lang,
  data: SweepData,
  f: number,
  pointValues: readonly string[],
): string {
  const distinct = [...new Set(pointValues)];
  const nums = distinct.map(asNumber);
  const name = data.factors[f].name;
  if (nums.every((v) => v !== null) && distinct.length > 2) {
    const ns = nums as number[];
    const lo = distinct[ns.indexOf(Math.min(...ns))];
    const hi = distinct[ns.indexOf(Math.max(...ns))];
    return sw(lang, 'factorNumeric', {
      name,
      min: factorValueText(lang, lo),
      max: factorValueText(lang, hi),
      count: formatNumber(lang, distinct.length, 0),
    });
  }
  const ordered = nums.every((v) => v !== null)
    ? distinct.slice().sort((a, b) => asNumber(a)! - asNumber(b)!)
    : distinct;
  return sw(lang, 'factorList', {
    name,
    values: ordered.map((v) => factorValueText(lang, v)).join(lang === 'zh' ? '、' : ', '),
  });
}

/** A mean with its unit, 95 % CI and n runs ("1,234 households (95 % CI 1,200 to 1,268, n = 10 runs)"). */
export function valueCiText(lang: Lang, unit: string, s: IndicatorSummary): string {
  if (s.n === 0 || !Number.isFinite(s.mean)) return sw(lang, 'valueNoRuns');
  const [lo, hi] = s.ci95;
  const maxAbs = Math.max(
    Math.abs(s.mean),
    Number.isFinite(lo) ? Math.abs(lo) : 0,
    Number.isFinite(hi) ? Math.abs(hi) : 0,
  );
  const d = displayUnit(lang, unit, maxAbs);
  const withUnit = (x: string) =>
    d.label === '' ? x : d.label.startsWith('%') ? `${x}${d.label}` : `${x} ${d.label}`;
  const n = formatNumber(lang, s.n, 0);
  if (!Number.isFinite(lo) || !Number.isFinite(hi))
    return sw(lang, 'valueOneRun', { value: withUnit(formatIn(lang, d, s.mean)), n });
  return sw(lang, 'valueCi', {
    value: withUnit(formatIn(lang, d, s.mean)),
    lo: formatIn(lang, d, lo),
    hi: formatIn(lang, d, hi),
    n,
  });
}

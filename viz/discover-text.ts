/**
 * Numbers and conditions of the discovery report in words, pure: shares as percentages, values with
 * three significant digits, a box limit as "lo ≤ name ≤ hi", a tree leaf as its conditions.
 */
import { type CartTextWords, conditionText } from '../sim/analysis/cart-text.js';
import type { CartRule } from '../sim/analysis/cart.js';
import type { BoxLimit } from '../sim/analysis/prim-box.js';
import { formatNumber } from './format.js';
import type { Lang } from './types.js';
import { dw } from './words-discover.js';

/** A share 0..1 as a percentage ("74 %" / "74%"). */
export function pct(lang: Lang, share: number): string {
  if (!Number.isFinite(share)) return '—';
  return `${formatNumber(lang, share * 100, 0)}${lang === 'zh' ? '%' : ' %'}`;
}

/** A value with about three significant digits and the locale's grouping. */
export function sig(lang: Lang, v: number): string {
  if (!Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  const digits = a === 0 || a >= 100 ? 0 : Math.max(0, 2 - Math.floor(Math.log10(a)));
  return formatNumber(lang, v, Math.min(digits, 6));
}

/** A p-value: "< 0.001" below a thousandth, else three decimals. */
export function pValue(lang: Lang, p: number): string {
  if (!Number.isFinite(p)) return '—';
  return p < 0.001 ? `< ${formatNumber(lang, 0.001, 3)}` : formatNumber(lang, p, 3);
}

/** One limit of a box in words; empty when it does not restrict the input. */
export function limitText(lang: Lang, name: string, limit: BoxLimit, range: BoxLimit): string {
  if (limit.kind === 'categorical') {
    const all = range.kind === 'categorical' ? range.keep.length : Number.POSITIVE_INFINITY;
    return limit.keep.length < all
      ? dw(lang, 'inSet', { name, values: limit.keep.join(dw(lang, 'or')) })
      : '';
  }
  if (range.kind !== 'numeric') return '';
  const lo = limit.lo > range.lo;
  const hi = limit.hi < range.hi;
  if (lo && hi) return dw(lang, 'between', { name, lo: sig(lang, limit.lo), hi: sig(lang, limit.hi) });
  if (lo) return dw(lang, 'atLeast', { name, lo: sig(lang, limit.lo) });
  if (hi) return dw(lang, 'atMost', { name, hi: sig(lang, limit.hi) });
  return '';
}

/** The tree's words in `lang`. */
export function treeWords(lang: Lang): CartTextWords {
  return {
    leaf: (n, h, share) =>
      dw(lang, 'withoutCell', {
        h: formatNumber(lang, h, 0),
        n: formatNumber(lang, n, 0),
        pct: pct(lang, share),
      }),
    inWord: lang === 'zh' ? '属于' : 'in',
    notInWord: lang === 'zh' ? '不属于' : 'not in',
    number: (v) => sig(lang, v),
  };
}

/**
 * A leaf's rule in words: its conditions joined by "and" ("every case" for the root), numeric
 * conditions on one input merged into the tightest bounds ("a > 1 and a > 2" reads "a > 2").
 */
export function ruleText(lang: Lang, rule: CartRule, names: readonly string[]): string {
  if (rule.conditions.length === 0) return dw(lang, 'everyCase');
  const words = treeWords(lang);
  const bounds = new Map<number, { lo: number; hi: number }>();
  const parts: { input: number; text: string | null }[] = [];
  for (const c of rule.conditions) {
    if (c.split.kind !== 'numeric') {
      parts.push({ input: c.split.input, text: conditionText(c.split, c.side, names, words) });
      continue;
    }
    const b = bounds.get(c.split.input) ?? { lo: Number.NEGATIVE_INFINITY, hi: Number.POSITIVE_INFINITY };
    if (c.side === 'left') b.hi = Math.min(b.hi, c.split.threshold);
    else b.lo = Math.max(b.lo, c.split.threshold);
    if (!bounds.has(c.split.input)) parts.push({ input: c.split.input, text: null });
    bounds.set(c.split.input, b);
  }
  return parts
    .map((p) => {
      if (p.text !== null) return p.text;
      const b = bounds.get(p.input)!;
      const name = names[p.input] ?? `#${p.input}`;
      if (Number.isFinite(b.lo) && Number.isFinite(b.hi)) {
        return `${words.number(b.lo)} < ${name} <= ${words.number(b.hi)}`;
      }
      return Number.isFinite(b.lo) ? `${name} > ${words.number(b.lo)}` : `${name} <= ${words.number(b.hi)}`;
    })
    .join(dw(lang, 'and'));
}

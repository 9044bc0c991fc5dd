/**
 * The explorer's key-indicator table as display strings: one row per key indicator, every number
 * of a row in one display unit, written once in the unit column (as the report's table does, so
 * cells hold numbers only); statistics over the runs in which the indicator is defined, with that
 * count shown; "—" where it is defined in none. Pure (no DOM): tests import it.
 */
import { percentile } from '../sim/kernel/stats.js';
import { KEY_INDICATORS } from '../sim/model/metrics.js';
import { displayUnit, formatIn, maxAbsOf } from '../viz/format.js';
import { indicatorLabel } from '../viz/i18n.js';
import type { Lang } from '../viz/types.js';

/** What a row is computed from: each run's key indicators (NaN or null where undefined). */
export interface IndicatorRuns {
  indicators: Record<string, number | null>;
}

/** One row of the table, as display strings. */
export interface IndicatorRowText {
  name: string;
  label: string;
  /** The row's display unit ("万元/户", "%", "households"); empty for a bare number. */
  unit: string;
  /** Runs in which the indicator is defined. */
  n: number;
  median: string;
  /** 5–95 % of the runs, "p05 – p95", or "—". */
  range90: string;
  /** The baseline's median (empty string when there is no baseline). */
  baseline: string;
}

/** The defined (finite) values of indicator `name` over `runs`. */
export function definedValues(runs: readonly IndicatorRuns[], name: string): number[] {
  const out: number[] = [];
  for (const r of runs) {
    const v = r.indicators[name];
    if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
  }
  return out;
}

/** Type-7 quantile of defined values (NaN when there are none). */
export function quantileOf(xs: readonly number[], q: number): number {
  return xs.length > 0 ? percentile(xs, q) : Number.NaN;
}

/** The table's rows, in KEY_INDICATORS order; the baseline column only when `baseline` is given. */
export function indicatorRows(
  lang: Lang,
  runs: readonly IndicatorRuns[],
  baseline: readonly IndicatorRuns[] | null,
  keyYear: number | null,
): IndicatorRowText[] {
  return KEY_INDICATORS.map((k) => {
    const xs = definedValues(runs, k.name);
    const median = quantileOf(xs, 0.5);
    const p05 = quantileOf(xs, 0.05);
    const p95 = quantileOf(xs, 0.95);
    const base = baseline ? quantileOf(definedValues(baseline, k.name), 0.5) : Number.NaN;
    const d = displayUnit(lang, k.unit, maxAbsOf([median, p05, p95, base]));
    const f = (v: number) => formatIn(lang, d, v);
    return {
      name: k.name,
      label: indicatorLabel(lang, k.name, keyYear),
      unit: d.label,
      n: xs.length,
      median: f(median),
      range90: Number.isFinite(p05) && Number.isFinite(p95) ? `${f(p05)} – ${f(p95)}` : '—',
      baseline: baseline ? f(base) : '',
    };
  });
}

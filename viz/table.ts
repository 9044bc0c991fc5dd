/**
 * The key-indicator table: one row per indicator of summary.json, every number of a row in one
 * display unit (so mean, interval and quantiles compare), formatted for the report language.
 */
import { displayUnit, formatIn, formatNumber, maxAbsOf } from './format.js';
import { indicatorLabel } from './i18n.js';
import type { Lang, ReportData } from './types.js';

/** One row of the key-indicator table, as display strings. */
export interface IndicatorRow {
  name: string;
  label: string;
  unit: string;
  mean: string;
  /** 95 % confidence interval of the mean, "lo – hi". */
  ci95: string;
  median: string;
  /** 5–95 % range of the runs, "p05 – p95". */
  range90: string;
  /** Runs that define the indicator ("—" when none does: the statistics are then all "—"). */
  n: string;
}

/** Rows of the key-indicator table, in summary.json order. */
export function indicatorRows(data: ReportData, lang: Lang): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const [name, s] of data.indicators) {
    const d = displayUnit(lang, s.unit, maxAbsOf([s.mean, s.ci95[0], s.ci95[1], s.p05, s.p50, s.p95]));
    const f = (v: number) => formatIn(lang, d, v);
    const pair = (a: number, b: number) =>
      Number.isFinite(a) && Number.isFinite(b) ? `${f(a)} – ${f(b)}` : '—';
    rows.push({
      name,
      label: indicatorLabel(lang, name, data.keyYear),
      unit: d.label,
      mean: f(s.mean),
      ci95: pair(s.ci95[0], s.ci95[1]),
      median: f(s.p50),
      range90: pair(s.p05, s.p95),
      n: s.n > 0 ? formatNumber(lang, s.n, 0) : '—',
    });
  }
  return rows;
}

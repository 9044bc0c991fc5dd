/**
 * The comparison report's verdicts, forest plot and differences table, pure. A paired difference
 * is better or worse by its indicator's desirable direction (sim/outputs/dictionary.ts) when its
 * 95 % interval excludes zero, not distinguishable when the interval covers zero, higher or lower
 * for an indicator without a direction, and not defined with no pair in which both sides are. The
 * forest plot draws one row per key indicator with a direction, as a percentage of the baseline's
 * mean over the same pairs (the rows' units differ), in static SVG: it needs no script.
 */
import { directionOf, judge } from '../sim/outputs/dictionary.js';
import type { CompareData, CompareIndicator, IndicatorDifference } from './compare-parse.js';
import { escapeHtml as esc } from './escape.js';
import { type DisplayUnit, digitsFor, displayUnit, formatIn, formatNumber, maxAbsOf } from './format.js';
import { indicatorLabel, t, unitDef } from './i18n.js';
import { cw } from './words-compare.js';
import type { Lang } from './types.js';

/** What a paired difference says. */
export type Verdict =
  | 'better'
  | 'worse'
  | 'notDistinguishable'
  | 'higher'
  | 'lower'
  | 'notDefined'
  | 'onePair';

/** The verdict on the difference `d` of `indicator`. */
export function verdictOf(indicator: string, d: IndicatorDifference): Verdict {
  if (d.n === 0 || !Number.isFinite(d.difference)) return 'notDefined';
  const [lo, hi] = d.ci95;
  if (d.n < 2 || !Number.isFinite(lo) || !Number.isFinite(hi)) return 'onePair';
  if (!(lo > 0 || hi < 0)) return 'notDistinguishable';
  const j = judge(indicator, d.difference);
  if (j !== 0) return j > 0 ? 'better' : 'worse';
  return d.difference > 0 ? 'higher' : 'lower';
}

/** The display unit of a difference row: one unit for both means, the difference and its interval. */
export function rowUnit(lang: Lang, unit: string, d: IndicatorDifference): DisplayUnit {
  return displayUnit(
    lang,
    unit,
    maxAbsOf([d.baselineMean, d.scenarioMean, d.difference, d.ci95[0], d.ci95[1]]),
  );
}

/**
 * The display unit of a row's difference and interval: the row's unit, with enough decimals for
 * the difference itself (a difference much smaller than the means would otherwise round away, and
 * an interval from −0.5 to +2.5 read "−1 to +3").
 */
export function differenceUnit(lang: Lang, unit: string, d: IndicatorDifference): DisplayUnit {
  const u = rowUnit(lang, unit, d);
  if (unitDef(unit).kind === 'percent') return u;
  const m = maxAbsOf([d.difference, d.ci95[0], d.ci95[1]]) * u.factor;
  return { ...u, digits: Math.max(u.digits, digitsFor(m)) };
}

/**
 * A difference of shares is in percentage points, not per cent: the unit words of a difference
 * shown on its own (forest plot, headline); other units are unchanged.
 */
export function pointsUnit(lang: Lang, unit: string, u: DisplayUnit): DisplayUnit {
  const def = unitDef(unit);
  return def.kind === 'percent' ? { ...u, label: `${cw(lang, 'percentagePoints')}${def.text[lang]}` } : u;
}

/** A value in a display unit with a sign ("+1.2", "−0.3"; "—" when undefined). */
export function signedIn(lang: Lang, u: DisplayUnit, v: number): string {
  const s = formatIn(lang, u, v);
  return Number.isFinite(v) && v > 0 && s !== formatIn(lang, u, 0) ? `+${s}` : s;
}

/** A number followed by its unit words ("45.2%", "1.2 million RMB", "1,234 households"). */
export function withUnit(num: string, label: string): string {
  if (label === '' || num === '—') return num;
  return label.startsWith('%') ? `${num}${label}` : `${num} ${label}`;
}

/** "+1.2 to +3.4" (or "—" when the interval is undefined). */
export function intervalText(lang: Lang, u: DisplayUnit, ci: readonly [number, number]): string {
  if (!Number.isFinite(ci[0]) || !Number.isFinite(ci[1])) return '—';
  return `${signedIn(lang, u, ci[0])} – ${signedIn(lang, u, ci[1])}`;
}

/** Pairs of every indicator difference, in table order: indicator, then scenario. */
export function differencePairs(data: CompareData): { ind: CompareIndicator; d: IndicatorDifference }[] {
  return data.indicators.flatMap((ind) => ind.differences.map((d) => ({ ind, d })));
}

/** The scenarios' common key year, or null when unknown or not the same in every scenario. */
export function commonKeyYear(data: CompareData): number | null {
  const ys = data.keyYears;
  return ys.length > 0 && ys[0] !== null && ys.every((y) => y === ys[0]) ? ys[0] : null;
}

/** One row of the differences table: its verdict and its cells as text. */
interface DifferenceRow {
  verdict: Verdict;
  /** Indicator, scenario, means over the pairs, difference, CI, n, unit, verdict in words. */
  cells: string[];
}

function differenceTable(data: CompareData, lang: Lang): DifferenceRow[] {
  const year = commonKeyYear(data);
  return differencePairs(data).map(({ ind, d }) => {
    const u = rowUnit(lang, ind.unit, d);
    const du = differenceUnit(lang, ind.unit, d);
    const verdict = verdictOf(ind.indicator, d);
    return {
      verdict,
      cells: [
        indicatorLabel(lang, ind.indicator, year),
        d.scenario,
        formatIn(lang, u, d.baselineMean),
        formatIn(lang, u, d.scenarioMean),
        signedIn(lang, du, d.difference),
        intervalText(lang, du, d.ci95),
        formatNumber(lang, d.n, 0),
        u.label,
        cw(lang, verdict),
      ],
    };
  });
}

/** Rows of the differences table (plain text): indicator, scenario, means over the pairs, difference, CI, n, unit, verdict. */
export function differenceRows(data: CompareData, lang: Lang): string[][] {
  return differenceTable(data, lang).map((r) => r.cells);
}

/** The differences table: indicator, scenario, both means over the pairs, difference, CI, n, unit, verdict. */
export function differencesTableHtml(lang: Lang, data: CompareData): string {
  const head = [
    t(lang, 'indicator'),
    t(lang, 'scenario'),
    t(lang, 'baselineMean'),
    t(lang, 'scenarioMean'),
    t(lang, 'difference'),
    t(lang, 'ci95Difference'),
    cw(lang, 'pairsColumn'),
    t(lang, 'unit'),
    t(lang, 'verdict'),
  ]
    .map((h) => `<th scope="col">${esc(h)}</th>`)
    .join('');
  const rows = differenceTable(data, lang).map(({ verdict, cells }) => {
    const [label, ...rest] = cells;
    const tds = rest.map((c, i) => `<td${i === rest.length - 1 ? ' class="verdict"' : ''}>${esc(c)}</td>`);
    return `<tr class="verdict-${verdict}"><th scope="row">${esc(label)}</th>${tds.join('')}</tr>`;
  });
  return (
    `<p class="section-note">${esc(cw(lang, 'differencesNote'))}</p>` +
    `<div class="table-scroll"><table class="indicators differences"><thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`
  );
}

/** Largest |percentage| the forest plot's axis shows; longer whiskers are cut with an arrow. */
export const FOREST_CAP = 200;

/** Width and height of one row's plot (SVG user units = CSS pixels). */
const W = 320;
const H = 22;
const PAD = 10;

/** A forest row: the indicator's difference as % of the baseline mean (NaN where not scalable). */
export interface ForestRow {
  indicator: string;
  scenario: string;
  unit: string;
  d: IndicatorDifference;
  verdict: Verdict;
  /** Mean and interval in % of |baseline mean| (NaN when the baseline mean is 0 or undefined). */
  pct: number;
  pctLo: number;
  pctHi: number;
}

/** The forest plot's rows: every key indicator with a desirable direction, per scenario after the baseline. */
export function forestRows(data: CompareData): ForestRow[] {
  return differencePairs(data)
    .filter(({ ind }) => directionOf(ind.indicator) !== 'neither')
    .map(({ ind, d }) => {
      const base = Math.abs(d.baselineMean);
      const scale = Number.isFinite(base) && base > 0 && d.n > 0 ? 100 / base : Number.NaN;
      return {
        indicator: ind.indicator,
        scenario: d.scenario,
        unit: ind.unit,
        d,
        verdict: verdictOf(ind.indicator, d),
        pct: d.difference * scale,
        pctLo: d.ci95[0] * scale,
        pctHi: d.ci95[1] * scale,
      };
    });
}

/** The axis half-width: the largest |value| rounded up to 1, 2 or 5 × 10^k, at most {@link FOREST_CAP}. */
export function forestLimit(rows: readonly ForestRow[]): number {
  const m = maxAbsOf(rows.flatMap((r) => [r.pct, r.pctLo, r.pctHi]));
  if (m === 0) return 1;
  const p = 10 ** Math.floor(Math.log10(m));
  const nice = [1, 2, 5, 10].map((f) => f * p).find((x) => x >= m) ?? 10 * p;
  return Math.min(nice, FOREST_CAP);
}

const COLOURS: Record<Verdict, string> = {
  better: '#1e8a3a',
  worse: '#c0392b',
  notDistinguishable: '#8a8f96',
  higher: '#8a8f96',
  lower: '#8a8f96',
  notDefined: '#8a8f96',
  onePair: '#8a8f96',
};

const r1 = (v: number) => Math.round(v * 10) / 10;

/** One row's SVG: zero line, whisker with caps, dot; arrows where the whisker passes the axis. */
function rowSvg(r: ForestRow, limit: number): string {
  const x = (p: number) =>
    r1(PAD + ((Math.max(-limit, Math.min(limit, p)) + limit) / (2 * limit)) * (W - 2 * PAD));
  const c = COLOURS[r.verdict];
  const y = H / 2;
  const parts = [`<line x1="${x(0)}" y1="0" x2="${x(0)}" y2="${H}" stroke="#b8bec6" stroke-width="1"/>`];
  if (Number.isFinite(r.pctLo) && Number.isFinite(r.pctHi)) {
    const a = x(r.pctLo);
    const b = x(r.pctHi);
    parts.push(`<line x1="${a}" y1="${y}" x2="${b}" y2="${y}" stroke="${c}" stroke-width="2"/>`);
    for (const [p, e] of [
      [r.pctLo, a],
      [r.pctHi, b],
    ] as const) {
      if (Math.abs(p) > limit) {
        const dir = p > 0 ? 1 : -1;
        parts.push(`<path d="M${e} ${y - 5}L${r1(e + 6 * dir)} ${y}L${e} ${y + 5}Z" fill="${c}"/>`);
      } else {
        parts.push(`<line x1="${e}" y1="${y - 5}" x2="${e}" y2="${y + 5}" stroke="${c}" stroke-width="2"/>`);
      }
    }
  }
  if (Number.isFinite(r.pct)) parts.push(`<circle cx="${x(r.pct)}" cy="${y}" r="4.5" fill="${c}"/>`);
  return `<svg class="forest" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" aria-hidden="true">${parts.join('')}</svg>`;
}

/** The axis row's SVG: ticks at −limit, −limit/2, 0, limit/2, limit with their percentages. */
function axisSvg(lang: Lang, limit: number): string {
  const ticks = [-limit, -limit / 2, 0, limit / 2, limit];
  const x = (p: number) => r1(PAD + ((p + limit) / (2 * limit)) * (W - 2 * PAD));
  const digits = limit / 2 >= 1 || limit === 0 ? 0 : 1;
  const label = (p: number) => `${p > 0 ? '+' : ''}${formatNumber(lang, p, digits)}%`;
  const parts = ticks.map((p, i) => {
    const anchor = i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle';
    return (
      `<line x1="${x(p)}" y1="16" x2="${x(p)}" y2="22" stroke="#8a8f96" stroke-width="1"/>` +
      `<text x="${i === 0 ? 0 : i === ticks.length - 1 ? W : x(p)}" y="12" font-size="11" fill="#555" text-anchor="${anchor}">${esc(label(p))}</text>`
    );
  });
  return `<svg class="forest" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" aria-hidden="true">${parts.join('')}</svg>`;
}

/** The forest plot as a table: indicator, plot, difference with its interval in the indicator's unit, verdict. */
export function forestHtml(lang: Lang, data: CompareData): string {
  const rows = forestRows(data);
  if (rows.length === 0) return '';
  const limit = forestLimit(rows);
  const year = commonKeyYear(data);
  const many = data.scenarios.length > 2;
  const body = rows.map((r) => {
    const label = indicatorLabel(lang, r.indicator, year);
    const name = many ? cw(lang, 'forestRow', { indicator: label, scenario: r.scenario }) : label;
    const u = pointsUnit(lang, r.unit, differenceUnit(lang, r.unit, r.d));
    const ci = intervalText(lang, u, r.d.ci95);
    const diff = withUnit(signedIn(lang, u, r.d.difference), u.label);
    const text = ci === '—' ? diff : `${diff} (${ci})`;
    return (
      `<tr class="verdict-${r.verdict}"><th scope="row">${esc(name)}</th><td class="forest-plot">${rowSvg(r, limit)}</td>` +
      `<td>${esc(text)}</td><td class="verdict">${esc(cw(lang, r.verdict))}</td></tr>`
    );
  });
  const head =
    `<tr><th scope="col">${esc(t(lang, 'indicator'))}</th><th scope="col" class="forest-plot">${axisSvg(lang, limit)}<br>${esc(cw(lang, 'forestAxis'))}</th>` +
    `<th scope="col">${esc(t(lang, 'difference'))}</th><th scope="col">${esc(t(lang, 'verdict'))}</th></tr>`;
  return (
    `<p class="section-note">${esc(cw(lang, 'forestNote', { cap: formatNumber(lang, FOREST_CAP, 0) }))}</p>` +
    `<div class="table-scroll"><table class="indicators forest"><thead>${head}</thead><tbody>\n${body.join('\n')}\n</tbody></table></div>`
  );
}

/** CSS of the comparison page's tables (placed in its first section). */
export const COMPARE_CSS = `
table.forest td.forest-plot, table.forest th.forest-plot { padding: 2px 8px; text-align: center; }
table.forest svg.forest { display: block; }
table.forest td, table.differences td { white-space: nowrap; }
table.forest tbody th, table.differences tbody th { min-width: 15em; }
table.forest td.verdict, table.differences td.verdict { text-align: left; font-weight: 600; }
tr.verdict-better td.verdict { color: #1e6b2a; }
tr.verdict-worse td.verdict { color: #a3261a; }
tr.verdict-notDistinguishable td.verdict, tr.verdict-notDefined td.verdict, tr.verdict-onePair td.verdict, tr.verdict-higher td.verdict, tr.verdict-lower td.verdict { color: var(--muted); font-weight: 400; }
table.parameters td { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.85rem; }
details.more-charts { margin: 14px 0 4px; }
details.more-charts > summary { cursor: pointer; font-weight: 600; color: var(--accent); margin-bottom: 10px; }
`;

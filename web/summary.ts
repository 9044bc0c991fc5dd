/**
 * The explorer's summary above the results, in the report's headline shape (viz/headline.ts): what
 * was run, then the answer in a sentence with its denominator (households renovated of the
 * households eligible at the start, by the key year and by the run's end), public money per
 * renovated household, and what the ranges are. Medians are over the runs in which the values are
 * defined, with that count; an indicator defined in no run is said to be undefined, never 0.
 * Pure (no DOM): tests import it.
 */
import { displayUnit, formatIn, formatNumber, formatValue, maxAbsOf } from '../viz/format.js';
import type { Headline } from '../viz/headline.js';
import { localeOf } from '../viz/i18n.js';
import type { Lang } from '../viz/types.js';
import { definedValues, type IndicatorRuns, quantileOf } from './indicator-rows.js';
import { type LeverValues, TOGGLE_PATHS } from './levers.js';
import { w } from './words.js';

/** The ensemble the summary is of. */
export interface SummaryInput {
  /** Scenario id, as shown to the user. */
  scenarioId: string;
  /** Runs asked for. */
  total: number;
  /** Finished runs' key indicators. */
  runs: readonly IndicatorRuns[];
  /** The run's calendar: "YYYY-MM" start and end, key year. */
  calendar: { start: string; end: string; keyYear: number };
  /** The levers the ensemble ran with. */
  levers: LeverValues;
}

/** "YYYY-MM" as "December 2030" / "2030年12月". */
export function monthText(lang: Lang, ym: string): string {
  const [y, m] = ym.split('-').map(Number);
  return new Intl.DateTimeFormat(localeOf(lang), { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, 1),
  );
}

const percent = (lang: Lang, share: number): string => `${formatNumber(lang, share * 100, 1)}%`;

/** Runs whose three household counts are defined and whose eligible count is positive. */
function householdRuns(runs: readonly IndicatorRuns[]): { key: number; end: number; eligible: number }[] {
  const out: { key: number; end: number; eligible: number }[] = [];
  for (const r of runs) {
    const key = r.indicators['householdsRenovatedByKeyYear'];
    const end = r.indicators['householdsRenovated'];
    const eligible = r.indicators['householdsEligible'];
    if (typeof key !== 'number' || typeof end !== 'number' || typeof eligible !== 'number') continue;
    if (Number.isFinite(key) && Number.isFinite(end) && Number.isFinite(eligible) && eligible > 0)
      out.push({ key, end, eligible });
  }
  return out;
}

function renovatedSentence(lang: Lang, s: SummaryInput): string {
  const hs = householdRuns(s.runs);
  if (hs.length === 0) return w(lang, 'summaryRenovatedNone');
  const med = (f: (h: (typeof hs)[number]) => number) => quantileOf(hs.map(f), 0.5);
  const done = med((h) => h.key);
  const doneEnd = med((h) => h.end);
  const eligible = med((h) => h.eligible);
  const d = displayUnit(lang, 'households', maxAbsOf([done, doneEnd, eligible]));
  return w(lang, 'summaryRenovated', {
    done: formatIn(lang, d, done),
    eligible: formatIn(lang, d, eligible),
    share: percent(
      lang,
      med((h) => h.key / h.eligible),
    ),
    year: s.calendar.keyYear,
    doneEnd: formatIn(lang, d, doneEnd),
    shareEnd: percent(
      lang,
      med((h) => h.end / h.eligible),
    ),
    end: monthText(lang, s.calendar.end),
    n: hs.length,
  });
}

function moneySentence(lang: Lang, s: SummaryInput): string {
  const xs = definedValues(s.runs, 'fiscalCostPerHousehold');
  if (xs.length === 0) return w(lang, 'summaryMoneyNone');
  const value = formatValue(lang, 'RMB/household', quantileOf(xs, 0.5));
  if (xs.length < s.runs.length)
    return w(lang, 'summaryMoneyPartial', { value, n: xs.length, total: s.runs.length });
  const lo = quantileOf(xs, 0.05);
  const hi = quantileOf(xs, 0.95);
  const d = displayUnit(lang, 'RMB/household', maxAbsOf([lo, hi]));
  const range = `${formatIn(lang, d, lo)} – ${formatIn(lang, d, hi)} ${d.label}`;
  return w(lang, 'summaryMoney', { value, n: xs.length, range });
}

/** The summary of the finished runs of an ensemble (`null` before any run has finished). */
export function summaryHeadline(lang: Lang, s: SummaryInput): Headline | null {
  if (s.runs.length === 0) return null;
  const on = (Object.keys(TOGGLE_PATHS) as (keyof typeof TOGGLE_PATHS)[])
    .filter((k) => s.levers[k])
    .map((k) => w(lang, k));
  const sep = lang === 'zh' ? '、' : ', ';
  const label = w(lang, 'ensembleLabel', { scenario: s.scenarioId, runs: s.total });
  const running =
    s.runs.length < s.total ? ` ${w(lang, 'summaryRunning', { done: s.runs.length, total: s.total })}` : '';
  return {
    title: w(lang, 'summaryTitle'),
    ran: w(lang, 'summaryRan', {
      label,
      start: monthText(lang, s.calendar.start),
      end: monthText(lang, s.calendar.end),
      on: on.length > 0 ? on.join(sep) : w(lang, 'none'),
    }),
    answers: [renovatedSentence(lang, s)],
    money: [moneySentence(lang, s)],
    sure: `${w(lang, 'summaryRanges')}${running}`,
    assumed: '',
  };
}

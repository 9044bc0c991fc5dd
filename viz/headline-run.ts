/**
 * The run report's headline: what was run (the instruments on), the answer in sentences with their
 * denominators and dates (households renovated of those awaiting renovation, when 90 % was reached,
 * communities and elevators, fire safety, residents), money (committed, per household, the peak
 * unmet need and the unspent city fund), how sure, and how much rests on assumed inputs. Every
 * figure is read from summary.json or curves.csv; a figure that is not defined is left out of its
 * sentence's place as "—", never shown as 0. Pure.
 */
import { PARAMETER_SOURCES } from '../scenarios/sources.js';
import { tickLabel } from '../sim/kernel/calendar.js';
import type { SummaryIndicator } from '../sim/outputs/ensemble.js';
import { runsBehind } from './figure-notes.js';
import { bundlingSentence } from './headline-bundling.js';
import { displayUnit, formatIn, formatNumber, formatValue, maxAbsOf } from './format.js';
import { keyYearWords } from './i18n-metrics.js';
import type { Headline } from './headline.js';
import type { Bilingual, Lang, ReportData } from './types.js';
import { managementSentences } from './words-management.js';
import { rw } from './words-run.js';

/** How many of the model's parameters are documented as assumed, of how many (scenarios/sources.ts). */
export function assumedParameters(): { assumed: number; total: number } {
  const values = Object.values(PARAMETER_SOURCES);
  return { assumed: values.filter((v) => v === 'assumed').length, total: values.length };
}

/** The peak of a curve's median across runs and its date (null when never defined). */
function peakOfMedian(data: ReportData, metric: string): { value: number; date: string } | null {
  const s = data.curves.get(metric);
  if (!s) return null;
  let best: { value: number; date: string } | null = null;
  for (let i = 0; i < s.p50.length; i++) {
    const v = s.p50[i];
    if (Number.isFinite(v) && (best === null || v > best.value)) best = { value: v, date: s.dates[i] ?? '' };
  }
  return best;
}

/** The last defined value of a curve's median across runs. */
function lastOfMedian(data: ReportData, metric: string): number {
  const s = data.curves.get(metric);
  if (!s) return Number.NaN;
  for (let i = s.p50.length - 1; i >= 0; i--) if (Number.isFinite(s.p50[i])) return s.p50[i];
  return Number.NaN;
}

/** First date at which the median across runs of `metric` reaches `threshold` (null: never). */
function firstDateReaching(data: ReportData, metric: string, threshold: number): string | null | undefined {
  const s = data.curves.get(metric);
  if (!s) return undefined;
  for (let i = 0; i < s.p50.length; i++) if (s.p50[i] >= threshold) return s.dates[i] ?? null;
  return null;
}

const defined = (s: SummaryIndicator | undefined): s is SummaryIndicator =>
  s !== undefined && s.n > 0 && Number.isFinite(s.mean);

/** Instruments listed by name in the headline at most; more are counted (and listed under settings). */
const MAX_LISTED = 8;

/** The sentence on what was run: runs, scenario, period and the instruments on (or off). */
function ranSentence(data: ReportData, lang: Lang, vars: Record<string, string>): string {
  const ins = data.instruments;
  if (ins === null) return rw(lang, 'ranUnknown', vars);
  const total = formatNumber(lang, ins.on.length + ins.off.length, 0);
  const count = formatNumber(lang, ins.on.length, 0);
  const list = (xs: readonly Bilingual[]) => xs.map((b) => b[lang]).join(lang === 'zh' ? '、' : ', ');
  if (ins.on.length === 0) return rw(lang, 'ranNone', vars);
  if (ins.off.length === 0) return rw(lang, 'ranAll', { ...vars, total });
  if (ins.on.length <= MAX_LISTED) return rw(lang, 'ranWith', { ...vars, total, count, list: list(ins.on) });
  if (ins.off.length <= MAX_LISTED)
    return rw(lang, 'ranAllBut', { ...vars, total, count, list: list(ins.off) });
  return rw(lang, 'ranCount', { ...vars, total, count });
}

/**
 * Whether the fire-safety target was reached by its deadline, in how many runs, and when (the mean
 * month of the runs that reached it), or the compliance at the deadline when missed; null when the
 * manifest does not say the target or no run defines whether it was met.
 */
function fireTargetSentence(data: ReportData, lang: Lang): string | null {
  const t = data.fireTarget;
  const met = data.indicators.get('fireTargetMet');
  if (!t || !defined(met)) return null;
  const start = data.provenance.calendar?.start;
  const month = data.indicators.get('fireTargetMonth');
  const atDeadline = data.indicators.get('fireComplianceAtDeadline');
  const k = Math.round(met.mean * met.n);
  const date = defined(month) && start !== undefined ? tickLabel(start, Math.round(month.mean)) : '—';
  const vars = {
    target: formatValue(lang, 'share', t.targetShare),
    deadline: t.deadline,
    instrument: rw(lang, t.enabled ? 'fireInstrumentOn' : 'fireInstrumentOff'),
    n: formatNumber(lang, met.n, 0),
    k: formatNumber(lang, k, 0),
    share: defined(atDeadline) ? formatValue(lang, 'share', atDeadline.mean) : '—',
    date,
  };
  if (k === met.n) return rw(lang, 'fireTargetAll', vars);
  if (k > 0) return rw(lang, 'fireTargetSome', vars);
  const none = rw(lang, 'fireTargetNone', vars);
  if (!defined(month)) return none;
  const later = rw(lang, 'fireTargetLater', { ...vars, k: formatNumber(lang, month.n, 0) });
  return `${none}${lang === 'zh' ? '' : ' '}${later}`;
}

/** The headline of the run report for `data` in `lang`. */
export function runHeadline(data: ReportData, lang: Lang): Headline {
  const ind = (name: string) => data.indicators.get(name);
  const runs = runsBehind(data);
  const runsText = runs === null ? rw(lang, 'unknownRuns') : formatNumber(lang, runs, 0);
  const cal = data.provenance.calendar;
  const start = cal?.start ?? '?';
  const end = cal?.end ?? '?';
  const ticks = cal && Number.isFinite(cal.ticks) ? formatNumber(lang, cal.ticks, 0) : '?';
  const name = data.name?.[lang] ?? data.scenarioId;
  const year = keyYearWords(data.keyYear)[lang];
  const ran = ranSentence(data, lang, { runs: runsText, name, start, end, ticks });
  const count = (v: number) => formatNumber(lang, v, 0);
  const share = (v: number) => formatValue(lang, 'share', v);
  const answers: string[] = [];
  const byYear = ind('householdsRenovatedByKeyYear');
  const eligible = ind('householdsEligible');
  const hasDenominator = defined(eligible) && eligible.mean > 0;
  if (defined(byYear)) {
    const vars = {
      year,
      renovated: count(byYear.mean),
      n: count(byYear.n),
      lo: count(byYear.ci95[0]),
      hi: count(byYear.ci95[1]),
    };
    if (hasDenominator) {
      answers.push(
        rw(lang, 'households', {
          ...vars,
          eligible: count(eligible.mean),
          share: share(byYear.mean / eligible.mean),
        }),
      );
    } else {
      answers.push(rw(lang, 'householdsNoDenominator', vars));
    }
    const atEnd = ind('householdsRenovated');
    if (
      defined(atEnd) &&
      hasDenominator &&
      cal?.end !== undefined &&
      String(data.keyYear) !== end.slice(0, 4)
    ) {
      answers.push(
        rw(lang, 'householdsEnd', {
          end,
          renovated: count(atEnd.mean),
          share: share(atEnd.mean / eligible.mean),
        }),
      );
    }
    if (hasDenominator) {
      const date = firstDateReaching(data, 'participation.householdsRenovated', 0.9 * eligible.mean);
      if (date) answers.push(rw(lang, 'reach90', { date }));
      else if (date === null) answers.push(rw(lang, 'reach90Never', { end }));
    }
  }
  /** A mean count: one decimal below 100 when not whole. */
  const c = (v: number) => formatNumber(lang, v, Math.abs(v) < 100 && !Number.isInteger(v) ? 1 : 0);
  const comm = ind('communitiesRenovated');
  const elevOnly = ind('elevatorOnlyProjects');
  const elevators = ind('elevatorsInstalled');
  const programme = ind('elevatorsProgramme');
  const preRenovated = ind('elevatorsPreRenovated');
  const after = ind('elevatorsAfterKeyYear');
  if (defined(comm) && defined(elevOnly) && defined(elevators)) {
    const counts = {
      communities: c(comm.mean),
      elevatorOnly: c(elevOnly.mean),
      elevators: c(elevators.mean),
    };
    // With the ongoing elevator programme, the same sentence says what it installed, where, and after the key year.
    const withProgramme = defined(programme) && defined(preRenovated) && defined(after) && programme.mean > 0;
    answers.push(
      withProgramme
        ? rw(lang, 'communitiesProgramme', {
            ...counts,
            programme: c(programme.mean),
            preRenovated: c(preRenovated.mean),
            after: c(after.mean),
            year,
          })
        : rw(lang, 'communities', counts),
    );
  }
  const target = fireTargetSentence(data, lang);
  const fire = ind('fireComplianceByKeyYear');
  if (target !== null) answers.push(target);
  else if (defined(fire)) answers.push(rw(lang, 'fire', { year, share: share(fire.mean) }));
  const part = ind('participation');
  const pass = ind('votePassRate');
  const sat = ind('satisfaction');
  if (defined(part) || defined(pass) || defined(sat)) {
    const v = (s: SummaryIndicator | undefined, f: (x: number) => string) => (defined(s) ? f(s.mean) : '—');
    answers.push(
      rw(lang, 'residents', {
        participation: v(part, share),
        passRate: v(pass, share),
        satisfaction: v(sat, (x) => formatNumber(lang, x, 2)),
      }),
    );
  }
  answers.push(...managementSentences(ind, lang));

  const bundling = bundlingSentence(data, lang);
  if (bundling !== null) answers.push(bundling);

  const money: string[] = [];
  const pub = ind('publicCommitted');
  const priv = ind('privateCommitted');
  const lev = ind('leverage');
  if (defined(pub) && defined(priv)) {
    money.push(
      rw(lang, 'moneyCommitted', {
        public: formatValue(lang, 'RMB', pub.mean),
        private: formatValue(lang, 'RMB', priv.mean),
        leverage: defined(lev) ? formatNumber(lang, lev.mean, 2) : '—',
      }),
    );
  }
  const perHh = ind('fiscalCostPerHousehold');
  if (defined(perHh)) {
    const d = displayUnit(lang, 'RMB/household', maxAbsOf([perHh.mean, ...perHh.ci95]));
    money.push(
      rw(lang, 'moneyPerHousehold', {
        perHousehold: formatValue(lang, 'RMB/household', perHh.mean),
        lo: formatIn(lang, d, perHh.ci95[0]),
        hi: formatIn(lang, d, perHh.ci95[1]),
        unit: d.label,
      }),
    );
  } else if (perHh !== undefined) {
    money.push(rw(lang, 'moneyNothingRenovated'));
  }
  const unmet = peakOfMedian(data, 'funding.unmetNeed');
  if (unmet !== null) {
    money.push(
      unmet.value > 0
        ? rw(lang, 'unmetPeak', {
            value: formatValue(lang, 'RMB', unmet.value),
            date: unmet.date,
            endValue: formatValue(lang, 'RMB', lastOfMedian(data, 'funding.unmetNeed')),
          })
        : rw(lang, 'unmetNone'),
    );
  }
  const fund = peakOfMedian(data, 'funding.cityFundBalance');
  if (fund !== null && fund.value > 0) {
    money.push(rw(lang, 'idleFund', { value: formatValue(lang, 'RMB', fund.value), date: fund.date }));
  }

  const a = assumedParameters();
  return {
    title: rw(lang, 'title'),
    ran,
    answers,
    money,
    sure: rw(lang, 'sure', { runs: runsText }),
    assumed: rw(lang, 'assumed', {
      assumed: formatNumber(lang, a.assumed, 0),
      total: formatNumber(lang, a.total, 0),
    }),
  };
}

/**
 * The comparison report's headline (viz/headline.ts): what was compared (scenarios, the parameters
 * that differ, period, runs and pairs); the answer per scenario after the baseline on households
 * renovated (by the key year and by the end), satisfaction and the resilience index, each better,
 * worse or not distinguishable with its paired 95 % interval and the number of defined pairs; public
 * money and public money per renovated household; how sure; and that most inputs are assumed. Pure.
 */
import type { CompareData, IndicatorDifference } from './compare-parse.js';
import { assumedCount, differSentence } from './compare-params.js';
import {
  commonKeyYear,
  intervalText,
  pointsUnit,
  rowUnit,
  signedIn,
  verdictOf,
  withUnit,
} from './compare-forest.js';
import { displayUnit, formatIn, formatNumber, maxAbsOf } from './format.js';
import type { Headline } from './headline.js';
import { indicatorLabel } from './i18n.js';
import { cw } from './words-compare.js';
import type { Lang } from './types.js';

/** The generic answer indicators after households renovated, in order. */
const ANSWER_INDICATORS = ['satisfaction', 'resilienceComposite'] as const;

/** The difference of `indicator` for `scenario`, with the indicator's unit; null when not in the folder. */
function find(
  data: CompareData,
  indicator: string,
  scenario: string,
): { unit: string; d: IndicatorDifference } | null {
  const ind = data.indicators.find((i) => i.indicator === indicator);
  const d = ind?.differences.find((x) => x.scenario === scenario);
  return ind && d ? { unit: ind.unit, d } : null;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A "YYYY-MM" month in words ("December 2030", "2030年12月"); as given when not of that form. */
export function monthWords(lang: Lang, ym: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(ym);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) return ym;
  return lang === 'zh' ? `${m[1]}年${month}月` : `${MONTHS[month - 1]} ${m[1]}`;
}

/** The sentence parts shared by every answer: |difference|, signed difference, interval and pairs. */
function parts(lang: Lang, data: CompareData, unit: string, d: IndicatorDifference) {
  // Scaled for the difference itself (public money may differ by millions on a base of billions).
  const row = pointsUnit(lang, unit, displayUnit(lang, unit, maxAbsOf([d.difference, d.ci95[0], d.ci95[1]])));
  // An index's unit words ("index 0–1") read badly after a number in a sentence; its name says it.
  const u = unit === '0..1' ? { ...row, label: '' } : row;
  const runs = data.runs === null ? '?' : formatNumber(lang, data.runs, 0);
  const ci = intervalText(lang, u, d.ci95);
  return {
    u,
    abs: withUnit(formatIn(lang, u, Math.abs(d.difference)), u.label),
    absNumber: formatIn(lang, u, Math.abs(d.difference)),
    diff: withUnit(signedIn(lang, u, d.difference), u.label),
    ci:
      ci === '—'
        ? cw(lang, 'ciNone')
        : cw(lang, 'ci', {
            lo: signedIn(lang, u, d.ci95[0]),
            hi: withUnit(signedIn(lang, u, d.ci95[1]), u.label),
          }),
    pairs: cw(lang, 'pairs', { n: formatNumber(lang, d.n, 0), runs }),
  };
}

/** One generic answer sentence: better, worse, not distinguishable or not defined. */
function answer(
  lang: Lang,
  data: CompareData,
  indicator: string,
  scenario: string,
  year: number | null,
): string | null {
  const f = find(data, indicator, scenario);
  if (!f) return null;
  const vars = { indicator: indicatorLabel(lang, indicator, year), scenario, baseline: data.baseline };
  const v = verdictOf(indicator, f.d);
  if (v === 'notDefined') return cw(lang, 'answerUndefined', vars);
  const p = parts(lang, data, f.unit, f.d);
  if (v === 'better' || v === 'worse') {
    return cw(lang, v === 'better' ? 'answerBetter' : 'answerWorse', {
      ...vars,
      abs: p.abs,
      ci: p.ci,
      pairs: p.pairs,
    });
  }
  return cw(lang, 'answerSame', { ...vars, diff: p.diff, ci: p.ci, pairs: p.pairs });
}

/**
 * A "renovates N more / fewer households" sentence (or the generic one when not distinguishable
 * or undefined) for `indicator`, read `when`.
 */
function households(
  lang: Lang,
  data: CompareData,
  indicator: string,
  scenario: string,
  when: string,
  year: number | null,
): string | null {
  const f = find(data, indicator, scenario);
  if (!f) return null;
  const v = verdictOf(indicator, f.d);
  if (v !== 'better' && v !== 'worse') return answer(lang, data, indicator, scenario, year);
  const p = parts(lang, data, f.unit, f.d);
  return cw(lang, f.d.difference > 0 ? 'householdsMore' : 'householdsFewer', {
    scenario,
    baseline: data.baseline,
    abs: p.absNumber,
    when,
    ci: p.ci,
    pairs: p.pairs,
  });
}

/** The money sentences for one scenario: public money committed, public money per renovated household. */
function money(lang: Lang, data: CompareData, scenario: string, whenEnd: string): string[] {
  const out: string[] = [];
  const pub = find(data, 'publicCommitted', scenario);
  if (pub) {
    const v = verdictOf('publicCommitted', pub.d);
    if (v === 'higher' || v === 'lower') {
      const p = parts(lang, data, pub.unit, pub.d);
      out.push(
        cw(lang, v === 'higher' ? 'publicMore' : 'publicLess', {
          scenario,
          baseline: data.baseline,
          abs: p.abs,
          when: whenEnd,
          ci: p.ci,
          pairs: p.pairs,
        }),
      );
    } else {
      const a = answer(lang, data, 'publicCommitted', scenario, null);
      if (a) out.push(a);
    }
  }
  const per = find(data, 'fiscalCostPerHousehold', scenario);
  if (per) {
    const v = verdictOf('fiscalCostPerHousehold', per.d);
    if (v === 'notDefined') {
      const a = answer(lang, data, 'fiscalCostPerHousehold', scenario, null);
      if (a) out.push(a);
    } else {
      const p = parts(lang, data, per.unit, per.d);
      const means = rowUnit(lang, per.unit, per.d);
      out.push(
        cw(lang, 'perHousehold', {
          base: withUnit(formatIn(lang, means, per.d.baselineMean), means.label),
          value: withUnit(formatIn(lang, means, per.d.scenarioMean), means.label),
          baseline: data.baseline,
          scenario,
          verdict: cw(lang, v),
          ci: p.ci,
          pairs: p.pairs,
        }),
      );
    }
  }
  return out;
}

/** The comparison's headline. */
export function compareHeadline(data: CompareData, lang: Lang): Headline {
  const runs = data.runs === null ? '?' : formatNumber(lang, data.runs, 0);
  const others = data.scenarios.filter((s) => s !== data.baseline);
  const named = (id: string) => {
    const name = data.names.get(id)?.[lang];
    return name ? cw(lang, 'named', { id, name }) : id;
  };
  const list = others.map(named).join(cw(lang, 'listSeparator'));
  const ran = data.period
    ? cw(lang, 'ran', {
        scenarios: list,
        baseline: named(data.baseline),
        start: data.period.start,
        end: data.period.end,
        runs,
      })
    : cw(lang, 'ranNoPeriod', { scenarios: list, baseline: named(data.baseline), runs });
  const year = commonKeyYear(data);
  const whenEnd = data.period
    ? cw(lang, 'whenEnd', { end: monthWords(lang, data.period.end) })
    : cw(lang, 'whenRun');
  // By the key year and by the end are the same reading when the run ends in December of the key year.
  const endIsKeyYear = data.period !== null && year !== null && data.period.end === `${year}-12`;
  const answers: string[] = [];
  const moneyLines: string[] = [];
  for (const s of others) {
    if (year !== null) {
      const a = households(
        lang,
        data,
        'householdsRenovatedByKeyYear',
        s,
        cw(lang, 'whenYear', { year }),
        year,
      );
      if (a) answers.push(a);
    }
    if (year === null || !endIsKeyYear) {
      const a = households(lang, data, 'householdsRenovated', s, whenEnd, year);
      if (a) answers.push(a);
    }
    for (const k of ANSWER_INDICATORS) {
      const a = answer(lang, data, k, s, year);
      if (a) answers.push(a);
    }
    moneyLines.push(...money(lang, data, s, whenEnd));
  }
  let share = '';
  if (
    data.parameters !== null &&
    data.parameters.length === data.parametersTotal &&
    data.parametersTotal > 0
  ) {
    const c = assumedCount(data.parameters);
    if (c.known === 1 && data.parametersTotal === 1) {
      share = cw(lang, 'assumedShareOne', {
        source: cw(lang, c.assumed === 1 ? 'sourceAssumedLong' : 'sourceCitedLong'),
      });
    } else if (c.known === data.parametersTotal) {
      share = cw(lang, 'assumedShare', {
        n: formatNumber(lang, c.known, 0),
        a: formatNumber(lang, c.assumed, 0),
      });
    }
  }
  return {
    title: cw(lang, 'headlineTitle'),
    ran: `${ran}${lang === 'zh' ? '' : ' '}${differSentence(lang, data)}`,
    answers,
    money: moneyLines,
    sure: cw(lang, 'sure', { runs }),
    assumed: cw(lang, 'assumed', { share }),
  };
}

/**
 * The sensitivity report's headline: what was run (method, factors and ranges, design size, runs,
 * period), then per indicator which factors matter most (μ* or ST with its 95 % interval), which
 * barely matter, and whether the order of the top factors is established (their intervals do not
 * overlap, sim/analysis/ranking.ts); how sure (bootstrap resamples, runs); and that every input
 * outside the design stays at its assumed value. Built only from sensitivity.json and manifest.json,
 * so `cogov report` re-renders it unchanged. Pure.
 */
import { rankingTies } from '../sim/analysis/ranking.js';
import { digitsFor, displayUnit, formatIn, formatNumber, maxAbsOf } from './format.js';
import type { Headline } from './headline.js';
import { indicatorLabel } from './i18n.js';
import type { FactorIndices, IndicatorIndices, SensitivityData } from './sensitivity-types.js';
import type { Lang } from './types.js';
import { sw } from './words-sensitivity.js';

/** Below this share of the largest μ*, a factor "barely matters" (Morris). */
export const MORRIS_BARELY_SHARE = 0.05;
/** Below this total-effect index, a factor "barely matters" (Sobol; a common screening threshold). */
export const SOBOL_BARELY_ST = 0.05;

const score = (data: SensitivityData, f: FactorIndices) => (data.design === 'morris' ? f.muStar : f.st);
const ciOf = (data: SensitivityData, f: FactorIndices) => (data.design === 'morris' ? f.muStarCi : f.stCi);
const hasCi = (c: [number, number]) => Number.isFinite(c[0]) && Number.isFinite(c[1]);

/** A factor's range or values as the manifest records them. */
function factorText(lang: Lang, f: NonNullable<SensitivityData['plan']>['factors'][number]): string {
  if (f.range) {
    const digits = Math.min(3, digitsFor(Math.max(Math.abs(f.range[0]), Math.abs(f.range[1]))));
    const n = (v: number) => formatNumber(lang, v, Number.isInteger(v) && digits === 0 ? 0 : digits);
    return sw(lang, 'factorRange', { name: f.name, lo: n(f.range[0]), hi: n(f.range[1]) });
  }
  if (f.values) return sw(lang, 'factorValues', { name: f.name, values: f.values.join(sw(lang, 'listSep')) });
  return f.name;
}

/** The "what was run" sentence. */
function ranSentence(lang: Lang, data: SensitivityData): string {
  const plan = data.plan;
  const sep = sw(lang, 'listSep');
  const factors =
    plan && plan.factors.length > 0 ? plan.factors.map((f) => factorText(lang, f)) : data.factors;
  const count = (v: number) => (Number.isFinite(v) ? formatNumber(lang, v, 0) : '—');
  let design = sw(lang, 'designUnknown');
  if (plan && data.design === 'morris' && Number.isFinite(plan.trajectories)) {
    design = sw(lang, 'morrisDesign', {
      trajectories: count(plan.trajectories),
      levels: count(plan.levels),
      points: count(plan.designPoints),
      replicates: count(plan.replicates),
    });
  } else if (plan && data.design === 'sobol' && Number.isFinite(plan.n)) {
    design = sw(lang, 'sobolDesign', {
      n: count(plan.n),
      sampler: sw(lang, plan.sampler === 'random' ? 'samplerRandom' : 'samplerSobol'),
      points: count(plan.designPoints),
      replicates: count(plan.replicates),
    });
  }
  return sw(lang, data.design === 'morris' ? 'ranMorris' : 'ranSobol', {
    k: formatNumber(lang, data.factors.length, 0),
    factors: factors.join(sep),
    design,
    runs: data.runs === null ? sw(lang, 'runsUnknown') : formatNumber(lang, data.runs, 0),
    scenario: plan?.scenarioFile?.split(/[\\/]/).pop() || sw(lang, 'scenarioUnknown'),
    period: data.calendar
      ? sw(lang, 'periodValue', { start: data.calendar.start, end: data.calendar.end })
      : sw(lang, 'periodUnknown'),
  });
}

/** Names as a list: "a, b and c" / "a、b 和 c". */
export function listOf(lang: Lang, xs: readonly string[]): string {
  if (xs.length <= 1) return xs.join('');
  return `${xs.slice(0, -1).join(sw(lang, 'listSep'))}${sw(lang, 'and')}${xs[xs.length - 1]}`;
}

/** The answer for one indicator: top factors with their intervals, those that barely matter, the order. */
export function indicatorAnswer(lang: Lang, data: SensitivityData, ind: IndicatorIndices): string {
  const label = indicatorLabel(lang, ind.indicator, data.calendar?.keyYear ?? null);
  const ranked = ind.factors
    .map((f, i) => ({ f, i, v: score(data, f) }))
    .filter((x) => Number.isFinite(x.v))
    .sort((a, b) => b.v - a.v || a.i - b.i);
  const top = ranked[0];
  if (!top || top.v <= 0) return sw(lang, 'answerNoVariation', { indicator: label });
  const morris = data.design === 'morris';
  let fmt: (v: number) => string;
  if (morris) {
    const d = displayUnit(lang, ind.unit, maxAbsOf(ind.factors.flatMap((f) => [f.muStar, ...f.muStarCi])));
    const unit = d.label === '' ? '' : d.label.startsWith('%') ? d.label : ` ${d.label}`;
    fmt = (v: number) => `${formatIn(lang, d, v)}${unit}`;
  } else fmt = (v: number) => formatNumber(lang, v, 2);
  const ci = (f: FactorIndices) => {
    const c = ciOf(data, f);
    return hasCi(c) ? `${fmt(c[0])} – ${fmt(c[1])}` : '—';
  };
  const measure = morris ? 'μ*' : 'ST';
  const scored = ind.factors.map((f) => ({ factor: f.factor, score: score(data, f), ci: ciOf(data, f) }));
  const withCi = hasCi(ciOf(data, top.f));
  const ties = withCi ? rankingTies(scored) : [];
  const barely = (v: number) => (morris ? v < MORRIS_BARELY_SHARE * top.v : v < SOBOL_BARELY_ST);
  const parts: string[] = [];
  const first = ties[0]?.from === 1 ? ties[0] : undefined;
  if (first) {
    const byName = new Map(ranked.map((x) => [x.f.factor, x]));
    const values = first.factors.map((name) => {
      const x = byName.get(name)!;
      return sw(lang, morris ? 'tiedValueMorris' : 'tiedValueSobol', {
        factor: name,
        value: fmt(x.v),
        ci: ci(x.f),
      });
    });
    parts.push(
      sw(lang, morris ? 'answerTiedMorris' : 'answerTiedSobol', {
        indicator: label,
        factors: listOf(lang, first.factors),
        values: values.join(sw(lang, 'valueSep')),
      }),
    );
  } else {
    const second = ranked[1] && !barely(ranked[1].v) ? ranked[1] : undefined;
    const then = second
      ? sw(lang, morris ? 'answerThenMorris' : 'answerThenSobol', {
          factor: second.f.factor,
          value: fmt(second.v),
          ci: ci(second.f),
        })
      : '';
    parts.push(
      sw(lang, morris ? 'answerTopMorris' : 'answerTopSobol', {
        indicator: label,
        top: top.f.factor,
        value: fmt(top.v),
        ci: ci(top.f),
        then,
      }),
    );
  }
  const small = ranked.filter((x) => barely(x.v)).map((x) => x.f.factor);
  if (small.length > 0) {
    const key = morris
      ? small.length > 1
        ? 'barelyMorris'
        : 'barelyMorrisOne'
      : small.length > 1
        ? 'barelySobol'
        : 'barelySobolOne';
    parts.push(sw(lang, key, { factors: listOf(lang, small) }));
  }
  if (!withCi) parts.push(sw(lang, 'noIntervals'));
  else {
    if (ties.length === 0) parts.push(sw(lang, 'established'));
    for (const t of ties) {
      if (t !== first) parts.push(sw(lang, 'notEstablished', { factors: listOf(lang, t.factors), measure }));
    }
    const c = ciOf(data, top.f);
    if (Math.min(c[0], c[1]) <= 0) parts.push(sw(lang, 'topZero', { factor: top.f.factor, measure }));
  }
  return parts.join(lang === 'en' ? ' ' : '');
}

/** The headline of the sensitivity page; `warned` says whether the page lists warnings. */
export function sensitivityHeadline(lang: Lang, data: SensitivityData, warned: boolean): Headline {
  const resamples = data.bootstrap;
  let sure: string;
  if (resamples === 0) sure = sw(lang, 'sureNone');
  else if (resamples === null) sure = sw(lang, 'sureUnknown');
  else
    sure = sw(lang, data.design === 'morris' ? 'sureMorris' : 'sureSobol', {
      resamples: formatNumber(lang, resamples, 0),
    });
  if (warned) sure += (lang === 'en' ? ' ' : '') + sw(lang, 'sureWarnings');
  return {
    title: sw(lang, 'headlineTitle'),
    ran: ranSentence(lang, data),
    answers: data.indicators.map((ind) => indicatorAnswer(lang, data, ind)),
    money: [],
    sure,
    assumed: sw(lang, 'assumed', { k: formatNumber(lang, data.factors.length, 0) }),
  };
}

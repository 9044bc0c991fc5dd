/**
 * The sweep report's headline, pure: what was swept (factors and their ranges, design points, runs
 * per point, the period), the best design point on the experiment's first indicator that has a
 * desirable direction (mean, 95 % CI, n runs, date), whether it is distinguishable from the
 * runner-up (the two intervals overlap or not), the range over the points, the best point on a few
 * more indicators, how sure (what the intervals cover) and that inputs not swept are held fixed.
 */
import { directionOf } from '../sim/outputs/dictionary.js';
import { formatValue, formatNumber } from './format.js';
import type { Headline } from './headline.js';
import { indicatorLabel, unitDef } from './i18n.js';
import type { SweepData } from './sweep-data.js';
import { intervalsOverlap, type PointSummary, rankingIndicator, rankPoints } from './sweep-points.js';
import { factorRangeText, factorValueText, pointText, valueCiText } from './sweep-text.js';
import type { Lang } from './types.js';
import { sw } from './words-sweep.js';

/** Indicators besides the ranking one whose best point the headline names. */
export const MORE_ANSWERS = 3;
/** Design points named when several tie. */
const TIES_NAMED = 3;

const DESIGN_WORD = {
  grid: 'designGrid',
  lhs: 'designLhs',
  morris: 'designMorris',
  sobol: 'designSobol',
} as const;

/** The design in words. */
function designText(lang: Lang, design: string | null): string {
  const key =
    design !== null && Object.hasOwn(DESIGN_WORD, design)
      ? DESIGN_WORD[design as keyof typeof DESIGN_WORD]
      : 'designOther';
  return sw(lang, key);
}

/**
 * Design points that tie: when they differ in one factor only, "a = 1, b = 20,000 or 30,000";
 * otherwise the first few, "and k more".
 */
function tiesText(lang: Lang, data: SweepData, ties: readonly PointSummary[]): string {
  const varying = data.factors.flatMap((_, f) => (new Set(ties.map((p) => p.values[f])).size > 1 ? [f] : []));
  if (varying.length === 1) {
    const v = varying[0];
    const sep = lang === 'zh' ? '，' : ', ';
    return data.factors
      .map((f, i) =>
        i === v
          ? `${f.name} = ${[...new Set(ties.map((p) => p.values[i]))].map((x) => factorValueText(lang, x)).join(sw(lang, 'or'))}`
          : `${f.name} = ${factorValueText(lang, ties[0].values[i])}`,
      )
      .join(sep);
  }
  const named = ties
    .slice(0, TIES_NAMED)
    .map((p) => pointText(lang, data, p.values))
    .join(lang === 'zh' ? '；' : '; ');
  return ties.length > TIES_NAMED
    ? sw(lang, 'morePoints', { list: named, more: formatNumber(lang, ties.length - TIES_NAMED, 0) })
    : named;
}

/** The sentence on the best design point(s) of indicator `k`, and the ranking it comes from. */
function bestSentence(
  lang: Lang,
  data: SweepData,
  points: readonly PointSummary[],
  k: number,
): { text: string; ranked: PointSummary[] } {
  const ind = data.indicators[k];
  const direction = directionOf(ind.name);
  const ranked = rankPoints(points, k, direction);
  const label = indicatorLabel(lang, ind.name, data.calendar?.keyYear ?? null);
  const best = ranked[0];
  if (!best || !Number.isFinite(best.stats[k].mean))
    return { text: sw(lang, 'allUndefined', { indicator: label }), ranked };
  const when =
    ind.name.endsWith('ByKeyYear') || data.calendar === null
      ? ''
      : sw(lang, 'atEnd', { end: data.calendar.end });
  const vars = {
    indicator: label,
    direction: sw(lang, direction === 'lower' ? 'lowerBetter' : 'higherBetter'),
    value: valueCiText(lang, ind.unit, best.stats[k]),
    when,
  };
  const ties = ranked.filter((p) => p.stats[k].mean === best.stats[k].mean);
  if (ties.length === 1)
    return { text: sw(lang, 'best', { ...vars, point: pointText(lang, data, best.values) }), ranked };
  if (ties.length === ranked.length)
    return { text: sw(lang, 'allTie', { ...vars, count: formatNumber(lang, ties.length, 0) }), ranked };
  const list = tiesText(lang, data, ties);
  return {
    text: sw(lang, 'bestTie', { ...vars, count: formatNumber(lang, ties.length, 0), points: list }),
    ranked,
  };
}

/** The runner-up, the range over the points and the points that leave indicator `k` undefined. */
function rankingSentences(lang: Lang, data: SweepData, ranked: readonly PointSummary[], k: number): string[] {
  const ind = data.indicators[k];
  const defined = ranked.filter((p) => Number.isFinite(p.stats[k].mean));
  if (defined.length === 0) return [];
  const best = defined[0];
  const out: string[] = [];
  const runnerUp = defined.find((p) => p.stats[k].mean !== best.stats[k].mean);
  if (runnerUp) {
    const overlap = intervalsOverlap(best.stats[k], runnerUp.stats[k]);
    const key = overlap === null ? 'runnerUpNoCi' : overlap ? 'runnerUpOverlap' : 'runnerUpApart';
    out.push(
      sw(lang, key, {
        point: pointText(lang, data, runnerUp.values),
        value: valueCiText(lang, ind.unit, runnerUp.stats[k]),
        replicates: formatNumber(lang, data.replicates ?? runnerUp.runs, 0),
      }),
    );
    const byValue = [...defined].sort((a, b) => a.stats[k].mean - b.stats[k].mean || a.point - b.point);
    const lo = byValue[0];
    const hi = byValue.find((p) => p.stats[k].mean === byValue[byValue.length - 1].stats[k].mean)!;
    out.push(
      sw(lang, 'range', {
        points: formatNumber(lang, ranked.length, 0),
        min: formatValue(lang, ind.unit, lo.stats[k].mean),
        minPoint: pointText(lang, data, lo.values),
        max: formatValue(lang, ind.unit, hi.stats[k].mean),
        maxPoint: pointText(lang, data, hi.values),
      }),
    );
  } else if (defined.length > 1 && defined.length < ranked.length) out.push(sw(lang, 'noRunnerUp'));
  if (defined.length < ranked.length)
    out.push(sw(lang, 'undefinedAt', { count: formatNumber(lang, ranked.length - defined.length, 0) }));
  return out;
}

/** The headline of a sweep whose design points are `points` (see {@link summarisePoints}). */
export function sweepHeadline(lang: Lang, data: SweepData, points: readonly PointSummary[]): Headline {
  const scenario = data.scenarioName?.[lang] ?? data.scenarioFile ?? '—';
  const period = data.calendar
    ? sw(lang, 'period', { start: data.calendar.start, end: data.calendar.end })
    : '';
  const factors = data.factors
    .map((_, f) =>
      factorRangeText(
        lang,
        data,
        f,
        points.map((p) => p.values[f]),
      ),
    )
    .join(lang === 'zh' ? '；' : '; ');
  const common = {
    design: designText(lang, data.design),
    factors,
    points: formatNumber(lang, data.designPoints ?? points.length, 0),
    runs: formatNumber(lang, data.runs ?? data.rows.length, 0),
    scenario,
    period,
  };
  // A shard's folder holds part of the design: say which part the answer rests on.
  const partial =
    data.runs !== null && data.rows.length < data.runs
      ? ` ${sw(lang, 'partial', {
          runs: formatNumber(lang, data.rows.length, 0),
          total: formatNumber(lang, data.runs, 0),
          points: formatNumber(lang, points.length, 0),
        })}`
      : '';
  const ran =
    (data.replicates === null
      ? sw(lang, 'ranNoReplicates', common)
      : sw(lang, 'ran', {
          ...common,
          perPoint:
            data.replicates === 1
              ? sw(lang, 'runEach')
              : sw(lang, 'runsEach', { n: formatNumber(lang, data.replicates, 0) }),
        })) + partial;

  const answers: string[] = [];
  const money: string[] = [];
  const { k, direction } = rankingIndicator(data);
  if (direction === 'neither') {
    answers.push(
      sw(lang, 'noDirection', {
        indicator: indicatorLabel(lang, data.indicators[k].name, data.calendar?.keyYear ?? null),
      }),
    );
  } else {
    const first = bestSentence(lang, data, points, k);
    answers.push(first.text, ...rankingSentences(lang, data, first.ranked, k));
    const more = data.indicators
      .map((ind, j) => ({ ind, j }))
      .filter(({ ind, j }) => j !== k && directionOf(ind.name) !== 'neither')
      .slice(0, MORE_ANSWERS);
    for (const { ind, j } of more) {
      const text = bestSentence(lang, data, points, j).text;
      (unitDef(ind.unit).kind === 'money' ? money : answers).push(text);
    }
  }
  if (data.indicators.length > 1)
    answers.push(sw(lang, 'moreInTable', { count: formatNumber(lang, data.indicators.length, 0) }));
  const replicates = data.replicates ?? (points.length > 0 ? Math.min(...points.map((p) => p.runs)) : 0);
  return {
    title: sw(lang, 'headlineTitle'),
    ran,
    answers,
    money,
    sure:
      replicates >= 2
        ? sw(lang, 'sure', { replicates: formatNumber(lang, replicates, 0) })
        : sw(lang, 'sureOne'),
    assumed: sw(lang, 'assumed', { scenario }),
  };
}

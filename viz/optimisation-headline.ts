/**
 * The optimisation report's headline, pure: what was searched (levers, candidates, generations, runs),
 * how many non-dominated feasible mixes were found, the front's extremes per objective in words with
 * units and 95 % CIs, which constraints bound (how many candidates each ruled out), whether the
 * hypervolume had stopped improving over the last generations, and what the intervals cover.
 */
import { formatNumber, formatValue } from './format.js';
import type { Headline } from './headline.js';
import {
  constraintText,
  frontOf,
  labelOf,
  mixText,
  measureText,
  objectivesText,
} from './optimisation-text.js';
import type { OptCandidate, OptimisationData } from './optimisation-types.js';
import type { Lang } from './types.js';
import { ow } from './words-optimisation.js';

/** A relative change of the hypervolume below this over the last generations counts as a stall. */
export const STALL_CHANGE = 0.01;

/** Generations the convergence judgement looks back over: a third of the run, 2 to 5. */
export function lookBack(generations: number): number {
  return Math.max(2, Math.min(5, Math.floor(generations / 3)));
}

/**
 * Whether the hypervolume stopped improving: its relative change over the last {@link lookBack}
 * generations (converged below {@link STALL_CHANGE}, else improving or fell), or why it cannot be
 * judged.
 */
export function convergence(
  data: OptimisationData,
):
  | { state: 'converged' | 'improving' | 'fell'; change: number; k: number }
  | { state: 'tooFew' | 'noHypervolume' } {
  const gens = data.convergence;
  // The contract writes 0 for a generation without a feasible candidate: no front, nothing to judge.
  if (!gens.some((g) => g.frontSize > 0 && Number.isFinite(g.hypervolume))) return { state: 'noHypervolume' };
  const k = lookBack(gens.length);
  if (gens.length < k + 1) return { state: 'tooFew' };
  const last = gens[gens.length - 1].hypervolume;
  const before = gens[gens.length - 1 - k].hypervolume;
  if (!Number.isFinite(last) || !Number.isFinite(before))
    return { state: 'improving', change: Number.NaN, k };
  // Relative to the earlier value; from no front (0) to one, the change has no size: "—", improving.
  const change = before === 0 ? (last === 0 ? 0 : Number.NaN) : (last - before) / Math.abs(before);
  // Re-evaluating survivors on more seeds can pull lucky values back: the hypervolume then falls.
  const state = Math.abs(change) < STALL_CHANGE ? 'converged' : change < 0 ? 'fell' : 'improving';
  return { state, change, k };
}

/** The extreme of the front on objective `k`: its best mix (the first by the objective's direction). */
function extreme(data: OptimisationData, front: readonly OptCandidate[], k: number): OptCandidate | null {
  const o = data.objectives[k];
  const sign = o.sense === 'min' ? 1 : -1;
  const defined = front.filter((c) => Number.isFinite(c.objectives[k].value));
  if (defined.length === 0) return null;
  return defined.reduce((best, c) => {
    const d = sign * (c.objectives[k].value - best.objectives[k].value);
    return d < 0 || (d === 0 && c.id < best.id) ? c : best;
  });
}

/**
 * Front mixes that give the same objective values: how many distinct outcomes the front has, and
 * the levers whose values differ within a group of equal outcomes (they made no difference).
 */
export function duplicateOutcomes(
  data: OptimisationData,
  front: readonly OptCandidate[],
): { distinct: number; levers: string[] } {
  const groups = new Map<string, OptCandidate[]>();
  for (const c of front) {
    const key = c.objectives.map((o) => String(o.value)).join('|');
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const levers = data.levers
    .filter((_, j) => [...groups.values()].some((g) => new Set(g.map((c) => c.levers[j])).size > 1))
    .map((l) => l.name);
  return { distinct: groups.size, levers };
}

/** The sentences on what each constraint did: how many candidates it ruled out. */
function constraintSentence(lang: Lang, data: OptimisationData): string | null {
  if (data.constraints.length === 0) return null;
  const n = data.candidates.length;
  const items = data.constraints.map((c, j) => {
    const text = constraintText(lang, data, c);
    const undefinedCount = data.candidates.filter((x) => !Number.isFinite(x.constraints[j])).length;
    const broken = data.candidates.filter(
      (x) => Number.isFinite(x.constraints[j]) && !x.constraintsOk[j],
    ).length;
    const main =
      broken === 0 && undefinedCount === 0
        ? ow(lang, 'constraintNone', { constraint: text })
        : ow(lang, 'constraintRuledOut', {
            constraint: text,
            count: formatNumber(lang, broken, 0),
            candidates: formatNumber(lang, n, 0),
          });
    return undefinedCount > 0
      ? main + ow(lang, 'constraintUndefined', { count: formatNumber(lang, undefinedCount, 0) })
      : main;
  });
  return ow(lang, 'constraintsBind', { list: items.join(ow(lang, 'listSep')) });
}

/** The convergence sentence. */
function convergenceSentence(lang: Lang, data: OptimisationData): string {
  const c = convergence(data);
  if (c.state === 'noHypervolume') return ow(lang, 'noHypervolume');
  if (c.state === 'tooFew' || !('change' in c))
    return ow(lang, 'tooFewGenerations', { generations: formatNumber(lang, data.convergence.length, 0) });
  const pct = Number.isFinite(c.change)
    ? `${formatNumber(lang, Math.abs(c.change) * 100, 1)} %`
    : ow(lang, 'unknown');
  return ow(lang, c.state, {
    change: lang === 'zh' ? pct.replace(' %', '%') : pct,
    k: formatNumber(lang, c.k, 0),
  });
}

/** The headline of an optimisation. */
export function optimisationHeadline(lang: Lang, data: OptimisationData): Headline {
  const scenario = data.scenarioName?.[lang] ?? data.scenarioFile ?? '—';
  const num = (v: number | null) => (v === null ? ow(lang, 'unknown') : formatNumber(lang, v, 0));
  const states =
    data.states !== null && data.states > 1 ? ow(lang, 'states', { states: num(data.states) }) : '';
  const ran = ow(lang, 'ran', {
    levers: data.levers.map((l) => l.name).join(lang === 'zh' ? '、' : ', '),
    scenario,
    period: data.calendar ? ow(lang, 'period', { start: data.calendar.start, end: data.calendar.end }) : '',
    candidates: num(data.candidates.length),
    generations: num(data.generations ?? data.convergence.length),
    population: num(data.population),
    runs: num(data.runs),
    replicates: num(data.replicates),
    states,
  });

  const answers: string[] = [];
  const front = frontOf(data);
  const feasible = data.candidates.filter((c) => c.feasible).length;
  const counts = {
    front: formatNumber(lang, front.length, 0),
    feasible: formatNumber(lang, feasible, 0),
    candidates: formatNumber(lang, data.candidates.length, 0),
  };
  if (front.length === 0) answers.push(ow(lang, 'noFeasible', counts));
  else if (front.length === 1)
    answers.push(
      ow(lang, 'frontOne', {
        ...counts,
        mix: mixText(lang, data, front[0]),
        objectives: objectivesText(lang, data, front[0]),
      }),
    );
  else {
    answers.push(ow(lang, data.constraints.length > 0 ? 'front' : 'frontNoConstraints', counts));
    if (data.epsilon !== null) {
      const boxes = data.objectives
        .map(
          (o, k) => `${labelOf(lang, data, o.indicator)} ${formatValue(lang, o.valueUnit, data.epsilon![k])}`,
        )
        .join(ow(lang, 'listSep'));
      answers[answers.length - 1] += `${lang === 'zh' ? '' : ' '}${ow(lang, 'frontEpsilon', { boxes })}`;
    }
    const same = duplicateOutcomes(data, front);
    if (same.distinct < front.length && same.levers.length > 0)
      answers[answers.length - 1] += `${lang === 'zh' ? '' : ' '}${ow(lang, 'frontDuplicates', {
        distinct: formatNumber(lang, same.distinct, 0),
        levers: same.levers.join(lang === 'zh' ? '、' : ', '),
      })}`;
    data.objectives.forEach((o, k) => {
      const best = extreme(data, front, k);
      if (best === null) return;
      answers.push(
        ow(lang, o.sense === 'min' ? 'extremeMin' : 'extremeMax', {
          indicator: labelOf(lang, data, o.indicator),
          mix: mixText(lang, data, best),
          objectives: objectivesText(lang, data, best),
        }),
      );
    });
  }
  const constraints = constraintSentence(lang, data);
  if (constraints !== null) answers.push(constraints);
  answers.push(convergenceSentence(lang, data));

  const replicates = data.replicates ?? 0;
  const aggregates = [...new Set(data.objectives.map((o) => measureText(lang, o)))];
  const max = data.maxReplicates;
  const reevaluation =
    max !== null && data.replicates !== null && max > data.replicates
      ? ow(lang, 'reevaluated', { max: formatNumber(lang, max, 0) })
      : ow(lang, 'notReevaluated');
  const sure =
    data.states !== null && data.states > 1
      ? ow(lang, 'sureStates', {
          states: num(data.states),
          names: data.uncertainties.join(lang === 'zh' ? '、' : ', ') || ow(lang, 'unknown'),
          aggregate: aggregates.join(lang === 'zh' ? '、' : ', '),
          reevaluation,
        })
      : replicates >= 2 || data.candidates.some((c) => c.runs >= 2)
        ? ow(lang, 'sure', { reevaluation })
        : ow(lang, 'sureOne');
  return {
    title: ow(lang, 'headlineTitle'),
    ran,
    answers,
    money: [],
    sure,
    assumed: ow(lang, 'assumed', { scenario }),
  };
}

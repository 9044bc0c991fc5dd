/**
 * Small texts of the optimisation report, pure: a lever value as the reader sees it (numbers grouped
 * by the locale, booleans as on/off), a mix as "lever = value, …", an objective's aggregate with its
 * 95 % CI and runs in the indicator's unit, a constraint as "indicator ≥ bound", and how runs are
 * aggregated in words.
 */
import { displayUnit, formatIn, formatNumber, formatValue } from './format.js';
import { indicatorLabel } from './i18n.js';
import type {
  OptCandidate,
  OptConstraint,
  OptimisationData,
  OptObjective,
  OptStat,
} from './optimisation-types.js';
import { factorValueText } from './sweep-text.js';
import type { Lang } from './types.js';
import { ow } from './words-optimisation.js';

/** A lever value as written in the files: "true"/"false" as on/off, numbers grouped by the locale. */
export function leverValueText(lang: Lang, s: string): string {
  if (s === 'true') return ow(lang, 'on');
  if (s === 'false') return ow(lang, 'off');
  if (s === '') return '—';
  return factorValueText(lang, s);
}

/** A mix: "householdSubsidy = 12,000, ppp = on". */
export function mixText(lang: Lang, data: OptimisationData, c: OptCandidate): string {
  return data.levers
    .map((l, i) => `${l.name} = ${leverValueText(lang, c.levers[i] ?? '')}`)
    .join(ow(lang, 'sep'));
}

/** The label of key indicator `name` (the key year filled in). */
export function labelOf(lang: Lang, data: OptimisationData, name: string): string {
  return indicatorLabel(lang, name, data.calendar?.keyYear ?? null);
}

/** A number with its unit, in the display unit `d`. */
function inUnit(
  lang: Lang,
  unit: string,
  v: number,
  maxAbs: number,
): { text: string; d: ReturnType<typeof displayUnit> } {
  const d = displayUnit(lang, unit, maxAbs);
  const num = formatIn(lang, d, v);
  return {
    text: d.label === '' ? num : d.label.startsWith('%') ? `${num}${d.label}` : `${num} ${d.label}`,
    d,
  };
}

/**
 * An objective's value with its unit, 95 % CI and runs: "3.1 亿元 (95 % CI 3.0 to 3.2, n = 8 runs)";
 * when the value NSGA-II compares is not the mean (a percentile, a robustness measure), the value
 * first, then the mean with its interval. "— (undefined …)" when no run defines it.
 */
export function statText(
  lang: Lang,
  o: Pick<OptObjective, 'unit' | 'valueUnit' | 'aggregate' | 'robustness'>,
  s: OptStat,
): string {
  if (!Number.isFinite(s.value)) return ow(lang, 'valueUndefined');
  const isMean = o.aggregate === 'mean' && o.robustness === 'mean' && o.valueUnit === o.unit;
  const centre = isMean ? s.value : s.mean;
  const n = formatNumber(lang, s.n, 0);
  const finite = [centre, s.lo, s.hi].filter(Number.isFinite).map(Math.abs);
  const m = inUnit(lang, o.unit, centre, finite.length > 0 ? Math.max(...finite) : 0);
  const withCi = !Number.isFinite(centre)
    ? ow(lang, 'valueUndefined')
    : !Number.isFinite(s.lo) || !Number.isFinite(s.hi)
      ? ow(lang, 'valueNoCi', { value: m.text, n })
      : ow(lang, 'valueCi', {
          value: m.text,
          lo: formatIn(lang, m.d, s.lo),
          hi: formatIn(lang, m.d, s.hi),
          n,
        });
  if (isMean) return withCi;
  const v = inUnit(lang, o.valueUnit, s.value, Math.abs(s.value)).text;
  return ow(lang, 'valueRobust', { value: v, measure: measureText(lang, o), mean: withCi });
}

/** What the value NSGA-II compares is: "the 10th percentile", "the mean over states of the 90th percentile", … */
export function measureText(lang: Lang, o: Pick<OptObjective, 'aggregate' | 'robustness'>): string {
  if (o.robustness === 'mean') return aggregateText(lang, o.aggregate);
  return ow(lang, 'measureOverStates', {
    robustness: aggregateText(lang, o.robustness),
    aggregate: aggregateText(lang, o.aggregate),
  });
}

/** Every objective of a candidate: "Public money committed 3.1 亿元 (95 % CI …); …". */
export function objectivesText(lang: Lang, data: OptimisationData, c: OptCandidate): string {
  return data.objectives
    .map((o, k) =>
      ow(lang, 'objective', {
        indicator: labelOf(lang, data, o.indicator),
        value: statText(lang, o, c.objectives[k]),
      }),
    )
    .join(ow(lang, 'listSep'));
}

/** A constraint: "Fire-safety compliance at the deadline = 100.0%". */
export function constraintText(lang: Lang, data: OptimisationData, c: OptConstraint): string {
  const op = ow(lang, c.op === '>=' ? 'opGe' : 'opLe');
  return `${labelOf(lang, data, c.indicator)} ${op} ${formatValue(lang, c.unit, c.bound)}`;
}

/** How a candidate's runs are aggregated, in words ("the mean", "the 10th percentile", …). */
export function aggregateText(lang: Lang, aggregate: string): string {
  const p = /^p(\d{1,2})$/.exec(aggregate);
  if (p) return ow(lang, 'aggPercentile', { p: Number(p[1]) });
  if (aggregate === 'mean') return ow(lang, 'aggMean');
  if (aggregate === 'regret') return ow(lang, 'aggRegret');
  if (aggregate === 'satisficing') return ow(lang, 'aggSatisficing');
  return aggregate;
}

/** The non-dominated feasible candidates, sorted by the first objective in its better direction. */
export function frontOf(data: OptimisationData): OptCandidate[] {
  const front = data.candidates.filter((c) => c.front && c.feasible);
  const o = data.objectives[0];
  if (!o) return front;
  const sign = o.sense === 'min' ? 1 : -1;
  return front.sort((a, b) => {
    const x = a.objectives[0].value;
    const y = b.objectives[0].value;
    const dx = Number.isFinite(x);
    const dy = Number.isFinite(y);
    if (dx !== dy) return dx ? -1 : 1;
    return (dx && x !== y ? sign * (x - y) : 0) || a.id - b.id;
  });
}

/**
 * What a figure says besides its data: whether its axis counts whole things, whether it has anything
 * to draw (every run 0, or no value defined at all), and the caption line that keeps its context
 * when it is pasted alone (scenario, runs, what the lines and bands are). Pure.
 */
import { formatNumber } from './format.js';
import type { CurveSeries, Lang, ReportData } from './types.js';
import { figureWord } from './words-figures.js';

/** Units of whole things: their axes tick at integers only. */
const COUNT_UNITS: ReadonlySet<string> = new Set([
  'households',
  'households (cumulative)',
  'communities',
  'building units',
  'elevators',
  'elevators (cumulative)',
  'disputes',
  'projects',
  'projects (cumulative)',
  'evaluations',
  'evaluations (cumulative)',
  'community-months',
  'community-months (cumulative)',
  'household-months',
]);

/** Whether values of `unit` (a METRICS or KEY_INDICATORS unit) count whole things. */
export function isCountUnit(unit: string): boolean {
  return COUNT_UNITS.has(unit);
}

/**
 * What a series of statistics across runs holds: `none` when no month has a defined value, `zero`
 * when every defined month has mean 0 and spread 0 (every run is 0 there), else `values`.
 */
export type SeriesContent = 'values' | 'zero' | 'none';

/** The content of one metric's curve; see {@link SeriesContent}. */
export function seriesContent(s: Pick<CurveSeries, 'mean' | 'sd'>): SeriesContent {
  let defined = false;
  for (let i = 0; i < s.mean.length; i++) {
    const m = s.mean[i];
    if (!Number.isFinite(m)) continue;
    defined = true;
    const sd = s.sd[i];
    if (m !== 0 || (Number.isFinite(sd) && sd !== 0)) return 'values';
  }
  return defined ? 'zero' : 'none';
}

/**
 * The note that stands in for a chart of `contents` (one per series) with nothing to draw: no
 * defined value in any series, or 0 in every run wherever defined; undefined when there is data.
 */
export function emptyNote(lang: Lang, contents: readonly SeriesContent[]): string | undefined {
  if (contents.some((c) => c === 'values')) return undefined;
  return contents.some((c) => c === 'zero') ? figureWord(lang, 'allZero') : figureWord(lang, 'noValues');
}

/** How a chart summarises the runs: medians with bands, stacked means, or stacked annual sums of means. */
export type ChartSummary = 'bands' | 'stack' | 'annual';

const SUMMARY_WORD = { bands: 'captionBands', stack: 'captionStack', annual: 'captionAnnual' } as const;

/**
 * Number of runs behind the curves, by the rule of the report's settings list: the manifest's, else
 * the largest n of any curve cell; null when neither is known.
 */
export function runsBehind(data: Pick<ReportData, 'provenance' | 'curves'>): number | null {
  if (data.provenance.runs !== null) return data.provenance.runs;
  let n = 0;
  for (const s of data.curves.values()) for (const v of s.n) if (Number.isFinite(v) && v > n) n = v;
  return n > 0 ? n : null;
}

/**
 * The caption line of a figure: "scenario name · 20 runs · median, 25–75 % and 5–95 % of runs" in
 * `lang` (the scenario's id when it has no name; the runs left out when unknown).
 */
export function figureCaption(
  lang: Lang,
  data: Pick<ReportData, 'scenarioId' | 'name' | 'provenance' | 'curves'>,
  summary: ChartSummary,
): string {
  const runs = runsBehind(data);
  return [
    data.name?.[lang] || data.scenarioId,
    ...(runs === null ? [] : [figureWord(lang, 'captionRuns', { n: formatNumber(lang, runs, 0) })]),
    figureWord(lang, SUMMARY_WORD[summary]),
  ].join(' · ');
}

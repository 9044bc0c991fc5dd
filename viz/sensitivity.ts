/**
 * The sensitivity report (`cogov sensitivity`), pure: sensitivity.json (and manifest.json) in, page
 * sections out. It opens with the answer (viz/sensitivity-headline.ts), then the warnings (designs
 * too small for stable indices, rankings whose top is not established), then per key indicator a
 * table and a chart of the indices: the Morris μ*–σ plane with μ*'s bootstrap 95 % interval as a
 * whisker (viz/sensitivity-plane.ts), or Sobol S1 and ST bars, each with its bootstrap 95 % interval
 * as an error bar; provenance last.
 */
import { rankingWarnings } from '../sim/analysis/ranking.js';
import { isWarningCode, type SensitivityWarning, warningText } from '../sim/analysis/warnings.js';
import { sensitivityHeadline } from './sensitivity-headline.js';
import type { IndicatorIndices, SensitivityData, SensitivityPlan } from './sensitivity-types.js';
import { morrisPlaneChart } from './sensitivity-plane.js';
import { sw } from './words-sensitivity.js';
import { escapeHtml as esc } from './escape.js';
import {
  axisTitle,
  chartMeta,
  chartOptions,
  type ExperimentPage,
  figureHtml,
  settingsHtml,
  tableHtml,
} from './experiment-page.js';
import { displayUnit, formatIn, formatNumber, maxAbsOf } from './format.js';
import { indicatorLabel, t } from './i18n.js';
import { ReportInputError } from '../sim/outputs/errors.js';
import type {
  ExperimentManifestJson,
  SensitivityFactorJson,
  SensitivityIndicatorJson,
  SensitivityJson,
} from '../sim/outputs/experiments.js';
import {
  arr,
  num,
  numOrNull,
  pair,
  parseJsonObject,
  rec,
  recOrNull,
  str,
  strings,
} from '../sim/outputs/json.js';
import type { ChartDataset, ChartSpec, Lang } from './types.js';

export type {
  FactorIndices,
  IndicatorIndices,
  SensitivityData,
  SensitivityPlan,
} from './sensitivity-types.js';

/** The design of manifest.json, or null when there is no manifest. */
function planOf(m: Record<string, unknown> | null): SensitivityPlan | null {
  if (m === null) return null;
  const o = rec<ExperimentManifestJson>(m);
  const d = rec<{ trajectories: number; levels: number; n: number; sampler: string }>(o['design']);
  return {
    scenarioFile: str(o['scenarioFile']),
    trajectories: num(d['trajectories']),
    levels: num(d['levels']),
    n: num(d['n']),
    sampler: str(d['sampler']),
    designPoints: num(o['designPoints']),
    replicates: num(o['replicates']),
    factors: arr(o['factors']).map((x) => {
      const f = rec<ExperimentManifestJson['factors'][number]>(x);
      const r = pair(f['range']);
      return {
        name: str(f['name']) ?? '?',
        range: Number.isFinite(r[0]) && Number.isFinite(r[1]) ? r : null,
        values: Array.isArray(f['values']) ? f['values'].map((v) => String(v)) : null,
      };
    }),
  };
}

/** The calendar of sensitivity.json, or null. */
function calendarOf(v: unknown): SensitivityData['calendar'] {
  const c = recOrNull<{ start: string; end: string; keyYear: number }>(v);
  const start = str(c?.['start']);
  const end = str(c?.['end']);
  return start !== null && end !== null ? { start, end, keyYear: numOrNull(c?.['keyYear']) } : null;
}

/** The texts of a sensitivity analysis' output files. */
export interface SensitivityTexts {
  sensitivity: string;
  manifest?: string;
}

/** A warning code with its values, or null when `v` is not one. */
function warningOf(v: unknown): SensitivityWarning | null {
  const o = rec<SensitivityWarning>(v);
  const vars = rec(o['vars']);
  if (!isWarningCode(o['code'])) return null;
  if (!Object.values(vars).every((x) => typeof x === 'string' || typeof x === 'number')) return null;
  return { code: o['code'], vars: vars as Record<string, string | number> };
}

/** The warning codes of an indicator when every one is well formed and they match its warnings. */
function warningCodesOf(raw: unknown, warnings: readonly string[]): SensitivityWarning[] | undefined {
  if (!Array.isArray(raw) || raw.length !== warnings.length) return undefined;
  const codes = raw.map(warningOf);
  return codes.every((c): c is SensitivityWarning => c !== null) ? codes : undefined;
}

/** Parse sensitivity.json (and manifest.json). */
export function parseSensitivity(files: SensitivityTexts): SensitivityData {
  const doc = parseJsonObject<SensitivityJson>(files.sensitivity, 'sensitivity.json');
  const manifest =
    files.manifest === undefined
      ? null
      : parseJsonObject<ExperimentManifestJson>(files.manifest, 'manifest.json');
  const m = manifest ?? {};
  const design = doc['design'];
  if (design !== 'morris' && design !== 'sobol') {
    throw new ReportInputError('sensitivity.json: "design" must be morris or sobol');
  }
  return {
    design,
    experiment: str(doc['experiment']) ?? str(m['experimentFile']),
    runs: numOrNull(doc['runs']) ?? numOrNull(m['runs']),
    seed: numOrNull(doc['seed']) ?? numOrNull(m['seed']),
    methods: str(doc['methods']),
    version: str(m['cogovVersion']),
    command: str(m['command']),
    factors: strings(doc['factors']),
    bootstrap: numOrNull(doc['bootstrap']),
    calendar: calendarOf(doc['calendar']),
    plan: planOf(manifest as Record<string, unknown> | null),
    indicators: arr(doc['indicators']).map((raw) => {
      const o = rec<SensitivityIndicatorJson>(raw);
      const warnings = strings(o['warnings']);
      const warningCodes = warningCodesOf(o['warningCodes'], warnings);
      return {
        indicator: str(o['indicator']) ?? '?',
        unit: str(o['unit']) ?? '',
        warnings,
        ...(warningCodes ? { warningCodes } : {}),
        factors: arr(o['factors']).map((x) => {
          const f = rec<SensitivityFactorJson>(x);
          return {
            factor: str(f['factor']) ?? '?',
            muStar: num(f['muStar']),
            sigma: num(f['sigma']),
            muStarCi: pair(f['muStarCi95']),
            s1: num(f['S1']),
            s1Ci: pair(f['S1Ci95']),
            st: num(f['ST']),
            stCi: pair(f['STCi95']),
          };
        }),
      };
    }),
  };
}

const BLUE = '#0072B2';
const ORANGE = '#E69F00';
const INK = '#333333';
// Each interval in a darker shade of its bar, so the legend tells the two kinds of whisker apart.
const DARK_BLUE = '#003F66';
const DARK_ORANGE = '#8A5A00';

const val = (v: number, f = 1) => (Number.isFinite(v) ? v * f : null);
const range = (ci: [number, number], f = 1): [number, number] | null =>
  Number.isFinite(ci[0]) && Number.isFinite(ci[1]) ? [ci[0] * f, ci[1] * f] : null;

function bar(label: string, data: (number | null)[], colour: string, stack: string): ChartDataset {
  return {
    label,
    data,
    backgroundColor: colour,
    borderColor: colour,
    borderWidth: 0,
    stack,
    barPercentage: 0.8,
  };
}

/** Error bars: floating bars [lo, hi], thin, in the same slot (stack) as the bar they belong to. */
function errorBar(
  label: string,
  data: ([number, number] | null)[],
  stack: string,
  colour = INK,
): ChartDataset {
  return {
    label,
    data: data as unknown as (number | null)[],
    backgroundColor: colour,
    borderColor: colour,
    borderWidth: 0,
    stack,
    barPercentage: 0.12,
    order: -1,
  };
}

/**
 * One indicator's chart. Morris: the μ*–σ plane ({@link morrisPlaneChart}). Sobol: a bar chart,
 * datasets 0 S1, 1 ST, 2 and 3 their bootstrap 95 % intervals; bars and their interval share a slot
 * (the category axis is stacked, the value axis is not, so they overlay).
 */
export function sensitivityChart(lang: Lang, data: SensitivityData, k: number): ChartSpec {
  if (data.design === 'morris') return morrisPlaneChart(lang, data, k);
  const ind = data.indicators[k];
  const labels = ind.factors.map((f) => f.factor);
  const datasets = [
    bar(
      t(lang, 's1'),
      ind.factors.map((f) => val(f.s1)),
      BLUE,
      'a',
    ),
    bar(
      t(lang, 'st'),
      ind.factors.map((f) => val(f.st)),
      ORANGE,
      'b',
    ),
    errorBar(
      t(lang, 's1Ci'),
      ind.factors.map((f) => range(f.s1Ci)),
      'a',
      DARK_BLUE,
    ),
    errorBar(
      t(lang, 'stCi'),
      ind.factors.map((f) => range(f.stCi)),
      'b',
      DARK_ORANGE,
    ),
  ];
  const max = maxAbsOf(ind.factors.flatMap((f) => [f.s1, f.st, ...f.s1Ci, ...f.stCi]));
  const options = chartOptions(lang, {
    x: { stacked: true, ticks: { autoSkip: false, maxRotation: 40 } },
    y: { stacked: false, title: axisTitle(t(lang, 'indexAxis')) },
  });
  return {
    id: `sensitivity-${k}`,
    section: 'other',
    title: indicatorLabel(lang, ind.indicator, data.calendar?.keyYear ?? null),
    note: sw(lang, 'sobolBarsNote'),
    metrics: [ind.indicator],
    config: { type: 'bar', data: { labels, datasets }, options },
    meta: chartMeta(lang, '', max),
  };
}

/** One chart per indicator (Morris: μ*–σ plane; Sobol: bars). */
export function sensitivityCharts(data: SensitivityData, lang: Lang): ChartSpec[] {
  return data.indicators.map((_, k) => sensitivityChart(lang, data, k));
}

/** Table rows of one indicator: factor, then the indices as display strings. */
export function sensitivityRows(data: SensitivityData, lang: Lang, k: number): string[][] {
  const ind = data.indicators[k];
  const ci = (c: [number, number], f: (v: number) => string) =>
    Number.isFinite(c[0]) && Number.isFinite(c[1]) ? `${f(c[0])} – ${f(c[1])}` : '—';
  if (data.design === 'morris') {
    const d = displayUnit(lang, ind.unit, maxAbsOf(ind.factors.flatMap((f) => [f.muStar, f.sigma])));
    const f = (v: number) => formatIn(lang, d, v);
    return ind.factors.map((x) => [x.factor, f(x.muStar), ci(x.muStarCi, f), f(x.sigma), d.label]);
  }
  const f = (v: number) => formatNumber(lang, v, 3);
  return ind.factors.map((x) => [x.factor, f(x.s1), ci(x.s1Ci, f), f(x.st), ci(x.stCi, f)]);
}

/**
 * An indicator's warnings as the file has them (with their codes when it has them), then the ranking
 * warnings (sim/analysis/ranking.ts) the file lacks: files written before that check get them from
 * their indices, so the page never says "no warnings" while the top of a ranking is not established.
 */
export function indicatorWarnings(
  data: SensitivityData,
  ind: IndicatorIndices,
): { en: string; code?: SensitivityWarning }[] {
  const own = ind.warnings.map((en, i) => {
    const code = ind.warningCodes?.[i];
    return code ? { en, code } : { en };
  });
  const morris = data.design === 'morris';
  const scored = ind.factors.map((f) => ({
    factor: f.factor,
    score: morris ? f.muStar : f.st,
    ci: morris ? f.muStarCi : f.stCi,
  }));
  const seen = new Set(ind.warnings);
  const added = rankingWarnings(scored, morris ? 'μ*' : 'ST')
    .map((code) => ({ en: warningText('en', code), code }))
    .filter((w) => !seen.has(w.en));
  return [...own, ...added];
}

/**
 * Every warning with the indicators it concerns, in `lang` when the file has its code (else in
 * English, as written); in Chinese the indicators are named by their labels.
 */
export function warningsOf(
  data: SensitivityData,
  lang: Lang = 'en',
): { warning: string; indicators: string[] }[] {
  const by = new Map<string, { warning: string; indicators: string[] }>();
  const keyYear = data.calendar?.keyYear ?? null;
  for (const ind of data.indicators) {
    const name = lang === 'en' ? ind.indicator : indicatorLabel(lang, ind.indicator, keyYear);
    for (const w of indicatorWarnings(data, ind)) {
      const seen = by.get(w.en) ?? { warning: w.code ? warningText(lang, w.code) : w.en, indicators: [] };
      seen.indicators.push(name);
      by.set(w.en, seen);
    }
  }
  return [...by.values()];
}

/** The sensitivity page's content. */
export function sensitivityPage(data: SensitivityData, lang: Lang): ExperimentPage {
  const charts = sensitivityCharts(data, lang);
  const head =
    data.design === 'morris'
      ? [t(lang, 'factor'), t(lang, 'muStar'), t(lang, 'muStarCi'), t(lang, 'sigma'), t(lang, 'unit')]
      : [t(lang, 'factor'), t(lang, 's1'), t(lang, 's1Ci'), t(lang, 'st'), t(lang, 'stCi')];
  const warnings = warningsOf(data, lang);
  const [open, sep, close] = lang === 'en' ? ['(', ', ', ')'] : ['（', '、', '）'];
  const warningHtml =
    warnings.length === 0
      ? `<p>${esc(t(lang, 'noWarnings'))}</p>`
      : `<ul class="warnings">${warnings
          .map(
            (w) =>
              `<li>${esc(w.warning)} <span class="muted">${open}${esc(w.indicators.join(sep))}${close}</span></li>`,
          )
          .join('')}</ul>`;
  const runs = data.runs === null ? '' : formatNumber(lang, data.runs, 0);
  const perIndicator = data.indicators.map((ind, k) => ({
    id: `indicator-${k}`,
    title: indicatorLabel(lang, ind.indicator, data.calendar?.keyYear ?? null),
    html: `<div class="grid">\n${figureHtml(charts[k])}\n<div>${tableHtml(head, sensitivityRows(data, lang, k))}</div>\n</div>`,
    charts: [charts[k]],
  }));
  const kind = t(lang, data.design === 'morris' ? 'morrisTitle' : 'sobolTitle');
  return {
    kind: t(lang, 'sensitivityTitle'),
    title: data.experiment ?? kind,
    subtitle: kind,
    headline: sensitivityHeadline(lang, data, warnings.length > 0),
    version: data.version,
    sections: [
      { id: 'warnings', title: t(lang, 'warnings'), html: warningHtml, charts: [] },
      ...perIndicator,
      {
        id: 'methods',
        title: t(lang, 'methods'),
        html:
          `<p>${esc(t(lang, data.design === 'morris' ? 'morrisMethods' : 'sobolMethods'))}</p>` +
          (data.methods ? `<p><code>${esc(data.methods)}</code></p>` : ''),
        charts: [],
      },
      {
        id: 'settings',
        title: t(lang, 'settings'),
        html: settingsHtml([
          [t(lang, 'experimentFile'), data.experiment ?? '', true],
          [t(lang, 'designType'), data.design],
          [t(lang, 'factors'), data.factors.join(', ')],
          [t(lang, 'runs'), runs],
          [t(lang, 'seed'), data.seed === null ? '' : String(data.seed)],
          [t(lang, 'version'), data.version ?? ''],
          [t(lang, 'command'), data.command ?? '', true],
        ]),
        charts: [],
      },
    ],
  };
}

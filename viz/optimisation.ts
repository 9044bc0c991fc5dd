/**
 * The optimisation report (`cogov optimize`), pure: {@link OptimisationData} in, page sections out.
 * The page opens with the experiment's name, question and headline (optimisation-headline.ts), then
 * the Pareto front (scatter matrix of the objectives, parallel coordinates of the non-dominated
 * mixes), the table of non-dominated mixes, the convergence plot, the levers, objectives and
 * constraints, how to read, and the settings and provenance last.
 */
import { escapeHtml as esc } from './escape.js';
import { type ExperimentPage, figureHtml, settingsHtml, tableHtml } from './experiment-page.js';
import { formatNumber, formatValue } from './format.js';
import { t } from './i18n.js';
import { convergenceChart, paretoScatters, parallelChart } from './optimisation-charts.js';
import { optimisationHeadline } from './optimisation-headline.js';
import {
  constraintText,
  frontOf,
  labelOf,
  leverValueText,
  measureText,
  statText,
} from './optimisation-text.js';
import type { OptimisationData } from './optimisation-types.js';
import type { Lang } from './types.js';
import { ow } from './words-optimisation.js';

/** The table of non-dominated mixes: id, generation, levers, objectives with CIs, constraints, runs. */
export function frontTableHtml(lang: Lang, data: OptimisationData): string {
  const front = frontOf(data);
  if (front.length === 0) return `<p class="note">${esc(ow(lang, 'tableEmpty'))}</p>`;
  const head = [
    ow(lang, 'mix'),
    ...data.levers.map((l) => l.name),
    ...data.objectives.map((o) => labelOf(lang, data, o.indicator)),
    ...data.constraints.map((c) => labelOf(lang, data, c.indicator)),
    ow(lang, 'runs'),
    ow(lang, 'generation'),
  ];
  const rows = front.map((c) => [
    String(c.id),
    ...c.levers.map((v) => leverValueText(lang, v)),
    ...data.objectives.map((o, k) => statText(lang, o, c.objectives[k])),
    ...data.constraints.map((x, j) => formatValue(lang, x.unit, c.constraints[j])),
    formatNumber(lang, c.runs, 0),
    formatNumber(lang, c.generation, 0),
  ]);
  return `<p class="note">${esc(ow(lang, 'tableNote'))}</p>\n${tableHtml(head, rows).replace(
    'class="indicators"',
    'class="indicators front"',
  )}`;
}

/** The levers: name, scenario path, type, values searched. */
function leversHtml(lang: Lang, data: OptimisationData): string {
  const typeWord = {
    real: 'typeReal',
    integer: 'typeInteger',
    boolean: 'typeBoolean',
    categorical: 'typeCategorical',
  } as const;
  const rows = data.levers.map((l) => {
    const range =
      l.type === 'boolean'
        ? `${ow(lang, 'off')} / ${ow(lang, 'on')}`
        : l.type === 'categorical'
          ? l.values.join(' / ')
          : `${leverValueText(lang, String(l.min ?? ''))} – ${leverValueText(lang, String(l.max ?? ''))}`;
    return [l.name, l.path, ow(lang, typeWord[l.type]), range];
  });
  return tableHtml(
    [ow(lang, 'lever'), ow(lang, 'leverPath'), ow(lang, 'leverType'), ow(lang, 'leverRange')],
    rows,
  );
}

/** Objectives and constraints, one row each. */
function objectivesHtml(lang: Lang, data: OptimisationData): string {
  const rows = [
    ...data.objectives.map((o) => [
      labelOf(lang, data, o.indicator),
      ow(lang, 'objectiveRow'),
      ow(lang, o.sense === 'min' ? 'minimise' : 'maximise', { aggregate: measureText(lang, o) }),
    ]),
    ...data.constraints.map((c) => [
      labelOf(lang, data, c.indicator),
      ow(lang, 'constraintRow'),
      constraintText(lang, data, c),
    ]),
  ];
  return tableHtml([t(lang, 'indicator'), ow(lang, 'leverType'), ow(lang, 'asked')], rows);
}

/** The optimisation page's content. */
export function optimisationPage(data: OptimisationData, lang: Lang): ExperimentPage {
  const scatters = paretoScatters(lang, data);
  const parallel = parallelChart(lang, data);
  const conv = convergenceChart(lang, data);
  const n = (v: number | null) => (v === null ? '' : formatNumber(lang, v, 0));
  const scenario = data.scenarioName?.[lang] ?? data.scenarioFile ?? '—';
  const scatterHtml =
    scatters.length === 0
      ? `<p class="note">${esc(ow(lang, 'scatterOneObjective'))}</p>`
      : `<div class="grid">\n${scatters.map((c) => figureHtml(c)).join('\n')}\n</div>`;
  return {
    kind: ow(lang, 'kind'),
    title: data.name?.[lang] ?? (data.experimentFile?.split(/[\\/]/).pop() || ow(lang, 'title')),
    subtitle:
      data.description?.[lang] ??
      ow(lang, 'subtitle', {
        levers: n(data.levers.length),
        objectives: n(data.objectives.length),
        constraints: n(data.constraints.length),
        scenario,
      }),
    headline: optimisationHeadline(lang, data),
    version: data.version,
    sections: [
      {
        id: 'front',
        title: ow(lang, 'frontTitle'),
        html: `${scatterHtml}\n${figureHtml(parallel, true)}`,
        charts: [...scatters, parallel],
      },
      { id: 'mixes', title: ow(lang, 'tableTitle'), html: frontTableHtml(lang, data), charts: [] },
      {
        id: 'convergence',
        title: ow(lang, 'convergenceSection'),
        html: figureHtml(conv, true),
        charts: [conv],
      },
      { id: 'levers', title: ow(lang, 'leversTitle'), html: leversHtml(lang, data), charts: [] },
      { id: 'objectives', title: ow(lang, 'objectivesTitle'), html: objectivesHtml(lang, data), charts: [] },
      { id: 'methods', title: t(lang, 'methods'), html: `<p>${esc(ow(lang, 'methods'))}</p>`, charts: [] },
      {
        id: 'settings',
        title: t(lang, 'settings'),
        html: settingsHtml([
          [t(lang, 'experimentFile'), data.experimentFile ?? '', true],
          [t(lang, 'scenarioFile'), data.scenarioFile ?? '', true],
          [ow(lang, 'settingsPopulation'), n(data.population)],
          [ow(lang, 'settingsGenerations'), n(data.generations)],
          [ow(lang, 'settingsReplicates'), n(data.replicates)],
          [ow(lang, 'settingsStates'), n(data.states)],
          [t(lang, 'runs'), n(data.runs)],
          [t(lang, 'seed'), data.seed === null ? '' : String(data.seed)],
          [t(lang, 'version'), data.version ?? ''],
          [t(lang, 'command'), data.command ?? '', true],
        ]),
        charts: [],
      },
    ],
  };
}

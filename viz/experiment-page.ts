/**
 * The page shell shared by the experiment reports (compare, sweep, sensitivity): the ensemble
 * report's stylesheet, Content-Security-Policy, escaping and chart runtime, plus a few tooltip
 * callbacks the experiment charts need (floating error bars, scatter points), and the figure
 * markup those builders share. Pure: text in, text out.
 */
import { escapeHtml as esc, inlineScript, jsonForScript } from './escape.js';
import { REPORT_CSP } from './html.js';
import { digitsFor } from './format.js';
import { type Headline, HEADLINE_CSS, headlineHtml } from './headline.js';
import { htmlLang, localeOf, t } from './i18n.js';
import { EXPERIMENT_PAGE_JS } from './page/scripts.gen.js';
import { CHARTS_JSON_ID } from './runtime.js';
import { REPORT_CSS } from './style.js';
import type { ChartMeta, ChartSpec, Lang } from './types.js';

/** Extra CSS of the experiment pages. */
const EXTRA_CSS = `
.warnings { background: #fff4d6; padding: 8px 14px; border-radius: 4px; }
.warnings li { margin: 2px 0; }
td.muted, span.muted { color: var(--muted); }
h3.table-title { margin: 18px 0 6px; }
p.answer { font-size: 1.08rem; max-width: 70em; margin: 6px 0; }
table.levers tbody tr.verdict-asExpected { background: #e6f4e4; }
table.levers tbody tr.verdict-notDistinguishable { background: #f1f3f5; color: var(--muted); }
table.levers tbody tr.verdict-opposite { background: #fbe1dd; }
table.levers td.verdict { text-align: left; font-weight: 600; }
table.levers tr.verdict-asExpected td.verdict { color: #1e6b2a; }
table.levers tr.verdict-opposite td.verdict { color: #a3261a; }
`;

/** The experiment pages' script: the report's, with `cogovExtra` (viz/page/extra.ts) applied to every chart. */
export function experimentRuntime(): string {
  return EXPERIMENT_PAGE_JS;
}

/** One chart's figure (title, note, canvas; a chart with nothing to draw says so instead of a canvas). */
export function figureHtml(c: ChartSpec, wide = false): string {
  const note = c.note ? `<p class="note">${esc(c.note)}</p>` : '';
  const body = c.empty
    ? `<p class="note chart-empty">${esc(c.empty)}</p>`
    : `<div class="chart-box"><canvas id="chart-${esc(c.id)}" role="img" aria-label="${esc(c.title)}"></canvas></div>`;
  return (
    `<figure class="chart${wide ? ' wide' : ''}" id="fig-${esc(c.id)}"><figcaption><h3>${esc(c.title)}</h3>${note}</figcaption>` +
    `${body}</figure>`
  );
}

/** A table: header cells and body rows (text, escaped here); the first cell of a row is its heading. */
export function tableHtml(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((v, i) => (i === 0 ? `<th scope="row">${esc(v)}</th>` : `<td>${esc(v)}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  return `<div class="table-scroll"><table class="indicators"><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

/** The settings list: [label, value] pairs (values shown as code when flagged). */
export function settingsHtml(rows: readonly [string, string, boolean?][]): string {
  const items = rows
    .filter(([, v]) => v !== '')
    .map(([k, v, code]) => `<dt>${esc(k)}</dt><dd>${code ? `<code>${esc(v)}</code>` : esc(v)}</dd>`);
  return `<dl class="settings">${items.join('')}</dl>`;
}

/** One section of an experiment page: its HTML body (already escaped) and its charts. */
export interface PageSection {
  id: string;
  title: string;
  html: string;
  charts: ChartSpec[];
}

/** What an experiment page shows. */
export interface ExperimentPage {
  /** Kind of report, e.g. "Scenario comparison" (the kicker). */
  kind: string;
  /** The page's heading. */
  title: string;
  /** A line under the heading. */
  subtitle: string;
  /** The answer, shown above the contents (null: none yet for this kind of page). */
  headline: Headline | null;
  /** Sections in order; provenance (settings) belongs last. */
  sections: PageSection[];
  version: string | null;
}

/** The whole page: header, contents, sections, the charts' JSON, chart.js and the runtime. */
export function experimentPageHtml(page: ExperimentPage, lang: Lang, chartJs: string): string {
  const nav = page.sections.map((s) => `<li><a href="#${esc(s.id)}">${esc(s.title)}</a></li>`).join('');
  const specs = page.sections.flatMap((s) =>
    s.charts.filter((c) => !c.empty).map((c) => ({ id: c.id, config: c.config, meta: c.meta })),
  );
  const body = page.sections
    .map((s) => `<section id="${esc(s.id)}"><h2>${esc(s.title)}</h2>\n${s.html}\n</section>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${htmlLang(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(REPORT_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="cogov ${esc(page.version ?? '')}">
<title>${esc(page.title)} · ${esc(page.kind)}</title>
<style>${REPORT_CSS}${HEADLINE_CSS}${EXTRA_CSS}</style>
</head>
<body>
<header>
<p class="kicker">${esc(page.kind)}</p>
<h1 id="report-title">${esc(page.title)}</h1>
<p class="description">${esc(page.subtitle)}</p>
</header>
${page.headline ? headlineHtml(page.headline) : ''}
<nav aria-label="${esc(t(lang, 'contents'))}"><ol>${nav}</ol></nav>
<noscript><p>${esc(t(lang, 'noScriptTables'))}</p></noscript>
${body}
<footer><p>${esc(t(lang, 'generatedExperiment', { version: page.version ?? '?' }))}</p></footer>
<script type="application/json" id="${CHARTS_JSON_ID}">${jsonForScript(specs)}</script>
<script>${inlineScript(chartJs)}</script>
<script>${inlineScript(experimentRuntime())}</script>
</body>
</html>
`;
}

/** Metadata of an experiment chart (see {@link ChartMeta}). */
export function chartMeta(
  lang: Lang,
  unit: string,
  maxScaled: number,
  extra: Partial<ChartMeta> = {},
): ChartMeta {
  return {
    locale: localeOf(lang),
    unit,
    digits: Math.min(3, digitsFor(maxScaled) + 1),
    hidden: [],
    groups: {},
    ranges: {},
    total: false,
    totalLabel: t(lang, 'total'),
    yearTicks: null,
    ...extra,
  };
}

/** chart.js options of the experiment charts: no animation, legend below, titled axes. */
export function chartOptions(
  lang: Lang,
  axes: { x?: Record<string, unknown>; y: Record<string, unknown> },
  interaction: 'index' | 'nearest' = 'index',
): Record<string, unknown> {
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    locale: localeOf(lang),
    interaction: { mode: interaction, intersect: interaction === 'nearest' },
    elements: { point: { radius: 0, hitRadius: 6, hoverRadius: 3 }, line: { tension: 0 } },
    scales: {
      x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 8 }, ...axes.x },
      y: axes.y,
    },
    plugins: {
      legend: { position: 'bottom', labels: { boxWidth: 12, boxHeight: 12 } },
      title: { display: false, text: '' },
    },
  };
}

/** An axis title. */
export const axisTitle = (text: string) => ({ display: text !== '', text });

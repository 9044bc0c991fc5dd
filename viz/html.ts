/**
 * The report page: one self-contained HTML file (styles, chart.js, the chart data and the page's
 * runtime all inline; a Content-Security-Policy that forbids every network request). It opens with
 * the scenario's name and description and its answer (the headline, viz/headline-run.ts), then the
 * key-indicator table (with the runs that define each figure), one section of charts each for
 * funding, participation, resilience and governance, how to read the report, and last the run
 * settings and provenance. Every string from the scenario or the output files is escaped.
 */
import { CITYMAP_CSS, type StageHistory, smallMultiplesHtml } from './city-map-svg.js';
import { formatNumber } from './format.js';
import { HEADLINE_CSS, headlineHtml } from './headline.js';
import { runsBehind } from './figure-notes.js';
import { runHeadline } from './headline-run.js';
import { htmlLang, t, type UiKey } from './i18n.js';
import { escapeHtml as esc, inlineScript, jsonForScript } from './escape.js';
import { buildCharts, SECTIONS } from './plan.js';
import { CHARTS_JSON_ID, RUNTIME_JS } from './runtime.js';
import { REPORT_CSS } from './style.js';
import { stalledSectionHtml, stalledTitle } from './stalled-table.js';
import { indicatorRows } from './table.js';
import type { Bilingual, ChartSpec, Lang, ReportData } from './types.js';
import { cw } from './words-citymap.js';

/** Content-Security-Policy of the page: inline code only, no request of any kind. */
export const REPORT_CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; " +
  "base-uri 'none'; form-action 'none'";

/** The settings and provenance list: [label, value, is code] (known fields only). */
export function settingsRows(data: ReportData, lang: Lang): [string, string, boolean][] {
  const p = data.provenance;
  const rows: [string, string, boolean][] = [[t(lang, 'scenarioId'), data.scenarioId, true]];
  const add = (key: UiKey, v: string | null, code = false) => {
    if (v !== null && v !== '') rows.push([t(lang, key), v, code]);
  };
  const runs = runsBehind(data);
  add('scenarioFile', p.scenarioFile, true);
  if (p.calendar) {
    const ticks = Number.isFinite(p.calendar.ticks) ? formatNumber(lang, p.calendar.ticks, 0) : '?';
    add('period', t(lang, 'periodValue', { start: p.calendar.start, end: p.calendar.end, ticks }));
  }
  add('runs', runs === null ? null : formatNumber(lang, runs, 0));
  add('seed', p.seed === null ? null : String(p.seed));
  add('seedRule', p.seedRule);
  add('workers', p.workers === null ? null : formatNumber(lang, p.workers, 0));
  add(
    'wallTime',
    p.wallTimeSeconds === null ? null : t(lang, 'seconds', { n: formatNumber(lang, p.wallTimeSeconds, 2) }),
  );
  const ins = data.instruments;
  if (ins) {
    const list = (xs: readonly Bilingual[]) => xs.map((b) => b[lang]).join(lang === 'zh' ? '、' : ', ');
    add('instrumentsOn', ins.on.length > 0 ? list(ins.on) : '—');
    add('instrumentsOff', ins.off.length > 0 ? list(ins.off) : '—');
  }
  add('version', p.version);
  add('sha256', p.scenarioSha256, true);
  add('quantiles', p.quantiles);
  add('command', p.command, true);
  return rows;
}

function settingsHtml(data: ReportData, lang: Lang): string {
  const items = settingsRows(data, lang).map(
    ([k, v, code]) => `<dt>${esc(k)}</dt><dd>${code ? `<code>${esc(v)}</code>` : esc(v)}</dd>`,
  );
  return `<dl class="settings">${items.join('')}</dl>`;
}

function tableHtml(data: ReportData, lang: Lang): string {
  const rows = indicatorRows(data, lang);
  if (rows.length === 0) return `<p>${esc(t(lang, 'noIndicators'))}</p>`;
  const head = (['indicator', 'unit', 'mean', 'ci95', 'median', 'range90', 'runsDefined'] as const)
    .map((k) => `<th scope="col"${k === 'unit' ? ' class="unit"' : ''}>${esc(t(lang, k))}</th>`)
    .join('');
  const body = rows
    .map(
      (r) =>
        `<tr><th scope="row">${esc(r.label)}</th><td class="unit">${esc(r.unit)}</td><td>${esc(r.mean)}</td>` +
        `<td>${esc(r.ci95)}</td><td>${esc(r.median)}</td><td>${esc(r.range90)}</td><td>${esc(r.n)}</td></tr>`,
    )
    .join('\n');
  return `<div class="table-scroll"><table class="indicators"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

function figureHtml(c: ChartSpec, lang: Lang): string {
  const note = c.note === t(lang, 'bandNote') ? '' : `<p class="note">${esc(c.note)}</p>`;
  // A chart with nothing to draw says so in place of an empty scale (the page draws no canvas then).
  const body = c.empty
    ? `<p class="note chart-empty">${esc(c.empty)}</p>`
    : `<div class="chart-box"><canvas id="chart-${esc(c.id)}" role="img" aria-label="${esc(c.title)}"></canvas></div>`;
  return (
    `<figure class="chart${c.config.data.datasets.length > 5 ? ' wide' : ''}" id="fig-${esc(c.id)}"><figcaption><h3>${esc(c.title)}</h3>${note}</figcaption>` +
    `${body}</figure>`
  );
}

function sectionsHtml(charts: ChartSpec[], lang: Lang): string {
  const out: string[] = [];
  for (const section of SECTIONS) {
    const cs = charts.filter((c) => c.section === section);
    if (cs.length === 0) continue;
    const bands = cs.some((c) => c.note === t(lang, 'bandNote'));
    out.push(
      `<section id="${section}"><h2>${esc(t(lang, section))}</h2>` +
        (bands ? `<p class="section-note">${esc(t(lang, 'bandNote'))}</p>` : '') +
        `<div class="grid">\n${cs.map((c) => figureHtml(c, lang)).join('\n')}\n</div></section>`,
    );
  }
  return out.join('\n');
}

/** Options of {@link reportHtml}. */
export interface ReportHtmlOptions {
  /** Source of chart.js's UMD build (`chart.umd.min.js`), inlined as is. */
  chartJs: string;
  /** One run's stages month by month, for the small-multiples map (omitted when absent). */
  cityMap?: StageHistory | null;
}

/** The whole report page for `data` in `lang`. */
export function reportHtml(data: ReportData, lang: Lang, opts: ReportHtmlOptions): string {
  const charts = buildCharts(data, lang);
  const name = data.name?.[lang] ?? data.scenarioId;
  const description = data.description?.[lang] ?? '';
  const present = SECTIONS.filter((s) => charts.some((c) => c.section === s));
  const nav = [
    ['indicators', t(lang, 'keyIndicators')],
    ...present.map((s) => [s, t(lang, s)]),
    ...(opts.cityMap ? [['citymap', cw(lang, 'mapTitle')]] : []),
    ...(data.stalled ? [['stalled', stalledTitle(lang)]] : []),
    ['methods', t(lang, 'methods')],
    ['settings', t(lang, 'settings')],
  ]
    .map(([id, label]) => `<li><a href="#${id}">${esc(label)}</a></li>`)
    .join('');
  const runs = runsBehind(data);
  const specs = charts.map((c) => ({ id: c.id, config: c.config, meta: c.meta }));
  return `<!DOCTYPE html>
<html lang="${htmlLang(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(REPORT_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="cogov ${esc(data.provenance.version ?? '')}">
<title>${esc(name)} · ${esc(t(lang, 'reportTitle'))}</title>
<style>${REPORT_CSS}${HEADLINE_CSS}${opts.cityMap ? CITYMAP_CSS : ''}</style>
</head>
<body>
<header>
<p class="kicker">${esc(t(lang, 'reportTitle'))} · ${esc(t(lang, 'reportSubtitle'))}</p>
<h1 id="scenario-name">${esc(name)}</h1>
${description ? `<p class="description" id="scenario-description">${esc(description)}</p>` : ''}
</header>
${headlineHtml(runHeadline(data, lang))}
<nav aria-label="${esc(t(lang, 'contents'))}"><ol>${nav}</ol></nav>
<noscript><p>${esc(t(lang, 'noScript'))}</p></noscript>
<section id="indicators"><h2>${esc(t(lang, 'keyIndicators'))}</h2>
${tableHtml(data, lang)}
</section>
${sectionsHtml(charts, lang)}
${opts.cityMap ? smallMultiplesHtml(opts.cityMap, data.keyYear, lang) : ''}
${stalledSectionHtml(data.stalled, lang)}
<section id="methods" class="methods"><h2>${esc(t(lang, 'methods'))}</h2>
<p>${esc(t(lang, 'methodsText', { runs: runs === null ? '?' : formatNumber(lang, runs, 0) }))}</p>
</section>
<section id="settings"><h2>${esc(t(lang, 'settings'))}</h2>
${settingsHtml(data, lang)}
</section>
<footer><p>${esc(t(lang, 'generated', { version: data.provenance.version ?? '?' }))}</p></footer>
<script type="application/json" id="${CHARTS_JSON_ID}">${jsonForScript(specs)}</script>
<script>${inlineScript(opts.chartJs)}</script>
<script>${inlineScript(RUNTIME_JS)}</script>
</body>
</html>
`;
}

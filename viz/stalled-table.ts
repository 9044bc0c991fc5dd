/**
 * The run report's "stalled communities" section: the communities that never completed in one run
 * of the ensemble (stalled.json), the step where each stopped, since when, and why. Pure.
 */
import { message, type TemplateVars } from '../sim/kernel/i18n.js';
import type { StalledReport } from '../sim/outputs/stalled.js';
import { escapeHtml as esc } from './escape.js';
import { formatNumber } from './format.js';
import { stallSentence, stepLabel } from './trace-text.js';
import type { Lang } from './types.js';
import { TRACE_WORDS, type TraceWordKey } from './words-trace.js';

/** Rows shown in the report (all of them are in stalled.json). */
export const STALLED_ROWS_SHOWN = 200;

function w(lang: Lang, key: TraceWordKey, vars: TemplateVars = {}): string {
  return message(TRACE_WORDS, lang, key, vars);
}

/** The section's title (for the report's contents). */
export function stalledTitle(lang: Lang): string {
  return w(lang, 'stalledTitle');
}

/** The section's HTML (id "stalled"), or '' when the report has no stalled.json. */
export function stalledSectionHtml(report: StalledReport | null | undefined, lang: Lang): string {
  if (!report) return '';
  const n = report.stalled.length;
  const vars = {
    run: report.run,
    seed: Number.isFinite(report.seed) ? String(report.seed) : '—',
    from: report.from || '—',
    to: report.to || '—',
    pending: formatNumber(lang, report.pending, 0),
    n: formatNumber(lang, n, 0),
  };
  const head = `<section id="stalled"><h2>${esc(w(lang, 'stalledTitle'))}</h2>`;
  if (n === 0) return `${head}\n<p>${esc(w(lang, 'stalledNone', vars))}</p>\n</section>`;
  const shown = report.stalled.slice(0, STALLED_ROWS_SHOWN);
  const rows = shown
    .map(
      (s) =>
        `<tr><td>${esc(s.name || '—')}</td><td>${esc(stepLabel(lang, s.state))}</td><td>${esc(s.sinceDate || '—')}</td><td class="why">${esc(stallSentence(lang, s))}</td></tr>`,
    )
    .join('\n');
  const more =
    shown.length < n
      ? `\n<p>${esc(w(lang, 'stalledMore', { k: formatNumber(lang, shown.length, 0), n: vars.n }))}</p>`
      : '';
  const cols = (['colCommunity', 'colStep', 'colSince', 'colReason'] as const)
    .map((k) => `<th>${esc(w(lang, k))}</th>`)
    .join('');
  return `${head}
<p>${esc(w(lang, 'stalledIntro', vars))}</p>
<table class="indicators stalled"><thead><tr>${cols}</tr></thead>
<tbody>
${rows}
</tbody></table>${more}
</section>`;
}

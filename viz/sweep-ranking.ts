/**
 * The sweep report's ranked table of design points, pure: one row per design point, best first on the
 * ranking indicator (see {@link rankingIndicator}); columns: rank, the factor values, and per
 * indicator of the experiment its mean over the point's runs with the 95 % CI and the number of runs
 * that define it ("—": undefined). One display unit per column, so the numbers compare. Scrolls
 * sideways on narrow screens.
 */
import { escapeHtml as esc } from './escape.js';
import { displayUnit, formatIn, formatNumber, maxAbsOf } from './format.js';
import { indicatorLabel } from './i18n.js';
import type { SweepData } from './sweep-data.js';
import { type PointSummary, rankingIndicator, rankPoints } from './sweep-points.js';
import { factorValueText } from './sweep-text.js';
import type { Lang } from './types.js';
import { sw } from './words-sweep.js';

/** Rows shown at most (the best ones); points.csv has every run. */
export const MAX_RANKED_ROWS = 50;

/** The ranked table's HTML with its note. */
export function rankingHtml(lang: Lang, data: SweepData, points: readonly PointSummary[]): string {
  const { k, direction } = rankingIndicator(data);
  const ranked = rankPoints(points, k, direction);
  const shown = ranked.slice(0, MAX_RANKED_ROWS);
  const keyYear = data.calendar?.keyYear ?? null;
  const units = data.indicators.map((ind, j) =>
    displayUnit(lang, ind.unit, maxAbsOf(shown.map((p) => p.stats[j].mean))),
  );
  const head = [
    `<th scope="col">${esc(sw(lang, 'rank'))}</th>`,
    ...data.factors.map((f) => `<th scope="col">${esc(f.name)}</th>`),
    ...data.indicators.map((ind, j) => {
      const unit = units[j].label ? `<br><span class="muted">${esc(units[j].label)}</span>` : '';
      return `<th scope="col" style="white-space:normal;min-width:8em">${esc(indicatorLabel(lang, ind.name, keyYear))}${unit}</th>`;
    }),
  ].join('');
  const body = shown
    .map((p, r) => {
      const cells = [
        `<th scope="row">${esc(formatNumber(lang, r + 1, 0))}</th>`,
        ...p.values.map((v) => `<td>${esc(factorValueText(lang, v))}</td>`),
        ...p.stats.map((s, j) => {
          if (!Number.isFinite(s.mean))
            return `<td>—<br><small class="muted">${esc(sw(lang, 'cellN', { n: formatNumber(lang, s.n, 0) }))}</small></td>`;
          const [lo, hi] = s.ci95;
          const n = formatNumber(lang, s.n, 0);
          const detail =
            Number.isFinite(lo) && Number.isFinite(hi)
              ? sw(lang, 'cellCi', { lo: formatIn(lang, units[j], lo), hi: formatIn(lang, units[j], hi), n })
              : sw(lang, 'cellN', { n });
          return `<td>${esc(formatIn(lang, units[j], s.mean))}<br><small class="muted">${esc(detail)}</small></td>`;
        }),
      ];
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  const label = indicatorLabel(lang, data.indicators[k].name, keyYear);
  const note =
    direction === 'neither'
      ? sw(lang, 'rankingNoteNeither', { indicator: label })
      : sw(lang, 'rankingNote', {
          indicator: label,
          direction: sw(lang, direction === 'higher' ? 'higherBetter' : 'lowerBetter'),
        });
  const cut =
    ranked.length > shown.length
      ? ` ${sw(lang, 'rankingCut', { shown: formatNumber(lang, shown.length, 0), total: formatNumber(lang, ranked.length, 0) })}`
      : '';
  return (
    `<p class="note">${esc(note + cut)}</p>\n` +
    `<div class="table-scroll"><table class="indicators ranking" style="width:auto;white-space:nowrap"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`
  );
}

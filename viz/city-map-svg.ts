/**
 * The run report's small-multiples map of stages: the city map (viz/city-layout.ts) of one run at a
 * few dates (the start, the end of the key year, the end, and months between), each an inline SVG
 * with one path per stage colour (a row's neighbouring cells of one stage merged into one
 * rectangle), so a city of thousands of communities stays a few tens of kilobytes and prints
 * sharp; a legend of every stage; under each map how many pending communities had completed.
 * Pure; every word from the scenario is escaped.
 */
import { STAGES } from '../sim/model/community-snapshots.js';
import { cityLayout, pixelLayout } from './city-layout.js';
import { STAGE_COLOURS } from './city-colours.js';
import { escapeHtml as esc } from './escape.js';
import { formatNumber } from './format.js';
import type { Lang } from './types.js';
import { cw, stageName } from './words-citymap.js';

/** What the small multiples need: one run's stages month by month. */
export interface StageHistory {
  /** Seed of the run shown. */
  seed: number;
  communities: number;
  ticks: number;
  /** "YYYY-MM" per tick. */
  dates: readonly string[];
  districts: readonly string[];
  /** Stage codes, month-major: stage[t × communities + c]. */
  stage: Uint8Array;
}

/** Dates shown at most. */
export const PANELS = 5;

/**
 * The months shown: the first, December of the key year (when inside the run), the last, then the
 * middle of the widest remaining gap until {@link PANELS} months (fewer in a short run).
 */
export function panelTicks(dates: readonly string[], keyYear: number | null): number[] {
  const last = dates.length - 1;
  if (last < 0) return [];
  const picks = new Set<number>([0, last]);
  if (keyYear !== null) {
    const k = dates.indexOf(`${keyYear}-12`);
    if (k >= 0) picks.add(k);
  }
  while (picks.size < Math.min(PANELS, dates.length)) {
    const sorted = [...picks].sort((a, b) => a - b);
    let best = -1;
    let gap = 1;
    for (let i = 1; i < sorted.length; i++)
      if (sorted[i] - sorted[i - 1] > gap) {
        gap = sorted[i] - sorted[i - 1];
        best = i;
      }
    if (best < 0) break;
    picks.add(Math.floor((sorted[best - 1] + sorted[best]) / 2));
  }
  return [...picks].sort((a, b) => a - b);
}

/** Cell and label-strip sizes of the SVG, in its own units. */
const CELL = 1;
const LABEL = 4;

/** Largest drawn cell (px), so a city of a few communities is not drawn in giant cells. */
const MAX_PX_PER_CELL = 12;

/** Width of a text in ems, roughly: a Chinese character 1, a Latin letter or digit 0.6. */
function textEms(s: string): number {
  let ems = 0;
  for (const ch of s) ems += /[\u2E80-\uFFFF]/.test(ch) ? 1 : 0.6;
  return ems;
}

function panelSvg(h: StageHistory, t: number, label: string): string {
  const layout = cityLayout(h.districts);
  const p = pixelLayout(layout, CELL, LABEL);
  const n = h.communities;
  const base = t * n;
  const paths: string[][] = STAGES.map(() => []);
  // Rows of the grid, left to right: merge neighbouring cells of one stage.
  for (let r = 0; r < layout.rows; r++) {
    let c = 0;
    while (c < layout.cols) {
      const id = layout.grid[r * layout.cols + c];
      if (id < 0) {
        c++;
        continue;
      }
      const s = h.stage[base + id];
      let end = c + 1;
      while (end < layout.cols) {
        const j = layout.grid[r * layout.cols + end];
        if (j < 0 || h.stage[base + j] !== s) break;
        end++;
      }
      paths[s].push(`M${p.px[id]} ${p.py[id]}h${end - c}v1h-${end - c}z`);
      c = end;
    }
  }
  const shapes = paths
    .map((d, s) => (d.length > 0 ? `<path fill="${STAGE_COLOURS[s]}" d="${d.join('')}"/>` : ''))
    .join('');
  // District names fit their block: at most 2.6 cells high, narrower for a long name or a small block.
  const labels = p.labels
    .map((l) => {
      const size = Math.min(2.6, (0.95 * l.width) / Math.max(1, textEms(l.district)));
      return `<text x="${l.x}" y="${l.y}" font-size="${size.toFixed(2)}" fill="#333">${esc(l.district)}</text>`;
    })
    .join('');
  return (
    `<svg viewBox="0 0 ${p.width} ${p.height}" role="img" aria-label="${esc(label)}" ` +
    `shape-rendering="crispEdges" preserveAspectRatio="xMidYMin meet" style="max-width:${p.width * MAX_PX_PER_CELL}px">` +
    `${shapes}${labels}</svg>`
  );
}

/** Completed communities at tick t, of those not renovated before the start. */
function completedOf(h: StageHistory, t: number): { done: number; pending: number } {
  const n = h.communities;
  let done = 0;
  let pending = 0;
  for (let c = 0; c < n; c++) {
    const s = STAGES[h.stage[t * n + c]];
    if (s === 'renovatedBefore') continue;
    pending++;
    if (s === 'completed') done++;
  }
  return { done, pending };
}

/** CSS of the small multiples (inline in the report's style element). */
export const CITYMAP_CSS =
  '.citymap-panels{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:12px}' +
  '.citymap-panels figure{margin:0}.citymap-panels svg{width:100%;height:auto;display:block;margin:0 auto}' +
  '.citymap-panels figcaption{font-size:13px;text-align:center}' +
  '.citymap-legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:4px 14px;font-size:13px}' +
  '.citymap-legend span{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px;border:1px solid #999}';

/** The report section: title, note, legend and one map per chosen month. */
export function smallMultiplesHtml(h: StageHistory, keyYear: number | null, lang: Lang): string {
  const ticks = panelTicks(h.dates, keyYear);
  const legend = STAGES.map(
    (s, i) => `<li><span style="background:${STAGE_COLOURS[i]}"></span>${esc(stageName(lang, s))}</li>`,
  ).join('');
  const panels = ticks
    .map((t) => {
      const { done, pending } = completedOf(h, t);
      const count = cw(lang, 'smallMultiplesCount', {
        done: formatNumber(lang, done, 0),
        pending: formatNumber(lang, pending, 0),
      });
      const date = h.dates[t];
      return `<figure>${panelSvg(h, t, `${date}: ${count}`)}<figcaption><strong>${esc(date)}</strong> · ${esc(count)}</figcaption></figure>`;
    })
    .join('\n');
  return (
    `<section id="citymap"><h2>${esc(cw(lang, 'smallMultiplesTitle', { n: ticks.length }))}</h2>` +
    `<p class="section-note">${esc(cw(lang, 'smallMultiplesNote', { seed: h.seed }))}</p>` +
    `<ul class="citymap-legend">${legend}</ul>\n<div class="citymap-panels">\n${panels}\n</div></section>`
  );
}

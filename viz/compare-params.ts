/**
 * The comparison report's table of the parameters that differ between the scenarios (read from
 * comparison.json, computed by scenarios/diff.ts from the resolved scenarios), with each
 * parameter's source as docs/MODEL.md marks it (scenarios/sources.ts): assumed or sourced. Pure.
 */
import { PARAMETER_SOURCES } from '../scenarios/sources.js';
import type { CompareData, ParameterRow } from './compare-parse.js';
import { escapeHtml as esc } from './escape.js';
import { formatNumber } from './format.js';
import { type CompareWord, cw } from './words-compare.js';
import type { Lang } from './types.js';

/** Rows shown in the table; the rest are counted. */
export const PARAMETER_ROWS_SHOWN = 40;

/** Characters of a value shown in a cell before it is cut with "…". */
const VALUE_CHARS = 80;

/**
 * The source of a leaf path as docs/MODEL.md marks it: 'assumed', 'sourced', or null when the
 * path is not in the source map. Array indices match `[]`; a segment not found may be a record key
 * (`renovation.items.roof.costRmbPerHousehold` → `renovation.items.*.costRmbPerHousehold`).
 */
export function parameterSource(path: string): 'assumed' | 'sourced' | null {
  const general = path.replace(/\[\d+\]/g, '[]');
  const candidates = [general];
  const segments = general.split('.');
  for (let i = 1; i < segments.length; i++) {
    candidates.push([...segments.slice(0, i), '*', ...segments.slice(i + 1)].join('.'));
  }
  for (const c of candidates) {
    const s = PARAMETER_SOURCES[c];
    if (s !== undefined) return s === 'assumed' ? 'assumed' : 'sourced';
  }
  return null;
}

/** A parameter's value in a cell: "—" where absent, strings as written, other values as JSON. */
export function parameterValue(v: unknown): string {
  if (v === null || v === undefined) return '—';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > VALUE_CHARS ? `${s.slice(0, VALUE_CHARS - 1)}…` : s;
}

/**
 * The instrument or setting a path belongs to: its parent, at most two segments deep, array
 * indices dropped (`government.householdSubsidy.enabled` → `government.householdSubsidy`,
 * `enterprises.enabled` → `enterprises`, `city.communities[3].households` → `city.communities`).
 */
export function parameterGroup(path: string): string {
  const segments = path.replace(/\[\d+\]/g, '').split('.');
  const parent = segments.length > 1 ? segments.slice(0, -1) : segments;
  return parent.slice(0, 2).join('.');
}

/** The groups of the differing parameters, in order of first appearance. */
export function parameterGroups(rows: readonly ParameterRow[]): string[] {
  return [...new Set(rows.map((r) => parameterGroup(r.path)))];
}

/** "a, b, c and 4 more" of a list cut at `max` items. */
export function listWithMore(lang: Lang, items: readonly string[], max: number): string {
  const sep = cw(lang, 'listSeparator');
  if (items.length <= max) return items.join(sep);
  return cw(lang, 'andMore', {
    list: items.slice(0, max).join(sep),
    n: formatNumber(lang, items.length - max, 0),
  });
}

/** The sentence saying how the scenarios differ (for the headline). */
export function differSentence(lang: Lang, data: CompareData): string {
  if (data.parameters === null) return cw(lang, 'differUnknown');
  if (data.parametersTotal === 0) return cw(lang, 'differNone');
  const groups = listWithMore(lang, parameterGroups(data.parameters), 6);
  const key: CompareWord = data.parametersTotal === 1 ? 'differOne' : 'differMany';
  return cw(lang, key, { count: formatNumber(lang, data.parametersTotal, 0), groups });
}

/** The section's HTML: note, table (capped at {@link PARAMETER_ROWS_SHOWN} rows) and how many more. */
export function parametersHtml(lang: Lang, data: CompareData): string {
  if (data.parameters === null) return `<p>${esc(cw(lang, 'differUnknown'))}</p>`;
  if (data.parametersTotal === 0) return `<p>${esc(cw(lang, 'differNone'))}</p>`;
  const head = [cw(lang, 'parameter'), ...data.scenarios, cw(lang, 'source')]
    .map((h) => `<th scope="col">${esc(h)}</th>`)
    .join('');
  const shown = data.parameters.slice(0, PARAMETER_ROWS_SHOWN);
  const body = shown
    .map((p) => {
      const src = parameterSource(p.path);
      const srcText = src === null ? '' : cw(lang, src === 'assumed' ? 'sourceAssumed' : 'sourceCited');
      const cells = data.scenarios.map((_, i) => `<td>${esc(parameterValue(p.values[i]))}</td>`).join('');
      return `<tr><th scope="row"><code>${esc(p.path)}</code></th>${cells}<td class="muted">${esc(srcText)}</td></tr>`;
    })
    .join('\n');
  const more = data.parametersTotal - shown.length;
  const moreHtml =
    more > 0
      ? `<p class="section-note">${esc(
          cw(lang, 'paramsMore', {
            n: formatNumber(lang, more, 0),
            listed: formatNumber(lang, data.parameters.length, 0),
            total: formatNumber(lang, data.parametersTotal, 0),
          }),
        )}</p>`
      : '';
  return (
    `<p class="section-note">${esc(cw(lang, 'paramsNote'))}</p>` +
    `<div class="table-scroll"><table class="indicators parameters"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>${moreHtml}`
  );
}

/** How many of the differing parameters (listed) are marked assumed, and how many are listed. */
export function assumedCount(rows: readonly ParameterRow[]): { assumed: number; known: number } {
  let assumed = 0;
  let known = 0;
  for (const r of rows) {
    const s = parameterSource(r.path);
    if (s === null) continue;
    known++;
    if (s === 'assumed') assumed++;
  }
  return { assumed, known };
}

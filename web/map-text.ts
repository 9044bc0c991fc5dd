/**
 * The city map's text: a variable's value with its unit, a community's state, and its timeline as a dated list
 * in the words of `cogov trace` (viz/trace-text.ts).
 */
import {
  type CommunitySnapshots,
  SNAPSHOT_UNITS,
  SNAPSHOT_VARIABLES,
  STAGES,
  snapshotValue,
} from '../sim/model/community-snapshots.js';
import type { TraceEvent } from '../sim/model/trace.js';
import { formatNumber } from '../viz/format.js';
import { eventSentence } from '../viz/trace-text.js';
import type { Lang } from '../viz/types.js';
import { cw, stageName, variableName } from '../viz/words-citymap.js';

/** A value in its unit ("—" when undefined). */
export function valueText(lang: Lang, unit: 'share' | 'index' | 'rmb', v: number): string {
  if (!Number.isFinite(v)) return '—';
  if (unit === 'share') return `${formatNumber(lang, v * 100, 0)} %`;
  if (unit === 'index') return formatNumber(lang, v, 2);
  return `${formatNumber(lang, v, 0)} ${cw(lang, 'unit.rmb')}`;
}

/** A community's events, dated, in order (null: still being read); those after month `t` are dimmed. */
export function renderTimeline(lang: Lang, events: readonly TraceEvent[] | null, t: number): HTMLElement {
  if (events === null)
    return Object.assign(document.createElement('p'), { textContent: cw(lang, 'timelineLoading') });
  if (events.length === 0)
    return Object.assign(document.createElement('p'), { textContent: cw(lang, 'timelineEmpty') });
  const list = document.createElement('ol');
  list.className = 'map-timeline';
  list.id = 'map-timeline';
  for (const e of events) {
    const li = document.createElement('li');
    li.dataset['kind'] = e.kind;
    li.dataset['t'] = String(e.t);
    if (e.t > t) li.className = 'later';
    const date = document.createElement('strong');
    date.textContent = e.date;
    li.append(date, ` ${eventSentence(lang, e)}`);
    list.append(li);
  }
  return list;
}

function div(text: string, tag: 'div' | 'strong' = 'div'): HTMLElement {
  return Object.assign(document.createElement(tag), { textContent: text });
}

/** Community c's state at month t: name, id, district, stage and every variable with its unit. */
export function stateBlock(lang: Lang, s: CommunitySnapshots, t: number, c: number): HTMLElement {
  const box = document.createElement('div');
  box.className = 'map-state';
  const stage = stageName(lang, STAGES[s.stage[t * s.communities + c]]);
  box.append(
    div(cw(lang, 'mapCommunity', { name: s.names[c], id: c, district: s.districts[c] }), 'strong'),
    div(`${s.dates[t]} · ${cw(lang, 'mapStageIs', { stage })}`),
  );
  for (const v of SNAPSHOT_VARIABLES)
    box.append(
      div(`${variableName(lang, v)}: ${valueText(lang, SNAPSHOT_UNITS[v], snapshotValue(s, v, t, c))}`),
    );
  return box;
}

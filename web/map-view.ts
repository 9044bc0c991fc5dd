/**
 * The explorer's city map: one run of the finished ensemble (run 0 by default, any run selectable),
 * recorded community by community in a worker of its own, drawn on one canvas — every community a
 * cell of the district layout (viz/city-layout.ts), coloured by stage or by a variable — with a
 * month slider and play, a legend with units, a tooltip with a community's state on hover, and on
 * click its story from the run's event log. A frame is painted only when something changed, in one
 * pass over an ImageData (web/map-paint.ts).
 */
import type { Scenario } from '../scenarios/schema.js';
import {
  type CommunitySnapshots,
  SNAPSHOT_VARIABLES,
  type SnapshotVariable,
} from '../sim/model/community-snapshots.js';
import type { TraceEvent } from '../sim/model/trace.js';
import { type CityLayout, cellAt, cityLayout, type PixelLayout, pixelLayout } from '../viz/city-layout.js';
import type { Lang } from '../viz/types.js';
import { cw, variableName } from '../viz/words-citymap.js';
import { nextCell } from './map-keys.js';
import { renderLegend } from './map-legend.js';
import { BACKGROUND, type ColourBy, domains, frameColours, paintCells } from './map-paint.js';
import type { MapRequest, MapResponse } from './map-protocol.js';
import { renderTimeline, stateBlock } from './map-text.js';

/** Widest map drawn (px) and the label strip above each row of districts (px). */
const MAX_WIDTH = 560;
const LABEL_PX = 16;
/** Months per second while playing. */
const PLAY_MS = 120;

interface MapState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  scenario: Scenario | null;
  seeds: number[];
  run: number;
  by: ColourBy;
  month: number;
  snapshots: CommunitySnapshots | null;
  layout: CityLayout | null;
  pixels: PixelLayout | null;
  domains: Record<SnapshotVariable, [number, number]> | null;
  selected: number;
  events: TraceEvent[] | null;
  request: number;
  message: string;
  draws: number;
  drawMs: number;
}

/** The map's handle for the page. */
export interface CityMap {
  /** A finished ensemble's scenario and seeds: record run 0 (or the chosen run) for the map. */
  ensembleReady(scenario: Scenario, seeds: number[]): void;
  /** A new ensemble started: the map waits for it. */
  reset(): void;
  /** Re-render every word (language changed). */
  relabel(): void;
}

/** Build the map inside `root`; `lang` reads the page's language. */
export function createCityMap(root: HTMLElement, lang: () => Lang): CityMap {
  const st: MapState = {
    status: 'idle',
    scenario: null,
    seeds: [],
    run: 0,
    by: 'stage',
    month: 0,
    snapshots: null,
    layout: null,
    pixels: null,
    domains: null,
    selected: -1,
    events: null,
    request: 0,
    message: '',
    draws: 0,
    drawMs: 0,
  };
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}) =>
    Object.assign(document.createElement(tag), props) as HTMLElementTagNameMap[K];
  const title = el('h2');
  const status = el('p', { className: 'map-status', id: 'map-status' });
  const byLabel = el('label', { className: 'map-control' });
  const bySelect = el('select', { id: 'map-by' });
  const runLabel = el('label', { className: 'map-control' });
  const runSelect = el('select', { id: 'map-run' });
  const monthLabel = el('label', { className: 'map-control map-month' });
  const slider = el('input', { type: 'range', id: 'map-month', min: '0', max: '0', value: '0' });
  const date = el('span', { className: 'val', id: 'map-date' });
  const play = el('button', { id: 'map-play', type: 'button' });
  // Focusable: arrow keys move the selection (web/map-keys.ts).
  const canvas = el('canvas', { id: 'map-canvas', tabIndex: 0 });
  canvas.setAttribute('role', 'img');
  const legend = el('div', { className: 'map-legend', id: 'map-legend' });
  const tooltip = el('div', { className: 'map-tooltip', id: 'map-tooltip', hidden: true });
  const detail = el('div', { className: 'map-detail', id: 'map-detail' });
  const wrap = el('div', { className: 'map-canvas-wrap' });
  wrap.append(canvas, tooltip);
  const controls = el('div', { className: 'map-controls' });
  controls.append(byLabel, runLabel, monthLabel, play);
  root.append(title, status, controls, wrap, legend, detail);
  const ctx = canvas.getContext('2d')!;
  let image: ImageData | null = null;
  let colours = new Uint32Array(0);
  let worker: Worker | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let dirty = false;

  // ---------- drawing ----------

  function scheduleDraw(): void {
    if (dirty) return;
    dirty = true;
    requestAnimationFrame(() => {
      dirty = false;
      draw();
    });
  }

  function domainOf(by: ColourBy): [number, number] {
    return by === 'stage' || !st.domains ? [0, 1] : st.domains[by];
  }

  function draw(): void {
    const s = st.snapshots;
    const p = st.pixels;
    if (!s || !p || !image) return;
    const t0 = performance.now();
    frameColours(s, st.by, st.month, domainOf(st.by), colours);
    const pixels = new Uint32Array(image.data.buffer);
    paintCells(pixels, p, colours, p.cell >= 5 ? 1 : 0);
    ctx.putImageData(image, 0, 0);
    ctx.fillStyle = '#333';
    ctx.font = `12px system-ui, sans-serif`;
    for (const l of p.labels) ctx.fillText(l.district, l.x, l.y, l.width);
    if (st.selected >= 0) {
      ctx.strokeStyle = '#000';
      ctx.lineWidth = 2;
      ctx.strokeRect(p.px[st.selected] - 1, p.py[st.selected] - 1, p.cell + 1, p.cell + 1);
    }
    canvas.setAttribute(
      'aria-label',
      `${cw(lang(), 'mapTitle')} ${s.dates[st.month]}: ${cw(lang(), 'mapHint')}`,
    );
    st.draws++;
    st.drawMs = performance.now() - t0;
  }

  function setUpCanvas(s: CommunitySnapshots): void {
    st.layout = cityLayout(s.districts);
    const cell = Math.max(3, Math.min(14, Math.floor(MAX_WIDTH / Math.max(1, st.layout.cols))));
    st.pixels = pixelLayout(st.layout, cell, LABEL_PX);
    canvas.width = st.pixels.width;
    canvas.height = st.pixels.height;
    image = ctx.createImageData(st.pixels.width, st.pixels.height);
    new Uint32Array(image.data.buffer).fill(BACKGROUND);
    colours = new Uint32Array(s.communities);
    st.domains = domains(s);
  }

  // ---------- words ----------

  function renderStatus(): void {
    const L = lang();
    const seed = st.seeds[st.run];
    const s = st.snapshots;
    status.textContent =
      st.status === 'idle'
        ? cw(L, 'mapIdle')
        : st.status === 'loading'
          ? cw(L, 'mapLoading', { run: st.run, seed })
          : st.status === 'error'
            ? cw(L, 'mapError', { message: st.message })
            : `${cw(L, 'mapReady', { run: st.run, seed, communities: s!.communities, months: s!.ticks })} ${cw(L, 'mapHint')}`;
  }

  function renderControls(): void {
    const L = lang();
    title.textContent = cw(L, 'mapTitle');
    bySelect.textContent = '';
    bySelect.append(new Option(cw(L, 'mapStage'), 'stage', false, st.by === 'stage'));
    for (const v of SNAPSHOT_VARIABLES)
      bySelect.append(new Option(variableName(L, v), v, false, st.by === v));
    byLabel.replaceChildren(`${cw(L, 'mapColour')} `, bySelect);
    runSelect.textContent = '';
    st.seeds.forEach((seed, i) => {
      runSelect.append(new Option(`${i} (${seed})`, String(i), false, i === st.run));
    });
    runLabel.replaceChildren(`${cw(L, 'mapRun')} `, runSelect);
    monthLabel.replaceChildren(`${cw(L, 'mapMonth')} `, date, slider);
    play.textContent = cw(L, timer ? 'mapPause' : 'mapPlay');
    const ready = st.status === 'ready';
    for (const c of [bySelect, runSelect, slider, play]) c.disabled = !ready && c !== runSelect;
    runSelect.disabled = st.seeds.length === 0;
    date.textContent = st.snapshots ? st.snapshots.dates[st.month] : '';
  }

  function renderDetail(): void {
    const s = st.snapshots;
    detail.textContent = '';
    if (!s || st.selected < 0) return;
    const L = lang();
    detail.append(stateBlock(lang(), st.snapshots!, st.month, st.selected));
    const h = el('h3', {
      textContent: cw(L, 'timelineTitle', {
        name: s.names[st.selected],
        id: st.selected,
        run: st.run,
        seed: st.seeds[st.run],
      }),
    });
    detail.append(h, renderTimeline(L, st.events, st.month));
  }

  function relabel(): void {
    renderControls();
    renderStatus();
    renderLegend(legend, lang(), st.by, domainOf(st.by));
    renderDetail();
  }

  // ---------- the worker ----------

  function request(): void {
    if (!st.scenario || st.seeds.length === 0) return;
    worker?.terminate();
    worker = new Worker('worker.js');
    worker.onmessage = (e: MessageEvent<MapResponse>) => onResponse(e.data);
    worker.onerror = (e) => {
      st.status = 'error';
      st.message = e.message;
      relabel();
    };
    st.request++;
    st.status = 'loading';
    st.snapshots = null;
    st.selected = -1;
    st.events = null;
    stop();
    const req: MapRequest = { kind: 'map', id: st.request, seed: st.seeds[st.run], scenario: st.scenario };
    worker.postMessage(req);
    relabel();
  }

  function onResponse(m: MapResponse): void {
    if (m.id !== st.request) return;
    if (m.kind === 'mapError') {
      st.status = 'error';
      st.message = m.message;
    } else if (m.kind === 'map') {
      st.snapshots = m.snapshots;
      st.status = 'ready';
      st.month = Math.min(st.month, m.snapshots.ticks - 1);
      slider.max = String(m.snapshots.ticks - 1);
      slider.value = String(st.month);
      setUpCanvas(m.snapshots);
      scheduleDraw();
    } else if (m.community === st.selected) st.events = m.events;
    relabel();
  }

  // ---------- interaction ----------

  function setMonth(t: number): void {
    if (!st.snapshots) return;
    st.month = Math.max(0, Math.min(st.snapshots.ticks - 1, t));
    slider.value = String(st.month);
    date.textContent = st.snapshots.dates[st.month];
    if (st.selected >= 0) renderDetail();
    scheduleDraw();
  }

  function stop(): void {
    if (timer) clearInterval(timer);
    timer = null;
    play.textContent = cw(lang(), 'mapPlay');
  }

  slider.addEventListener('input', () => setMonth(Number(slider.value)));
  bySelect.addEventListener('change', () => {
    st.by = bySelect.value as ColourBy;
    renderLegend(legend, lang(), st.by, domainOf(st.by));
    scheduleDraw();
  });
  runSelect.addEventListener('change', () => {
    st.run = Number(runSelect.value);
    request();
  });
  play.addEventListener('click', () => {
    if (timer) return stop();
    if (!st.snapshots) return;
    if (st.month >= st.snapshots.ticks - 1) setMonth(0);
    timer = setInterval(() => {
      if (!st.snapshots || st.month >= st.snapshots.ticks - 1) return stop();
      setMonth(st.month + 1);
    }, PLAY_MS);
    play.textContent = cw(lang(), 'mapPause');
  });
  const hit = (e: MouseEvent) => {
    if (!st.pixels || !st.layout) return -1;
    const r = canvas.getBoundingClientRect();
    const x = ((e.clientX - r.left) * canvas.width) / r.width;
    const y = ((e.clientY - r.top) * canvas.height) / r.height;
    return cellAt(st.pixels, st.layout, x, y);
  };
  canvas.addEventListener('mousemove', (e) => {
    const c = hit(e);
    tooltip.hidden = c < 0;
    if (c < 0) return;
    tooltip.replaceChildren(stateBlock(lang(), st.snapshots!, st.month, c));
    // Beside the pointer, flipped to its left near the map's right edge.
    const r = wrap.getBoundingClientRect();
    const x = e.clientX - r.left;
    const left = x + 14 + tooltip.offsetWidth > r.width ? Math.max(0, x - 14 - tooltip.offsetWidth) : x + 14;
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${e.clientY - r.top + 14}px`;
  });
  canvas.addEventListener('mouseleave', () => {
    tooltip.hidden = true;
  });
  /** Select community c: its state and timeline below the map, its cell outlined. */
  function select(c: number): void {
    if (c < 0 || !worker) return;
    st.selected = c;
    st.events = null;
    worker.postMessage({ kind: 'timeline', id: st.request, community: c } satisfies MapRequest);
    renderDetail();
    scheduleDraw();
  }
  canvas.addEventListener('click', (e) => select(hit(e)));
  canvas.addEventListener('keydown', (e) => {
    if (!st.layout || !/^(Arrow|Home$|End$)/.test(e.key)) return;
    e.preventDefault();
    const c = nextCell(st.layout, st.selected, e.key);
    if (c !== st.selected) select(c);
  });

  /** What tests read. */
  (window as unknown as { __cogovMap: object }).__cogovMap = {
    get status() {
      return st.status;
    },
    get month() {
      return st.month;
    },
    get selected() {
      return st.selected;
    },
    get seed() {
      return st.seeds[st.run];
    },
    get draws() {
      return st.draws;
    },
    get drawMs() {
      return st.drawMs;
    },
    events: () => st.events,
    /** Page pixel (relative to the canvas) of community c's cell centre. */
    cellCentre: (c: number) =>
      st.pixels ? { x: st.pixels.px[c] + st.pixels.cell / 2, y: st.pixels.py[c] + st.pixels.cell / 2 } : null,
    stageAt: (t: number, c: number) =>
      st.snapshots ? st.snapshots.stage[t * st.snapshots.communities + c] : -1,
  };

  relabel();
  return {
    ensembleReady(scenario, seeds) {
      st.scenario = scenario;
      st.seeds = seeds;
      st.run = Math.min(st.run, seeds.length - 1);
      request();
    },
    reset() {
      worker?.terminate();
      worker = null;
      stop();
      st.request++;
      st.status = 'idle';
      st.snapshots = null;
      st.selected = -1;
      st.events = null;
      st.run = 0;
      st.seeds = [];
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      relabel();
    },
    relabel,
  };
}

import { Chart, registerables } from 'chart.js';
import { formatIssue } from '../scenarios/issues.js';
import { renderMessage } from '../scenarios/messages.js';
import { parseScenarioText } from '../scenarios/parse.js';
import { type Scenario, ScenarioSchema } from '../scenarios/schema.js';
import { runSeed } from '../sim/kernel/rng.js';
import { HEADLINE_CSS } from '../viz/headline.js';
import { htmlLang } from '../viz/i18n.js';
import { CHART_FONT } from '../viz/runtime.js';
import type { CurveSeries, Lang } from '../viz/types.js';
import {
  type Baseline,
  CHART_METRICS,
  charts,
  type EnsembleOf,
  renderCharts,
  renderSummary,
  renderTable,
} from './view.js';
import { aggregateRuns, curvesCsv, runsCsv, type WebRun } from './aggregate.js';
import { applyLevers, type LeverValues, readLevers, SHARING_RULES } from './levers.js';
import { type CityMap, createCityMap } from './map-view.js';
import type { RunRequest, RunResponse } from './protocol.js';
import { SHIPPED } from './scenarios.js';
import { w } from './words.js';

Chart.register(...registerables);
Chart.defaults.font.family = CHART_FONT;
Chart.defaults.color = '#333';
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
/** The city map (web/map-view.ts): one run of the finished ensemble, beside the bands. */
let cityMap: CityMap | null = null;

interface State {
  lang: Lang;
  scenarioId: string;
  baseText: string;
  base: Scenario | null;
  levers: LeverValues | null;
  job: number;
  total: number;
  runs: WebRun[];
  curves: Map<string, CurveSeries>;
  /** The ensemble whose runs and curves these are (null before the first run). */
  ensemble: EnsembleOf | null;
  baseline: Baseline | null;
  /** The last load or edit that did not validate, with its text (cleared by the next valid one). */
  invalid: { kind: 'file' | 'edit'; file: string; text: string } | null;
  /** The loaded scenario text the results on screen were run from (levers aside). */
  ensembleBaseText: string;
  /** Name of the file last chosen in the file input. */
  fileName: string;
  status: 'idle' | 'running' | 'done' | 'error';
  started: number;
  elapsedMs: number;
  editedText: string;
}

const st: State = {
  lang: 'en',
  scenarioId: 'demo-small',
  baseText: '',
  base: null,
  levers: null,
  job: 0,
  total: 0,
  runs: [],
  curves: new Map(),
  ensemble: null,
  baseline: null,
  invalid: null,
  ensembleBaseText: '',
  fileName: '',
  status: 'idle',
  started: 0,
  elapsedMs: 0,
  editedText: '',
};

/** What tests read. */
const api = {
  get state() {
    return st.status;
  },
  get job() {
    return st.job;
  },
  get done() {
    return st.runs.length;
  },
  /** Per-run key indicators of the current ensemble, in run-index order. */
  runs: () =>
    [...st.runs]
      .sort((a, b) => a.index - b.index)
      .map((r) => ({ index: r.index, seed: r.seed, indicators: r.indicators })),
  /** Chart data (dataset values) by metric. */
  chartData: () =>
    Object.fromEntries(
      [...charts].map(([m, c]) => [m, c.data.datasets.map((d) => [...(d.data as unknown[])])]),
    ),
  elapsedMs: () => st.elapsedMs,
  editedText: () => st.editedText,
  setLevers: (v: Partial<LeverValues>) => {
    if (st.levers) Object.assign(st.levers, v);
    renderLevers();
  },
};
(window as unknown as { __cogov: typeof api }).__cogov = api;

// ---------- scenario ----------

function showIssues(lines: string[]): void {
  $('issues').textContent = lines.length ? `${w(st.lang, 'invalid')}\n${lines.join('\n')}` : '';
}

function loadScenario(id: string, text: string, file: string): boolean {
  const parsed = parseScenarioText(text, file, ScenarioSchema, { lang: st.lang });
  if (!parsed.ok) {
    showIssues(parsed.issues.map(formatIssue));
    st.invalid = { kind: 'file', file, text };
    renderStale();
    return false;
  }
  showIssues([]);
  st.invalid = null;
  st.scenarioId = id;
  st.baseText = parsed.text;
  st.base = parsed.value;
  st.levers = readLevers(parsed.value);
  st.editedText = parsed.text;
  ($('seed') as HTMLInputElement).value = String(parsed.value.ensemble.seed);
  ($('runs') as HTMLInputElement).value = String(Math.min(100, parsed.value.ensemble.runs));
  renderLevers();
  if (st.runs.length === 0 && charts.size > 0) renderCharts($('charts'), st); // empty frames over the new calendar
  renderStale();
  return true;
}

/**
 * Results on screen that are not those of the loaded, valid scenario say so (and are dimmed): after
 * a file or a lever edit that did not validate (the previous scenario stays loaded), or after
 * another scenario was loaded but not yet run.
 */
function renderStale(): void {
  const note = $('stale');
  const e = st.ensemble;
  let text = '';
  if (e && st.runs.length > 0) {
    const label = w(st.lang, 'ensembleLabel', { scenario: e.scenarioId, runs: e.total });
    if (st.invalid?.kind === 'file') text = w(st.lang, 'staleInvalidFile', { file: st.invalid.file, label });
    else if (st.invalid?.kind === 'edit') text = w(st.lang, 'staleInvalidEdit', { label });
    else if (st.ensembleBaseText !== st.baseText)
      text = w(st.lang, 'staleOther', { scenario: st.scenarioId, label });
  }
  note.textContent = text;
  note.hidden = text === '';
  $('results').classList.toggle('stale', text !== '');
}

/** The pinned baseline's note, in the page's language. */
function renderBaselineNote(): void {
  const b = st.baseline;
  $('baseline-note').textContent = b
    ? w(st.lang, 'baselineNote', {
        label: w(st.lang, 'ensembleLabel', { scenario: b.scenarioId, runs: b.total }),
      })
    : '';
}

// ---------- levers ----------

type Slider = {
  key: 'householdSubsidy' | 'elevatorSubsidy' | 'hazard';
  min: number;
  max: number;
  step: number;
};
const SLIDERS: Slider[] = [
  { key: 'householdSubsidy', min: 0, max: 100_000, step: 1_000 },
  { key: 'elevatorSubsidy', min: 0, max: 400_000, step: 5_000 },
  { key: 'hazard', min: 0, max: 3, step: 0.1 },
];
const TOGGLES = [
  'ppp',
  'farBonus',
  'insurance',
  'fastTrack',
  'planners',
  'academy',
  'volunteerPoints',
] as const;

function renderLevers(): void {
  const box = $('levers');
  box.textContent = '';
  const v = st.levers;
  if (!v) return;
  for (const s of SLIDERS) {
    const label = document.createElement('label');
    label.className = 'row';
    const value = document.createElement('span');
    value.className = 'val';
    const input = document.createElement('input');
    Object.assign(input, { type: 'range', id: `lever-${s.key}`, min: String(s.min), max: String(s.max) });
    input.step = String(s.step);
    input.max = String(Math.max(s.max, v[s.key]));
    input.value = String(v[s.key]);
    const show = () => {
      value.textContent =
        s.key === 'hazard'
          ? `× ${v.hazard.toFixed(1)}`
          : v[s.key].toLocaleString(st.lang === 'zh' ? 'zh-CN' : 'en-GB');
    };
    input.addEventListener('input', () => {
      v[s.key] = Number(input.value);
      show();
    });
    show();
    label.append(`${w(st.lang, s.key)}: `, value, input);
    box.append(label);
  }
  for (const key of TOGGLES) {
    const label = document.createElement('label');
    label.className = 'check';
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.id = `lever-${key}`;
    input.checked = v[key];
    input.addEventListener('change', () => {
      v[key] = input.checked;
    });
    label.append(input, ` ${w(st.lang, key)}`);
    box.append(label);
  }
  const label = document.createElement('label');
  label.className = 'row';
  const select = document.createElement('select');
  select.id = 'lever-sharingRule';
  for (const r of SHARING_RULES)
    select.append(new Option(w(st.lang, `rule.${r}`), r, false, r === v.sharingRule));
  select.addEventListener('change', () => {
    v.sharingRule = select.value as LeverValues['sharingRule'];
  });
  label.append(`${w(st.lang, 'sharingRule')} `, select);
  box.append(label);
}

// ---------- workers ----------

/** One worker per logical core, started with the page so their scripts are parsed before the first run. */
const WORKERS = Math.max(1, Math.min(16, navigator.hardwareConcurrency || 2));
let workers: Worker[] = [];
/** The job whose scenario each worker already holds (index-aligned with `workers`). */
let workerJob: number[] = [];
let next = 0;
let seeds: number[] = [];
/** The validated scenario of the running job, sent once per worker. */
let jobScenario: Scenario | null = null;
/** Runs queued per worker, so a worker never waits for the page between runs. */
const IN_FLIGHT = 2;

/** Start `n` workers; kept between ensembles (warm engines), replaced when a running ensemble is cut short. */
function startWorkers(n: number, restart: boolean): void {
  if (!restart && workers.length === n) return;
  for (const wk of workers) wk.terminate();
  workers = [];
  workerJob = [];
  for (let i = 0; i < n; i++) {
    const wk = new Worker('worker.js');
    wk.onmessage = (e: MessageEvent<RunResponse>) => onResult(wk, e.data);
    wk.onerror = (e) => fail(e.message);
    workers.push(wk);
    workerJob.push(-1);
  }
}

function dispatch(wk: Worker): void {
  if (next >= st.total || !jobScenario) return;
  const index = next++;
  const req: RunRequest = { job: st.job, index, seed: seeds[index] };
  const k = workers.indexOf(wk);
  if (workerJob[k] !== st.job) {
    req.scenario = jobScenario;
    workerJob[k] = st.job;
  }
  wk.postMessage(req);
}

function fail(message: string): void {
  st.status = 'error';
  $('status').textContent = w(st.lang, 'workerError', { message });
}

/**
 * Progressive redraws while runs come in: at most one per RENDER_EVERY_MS, and at most a quarter of
 * the page's time (a redraw of the eight charts can take 50–350 ms, and the workers need the cores).
 */
const RENDER_EVERY_MS = 250;
/** Bands are drawn from this many finished runs on (quantiles of one or two runs say little). */
const MIN_RUNS_TO_DRAW = 3;
let renderTimer: ReturnType<typeof setTimeout> | null = null;
let lastRender = 0;
let lastRenderMs = 0;
function onResult(wk: Worker, msg: RunResponse): void {
  if (msg.job !== st.job) return;
  if (msg.kind === 'error') {
    fail(msg.detail ? renderMessage(st.lang, msg.detail) : msg.message);
    return;
  }
  st.runs.push(msg.run);
  dispatch(wk);
  if (st.runs.length === st.total) {
    if (renderTimer) clearTimeout(renderTimer);
    renderTimer = null;
    st.curves = aggregateRuns(st.runs);
    renderResults();
    st.elapsedMs = performance.now() - st.started;
    st.status = 'done';
    renderStatus();
    if (jobScenario) cityMap?.ensembleReady(jobScenario, seeds);
    return;
  }
  renderStatus();
  if (renderTimer || st.runs.length < MIN_RUNS_TO_DRAW) return;
  renderTimer = setTimeout(
    () => {
      renderTimer = null;
      if (st.status !== 'running') return;
      lastRender = performance.now();
      st.curves = aggregateRuns(st.runs, CHART_METRICS);
      renderResults();
      lastRenderMs = performance.now() - lastRender;
    },
    Math.max(0, lastRender + Math.max(RENDER_EVERY_MS, 4 * lastRenderMs) - performance.now()),
  );
}

function run(): void {
  if (!st.base || !st.levers) return;
  const edited = applyLevers(st.baseText, st.base, st.levers);
  const parsed = parseScenarioText(edited, `${st.scenarioId}.yaml`, ScenarioSchema, { lang: st.lang });
  if (!parsed.ok) {
    showIssues(parsed.issues.map(formatIssue));
    st.invalid = { kind: 'edit', file: `${st.scenarioId}.yaml`, text: edited };
    renderStale();
    return;
  }
  showIssues([]);
  st.invalid = null;
  st.editedText = edited;
  jobScenario = parsed.value;
  const total = Math.max(1, Math.min(100, Math.floor(Number(($('runs') as HTMLInputElement).value) || 20)));
  const seed = Math.max(0, Math.floor(Number(($('seed') as HTMLInputElement).value) || 0)) >>> 0;
  const restart = st.status === 'running';
  st.job++;
  st.total = total;
  st.runs = [];
  const { start, end, keyYear } = parsed.value.calendar;
  st.ensembleBaseText = st.baseText;
  st.ensemble = {
    scenarioId: st.scenarioId,
    total,
    calendar: { start, end, keyYear },
    levers: { ...st.levers },
  };
  st.status = 'running';
  st.started = performance.now();
  seeds = Array.from({ length: total }, (_, i) => runSeed(seed, i));
  next = 0;
  if (renderTimer) clearTimeout(renderTimer);
  renderTimer = null;
  startWorkers(WORKERS, restart);
  cityMap?.reset();
  for (let i = 0; i < IN_FLIGHT; i++) for (const wk of workers) dispatch(wk);
  renderStatus();
  renderSummary($('summary'), st);
  renderStale();
}

function renderStatus(): void {
  const el = $('status');
  if (st.status === 'running')
    el.textContent = w(st.lang, 'progress', { done: st.runs.length, total: st.total });
  else if (st.status === 'done')
    el.textContent = w(st.lang, 'done', { total: st.total, seconds: (st.elapsedMs / 1000).toFixed(2) });
  else if (st.status === 'idle') el.textContent = w(st.lang, 'idle');
}

// ---------- charts and table ----------

function renderResults(): void {
  renderSummary($('summary'), st);
  renderCharts($('charts'), st);
  renderTable($('indicators'), st);
  renderStale();
}

// ---------- language, downloads, wiring ----------

function applyLanguage(): void {
  document.documentElement.lang = htmlLang(st.lang);
  for (const el of document.querySelectorAll<HTMLElement>('[data-w]'))
    el.textContent = w(st.lang, el.dataset['w']!);
  renderLevers();
  renderStatus();
  renderBaselineNote();
  if (st.invalid) {
    // The errors of the last invalid load or edit, again in the new language.
    const parsed = parseScenarioText(st.invalid.text, st.invalid.file, ScenarioSchema, { lang: st.lang });
    showIssues(parsed.ok ? [] : parsed.issues.map(formatIssue));
  }
  renderFileName();
  cityMap?.relabel();
  for (const o of ($('scenario') as HTMLSelectElement).options)
    if (o.dataset['file']) o.text = loadedOptionText(o.dataset['file']);
  if (st.runs.length) renderResults();
  else {
    renderCharts($('charts'), st);
    renderStale();
  }
}

/** The chosen file's name beside the (translated) file button. */
function renderFileName(): void {
  $('file-name').textContent = st.fileName || w(st.lang, 'noFile');
}

/** Longest scenario id shown whole in the scenario list; longer ones keep their ends (full id in the tooltip). */
const OPTION_CHARS = 26;

/** The scenario list's entry of a loaded file. */
function loadedOptionText(id: string): string {
  const short = id.length > OPTION_CHARS ? `${id.slice(0, 12)}…${id.slice(-(OPTION_CHARS - 13))}` : id;
  return `${short} (${w(st.lang, 'loaded')})`;
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function boot(): void {
  const style = document.createElement('style');
  style.textContent = HEADLINE_CSS;
  document.head.append(style);
  const select = $('scenario') as HTMLSelectElement;
  for (const id of Object.keys(SHIPPED)) select.append(new Option(id, id));
  const loadedTexts = new Map<string, string>();
  select.addEventListener('change', () => {
    const text = select.value.startsWith('file:') ? loadedTexts.get(select.value) : SHIPPED[select.value];
    const id = select.value.replace(/^file:/, '');
    if (text !== undefined) loadScenario(id, text, `${id}.yaml`);
    select.title = id;
  });
  ($('file') as HTMLInputElement).addEventListener('change', async (e) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    st.fileName = file.name;
    renderFileName();
    const id = file.name.replace(/\.ya?ml$/i, '');
    const text = await file.text();
    if (loadScenario(id, text, file.name)) {
      const value = `file:${id}`;
      loadedTexts.set(value, text);
      let option = [...select.options].find((o) => o.value === value);
      if (!option) {
        option = new Option(loadedOptionText(id), value);
        option.dataset['file'] = id;
        select.append(option);
      }
      select.value = value;
      select.title = id;
    }
  });
  ($('lang') as HTMLSelectElement).addEventListener('change', (e) => {
    st.lang = (e.target as HTMLSelectElement).value as Lang;
    applyLanguage();
  });
  $('reset').addEventListener('click', () => {
    if (st.base) st.levers = readLevers(st.base);
    renderLevers();
  });
  $('run').addEventListener('click', run);
  $('pin').addEventListener('click', () => {
    if (st.status !== 'done' || !st.ensemble) return;
    st.baseline = { scenarioId: st.ensemble.scenarioId, total: st.total, curves: st.curves, runs: st.runs };
    renderBaselineNote();
    renderResults();
  });
  $('unpin').addEventListener('click', () => {
    st.baseline = null;
    renderBaselineNote();
    if (st.runs.length) renderResults();
  });
  $('dl-yaml').addEventListener('click', () => {
    const text = st.base && st.levers ? applyLevers(st.baseText, st.base, st.levers) : st.baseText;
    download(`${st.scenarioId}-edited.yaml`, text, 'text/yaml');
  });
  // The results' scenario, which is not the loaded one when another was loaded since the run.
  const resultsId = () => st.ensemble?.scenarioId ?? st.scenarioId;
  $('dl-csv').addEventListener('click', () =>
    download(`${resultsId()}-curves.csv`, curvesCsv(resultsId(), st.curves), 'text/csv'),
  );
  $('dl-runs').addEventListener('click', () =>
    download(`${resultsId()}-runs.csv`, runsCsv(resultsId(), st.runs), 'text/csv'),
  );
  loadScenario('demo-small', SHIPPED['demo-small'], 'demo-small.yaml');
  cityMap = createCityMap($('map'), () => st.lang);
  startWorkers(WORKERS, false);
  applyLanguage();
  document.documentElement.setAttribute('data-ready', '1');
}

boot();

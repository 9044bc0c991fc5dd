/**
 * The explorer's outputs in headless Chromium, as a student would meet them: the summary opens with
 * households renovated of those eligible (the medians of the browser's own runs); the Chinese page
 * has no English left (baseline note, file button, scenario list); no select is cut off or leaves
 * its column at 1280×800 or at a phone's 390 px; table cells hold numbers only (the unit has its own
 * column); the runs CSV starts with the scenario; results of an earlier scenario are marked as such
 * after an invalid file or another scenario is loaded; and a run in which nothing is renovated shows
 * "—", gaps and empty cells, never 0. Screenshots go to test-artifacts/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../sim/cli/explore.js';
import { percentile } from '../../sim/kernel/stats.js';
import { parseCsv } from '../../sim/outputs/csv.js';
import { runsColumns } from '../../sim/outputs/ensemble.js';
import { buildWeb } from '../../web/build.mjs';
import { launchLocalChromium } from './chromium.js';

type Cogov = {
  state: string;
  job: number;
  runs: () => { index: number; seed: number; indicators: Record<string, number | null> }[];
  chartData: () => Record<string, (number | null)[][]>;
};
declare const window: { __cogov: Cogov; innerWidth: number };
declare const document: {
  documentElement: { scrollWidth: number };
  querySelectorAll(s: string): ArrayLike<unknown>;
  createElement(s: 'canvas'): {
    getContext(k: '2d'): { font: string; measureText(t: string): { width: number } };
  };
};
declare function getComputedStyle(el: unknown): { font: string };

const ARTIFACTS = 'test-artifacts';
const RUNS = 4;
/** demo-small cut to its first six months: nothing is renovated yet, so several indicators are undefined. */
const SHORT = readFileSync('scenarios/demo-small.yaml', 'utf8')
  .replace(/end: "?2030-12"?/, 'end: "2024-12"')
  .replace(/keyYear: 2027/, 'keyYear: 2024');
const LONG_NAME = 'my-own-scenario-with-a-rather-long-file-name-for-the-class.yaml';

let dir = '';
let server: Server;
let url = '';
let browser: Awaited<ReturnType<typeof launchLocalChromium>>;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'cogov-web-'));
  await buildWeb(dir);
  ({ server, url } = await serveStatic(dir, 0));
  browser = await launchLocalChromium();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(url);
  await page.waitForSelector('html[data-ready]');
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function runEnsemble(): Promise<void> {
  const job = await page.evaluate(() => window.__cogov.job);
  await page.fill('#runs', String(RUNS));
  await page.fill('#seed', '42');
  await page.click('#run');
  await page.waitForFunction((j) => window.__cogov.job > j && window.__cogov.state === 'done', job, {
    timeout: 90_000,
  });
}

async function loadFile(name: string, text: string): Promise<void> {
  await page.setInputFiles('#file', { name, mimeType: 'text/yaml', buffer: Buffer.from(text) });
}

/** The indicator table's rows as cell texts, by indicator name. */
async function tableRows(): Promise<Record<string, string[]>> {
  const rows = await page.$$eval('#indicators tr[data-indicator]', (trs) =>
    trs.map((tr) => [
      (tr as unknown as { dataset: { indicator: string } }).dataset.indicator,
      Array.from(
        (tr as unknown as { cells: ArrayLike<{ textContent: string }> }).cells,
        (c) => c.textContent,
      ),
    ]),
  );
  return Object.fromEntries(rows) as Record<string, string[]>;
}

async function download(button: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return readFileSync((await d.path())!, 'utf8');
}

/** Every select's options that do not fit it, and selects that leave their section or the page. */
async function selectProblems(): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const ctx = document.createElement('canvas').getContext('2d');
    const vw = window.innerWidth;
    if (document.documentElement.scrollWidth > vw)
      out.push(`page ${document.documentElement.scrollWidth} px wide > ${vw}`);
    type El = {
      id: string;
      options: ArrayLike<{ text: string }>;
      getBoundingClientRect(): { left: number; right: number; width: number };
      closest(s: string): { getBoundingClientRect(): { left: number; right: number } } | null;
    };
    for (const s of Array.from(document.querySelectorAll('select')) as El[]) {
      ctx.font = getComputedStyle(s).font;
      const box = s.getBoundingClientRect();
      // The arrow and padding take about 20 px of a Chromium select.
      for (const o of Array.from(s.options)) {
        const need = ctx.measureText(o.text).width + 20;
        if (need > box.width) out.push(`${s.id}: "${o.text}" needs ${Math.ceil(need)} px, has ${box.width}`);
      }
      const holder = s.closest('section, header')?.getBoundingClientRect();
      if (box.right > vw || (holder && box.right > holder.right + 0.5))
        out.push(
          `${s.id}: right edge ${box.right} beyond its section (${holder?.right}) or the page (${vw})`,
        );
    }
    return out;
  });
}

describe('explorer outputs in Chromium', () => {
  it('opens with households renovated of those eligible, from the medians of its own runs', async () => {
    await page.uncheck('#lever-ppp');
    await runEnsemble();
    const runs = await page.evaluate(() => window.__cogov.runs());
    const med = (k: string) =>
      percentile(
        runs.map((r) => r.indicators[k] as number),
        0.5,
      );
    const fmt = (v: number) => Math.round(v).toLocaleString('en-GB');
    const answer = await page.textContent('#summary li');
    expect(answer).toContain(
      `${fmt(med('householdsRenovatedByKeyYear'))} of ${fmt(med('householdsEligible'))} eligible households`,
    );
    expect(answer).toMatch(
      /renovated by the end of 2027; .* by the end of the run, December 2030 \(medians of 4 runs\)/,
    );
    // The summary is the first thing of the results, above the fold.
    const top = await page.$eval(
      '#summary',
      (e) => (e as unknown as { getBoundingClientRect(): { bottom: number } }).getBoundingClientRect().bottom,
    );
    expect(top).toBeLessThan(800);
    expect(await page.textContent('#summary')).toContain('instruments on: Floor-area-ratio bonus');
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-summary-en-1280.png') });
  });

  it('writes each unit once, in the unit column, never in the number cells', async () => {
    await page.click('#pin');
    for (const lang of ['en', 'zh'] as const) {
      await page.selectOption('#lang', lang);
      const rows = await tableRows();
      expect(Object.keys(rows).length).toBeGreaterThan(20);
      for (const [name, cells] of Object.entries(rows)) {
        expect(cells, name).toHaveLength(6);
        for (const c of cells.slice(2)) expect(c, `${lang} ${name}`).toMatch(/^[-—–\d.,\s]*$/);
      }
      expect(rows['householdsRenovated'][1]).toBe(lang === 'zh' ? '户' : 'households');
      expect(rows['publicCommitted'][1]).toBe(lang === 'zh' ? '万元' : 'million RMB');
      expect(rows['publicCommitted'][2]).toBe(String(RUNS));
    }
  });

  it('leaves no English on the Chinese page: baseline note, file button, loaded-file entry', async () => {
    await page.selectOption('#lang', 'en');
    await loadFile(LONG_NAME, readFileSync('scenarios/demo-small.yaml', 'utf8'));
    await expect.poll(() => page.inputValue('#scenario')).toMatch(/^file:/);
    await page.selectOption('#lang', 'zh');
    expect(await page.textContent('#baseline-note')).toBe('已设基准：demo-small，4 次运行');
    // Visible text, less scenario and file names and the words that are names in both languages.
    // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, words separated as on screen
    const text = (await page.innerText('body'))
      .replace(new RegExp(LONG_NAME.replace('.yaml', ''), 'g'), '')
      .replace(/[\w-]+…[\w-]+|demo-small|nanchong-1558|status-quo|\.yaml/g, '')
      .replace(/\b(cogov|YAML|CSV|PPP|HHI|Shapley|English)\b/g, '');
    expect(text.match(/[A-Za-z]{3,}/g) ?? []).toEqual([]);
    // The browser's own "Choose File" button is hidden behind the page's translated one.
    const file = await page.$eval(
      '#file',
      (e) => (e as unknown as { getBoundingClientRect(): { width: number } }).getBoundingClientRect().width,
    );
    expect(file).toBeLessThanOrEqual(1);
    expect(await page.textContent('label[for=file]')).toBe('选择文件…');
  });

  it('cuts no select short and keeps every select in its column, at 1280×800 and 390×800', async () => {
    for (const [width, height] of [
      [1280, 800],
      [390, 800],
    ]) {
      await page.setViewportSize({ width, height });
      for (const lang of ['en', 'zh'] as const) {
        await page.selectOption('#lang', lang);
        for (const rule of ['floor-coefficients', 'negotiated', 'shapley']) {
          await page.selectOption('#lever-sharingRule', rule);
          expect(await selectProblems(), `${width} px, ${lang}, ${rule}`).toEqual([]);
        }
        await page.screenshot({ path: join(ARTIFACTS, `explorer-${lang}-${width}.png`) });
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.selectOption('#lang', 'en');
  });

  it('downloads the runs with the scenario as first column', async () => {
    const rows = parseCsv(await download('#dl-runs'));
    expect(rows[0]).toEqual(runsColumns());
    expect(rows.slice(1).map((r) => r[0])).toEqual(Array(RUNS).fill('demo-small'));
  });

  it('marks results as those of the previous scenario after an invalid file, and shows the error', async () => {
    await loadFile('bad.yaml', 'calendar:\n  start: "2024-07"\n  end: 12\n');
    await expect.poll(() => page.textContent('#issues')).toMatch(/bad\.yaml:3:\d+: calendar\.end/);
    expect(await page.isVisible('#stale')).toBe(true);
    expect(await page.textContent('#stale')).toContain('The file bad.yaml is not valid');
    expect(await page.textContent('#stale')).toContain('demo-small, 4 runs');
    expect(await page.getAttribute('#results', 'class')).toContain('stale');
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-invalid-file-en-1280.png') });
    await page.selectOption('#lang', 'zh');
    expect(await page.textContent('#issues')).toMatch(/^情景无效/);
    expect(await page.textContent('#stale')).toContain('文件 bad.yaml 无效');
    await page.selectOption('#lang', 'en');
  });

  it('marks results of another scenario after a valid one is loaded, and clears the mark once it runs', async () => {
    await loadFile('short.yaml', SHORT);
    await expect
      .poll(() => page.textContent('#stale'))
      .toContain('Scenario short is loaded but has not been run');
    expect(await page.textContent('#issues')).toBe('');
    await runEnsemble();
    expect(await page.isVisible('#stale')).toBe(false);
    expect(await page.getAttribute('#results', 'class')).not.toContain('stale');
  });

  it('shows "—", gaps and empty cells where nothing is renovated, never 0', async () => {
    const runs = await page.evaluate(() => window.__cogov.runs());
    expect(runs.every((r) => r.indicators['householdsRenovated'] === 0)).toBe(true);
    const rows = await tableRows();
    for (const k of ['fiscalCostPerHousehold', 'satisfaction'])
      expect(rows[k].slice(2, 5), k).toEqual(['0', '—', '—']);
    expect(await page.textContent('#summary')).toContain(
      'Public money per renovated household: not defined, since no run renovated a household.',
    );
    // biome-ignore lint/performance/useDomNodeTextContent: the text as shown
    expect(await page.innerText('body')).not.toMatch(/NaN|undefined|null/);
    const charts = await page.evaluate(() => window.__cogov.chartData());
    expect(charts['participation.satisfaction'][0].every((v) => v === null)).toBe(true);
    const csv = parseCsv(await download('#dl-runs'));
    const col = csv[0].indexOf('fiscalCostPerHousehold');
    expect(csv.slice(1).map((r) => [r[0], r[col]])).toEqual(Array(RUNS).fill(['short', '']));
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-undefined-en-1280.png'), fullPage: true });
  });

  it('logged no console errors and made no request beyond 127.0.0.1', () => {
    expect(problems).toEqual([]);
    expect(browser.blocked).toEqual([]);
  });
});

/**
 * End to end: `cogov compare`, `cogov sweep` and `cogov sensitivity` run in-process on a tiny city
 * write report.html next to their tables; each page, opened from disk in headless Debian Chromium
 * offline, draws every canvas with data, logs no error and requests nothing but itself. A scenario
 * file named like an HTML tag shows as text. Screenshots go to test-artifacts/ (gitignored).
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, gridExperiment, MORRIS_EXPERIMENT, workspace } from '../experiments/helpers.js';
import { writeCompareReport } from '../../viz/io/experiment-report.js';
import { expectHeadlineAboveFold, launchChromium } from './browser.js';

const EVIL = '<img src=x onerror=alert(1)>';
const ARTIFACTS = 'test-artifacts';

const GRID = gridExperiment(1);
const MORRIS = MORRIS_EXPERIMENT;

let ws: string;
let browser: { context: BrowserContext; close: () => Promise<void> } | undefined;

beforeAll(async () => {
  ws = workspace();
  copyFileSync(join(ws, 'tiny.yaml'), join(ws, `${EVIL}.yaml`));
  writeFileSync(join(ws, 'grid.yaml'), GRID);
  writeFileSync(join(ws, 'morris.yaml'), MORRIS);
  writeFileSync(
    join(ws, 'sobol.yaml'),
    MORRIS.replace('{ type: morris, trajectories: 3, levels: 4 }', '{ type: sobol, n: 4, bootstrap: 50 }'),
  );
  const runs = [
    [
      'compare',
      join(ws, 'tiny.yaml'),
      join(ws, `${EVIL}.yaml`),
      '--runs',
      '3',
      '--workers',
      '1',
      '--out',
      join(ws, 'cmp'),
      '--quiet',
    ],
    ['sweep', join(ws, 'grid.yaml'), '--workers', '1', '--out', join(ws, 'sweep'), '--quiet'],
    [
      'levers',
      join(ws, 'tiny.yaml'),
      '--runs',
      '2',
      '--only',
      'ppp',
      '--workers',
      '1',
      '--out',
      join(ws, 'levers'),
      '--quiet',
    ],
    ['sensitivity', join(ws, 'morris.yaml'), '--workers', '1', '--out', join(ws, 'morris'), '--quiet'],
    ['sensitivity', join(ws, 'sobol.yaml'), '--workers', '1', '--out', join(ws, 'sobol'), '--quiet'],
  ];
  for (const args of runs) {
    const r = await cli(args);
    if (r.code !== 0) throw new Error(`${args[0]} failed: ${r.stderr}`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** Poll a page expression (the page's CSP forbids waitForFunction's eval). */
async function until(page: Page, expression: string, timeoutMs = 20_000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const INK = `Array.from(document.querySelectorAll('canvas')).map(function (c) {
  var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  var painted = 0, coloured = 0;
  for (var i = 0; i < d.length; i += 4) {
    if (d[i + 3] > 0) {
      painted++;
      if (Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2]) > 40) coloured++;
    }
  }
  return { id: c.id, painted: painted, coloured: coloured };
})`;

/** Open DIR/report.html; check it draws every canvas, logs no error and requests only itself. */
async function check(dir: string, shot: string): Promise<Page> {
  const path = join(dir, 'report.html');
  expect(existsSync(path)).toBe(true);
  const url = pathToFileURL(path).href;
  const page = await browser!.context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  await page.goto(url, { waitUntil: 'load' });
  await until(page, 'document.documentElement.hasAttribute("data-charts")');
  const ink = (await page.evaluate(INK)) as { id: string; painted: number; coloured: number }[];
  const count = Number(await page.evaluate('document.documentElement.getAttribute("data-charts")'));
  expect(ink.length).toBeGreaterThan(0);
  expect(count).toBe(ink.length);
  for (const c of ink) {
    expect(c.painted, `${c.id} is blank`).toBeGreaterThan(500);
    expect(c.coloured, `${c.id} shows no data`).toBeGreaterThan(50);
  }
  expect(errors).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(requests).toEqual([url]);
  await page.screenshot({ path: join(ARTIFACTS, shot), fullPage: true });
  return page;
}

describe('experiment reports in headless Chromium', () => {
  it('compare: overlays and difference curves drawn; a scenario named like a tag shows as text', async () => {
    const page = await check(join(ws, 'cmp'), 'compare-report.png');
    expect(await page.textContent('#report-title')).toBe(`tiny · ${EVIL}`);
    expect(await page.evaluate('document.querySelectorAll("img").length')).toBe(0);
    expect(
      await page.evaluate('document.querySelectorAll("[id^=chart-difference-]").length'),
    ).toBeGreaterThan(0);
    // The answer first: the headline ends above the fold at 1280 × 800, the forest plot follows,
    // secondary charts wait in closed blocks, and nothing is called "significant".
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate('window.scrollTo(0, 0)');
    const bottom = Number(
      await page.evaluate('document.getElementById("headline").getBoundingClientRect().bottom'),
    );
    expect(bottom).toBeGreaterThan(0);
    expect(bottom).toBeLessThanOrEqual(800);
    await page.screenshot({ path: join(ARTIFACTS, 'compare-report-headline.png') });
    expect(await page.evaluate('document.querySelectorAll("#forest svg.forest").length')).toBeGreaterThan(1);
    expect(
      await page.evaluate('document.querySelectorAll("details.more-charts:not([open])").length'),
    ).toBeGreaterThan(0);
    expect(await page.textContent('body')).not.toMatch(/significant/i);
    await page.close();
    writeCompareReport(join(ws, 'cmp'), { lang: 'zh' });
    const zh = await check(join(ws, 'cmp'), 'compare-report-zh.png');
    expect(await zh.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await zh.textContent('h2')).toMatch(/\p{Script=Han}/u);
    await zh.close();
  });

  it('sweep: headline above the fold, ranked table, heatmaps, one scatter per indicator × factor', async () => {
    const page = await check(join(ws, 'sweep'), 'sweep-report.png');
    expect(
      await page.evaluate('document.querySelectorAll("canvas[id^=chart-sweep-]").length'),
    ).toBeGreaterThan(1);
    // The grid experiment has no name: the page is titled by its file name.
    expect(await page.textContent('#report-title')).toBe('grid.yaml');
    expect(await page.textContent('#headline')).toContain(
      'Households renovated by the end of 2025 (higher is better)',
    );
    // 2 × 2 grid: four ranked design points; one heatmap (subsidy × ppp) per indicator.
    expect(await page.evaluate('document.querySelectorAll("table.ranking tbody tr").length')).toBe(4);
    const heatmaps = Number(await page.evaluate('document.querySelectorAll("figure.heatmap").length'));
    expect(heatmaps).toBe(await page.evaluate('document.querySelectorAll("section[id^=indicator-]").length'));
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate('window.scrollTo(0, 0)');
    const box = await page.locator('#headline').boundingBox();
    expect(box!.y).toBeLessThan(800);
    await page.screenshot({ path: join(ARTIFACTS, 'sweep-report-fold.png') });
    await page.close();
  });

  it('sensitivity: Morris μ*–σ planes and Sobol bars drawn, headline above the fold, warnings shown', async () => {
    for (const d of ['morris', 'sobol']) {
      const page = await check(join(ws, d), `${d}-report.png`);
      expect(await page.evaluate('document.querySelectorAll("canvas").length')).toBe(2);
      const planes = await page.evaluate(
        'document.querySelectorAll("canvas[id^=chart-morris-plane-]").length',
      );
      expect(planes).toBe(d === 'morris' ? 2 : 0);
      expect(await page.textContent('#warnings')).toMatch(/too small/);
      expect(await page.textContent('#warnings')).not.toMatch(/No warnings/);
      expect(await page.textContent('#headline')).toMatch(
        d === 'morris' ? /Morris elementary effects of 2 factors/ : /Sobol indices/,
      );
      const box = await page.locator('#headline').boundingBox();
      expect(box && box.y + box.height).toBeLessThan(800);
      await page.close();
    }
  });

  it('levers: the headline (tally, exceptions, how sure) above the fold, then the checks', async () => {
    const path = join(ws, 'levers', 'report.html');
    const url = pathToFileURL(path).href;
    const page = await browser!.context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    await page.goto(url, { waitUntil: 'load' });
    const fold = await expectHeadlineAboveFold(page, join(ARTIFACTS, 'levers-report-fold.png'));
    expect(fold.bottom).toBeLessThanOrEqual(800);
    expect(await page.textContent('#headline')).toMatch(/Of 2 checks on 2 paired runs/);
    expect(await page.locator('#checks table tbody tr').count()).toBe(2);
    expect(requests).toEqual([url]);
    await page.close();
  });
});

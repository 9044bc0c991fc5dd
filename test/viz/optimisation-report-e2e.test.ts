/**
 * End to end: the optimisation report of a real `cogov optimize` folder (test/fixtures/optimisation/,
 * the tiny city), rendered in English and Chinese and opened from disk in headless Debian Chromium
 * offline, draws every canvas with data, logs no error, requests nothing but itself, and its headline
 * fits the first screen at 1280×800. Screenshots go to test-artifacts/ (gitignored).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOptimisationReport } from '../../viz/io/experiment-report.js';
import type { Lang } from '../../viz/types.js';
import { expectHeadlineAboveFold, launchChromium } from './browser.js';

const ARTIFACTS = 'test-artifacts';
const FIXTURE = 'test/fixtures/optimisation';

let dir: string;
let browser: { context: BrowserContext; close: () => Promise<void> } | undefined;

beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), 'cogov-opt-e2e-')), 'opt');
  cpSync(FIXTURE, dir, { recursive: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
}, 60_000);

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

/** Render the report in `lang`, open it and check it; returns the open page. */
async function open(lang: Lang): Promise<Page> {
  const { path } = writeOptimisationReport(dir, { lang });
  const url = pathToFileURL(path).href;
  const page = await browser!.context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  await page.goto(url, { waitUntil: 'load' });
  await until(page, 'document.documentElement.hasAttribute("data-charts")');
  const ink = (await page.evaluate(INK)) as { id: string; painted: number; coloured: number }[];
  expect(ink.map((c) => c.id)).toEqual(
    expect.arrayContaining(['chart-pareto-0-1', 'chart-parallel', 'chart-convergence']),
  );
  expect(Number(await page.evaluate('document.documentElement.getAttribute("data-charts")'))).toBe(
    ink.length,
  );
  for (const c of ink) {
    expect(c.painted, `${c.id} is blank`).toBeGreaterThan(500);
    expect(c.coloured, `${c.id} shows no data`).toBeGreaterThan(50);
  }
  expect(errors).toEqual([]);
  expect(requests).toEqual([url]);
  await page.screenshot({ path: join(ARTIFACTS, `optimisation-report-${lang}.png`), fullPage: true });
  return page;
}

describe('optimisation report in headless Chromium', () => {
  it('draws the scatter matrix, parallel coordinates and convergence; the headline fits the first screen', async () => {
    expect(existsSync(join(FIXTURE, 'manifest.json'))).toBe(true);
    const page = await open('en');
    expect(await page.textContent('#headline')).toMatch(/non-dominated|met every constraint/);
    expect(await page.locator('#mixes table tbody tr').count()).toBeGreaterThan(0);
    const fold = await expectHeadlineAboveFold(page, join(ARTIFACTS, 'optimisation-report-fold.png'));
    expect(fold.bottom).toBeLessThanOrEqual(800);
    await page.close();
  });

  it('in Chinese: the same charts, Chinese headline, headline above the fold', async () => {
    const page = await open('zh');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.textContent('#headline h2')).toBe('结论');
    const fold = await expectHeadlineAboveFold(page, join(ARTIFACTS, 'optimisation-report-fold-zh.png'));
    expect(fold.bottom).toBeLessThanOrEqual(800);
    await page.close();
  });
});

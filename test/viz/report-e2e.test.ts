/**
 * End to end: the report opened from disk in headless Debian Chromium, offline. Every chart canvas
 * must hold coloured pixels, the console stay free of errors, no request leave the page (only the
 * file itself is loaded), and a scenario named <script>alert(1)</script> show as text. Screenshots
 * go to test-artifacts/ (gitignored). Without /usr/bin/chromium the test fails and says how to
 * install it; .ci/run does.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../viz/io/report.js';
import type { Lang } from '../../viz/types.js';
import { expectHeadlineAboveFold, launchChromium } from './browser.js';
import { buildFixture } from './fixture.js';

const EVIL = '<script>alert(1)</script>';
const ARTIFACTS = 'test-artifacts';
let base: string;
let browser: { context: BrowserContext; close: () => Promise<void> } | undefined;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'cogov-viz-e2e-'));
  buildFixture(join(base, 'demo'));
  buildFixture(join(base, 'evil'), { name: { en: EVIL, zh: EVIL } });
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  url: string;
  requests: string[];
  errors: string[];
  dialogs: string[];
}

/**
 * Poll a page expression until it is true. (page.waitForFunction polls string predicates with eval
 * inside the page, which the report's Content-Security-Policy forbids; page.evaluate does not.)
 */
async function until(page: Page, expression: string, timeoutMs = 20_000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Open a report from disk, recording requests, console errors, page errors and dialogs. */
async function open(dir: string, lang: Lang): Promise<Opened> {
  const { path } = writeReport(dir, { lang });
  const url = pathToFileURL(path).href;
  const page = await browser!.context.newPage();
  const o: Opened = { page, url, requests: [], errors: [], dialogs: [] };
  page.on('request', (r) => o.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') o.errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => o.errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    o.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  await page.goto(url, { waitUntil: 'load' });
  await until(page, 'document.documentElement.hasAttribute("data-charts")');
  return o;
}

interface CanvasInk {
  id: string;
  width: number;
  height: number;
  painted: number;
  coloured: number;
  /** Canvas pixels per CSS pixel. */
  ratio: number;
}

/** Per canvas: pixels drawn at all, and pixels in colour (data, not grey axes and grid). */
const INK = `Array.from(document.querySelectorAll('canvas')).map(function (c) {
  var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  var painted = 0, coloured = 0;
  for (var i = 0; i < d.length; i += 4) {
    if (d[i + 3] > 0) {
      painted++;
      if (Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2]) > 40) coloured++;
    }
  }
  var ratio = c.width / c.getBoundingClientRect().width;
  return { id: c.id, width: c.width, height: c.height, painted: painted, coloured: coloured, ratio: ratio };
})`;

async function expectChartsDrawn(page: Page, ratio: number) {
  const ink = (await page.evaluate(INK)) as CanvasInk[];
  const count = Number(await page.evaluate('document.documentElement.getAttribute("data-charts")'));
  expect(ink.length).toBeGreaterThan(20);
  expect(count).toBe(ink.length);
  for (const c of ink) {
    expect(c.width * c.height, c.id).toBeGreaterThan(0);
    expect(c.painted, `${c.id} is blank`).toBeGreaterThan(500);
    expect(c.coloured, `${c.id} shows no data`).toBeGreaterThan(50);
    expect(c.ratio, `${c.id} pixel ratio`).toBeCloseTo(ratio, 1);
  }
}

describe('the report in headless Chromium', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`${lang}: every chart drawn, no console errors, no request but the file itself`, async () => {
      const o = await open(join(base, 'demo'), lang);
      await expectChartsDrawn(o.page, 1);
      expect(o.errors).toEqual([]);
      expect(o.requests).toEqual([o.url]);
      expect(await o.page.textContent('#scenario-name')).toBe(
        lang === 'en' ? 'Demo city (50 communities, full package)' : '演示城市（50个小区，完整政策组合）',
      );
      expect(await o.page.getAttribute('html', 'lang')).toBe(lang === 'en' ? 'en' : 'zh-CN');
      const shot = join(ARTIFACTS, lang === 'en' ? 'report.png' : 'report-zh.png');
      await o.page.screenshot({ path: shot, fullPage: true });
      const fold = await expectHeadlineAboveFold(o.page, join(ARTIFACTS, `report-fold-${lang}.png`));
      expect(fold.bottom, 'the whole headline fits the first screen').toBeLessThanOrEqual(800);
      await o.page.setViewportSize({ width: 1280, height: 900 });

      // Printing: charts redrawn at print layout and resolution (3 canvas pixels per CSS pixel).
      await o.page.emulateMedia({ media: 'print' });
      await until(
        o.page,
        `Array.from(document.querySelectorAll('canvas')).every(function (c) {
          return Math.abs(c.width / c.getBoundingClientRect().width - 3) < 0.05;
        })`,
      );
      await expectChartsDrawn(o.page, 3);
      await o.page.emulateMedia({ media: 'screen' });
      expect(o.errors).toEqual([]);
      await o.page.close();
    });
  }

  it('a scenario named <script>alert(1)</script> shows as text and runs nothing', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const o = await open(join(base, 'evil'), lang);
      expect(await o.page.textContent('#scenario-name')).toBe(EVIL);
      expect(await o.page.title()).toContain(EVIL);
      expect(await o.page.evaluate('document.querySelectorAll("script").length')).toBe(3);
      expect(o.dialogs).toEqual([]);
      expect(o.errors).toEqual([]);
      expect(o.requests).toEqual([o.url]);
      await expectChartsDrawn(o.page, 1);
      if (lang === 'en') await o.page.screenshot({ path: join(ARTIFACTS, 'report-escaped.png') });
      await o.page.close();
    }
  });
});

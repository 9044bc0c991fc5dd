/**
 * The explorer's city map end to end in headless Chromium: after an ensemble of demo-small, the map
 * of run 0 draws (cells in colour on the canvas), its stages equal the Node engine's for the same
 * scenario text and seed, moving the month slider changes the pixels, hovering a cell shows that
 * community's state, clicking it shows its timeline equal to the event log of the same seed and
 * community and to what `cogov trace --json` prints for them (needs `npm run build`), another run
 * can be chosen, and the words follow the language. Screenshots go to test-artifacts/ (gitignored).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../scenarios/parse.js';
import { ScenarioSchema } from '../../scenarios/schema.js';
import { serveStatic } from '../../sim/cli/explore.js';
import { runSeed } from '../../sim/kernel/rng.js';
import { runWithSnapshots } from '../../sim/model/community-snapshots.js';
import { runOne } from '../../sim/model/run.js';
import { timeline } from '../../sim/model/trace.js';
import { eventSentence } from '../../viz/trace-text.js';
import { buildWeb } from '../../web/build.mjs';
import { launchLocalChromium } from './chromium.js';

type CogovMap = {
  status: string;
  month: number;
  selected: number;
  seed: number;
  draws: number;
  events: () => { t: number; kind: string; community: number }[] | null;
  cellCentre: (c: number) => { x: number; y: number } | null;
  stageAt: (t: number, c: number) => number;
};
declare const window: {
  __cogovMap: CogovMap;
  __cogov: { state: string; job: number; editedText: () => string };
};

const RUNS = 3;
const SEED = 42;
const ARTIFACTS = 'test-artifacts';

let dir = '';
let server: Server;
let browser: Awaited<ReturnType<typeof launchLocalChromium>>;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cogov-map-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  await buildWeb(dir);
  let url: string;
  ({ server, url } = await serveStatic(dir, 0));
  browser = await launchLocalChromium();
  page = await browser.context.newPage();
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

/** Pixels of the map canvas that are neither background nor transparent, and a hash of all. */
async function canvasPixels(): Promise<{ coloured: number; sum: number }> {
  // Read a copy, so the page's own canvas is never read back (Chromium warns about repeated reads).
  // A string runs in the page (this file is compiled without the DOM types).
  return page.evaluate(`(() => {
    const c = document.getElementById('map-canvas');
    const copy = document.createElement('canvas');
    copy.width = c.width;
    copy.height = c.height;
    const cx = copy.getContext('2d', { willReadFrequently: true });
    cx.drawImage(c, 0, 0);
    const d = cx.getImageData(0, 0, c.width, c.height).data;
    let coloured = 0;
    let sum = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i + 3] > 0 && !(d[i] === 255 && d[i + 1] === 255 && d[i + 2] === 255)) coloured++;
      sum = (sum * 31 + d[i] * 7 + d[i + 1] * 3 + d[i + 2]) % 1000000007;
    }
    return { coloured, sum };
  })()`);
}

async function setMonth(t: number): Promise<void> {
  const draws = await page.evaluate(() => window.__cogovMap.draws);
  await page.evaluate(`(() => {
    const s = document.getElementById('map-month');
    s.value = '${t}';
    s.dispatchEvent(new Event('input'));
  })()`);
  await page.waitForFunction((d) => window.__cogovMap.draws > d, draws);
}

/** The page's scenario, parsed in Node. */
async function scenario() {
  const text = await page.evaluate(() => window.__cogov.editedText());
  const parsed = parseScenarioText(text, 'edited.yaml', ScenarioSchema);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

describe('explorer city map', () => {
  it('is idle before an ensemble, then draws run 0 of the finished ensemble', async () => {
    expect(await page.evaluate(() => window.__cogovMap.status)).toBe('idle');
    await page.fill('#runs', String(RUNS));
    await page.fill('#seed', String(SEED));
    await page.click('#run');
    await page.waitForFunction(() => window.__cogovMap.status === 'ready', null, { timeout: 120_000 });
    expect(await page.evaluate(() => window.__cogovMap.seed)).toBe(runSeed(SEED, 0));
    const px = await canvasPixels();
    expect(px.coloured).toBeGreaterThan(50 * 16); // demo-small: 50 cells of at least 4 × 4 coloured pixels
    await page.locator('#map').screenshot({ path: join(ARTIFACTS, 'citymap-start.png') });
  });

  it('shows the same stages as the engine in Node for that seed', async () => {
    const s = await scenario();
    const { snapshots } = runWithSnapshots(s, runSeed(SEED, 0));
    for (const t of [0, 20, snapshots.ticks - 1])
      for (let c = 0; c < snapshots.communities; c++)
        expect(await page.evaluate(([tt, cc]) => window.__cogovMap.stageAt(tt, cc), [t, c])).toBe(
          snapshots.stage[t * snapshots.communities + c],
        );
  });

  it('changes colours when the month slider moves', async () => {
    await setMonth(0);
    const first = await canvasPixels();
    const last = Number(await page.getAttribute('#map-month', 'max'));
    await setMonth(last);
    const end = await canvasPixels();
    expect(end.sum).not.toBe(first.sum);
    expect(await page.textContent('#map-date')).toMatch(/^\d{4}-\d{2}$/);
    await page.locator('#map').screenshot({ path: join(ARTIFACTS, 'citymap-end.png') });
    // Colour by a variable: the legend gives its unit and the no-data key.
    await page.selectOption('#map-by', 'trust');
    await page.waitForSelector('#map-legend:has-text("index")');
    await page.selectOption('#map-by', 'consent');
    await setMonth(0);
    // Before any vote consent is undefined everywhere: cells hatched, legend says "No data".
    expect(await page.textContent('#map-legend')).toContain('No data');
    await page.locator('#map').screenshot({ path: join(ARTIFACTS, 'citymap-consent-month0.png') });
    await page.selectOption('#map-by', 'stage');
  });

  it('shows a community’s state on hover', async () => {
    const box = (await page.locator('#map-canvas').boundingBox())!;
    const at = (await page.evaluate(() => window.__cogovMap.cellCentre(7)))!;
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await page.waitForSelector('#map-tooltip:not([hidden])');
    const text = await page.textContent('#map-tooltip');
    expect(text).toContain('(no. 7)');
    expect(text).toMatch(/Stage: /);
    expect(text).toMatch(/Trust \(mean of households\): \d/);
    await page.locator('#map').screenshot({ path: join(ARTIFACTS, 'citymap-hover.png') });
  });

  it('shows the clicked community’s timeline from the event log of the same seed', async () => {
    const s = await scenario();
    const seed = runSeed(SEED, 0);
    const result = runOne(s, seed, { trace: {} });
    const counts = new Map<number, number>();
    for (const e of result.events ?? []) counts.set(e.community, (counts.get(e.community) ?? 0) + 1);
    // The community with the most events (community 3 when no event is logged).
    const community = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 3;
    const box = (await page.locator('#map-canvas').boundingBox())!;
    const at = (await page.evaluate((c) => window.__cogovMap.cellCentre(c), community))!;
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForFunction(() => window.__cogovMap.events() !== null);
    expect(await page.evaluate(() => window.__cogovMap.selected)).toBe(community);
    const shown = await page.evaluate(() => window.__cogovMap.events());
    const expected = timeline(result.events ?? [], community);
    expect(shown).toEqual(expected);
    // The same events as `cogov trace` tells for this scenario text, seed and community (its JSON
    // writes an undefined number as null).
    const text = await page.evaluate(() => window.__cogov.editedText());
    const file = join(dir, 'edited.yaml');
    writeFileSync(file, text);
    const cli = spawnSync(
      process.execPath,
      ['bin/cogov.js', 'trace', file, '--seed', String(seed), '--community', String(community), '--json'],
      { encoding: 'utf8' },
    );
    expect(cli.status, cli.stderr).toBe(0);
    const told = JSON.parse(cli.stdout) as { communities: { id: number; events: unknown[] }[] };
    expect(told.communities.map((c) => c.id)).toEqual([community]);
    expect(JSON.parse(JSON.stringify(shown))).toEqual(told.communities[0].events);
    const items = await page.locator('#map-timeline li').allTextContents();
    expect(items).toEqual(expected.map((e) => `${e.date} ${eventSentence('en', e)}`));
    expect(items.length).toBeGreaterThan(3);
    await page.locator('#map').screenshot({ path: join(ARTIFACTS, 'citymap-timeline.png') });
    // The keyboard moves the selection: Home selects community 0 and shows its story.
    await page.focus('#map-canvas');
    await page.keyboard.press('Home');
    await page.waitForFunction(() => window.__cogovMap.selected === 0 && window.__cogovMap.events() !== null);
    expect(await page.evaluate(() => window.__cogovMap.events())).toEqual(timeline(result.events ?? [], 0));
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => window.__cogovMap.selected > 0);
  });

  it('follows another run of the ensemble when chosen, and speaks Chinese', async () => {
    await page.selectOption('#map-run', '2');
    await page.waitForFunction(
      (seed) => window.__cogovMap.status === 'ready' && window.__cogovMap.seed === seed,
      runSeed(SEED, 2),
      { timeout: 60_000 },
    );
    await page.selectOption('#lang', 'zh');
    expect(await page.textContent('#map')).toContain('城市地图');
    expect(await page.textContent('#map-legend')).toContain('已竣工');
    await page.locator('#map').screenshot({ path: join(ARTIFACTS, 'citymap-zh.png') });
    await page.selectOption('#lang', 'en');
    expect(problems).toEqual([]);
    expect(browser.blocked).toEqual([]);
  });
});

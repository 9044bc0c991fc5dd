/**
 * City-map benchmark: nanchong-1558 (3,770 communities, 78 months) in the explorer in headless
 * Chromium — an ensemble of 2 runs, then the map's own run of run 0 (observer and event log on),
 * then every month drawn once (per-frame draw time, median and maximum) and a play through all
 * months (wall time against the 78 × 120 ms of the play step). Prints its figures; not a test.
 * Run: `npx tsx bench/web-map.ts` (about a minute on 2 cores).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../sim/cli/explore.js';
import { launchLocalChromium } from '../test/web/chromium.js';
import { buildWeb } from '../web/build.mjs';

type MapApi = { status: string; month: number; draws: number; drawMs: number };
declare const window: { __cogov: { state: string }; __cogovMap: MapApi };
declare function requestAnimationFrame(f: () => void): void;
declare const document: {
  getElementById(id: string): { value: string; max: string; dispatchEvent(e: unknown): void };
};
declare class Event {
  constructor(type: string);
}

const dir = mkdtempSync(join(tmpdir(), 'cogov-map-bench-'));
await buildWeb(dir);
const { server, url } = await serveStatic(dir, 0);
const browser = await launchLocalChromium();
try {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-ready]');
  await page.selectOption('#scenario', 'nanchong-1558');
  await page.fill('#runs', '2');
  const t0 = performance.now();
  await page.click('#run');
  await page.waitForFunction(() => window.__cogov.state === 'done', null, { timeout: 600_000 });
  const t1 = performance.now();
  await page.waitForFunction(() => window.__cogovMap.status === 'ready', null, { timeout: 600_000 });
  const t2 = performance.now();
  const frames = await page.evaluate(async () => {
    const m = window.__cogovMap;
    const slider = document.getElementById('map-month');
    const times: number[] = [];
    for (let t = 0; t <= Number(slider.max); t++) {
      const before = m.draws;
      slider.value = String(t);
      slider.dispatchEvent(new Event('input'));
      while (m.draws === before) await new Promise<void>((done) => requestAnimationFrame(done));
      times.push(m.drawMs);
    }
    return times;
  });
  const sorted = [...frames].sort((a, b) => a - b);
  await page.evaluate(() => {
    const slider = document.getElementById('map-month');
    slider.value = '0';
    slider.dispatchEvent(new Event('input'));
  });
  const p0 = performance.now();
  await page.click('#map-play');
  await page.waitForFunction(
    () => window.__cogovMap.month === Number(document.getElementById('map-month').max),
    null,
    {
      timeout: 120_000,
    },
  );
  const play = performance.now() - p0;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  process.stdout.write(
    `nanchong-1558 in Chromium: ensemble of 2 runs ${s(t1 - t0)}; map run ${s(t2 - t1)}\n` +
      `draw per frame over ${frames.length} months: median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, ` +
      `max ${sorted[sorted.length - 1].toFixed(1)} ms\n` +
      `play through ${frames.length} months: ${s(play)} (${frames.length - 1} steps of 120 ms: ${s((frames.length - 1) * 120)} at least)\n`,
  );
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Explorer benchmark: demo-small, 20 runs in headless Chromium, from the click on "Run ensemble" to
 * the full band chart (all runs aggregated and drawn): the first ensemble after page load (workers
 * still cold: the engine's JIT warm-up is in it) and the median of later ones. Also reports one
 * run of `runOne` in Node for scale. Run: `npx tsx bench/web.ts [REPS]`.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScenarioText } from '../scenarios/parse.js';
import { ScenarioSchema } from '../scenarios/schema.js';
import { serveStatic } from '../sim/cli/explore.js';
import { runSeed } from '../sim/kernel/rng.js';
import { runOne } from '../sim/model/run.js';
import { launchLocalChromium } from '../test/web/chromium.js';
import { buildWeb } from '../web/build.mjs';

declare const navigator: { hardwareConcurrency: number };
declare const window: { __cogov: { state: string; job: number; elapsedMs: () => number } };

const reps = Number(process.argv[2] ?? 3);
const parsed = parseScenarioText(
  readFileSync('scenarios/demo-small.yaml', 'utf8'),
  'demo-small.yaml',
  ScenarioSchema,
);
if (!parsed.ok) throw new Error('demo-small does not parse');
const t = performance.now();
runOne(parsed.value, runSeed(42, 0));
const nodeRun = performance.now() - t;

const dir = mkdtempSync(join(tmpdir(), 'cogov-web-bench-'));
await buildWeb(dir);
const { server, url } = await serveStatic(dir, 0);
const browser = await launchLocalChromium();
/** Open a fresh page (new workers), wait `pauseMs` after it is ready, then time `reps` ensembles. */
async function session(pauseMs: number, n: number) {
  const page = await browser.context.newPage();
  const loadStart = performance.now();
  await page.goto(url);
  await page.waitForSelector('html[data-ready]');
  const loadMs = performance.now() - loadStart;
  if (pauseMs > 0) await page.waitForTimeout(pauseMs);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const job = await page.evaluate(() => window.__cogov.job);
    await page.fill('#runs', '20');
    await page.click('#run');
    await page.waitForFunction((j) => window.__cogov.job > j && window.__cogov.state === 'done', job, {
      timeout: 120_000,
    });
    times.push(await page.evaluate(() => window.__cogov.elapsedMs()));
  }
  await page.close();
  return { loadMs, cores, times };
}

try {
  const now = await session(0, reps);
  const later = await session(2000, 1);
  const kb = (f: string) => Math.round(statSync(join(dir, f)).size / 1024);
  const cold = now.times[0];
  const warm = now.times.slice(1).sort((a, b) => a - b);
  const med = warm.length ? warm[Math.floor(warm.length / 2)] : cold;
  const sec = (x: number) => (x / 1000).toFixed(2);
  console.log(
    `demo-small, 20 runs in Chromium (${now.cores} workers, ${cpus().length} cores), click to full band chart: ` +
      `first ensemble, clicked as soon as the page is ready ${sec(cold)} s, clicked 2 s later ` +
      `${sec(later.times[0])} s; later ensembles (warm workers) median ${sec(med)} s ` +
      `(${warm.map(sec).join(', ')} s); one cold run in Node: ${sec(nodeRun)} s; page load to ready ` +
      `${sec(now.loadMs)} s; app.js ${kb('app.js')} KB, worker.js ${kb('worker.js')} KB`,
  );
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}

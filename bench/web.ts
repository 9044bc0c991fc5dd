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
import { runOne } from '../sim/run.js';
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
let t = performance.now();
runOne(parsed.value, runSeed(42, 0));
const nodeRun = performance.now() - t;

const dir = mkdtempSync(join(tmpdir(), 'cogov-web-bench-'));
await buildWeb(dir);
const { server, url } = await serveStatic(dir, 0);
const browser = await launchLocalChromium();
try {
  const page = await browser.context.newPage();
  const loadStart = performance.now();
  await page.goto(url);
  await page.waitForSelector('html[data-ready]');
  const loadMs = performance.now() - loadStart;
  const kb = (f: string) => Math.round(statSync(join(dir, f)).size / 1024);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const job = await page.evaluate(() => window.__cogov.job);
    await page.fill('#runs', '20');
    t = performance.now();
    await page.click('#run');
    await page.waitForFunction((j) => window.__cogov.job > j && window.__cogov.state === 'done', job, {
      timeout: 120_000,
    });
    times.push(await page.evaluate(() => window.__cogov.elapsedMs()));
  }
  const cold = times[0];
  const warm = times.slice(1).sort((a, b) => a - b);
  const med = warm.length ? warm[Math.floor(warm.length / 2)] : cold;
  const sec = (x: number) => (x / 1000).toFixed(2);
  console.log(
    `demo-small, 20 runs in Chromium (${cores} workers, ${cpus().length} cores), click to full band chart: ` +
      `first ensemble after page load ${sec(cold)} s; later ensembles (warm workers) median ${sec(med)} s ` +
      `(${warm.map(sec).join(', ')} s); one cold run in Node: ${sec(nodeRun)} s; page load to ready ` +
      `${sec(loadMs)} s; app.js ${kb('app.js')} KB, worker.js ${kb('worker.js')} KB`,
  );
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}

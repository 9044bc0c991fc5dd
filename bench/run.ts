/**
 * Benchmark (`npm run bench`): one full run of a scenario on one thread, reporting household-steps
 * per second, wall time and peak memory. Not a test: figures go to docs/PERFORMANCE.md.
 * Usage: node dist/bench/run.js [scenario.yaml] [repeats]
 */
import { cpus, totalmem } from 'node:os';
import { loadScenarioFile } from '../scenarios/load.js';
import { runOne } from '../sim/model/run.js';
import { buildWorld } from '../sim/model/build-world.js';

const file = process.argv[2] ?? 'scenarios/nanchong-1558.yaml';
const repeats = Number(process.argv[3] ?? 3);
const { scenario } = loadScenarioFile(file);
const seed = scenario.ensemble.seed;
const t0 = performance.now();
const world = buildWorld(scenario, seed);
const buildSeconds = (performance.now() - t0) / 1000;
const households = world.households.count;
const ticks = world.clock.ticks;
const walls: number[] = [];
for (let i = 0; i < repeats; i++) {
  const t = performance.now();
  runOne(scenario, seed);
  walls.push((performance.now() - t) / 1000);
}
walls.sort((a, b) => a - b);
const best = walls[0];
const median = walls[Math.floor(walls.length / 2)];
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(`scenario        ${file}`);
console.log(
  `machine         ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
console.log(
  `households      ${households.toLocaleString('en')}  ticks ${ticks}  communities ${world.communities.length}`,
);
console.log(`world build     ${buildSeconds.toFixed(3)} s`);
console.log(
  `run wall        best ${best.toFixed(3)} s, median ${median.toFixed(3)} s over ${repeats} runs (incl. world build)`,
);
console.log(
  `throughput      ${((households * ticks) / best / 1e6).toFixed(2)} M household-steps/s (best run)`,
);
console.log(`peak RSS        ${peakMb.toFixed(0)} MB`);

/**
 * Benchmark of `cogov optimize` (`npm run bench:optimise`): a small NSGA-II search over demo-small
 * (household subsidy, PPP, FAR bonus, insurance; public money against households renovated), run at
 * W = 1 and W = 2 in a temporary folder; prints evaluations (model runs) per second of each and
 * their ratio. Not a test: figures go to docs/PERFORMANCE.md.
 * Usage: node dist/bench/optimise.js [population] [generations]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { loadOptimisationFile } from '../sim/batch/optimise-file.js';
import { runOptimisation } from '../sim/batch/optimise-run.js';

const population = Number(process.argv[2] ?? 8);
const generations = Number(process.argv[3] ?? 2);
const dir = mkdtempSync(join(tmpdir(), 'cogov-bench-opt-'));
const file = join(dir, 'optimise.yaml');
writeFileSync(
  file,
  `kind: optimisation
scenario: ${JSON.stringify(resolve('scenarios/demo-small.yaml'))}
levers:
  - { name: subsidy, path: government.householdSubsidy.rmbPerHousehold, type: real, range: [0, 40000] }
  - { name: ppp, path: enterprises.enabled, type: boolean }
  - { name: farBonus, path: government.farBonus.enabled, type: boolean }
  - { name: insurance, path: government.insurance.enabled, type: boolean }
objectives:
  - { indicator: publicCommitted, direction: min }
  - { indicator: householdsRenovated, direction: max }
algorithm: { population: ${population}, generations: ${generations}, replicates: 1 }
seed: 1
`,
);
try {
  const loaded = loadOptimisationFile(file);
  console.log(
    `scenario        scenarios/demo-small.yaml, population ${population}, ${generations} generations`,
  );
  console.log(
    `machine         ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  const rates: number[] = [];
  for (const workers of [1, 2]) {
    const t = performance.now();
    const r = await runOptimisation(loaded, { out: join(dir, `w${workers}`), workers });
    const seconds = (performance.now() - t) / 1000;
    rates.push(r.runs / seconds);
    console.log(
      `W = ${workers}           ${r.runs} runs (${r.candidates} candidates) in ${seconds.toFixed(2)} s: ${(r.runs / seconds).toFixed(2)} evaluations/s`,
    );
  }
  console.log(
    `W = 2 / W = 1   ${(rates[1] / rates[0]).toFixed(2)}× (judge against about 1.3× on 2 shared vCPUs)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

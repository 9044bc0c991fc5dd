/**
 * `cogov sweep` on the worker pool: points.csv has the same bytes for W = 1 (in-process) and W > 1,
 * whatever order runs finish in, and an interrupted pooled sweep resumes to the same bytes. Worker
 * threads start from the build in dist/ (`npm run build` first; `npm test` does).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadExperimentFile } from '../../sim/batch/experiment-file.js';
import { runSweep, SweepInterruptedError } from '../../sim/batch/sweep-run.js';
import { createExecutor } from '../../sim/ensemble/pool.js';
import { runTask } from '../../sim/ensemble/task.js';
import { patchScenario } from '../../sim/experiments/patch.js';
import { cli, workspace } from './helpers.js';

// 3 replicates, so a worker's consecutive runs often share a design point (its scenario is kept).
const GRID = `scenario: tiny.yaml
factors:
  - name: subsidy
    path: government.householdSubsidy.rmbPerHousehold
    values: [0, 30000]
  - name: cost
    path: residents.utility.costSensitivity
    values: [0.5, 3]
design: { type: grid }
replicates: 3
seed: 11
`;

const read = (f: string) => readFileSync(f, 'utf8');

function setup(): string {
  const ws = workspace();
  writeFileSync(join(ws, 'grid.yaml'), GRID);
  return ws;
}

/** A worker like dist's, but holding back its answer for `delay` ms (a JS expression of `task`). */
function slowWorker(ws: string, delay: string): URL {
  const task = pathToFileURL(join(process.cwd(), 'dist/sim/ensemble/task.js')).href;
  const file = join(ws, `slow-worker-${delay.replace(/\W/g, '')}.mjs`);
  writeFileSync(
    file,
    `import { parentPort, workerData } from 'node:worker_threads';
import { runTask, transferList } from ${JSON.stringify(task)};
let keyed;
parentPort.on('message', (task) => {
  if (task.scenario) keyed = { key: task.key, scenario: task.scenario };
  const outcome = runTask(task.key === undefined ? workerData.scenario : keyed.scenario, task);
  setTimeout(() => parentPort.postMessage(outcome, transferList(outcome)), ${delay});
});
`,
  );
  return pathToFileURL(file);
}

describe('cogov sweep --workers', () => {
  it('writes the same points.csv for W = 1, W = 2 and W = 3 (out-of-order completions buffered)', async () => {
    const ws = setup();
    const one = await cli(['sweep', join(ws, 'grid.yaml'), '--workers', '1', '--out', join(ws, 'w1')]);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/12 runs in .* on 1 thread/);
    const two = await cli(['sweep', join(ws, 'grid.yaml'), '--workers', '2', '--out', join(ws, 'w2')]);
    expect(two.code).toBe(0);
    expect(two.stdout).toMatch(/12 runs in .* on 2 worker threads/);
    const whole = read(join(ws, 'w1', 'points.csv'));
    expect(whole.trimEnd().split('\n')).toHaveLength(1 + 4 * 3);
    expect(read(join(ws, 'w2', 'points.csv'))).toBe(whole);
    // the factors matter: the design points do not all give the same indicators
    const indicators = whole
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',').slice(6).join(','));
    expect(new Set(indicators).size).toBeGreaterThan(3);
    const manifest = JSON.parse(read(join(ws, 'w2', 'manifest.json')));
    expect(manifest.execution).toMatch(/2 worker threads/);

    const loaded = loadExperimentFile(join(ws, 'grid.yaml'));
    const r = await runSweep(loaded, {
      out: join(ws, 'w3'),
      workers: 3,
      workerUrl: slowWorker(ws, 'task.index % 3 === 0 ? 150 : 0'),
    });
    expect(r.workers).toBe(3);
    expect(r.rows.map((row) => row.run)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(read(join(ws, 'w3', 'points.csv'))).toBe(whole);
  });

  it('an interrupted pooled sweep keeps complete rows and resumes to the same bytes', async () => {
    const ws = setup();
    await cli(['sweep', join(ws, 'grid.yaml'), '--workers', '1', '--out', join(ws, 'all'), '--quiet']);
    const whole = read(join(ws, 'all', 'points.csv'));

    const out = join(ws, 'r');
    const loaded = loadExperimentFile(join(ws, 'grid.yaml'));
    const controller = new AbortController();
    // runs 6 and later answer late, so they are still in flight when the sweep is stopped
    const stopped = runSweep(loaded, {
      out,
      workers: 2,
      workerUrl: slowWorker(ws, 'task.index >= 6 ? 3000 : 0'),
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done >= 4) controller.abort();
      },
    });
    await expect(stopped).rejects.toBeInstanceOf(SweepInterruptedError);
    const partial = read(join(out, 'points.partial.csv'));
    const kept = partial.trimEnd().split('\n').length - 1;
    expect(kept).toBeGreaterThanOrEqual(4);
    expect(kept).toBeLessThanOrEqual(6);
    expect(whole.startsWith(partial)).toBe(true);

    // then a journal cut in the middle of a row, resumed on two workers
    const res = await cli(['sweep', join(ws, 'grid.yaml'), '--workers', '2', '--out', out, '--resume']);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(new RegExp(`${12 - kept} runs .*, ${kept} resumed`));
    expect(read(join(out, 'points.csv'))).toBe(whole);

    const rows = whole.split('\n');
    writeFileSync(join(out, 'points.partial.csv'), `${rows.slice(0, 6).join('\n')}\n${rows[6].slice(0, 9)}`);
    const again = await cli(['sweep', join(ws, 'grid.yaml'), '--workers', '2', '--out', out, '--resume']);
    expect(again.stdout).toMatch(/7 runs .*, 5 resumed/);
    expect(read(join(out, 'points.csv'))).toBe(whole);
  });

  it('a worker keeps a keyed scenario: later tasks of that key may leave it out; unkeyed tasks run the base', async () => {
    const ws = setup();
    const loaded = loadExperimentFile(join(ws, 'grid.yaml'));
    const base = loaded.base.scenario;
    const patched = patchScenario(base, loaded.plan.factors, loaded.plan.design.points[3]);
    if (!patched.ok) throw new Error('invalid point');
    const exec = createExecutor(base, 2);
    try {
      const keyed = { index: 0, seed: 7, attempt: 0, key: 3, scenario: patched.scenario };
      const first = await exec.run(0, keyed);
      const again = await exec.run(0, { ...keyed, index: 1 }); // sent without the scenario
      const plain = await exec.run(0, { index: 2, seed: 7, attempt: 0 });
      const expected = runTask(base, keyed);
      const unpatched = runTask(base, { index: 2, seed: 7, attempt: 0 });
      if (!first.ok || !again.ok || !plain.ok || !expected.ok || !unpatched.ok)
        throw new Error('a run failed');
      expect(Array.from(first.indicators)).toEqual(Array.from(expected.indicators));
      expect(Array.from(again.indicators)).toEqual(Array.from(expected.indicators));
      expect(Array.from(plain.indicators)).toEqual(Array.from(unpatched.indicators));
      expect(Array.from(plain.indicators)).not.toEqual(Array.from(expected.indicators));
    } finally {
      await exec.close();
    }
  });
});

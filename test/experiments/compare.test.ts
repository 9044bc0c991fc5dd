import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCompared, runComparison } from '../../sim/batch/compare-run.js';
import { KEY_INDICATORS } from '../../sim/model/metrics.js';
import { parseCsv } from '../../sim/outputs/csv.js';
import { cli, TINY_YAML, workspace } from './helpers.js';

const WORKER = fileURLToPath(new URL('../../dist/sim/ensemble/worker.js', import.meta.url));

/** Rows of a CSV file as objects. */
function csv(file: string): Record<string, string>[] {
  const [cols, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  return rows.map((r) => Object.fromEntries(r.map((v, i) => [cols[i], v])));
}

describe('paired comparison (common random numbers)', () => {
  it('of a scenario with itself gives exactly zero differences, per indicator and per curve cell', async () => {
    const ws = workspace();
    const { loaded, scenarios } = loadCompared([join(ws, 'tiny.yaml'), join(ws, 'tiny.yaml')]);
    expect(scenarios.map((s) => s.id)).toEqual(['tiny', 'tiny-2']);
    const r = await runComparison(loaded, scenarios, { runs: 4, seed: 9, workers: 1 });
    expect(Array.from(r.indicators[1])).toEqual(Array.from(r.indicators[0]));
    const d = r.differences[0];
    for (let c = 0; c < d.mean.length; c++) {
      if (d.n[c] === 0) continue;
      expect(d.mean[c]).toBe(0);
      // A cell defined in one paired run only has a difference but no interval.
      expect(d.lo[c]).toBe(d.n[c] > 1 ? 0 : Number.NaN);
      expect(d.hi[c]).toBe(d.n[c] > 1 ? 0 : Number.NaN);
    }
    expect(d.n.some((n) => n === 4)).toBe(true);
  });

  it('writes tidy outputs through the command; identical scenarios are marked not distinguishable', async () => {
    const ws = workspace();
    const out = join(ws, 'cmp');
    const res = await cli([
      'compare',
      join(ws, 'tiny.yaml'),
      join(ws, 'tiny.yaml'),
      '--runs',
      '3',
      '--workers',
      '1',
      '--out',
      out,
      '--quiet',
    ]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const diffs = csv(join(out, 'differences.csv'));
    expect(diffs).toHaveLength(KEY_INDICATORS.length);
    for (const row of diffs) {
      if (row['n'] === '0') continue;
      expect(row).toMatchObject({ difference: '0', ciLow: '0', ciHigh: '0', distinguishable: 'false' });
    }
    const runs = csv(join(out, 'runs.csv'));
    expect(runs.map((x) => `${x['scenario']}:${x['run']}`)).toEqual([
      'tiny:0',
      'tiny:1',
      'tiny:2',
      'tiny-2:0',
      'tiny-2:1',
      'tiny-2:2',
    ]);
    expect(runs[0]['seed']).toBe(runs[3]['seed']);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.files).toContain('difference-curves.csv');
  });

  it('finds a real difference and gives the same bytes when repeated', async () => {
    const ws = workspace();
    writeFileSync(
      join(ws, 'nosubsidy.yaml'),
      `${TINY_YAML}government:\n  householdSubsidy: { enabled: false }\n  upperTransfers: { enabled: false }\n`,
    );
    const args = (out: string) => [
      'compare',
      join(ws, 'tiny.yaml'),
      join(ws, 'nosubsidy.yaml'),
      '--runs',
      '4',
      '--workers',
      '1',
      '--out',
      out,
    ];
    const a = await cli(args(join(ws, 'a')));
    const b = await cli(args(join(ws, 'b')));
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.stdout).toMatch(/nosubsidy − tiny \(paired, 4 runs, 95 % CI\)/);
    for (const f of [
      'curves.csv',
      'runs.csv',
      'differences.csv',
      'difference-curves.csv',
      'comparison.json',
    ]) {
      expect(readFileSync(join(ws, 'a', f), 'utf8')).toBe(readFileSync(join(ws, 'b', f), 'utf8'));
    }
    const publicRow = csv(join(ws, 'a', 'differences.csv')).find(
      (r) => r['indicator'] === 'publicCommitted',
    )!;
    expect(Number(publicRow['difference'])).toBeLessThan(0);
    // comparison.json: the period, key years, the parameters that differ between the resolved
    // scenarios, and each difference's means over the same paired runs (as differences.csv).
    const cj = JSON.parse(readFileSync(join(ws, 'a', 'comparison.json'), 'utf8'));
    expect(cj.calendar).toEqual({ start: '2024-07', end: '2025-12', keyYears: [2025, 2025] });
    expect(cj.parameterDifferences).toEqual([
      { path: 'government.upperTransfers.enabled', values: [true, false] },
      { path: 'government.householdSubsidy.enabled', values: [true, false] },
    ]);
    expect(cj.parameterDifferencesTotal).toBe(2);
    const pub = cj.indicators.find((i: { indicator: string }) => i.indicator === 'publicCommitted');
    expect(pub.differences[0].baselineMean).toBe(Number(publicRow['baselineMean']));
    expect(pub.differences[0].scenarioMean).toBe(Number(publicRow['scenarioMean']));
    // Undefined on one side in every run: null means, no difference, n = 0.
    for (const ind of cj.indicators) {
      for (const d of ind.differences) {
        if (d.n === 0) expect([d.difference, d.baselineMean, d.scenarioMean]).toEqual([null, null, null]);
      }
    }
    // manifest.json: every scenario as run, defaults filled in.
    const manifest = JSON.parse(readFileSync(join(ws, 'a', 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.resolvedScenarios)).toEqual(['tiny', 'nosubsidy']);
    expect(manifest.resolvedScenarios.nosubsidy.government.householdSubsidy.enabled).toBe(false);
    expect(manifest.resolvedScenarios.tiny.calendar.keyYear).toBe(2025);
  });

  it.skipIf(!existsSync(WORKER))('gives the same bytes on worker threads as in-process', async () => {
    const ws = workspace();
    const args = (out: string, w: string) => [
      'compare',
      join(ws, 'tiny.yaml'),
      join(ws, 'tiny.yaml'),
      '--runs',
      '3',
      '--workers',
      w,
      '--out',
      out,
      '--quiet',
    ];
    expect((await cli(args(join(ws, 's'), '1'))).code).toBe(0);
    expect((await cli(args(join(ws, 'p'), '2'))).code).toBe(0);
    for (const f of ['curves.csv', 'runs.csv', 'differences.csv', 'difference-curves.csv']) {
      expect(readFileSync(join(ws, 'p', f), 'utf8')).toBe(readFileSync(join(ws, 's', f), 'utf8'));
    }
  });

  it('refuses a single scenario and scenarios with different calendars', async () => {
    const ws = workspace();
    expect((await cli(['compare', join(ws, 'tiny.yaml'), '--out', join(ws, 'x')])).code).toBe(2);
    writeFileSync(join(ws, 'short.yaml'), TINY_YAML.replace('2025-12', '2025-06'));
    const r = await cli([
      'compare',
      join(ws, 'tiny.yaml'),
      join(ws, 'short.yaml'),
      '--runs',
      '2',
      '--workers',
      '1',
      '--out',
      join(ws, 'y'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/same months/);
  });
});

/**
 * The report reads what the ensemble really writes: a small ensemble through the library API, then
 * the report's reader and chart builders over its folder.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, runEnsemble } from '../../sim/index.js';
import { KEY_INDICATORS, METRICS } from '../../sim/model/metrics.js';
import { readReportData } from '../../viz/io/read.js';
import { writeReport } from '../../viz/io/report.js';
import { buildCharts } from '../../viz/plan.js';

describe('reading a real ensemble folder', () => {
  // Seed 8: every key indicator is defined in each of its 3 runs (at seed 7 one run resolves no dispute).
  it('finds every metric, every key indicator and the provenance', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cogov-viz-ens-')), 'out');
    await runEnsemble(loadScenario('scenarios/demo-small.yaml'), { out, runs: 3, seed: 8, workers: 1 });
    const data = readReportData(out);
    expect([...data.curves.keys()]).toEqual(METRICS.map((m) => m.name));
    expect([...data.indicators.keys()]).toEqual(KEY_INDICATORS.map((k) => k.name));
    // demo-small forms no area package (bundling is off): its package indicators are defined in no run.
    const noPackage = new Set([
      'packagesTendered',
      'packagesWon',
      'packageFirmsIrr',
      'bundledRenovatedShare',
      'unbundledRenovatedShare',
    ]);
    for (const [name, s] of data.indicators) expect(s.n, name).toBe(noPackage.has(name) ? 0 : 3);
    expect(data.provenance.runs).toBe(3);
    expect(data.provenance.seed).toBe(8);
    expect(data.provenance.calendar?.start).toBe('2024-07');
    expect(data.scenarioId).toBe('demo-small');
    const charts = buildCharts(data, 'zh');
    expect(charts.flatMap((c) => c.metrics).sort()).toEqual(METRICS.map((m) => m.name).sort());
    expect(writeReport(out).path).toBe(join(out, 'report.html'));
  });
});

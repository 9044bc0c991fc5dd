/**
 * The library's batch API (sim/index.ts): what `cogov sweep` and `cogov sensitivity` write, a program
 * gets from runSweep and runSensitivity, byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExperiment, runSensitivity, runSweep } from '../../sim/index.js';
import { cli, gridExperiment, MORRIS_EXPERIMENT, workspace } from '../experiments/helpers.js';

const read = (f: string) => readFileSync(f, 'utf8');

describe('library: experiments without the command', () => {
  it('runSensitivity writes the Morris table and JSON that cogov sensitivity writes', async () => {
    const ws = workspace();
    writeFileSync(join(ws, 'morris.yaml'), MORRIS_EXPERIMENT);
    const byCli = await cli(['sensitivity', join(ws, 'morris.yaml'), '--out', join(ws, 'cli'), '--quiet']);
    expect(byCli.code).toBe(0);
    const lib = await runSensitivity(loadExperiment(join(ws, 'morris.yaml')), { out: join(ws, 'lib') });
    expect(lib.files).toEqual([
      'points.csv',
      'design.csv',
      'dictionary.csv',
      'morris.csv',
      'sensitivity.json',
      'manifest.json',
    ]);
    expect(lib.sweep?.executed).toBe(9);
    expect(lib.report.indicators.map((i) => i.indicator)).toEqual(['householdsRenovated', 'participation']);
    for (const f of ['points.csv', 'design.csv', 'dictionary.csv', 'morris.csv', 'sensitivity.json']) {
      expect(read(join(ws, 'lib', f))).toBe(read(join(ws, 'cli', f)));
    }
    expect(read(join(ws, 'lib', 'report.html'))).toMatch(/<html/);
  });

  it('runSensitivity refuses a grid design; runSweep runs it', async () => {
    const ws = workspace();
    writeFileSync(join(ws, 'grid.yaml'), gridExperiment(1));
    const loaded = loadExperiment(join(ws, 'grid.yaml'));
    await expect(runSensitivity(loaded, { out: join(ws, 's') })).rejects.toThrow(
      /morris or sobol design, not grid/,
    );
    const sweep = await runSweep(loaded, { out: join(ws, 'g') });
    expect(sweep.rows).toHaveLength(4);
    expect(
      read(join(ws, 'g', 'points.csv'))
        .trimEnd()
        .split('\n'),
    ).toHaveLength(5);
  });
});

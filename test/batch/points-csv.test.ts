import { describe, expect, it } from 'vitest';
import type { Design } from '../../sim/analysis/designs.js';
import {
  PointsCsvError,
  parsePointsCsv,
  pointsCsvHeader,
  pointsCsvRow,
} from '../../sim/batch/experiment-io.js';
import { runSeed } from '../../sim/kernel/rng.js';
import type { ExperimentPlan } from '../../sim/experiments/plan.js';
import { KEY_INDICATORS } from '../../sim/model/metrics.js';

/** A two-point grid over one word factor whose second value needs quoting (a newline, a quote). */
function plan(): ExperimentPlan {
  const values = ['plain', 'two\nlines, "quoted"'];
  const design = { type: 'grid', points: values.map((v) => [v]), unit: new Float64Array(0) };
  return {
    factors: [{ name: 'label', path: 'a.b', segments: ['a', 'b'], values, integer: false }],
    design: design as unknown as Design,
    replicates: 1,
    seed: 5,
    runs: 2,
  };
}

function pointsText(p: ExperimentPlan): string {
  const rows = p.design.points.map((values, point) =>
    pointsCsvRow({
      run: point,
      point,
      replicate: 0,
      seed: runSeed(p.seed, 0),
      values,
      indicators: Float64Array.from(KEY_INDICATORS, (_, k) => (k === 0 ? Number.NaN : point + k / 4)),
    }),
  );
  return pointsCsvHeader(p) + rows.join('');
}

describe('points.csv', () => {
  it('reads back a quoted factor value with a newline, a comma and doubled quotes', () => {
    const p = plan();
    const text = pointsText(p);
    expect(text).toContain('"two\nlines, ""quoted"""');
    const rows = parsePointsCsv(text, p, 'points.csv');
    expect(rows.map((r) => r.values)).toEqual([['plain'], ['two\nlines, "quoted"']]);
    expect(rows[1].indicators[0]).toBeNaN();
    expect(rows[1].indicators[1]).toBe(1.25);
  });

  it('calls a file cut inside a quoted field, or after its last newline, incomplete', () => {
    const p = plan();
    const text = pointsText(p);
    const cut = text.indexOf('two\n') + 4;
    for (const partial of [text.slice(0, cut), text.slice(0, -1)]) {
      expect(() => parsePointsCsv(partial, p, 'points.csv')).toThrow(PointsCsvError);
      try {
        parsePointsCsv(partial, p, 'points.csv');
      } catch (err) {
        expect((err as PointsCsvError).key).toBe('pointsIncomplete');
      }
    }
  });
});

/** A resumed points.csv whose indicator cells were edited into garbage is refused, not read as NaN. */
import { describe, expect, it } from 'vitest';
import type { Design } from '../../sim/analysis/designs.js';
import {
  PointsCsvError,
  parsePointsCsv,
  pointsCsvHeader,
  pointsCsvRow,
} from '../../sim/batch/experiment-io.js';
import type { ExperimentPlan } from '../../sim/experiments/plan.js';
import { runSeed } from '../../sim/kernel/rng.js';
import { KEY_INDICATORS } from '../../sim/model/metrics.js';
import { msg } from '../../sim/messages/catalog.js';

const plan: ExperimentPlan = {
  factors: [{ name: 'x', path: 'a.b', segments: ['a', 'b'], values: [1], integer: false }],
  design: { type: 'grid', points: [[1]], unit: new Float64Array(0) } as unknown as Design,
  replicates: 1,
  seed: 5,
  runs: 1,
};
const row = pointsCsvRow({
  run: 0,
  point: 0,
  replicate: 0,
  seed: runSeed(5, 0),
  values: [1],
  indicators: Float64Array.from(KEY_INDICATORS, (_, k) => (k === 0 ? Number.NaN : k / 4)),
});

describe('points.csv indicator cells', () => {
  it('an empty cell is NaN and numbers read back', () => {
    const [r] = parsePointsCsv(pointsCsvHeader(plan) + row, plan, 'points.csv');
    expect(r.indicators[0]).toBeNaN();
    expect(r.indicators[1]).toBe(0.25);
  });

  it.each(['abc', ' ', 'NaN', 'Infinity', '1e999', '0x'])(
    'a cell "%s" is refused naming the row and column',
    (bad) => {
      const cells = row.trimEnd().split(',');
      cells[cells.length - 1] = bad;
      const text = `${pointsCsvHeader(plan)}${cells.join(',')}\n`;
      let err: unknown;
      try {
        parsePointsCsv(text, plan, 'points.csv');
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(PointsCsvError);
      const e = err as PointsCsvError;
      expect(e.key).toBe('pointsValue');
      const column = KEY_INDICATORS[KEY_INDICATORS.length - 1].name;
      expect(e.message).toBe(
        `points.csv:2: ${column} is "${bad}", not a number (the file was edited or damaged)`,
      );
      expect(msg('zh', 'pointsValue', { where: 'p:2', column, value: bad })).toContain('不是数字');
    },
  );
});

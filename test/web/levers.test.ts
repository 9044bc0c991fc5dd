/** Levers applied to scenario text: unchanged levers leave the text alone; changed ones validate. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../scenarios/parse.js';
import { type Scenario, ScenarioSchema } from '../../scenarios/schema.js';
import { aggregateRuns, type WebRun } from '../../web/aggregate.js';
import { applyLevers, readLevers } from '../../web/levers.js';

const text = readFileSync('scenarios/demo-small.yaml', 'utf8');
function parse(t: string): Scenario {
  const r = parseScenarioText(t, 'x.yaml', ScenarioSchema);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
const base = parse(text);

describe('levers', () => {
  it('leave the text untouched when no lever moved', () => {
    expect(applyLevers(text, base, readLevers(base))).toBe(text);
  });

  it('write every moved lever and keep the comments', () => {
    const v = { ...readLevers(base), householdSubsidy: 5000, ppp: false, academy: false };
    Object.assign(v, { sharingRule: 'floor-coefficients', hazard: 2, elevatorSubsidy: 0, fastTrack: false });
    const edited = applyLevers(text, base, v);
    expect(edited).toContain('[src: seed §6.2.1]');
    const s = parse(edited);
    expect(readLevers(s)).toEqual({ ...v, hazard: 1 });
    expect(s.shocks.fire.p0Monthly).toBeCloseTo(2 * base.shocks.fire.p0Monthly, 12);
    expect(s.shocks.rainstorm.monthlyProbability[6]).toBeCloseTo(Math.min(1, 2 * 0.45), 12);
    expect(s.shocks.earthquake.annualProbability).toBeCloseTo(0.04, 12);
    // Everything else is as loaded.
    expect(s.city).toEqual(base.city);
    expect(s.government.farBonus).toEqual(base.government.farBonus);
  });

  it('cap scaled probabilities at 1', () => {
    const s = parse(applyLevers(text, base, { ...readLevers(base), hazard: 3 }));
    expect(Math.max(...s.shocks.rainstorm.monthlyProbability)).toBeLessThanOrEqual(1);
  });
});

describe('aggregateRuns', () => {
  const run = (index: number, values: number[]): WebRun => ({
    index,
    seed: index,
    ticks: 2,
    dates: ['2024-01', '2024-02'],
    metrics: ['a'],
    values: Float64Array.from(values),
    indicators: {},
  });
  it('gives exact statistics independent of arrival order', () => {
    const runs = [run(2, [3, Number.NaN]), run(0, [1, 10]), run(1, [2, 20])];
    const a = aggregateRuns(runs).get('a')!;
    expect(a.n).toEqual([3, 2]);
    expect(a.mean).toEqual([2, 15]);
    expect(a.p50).toEqual([2, 15]);
    expect(a.sd[0]).toBeCloseTo(1, 12);
    expect(aggregateRuns([...runs].reverse())).toEqual(aggregateRuns(runs));
  });
});

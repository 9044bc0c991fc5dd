import { describe, expect, it } from 'vitest';
import { runOne } from '../../sim/model/run.js';
import { buildWorld } from '../../sim/model/build-world.js';
import { demoSmall, shipped } from './scenario-fixtures.js';

describe('determinism', () => {
  it('the same seed gives the same run; another seed a different one', () => {
    const s = demoSmall();
    const a = runOne(s, 7);
    const b = runOne(s, 7);
    const c = runOne(s, 8);
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
    expect(a.indicators).toEqual(b.indicators);
    expect(Array.from(a.values)).not.toEqual(Array.from(c.values));
  });

  it('the Nanchong city has the plan’s scale: 3,770 communities and 326,300 households', () => {
    const w = buildWorld(shipped('nanchong-1558'), 1);
    expect(w.communities.length).toBe(3770);
    expect(w.households.count).toBe(326_300);
    const renovated = w.communities.filter((c) => c.state === 'done').length / 3770;
    expect(renovated).toBeGreaterThan(0.57);
    expect(renovated).toBeLessThan(0.63);
  });
});

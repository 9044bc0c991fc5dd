import { describe, expect, it } from 'vitest';
import {
  applyTrustSpread,
  communityMeans,
  disputeTrustPenalty,
  onCompletion,
} from '../../agents/resident.js';
import { mean, smallWorld } from './resident-fixtures.js';

describe('satisfaction and trust', () => {
  it('good works raise trust toward satisfaction; a little spreads to other communities', () => {
    const w = smallWorld({}, 1, 10);
    const hh = w.households;
    const c = w.communities[0];
    const before = Float64Array.from(hh.trust);
    const S = onCompletion(w, c, 1, 0, 0);
    applyTrustSpread(w); // the month's demonstration effect
    expect(w.trustSpreadPending).toBe(0);
    const R = w.scenario.residents;
    expect(S).toBeCloseTo(0.5 + R.satisfaction.qualityWeight * 0.5, 12);
    expect(c.satisfaction).toBe(S);
    let change = 0;
    for (let h = c.hhStart; h < c.hhEnd; h++) {
      expect(hh.trust[h]).toBeCloseTo(before[h] + R.trust.eta * (S - before[h]), 12);
      change += hh.trust[h] - before[h];
    }
    // The demonstration effect is the community's mean change × η′ / number of communities.
    const spread = (R.trust.spread * change) / (c.hhEnd - c.hhStart) / w.communities.length;
    expect(spread).toBeGreaterThan(0);
    for (let h = c.hhEnd; h < hh.count; h++)
      expect(hh.trust[h]).toBeCloseTo(Math.min(1, before[h] + spread), 12);
  });

  it('satisfaction falls with delay and fee increases, and stays in [0, 1]', () => {
    const w = smallWorld({}, 1, 3);
    const c = w.communities[0];
    const good = onCompletion(w, c, 0.7, 0, 0);
    expect(onCompletion(w, c, 0.7, 6, 0)).toBeLessThan(good);
    expect(onCompletion(w, c, 0.7, 0, 0.5)).toBeLessThan(good);
    expect(onCompletion(w, c, 0, 1000, 10)).toBe(0);
    expect(onCompletion(w, c, 1, 0, -10)).toBe(1);
    applyTrustSpread(w);
    expect(w.households.trust.every((t) => t >= 0 && t <= 1)).toBe(true);
  });

  it('open disputes erode trust, never below 0', () => {
    const w = smallWorld({}, 2, 3);
    const c = w.communities[1];
    const t0 = mean(w.households.trust, c.hhStart, c.hhEnd);
    disputeTrustPenalty(w, c);
    expect(mean(w.households.trust, c.hhStart, c.hhEnd)).toBeLessThan(t0);
    for (let m = 0; m < 100; m++) disputeTrustPenalty(w, c);
    expect(mean(w.households.trust, c.hhStart, c.hhEnd)).toBe(0);
    expect(mean(w.households.trust, w.communities[0].hhStart, w.communities[0].hhEnd)).toBeGreaterThan(0);
  });

  it('community means match direct averages', () => {
    const w = smallWorld({}, 4, 3);
    const c = w.communities[2];
    const hh = w.households;
    for (let h = c.hhStart; h < c.hhEnd; h += 2) {
      hh.aware[h] = 1;
      hh.participating[h] = 1;
    }
    const m = communityMeans(w, c);
    expect(m.awareness).toBeCloseTo(mean(hh.aware, c.hhStart, c.hhEnd), 12);
    expect(m.participation).toBeCloseTo(mean(hh.participating, c.hhStart, c.hhEnd), 12);
    expect(m.trust).toBeCloseTo(mean(hh.trust, c.hhStart, c.hhEnd), 12);
    expect(m.opinion).toBeCloseTo(mean(hh.opinion, c.hhStart, c.hhEnd), 12);
    const out = { awareness: 0, trust: 0, opinion: 0, participation: 0 };
    expect(communityMeans(w, c, out)).toBe(out);
  });
});

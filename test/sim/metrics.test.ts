import { describe, expect, it } from 'vitest';
import { KEY_INDICATORS, METRICS, PAYERS } from '../../sim/metrics.js';
import { runOne } from '../../sim/run.js';
import { demoSmall } from './scenario-fixtures.js';

describe('metrics', () => {
  const r = runOne(demoSmall(), 5);
  const series = (name: string) => {
    const m = r.metrics.indexOf(name);
    expect(m, name).toBeGreaterThanOrEqual(0);
    return Array.from(r.values.subarray(m * r.ticks, (m + 1) * r.ticks));
  };

  it('records every metric at every tick as a finite number', () => {
    expect(r.metrics).toEqual(METRICS.map((m) => m.name));
    expect(r.values.every((v) => Number.isFinite(v))).toBe(true);
    for (const k of KEY_INDICATORS) expect(Number.isFinite(r.indicators[k.name]), k.name).toBe(true);
  });

  it('project money by payer adds up to the public and private commitments', () => {
    let byPayer = 0;
    for (const p of PAYERS) byPayer += series(`funding.committed.${p}`).reduce((a, b) => a + b, 0);
    const total = r.indicators.publicCommitted + r.indicators.privateCommitted;
    expect(total).toBeGreaterThan(0);
    expect(Math.abs(byPayer - total)).toBeLessThan(1);
  });

  it('counts every community in exactly one project state', () => {
    const states = r.metrics.filter((m) => m.startsWith('projects.'));
    for (let t = 0; t < r.ticks; t++) {
      const n = states.reduce((a, s) => a + series(s)[t], 0);
      expect(n).toBe(50);
    }
  });

  it('cumulative series never fall', () => {
    for (const name of [
      'participation.householdsBenefited',
      'participation.elevatorsInstalled',
      'resilience.loss.total',
    ]) {
      const s = series(name);
      for (let t = 1; t < s.length; t++) expect(s[t]).toBeGreaterThanOrEqual(s[t - 1]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { KEY_INDICATORS, METRICS, PAYERS } from '../../sim/model/metrics.js';
import { runOne } from '../../sim/model/run.js';
import { demoSmall } from './scenario-fixtures.js';

describe('metrics', () => {
  const r = runOne(demoSmall(), 5);
  const series = (name: string) => {
    const m = r.metrics.indexOf(name);
    expect(m, name).toBeGreaterThanOrEqual(0);
    return Array.from(r.values.subarray(m * r.ticks, (m + 1) * r.ticks));
  };

  // Defined only in some months: awareness while a community is in consultation, participation in
  // a month when a consultation round ends. Undefined is NaN (an empty cell), never 0.
  const SOMETIMES = new Set(['participation.awareness', 'participation.consultation']);

  it('records every metric at every tick as a finite number, or NaN where it is undefined', () => {
    expect(r.metrics).toEqual(METRICS.map((m) => m.name));
    for (const m of METRICS) {
      const xs = series(m.name);
      if (SOMETIMES.has(m.name)) {
        expect(
          xs.some((v) => Number.isNaN(v)),
          m.name,
        ).toBe(true);
        expect(
          xs.some((v) => Number.isFinite(v)),
          m.name,
        ).toBe(true);
        expect(
          xs.every((v) => Number.isNaN(v) || Number.isFinite(v)),
          m.name,
        ).toBe(true);
      } else
        expect(
          xs.every((v) => Number.isFinite(v)),
          m.name,
        ).toBe(true);
    }
    for (const k of KEY_INDICATORS) expect(Number.isFinite(r.indicators[k.name]), k.name).toBe(true);
  });

  it('participation is measured over whole rounds: the share of households that took part', () => {
    const xs = series('participation.consultation').filter((v) => Number.isFinite(v));
    expect(xs.length).toBeGreaterThan(5);
    for (const v of xs) expect(v).toBeGreaterThan(0.2);
    expect(r.indicators.participation).toBeGreaterThan(0.5);
    expect(r.indicators.participation).toBeLessThanOrEqual(1);
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

import { describe, expect, it } from 'vitest';
import { redeemPoints, residentMoney, residentsPhase } from '../../agents/resident.js';
import type { World } from '../../sim/world/state.js';
import { mean, openConsultation, smallWorld } from './resident-fixtures.js';

/** Every owner owes `owed` RMB in instalments of `inst`. */
function liable(arrearsProbability: number, seed: number, owed = 1234.56, inst = 100): World {
  const w = smallWorld({ residents: { contributions: { arrearsProbability } } }, seed, 10);
  const hh = w.households;
  for (let h = 0; h < hh.count; h++) {
    if (hh.owner[h] !== 1) continue;
    hh.owedRmb[h] = owed;
    hh.instalmentRmb[h] = inst;
  }
  return w;
}

const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);

describe('contributions and arrears', () => {
  it('conserves money: Σ paid = ledger flow from residents to the city fund, and paid + owed is constant', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const w = liable(0.2, seed);
      const hh = w.households;
      const total = sum(hh.owedRmb);
      let returned = 0;
      for (let m = 0; m < 30; m++) {
        returned += residentMoney(w);
        let bad = 0;
        for (let h = 0; h < hh.count; h++) {
          if (hh.arrearsRmb[h] > hh.owedRmb[h] + 1e-9 || hh.owedRmb[h] < 0) bad++;
        }
        expect(bad).toBe(0);
      }
      const paid = sum(hh.paidRmb);
      expect(Math.round(paid * 100)).toBe(Math.round(w.ledger.rmb('cityFund') * 100));
      expect(Math.round(paid * 100)).toBe(Math.round(-w.ledger.rmb('src:residents') * 100));
      expect(Math.round(returned * 100)).toBe(Math.round(paid * 100));
      expect(paid + sum(hh.owedRmb)).toBeCloseTo(total, 4);
      expect(w.ledger.checkConservation().ok).toBe(true);
    }
  });

  it('without arrears a debt is paid in exactly ceil(owed / instalment) months', () => {
    const w = liable(0, 1);
    const hh = w.households;
    for (let m = 0; m < 12; m++) residentMoney(w);
    expect(sum(hh.owedRmb)).toBeGreaterThan(0);
    expect(sum(hh.arrearsRmb)).toBe(0);
    residentMoney(w);
    expect(sum(hh.owedRmb)).toBe(0);
  });

  it('missed instalments build arrears that are caught up later', () => {
    const w = liable(0.3, 2);
    const hh = w.households;
    let peak = 0;
    for (let m = 0; m < 6; m++) {
      residentMoney(w);
      peak = Math.max(peak, sum(hh.arrearsRmb));
    }
    expect(peak).toBeGreaterThan(0);
    // More owed remains than without arrears…
    const clean = liable(0, 2);
    for (let m = 0; m < 6; m++) residentMoney(clean);
    expect(sum(hh.owedRmb)).toBeGreaterThan(sum(clean.households.owedRmb));
    // …and once payments resume, everything is paid.
    w.scenario.residents.contributions.arrearsProbability = 0;
    for (let m = 0; m < 24; m++) residentMoney(w);
    expect(sum(hh.owedRmb)).toBe(0);
    expect(sum(hh.arrearsRmb)).toBe(0);
  });
});

describe('volunteer points', () => {
  it('volunteers earn points, hours and trust during consultation; points redeem against fees', () => {
    const w = smallWorld(
      { residents: { volunteerPoints: { enabled: true, participationShare: 0.5 } } },
      3,
      10,
    );
    const vp = w.scenario.residents.volunteerPoints;
    const c = w.communities[0];
    openConsultation(w, c);
    const hh = w.households;
    let volunteers = 0;
    for (let h = c.hhStart; h < c.hhEnd; h++) volunteers += hh.volunteer[h];
    expect(volunteers).toBeGreaterThan(0);
    expect(mean(hh.volunteer, c.hhEnd, hh.count)).toBe(0); // other communities not enrolled
    const v = Array.from({ length: c.hhEnd - c.hhStart }, (_, k) => c.hhStart + k).find(
      (h) => hh.volunteer[h],
    );
    const trust0 = hh.trust[v!];
    residentsPhase(w);
    expect(w.month.volunteerHours).toBe(volunteers * vp.hoursPerMonth);
    expect(hh.points[v!]).toBe(vp.hoursPerMonth * vp.pointsPerHour);
    expect(hh.trust[v!]).toBeCloseTo(Math.min(1, trust0 + vp.trustGainPerHour * vp.hoursPerMonth), 12);
    const points = hh.points[v!];
    const relief = redeemPoints(w, v!, 7);
    expect(relief).toBe(Math.min(7, points * vp.rmbPerPoint));
    expect(hh.points[v!]).toBeCloseTo(points - relief / vp.rmbPerPoint, 12);
    expect(redeemPoints(w, v!, 1e9)).toBeCloseTo((points - relief / vp.rmbPerPoint) * vp.rmbPerPoint, 2);
    expect(hh.points[v!]).toBeCloseTo(0, 9);
  });

  it('does nothing when the scheme is off', () => {
    const w = smallWorld({}, 3, 5);
    openConsultation(w, w.communities[0]);
    residentsPhase(w);
    expect(w.month.volunteerHours).toBe(0);
    expect(mean(w.households.volunteer)).toBe(0);
  });
});

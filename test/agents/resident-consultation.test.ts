import { describe, expect, it } from 'vitest';
import { participationCascade, residentsPhase, startRound } from '../../agents/resident.js';
import type { World } from '../../sim/world/state.js';
import { mean, openConsultation, smallWorld } from './resident-fixtures.js';

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

/** A world with every community in consultation; planners as given. */
function consulting(seed: number, planners: boolean, overrides = {}): World {
  const w = smallWorld(overrides, seed, 20);
  for (const c of w.communities) {
    c.hasPlanner = planners;
    openConsultation(w, c);
  }
  return w;
}

function months(w: World, n: number): number {
  let participants = 0;
  for (let m = 0; m < n; m++) {
    w.month.participantsSum = 0;
    residentsPhase(w);
    participants += w.month.participantsSum;
    w.clock.tick++;
  }
  return participants;
}

describe('consultation (三上三下)', () => {
  it('starts from logistic opinions of utility, unaware and not participating', () => {
    const w = consulting(1, false);
    const hh = w.households;
    expect(hh.aware.every((a) => a === 0)).toBe(true);
    expect(hh.participating.every((a) => a === 0)).toBe(true);
    expect(hh.opinion.every((o) => o > 0 && o < 1)).toBe(true);
    expect(
      w.communities.every((c) => c.monthsLeft === w.scenario.residents.consultation.monthsPerRound),
    ).toBe(true);
  });

  it('participation is higher with community planners than without (same seed, 20 seeds)', () => {
    let higher = 0;
    let sumWith = 0;
    let sumWithout = 0;
    for (const seed of SEEDS) {
      const a = months(consulting(seed, true), 2);
      const b = months(consulting(seed, false), 2);
      if (a > b) higher++;
      sumWith += a;
      sumWithout += b;
    }
    expect(higher).toBeGreaterThanOrEqual(18);
    expect(sumWith).toBeGreaterThan(1.2 * sumWithout);
  });

  it('Granovetter tipping: θ ~ N(0.25, σ) gives low participation at σ = 0.05, high at σ = 0.2', () => {
    // Classic tipping needs a near well-mixed community: a dense random network (40 ties, full
    // rewiring), everyone aware, no instigators and no trust effect, so only the thresholds act.
    const run = (sd: number, seed: number) => {
      const w = smallWorld(
        {
          city: { communities: [{ name: 'big', households: 2000, buildingUnits: 100, storeys: 6 }] },
          residents: {
            network: { ties: 40, rewiring: 1 },
            participation: { threshold: { mean: 0.25, sd }, trustWeight: 0, seedShare: 0 },
          },
        },
        seed,
      );
      const c = w.communities[0];
      openConsultation(w, c);
      w.households.aware.fill(1);
      startRound(w, c);
      return participationCascade(w, c) / c.households;
    };
    for (const seed of SEEDS) {
      expect(run(0.05, seed)).toBeLessThan(0.05);
      expect(run(0.2, seed)).toBeGreaterThan(0.9);
    }
  });

  it('participants are aware, and the cascade is a fixed point of the threshold rule', () => {
    const w = consulting(3, true);
    months(w, 1);
    const hh = w.households;
    const beta = w.scenario.residents.participation.trustWeight;
    for (let h = 0; h < hh.count; h++) {
      if (hh.participating[h] === 1) expect(hh.aware[h]).toBe(1);
      if (hh.aware[h] !== 1 || hh.participating[h] === 1) continue;
      const deg = hh.tieStart[h + 1] - hh.tieStart[h];
      let on = 0;
      for (let t = hh.tieStart[h]; t < hh.tieStart[h + 1]; t++) on += hh.participating[hh.tieIdx[t]];
      const theta = hh.threshold[h] - beta * (hh.trust[h] - 0.5);
      expect(deg === 0 ? theta > 0 : on < theta * deg).toBe(true);
    }
  });

  it('plan revisions raise mean opinion (paired against a consultation that revises nothing, 20 seeds)', () => {
    // No early vote in either world, so both draw the same random numbers.
    const late = { residents: { consultation: { minParticipationForVote: 1 } } };
    const inert = {
      residents: {
        consultation: {
          minParticipationForVote: 1,
          dropItemBelowSupport: 0,
          costShareCut: 0,
          compensationAdd: 0,
        },
      },
    };
    let raised = 0;
    for (const seed of SEEDS) {
      const a = consulting(seed, false, late);
      const b = consulting(seed, false, inert);
      const m = a.scenario.residents.consultation.monthsPerRound;
      months(a, m);
      months(b, m);
      expect(mean(a.households.aware)).toBe(mean(b.households.aware));
      if (mean(a.households.opinion) > mean(b.households.opinion)) raised++;
      expect(a.communities.some((c) => c.plan!.revisions > 0)).toBe(true);
      for (const c of a.communities) {
        if (c.plan!.revisions === 0) continue;
        expect(c.plan!.residentShare).toBeCloseTo(a.scenario.renovation.residentCostShare * 0.75, 12);
        expect(c.plan!.items.length).toBeGreaterThanOrEqual(a.scenario.renovation.minItems);
      }
    }
    expect(raised).toBe(SEEDS.length);
  });

  it('moves every community to the vote within maxRounds × monthsPerRound months', () => {
    const w = consulting(4, true);
    const cons = w.scenario.residents.consultation;
    months(w, cons.maxRounds * cons.monthsPerRound);
    for (const c of w.communities) {
      expect(c.state).toBe('vote');
      expect(c.plan!.round).toBeLessThanOrEqual(cons.maxRounds);
      expect(c.stateSince).toBeLessThan(cons.maxRounds * cons.monthsPerRound);
    }
  });

  it('without the consultation instrument: one month of awareness, no revision, then the vote', () => {
    const w = consulting(5, false, { residents: { consultation: { enabled: false } } });
    months(w, 1);
    for (const c of w.communities) {
      expect(c.state).toBe('vote');
      expect(c.plan!.revisions).toBe(0);
    }
    expect(mean(w.households.aware)).toBeGreaterThan(0);
    expect(mean(w.households.participating)).toBe(0);
  });

  it('is deterministic per seed', () => {
    const a = consulting(9, true);
    const b = consulting(9, true);
    months(a, 4);
    months(b, 4);
    expect(Array.from(a.households.opinion)).toEqual(Array.from(b.households.opinion));
    expect(Array.from(a.households.participating)).toEqual(Array.from(b.households.participating));
  });

  it('keeps opinions in [0, 1]', () => {
    const w = consulting(11, true);
    months(w, 6);
    expect(w.households.opinion.every((o) => o >= 0 && o <= 1)).toBe(true);
  });
});

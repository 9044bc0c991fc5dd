import { describe, expect, it } from 'vitest';
import { tallyArt278Counts } from '../../agents/civil-code.js';
import { holdVotes } from '../../agents/resident.js';
import type { Community, World } from '../../sim/world/state.js';
import { openConsultation, smallWorld } from './resident-fixtures.js';

/** Community 0 of a world with vote noise 0, every household aware, no elevators in plan. */
function voting(seed = 1): { w: World; c: Community } {
  const w = smallWorld({ residents: { utility: { voteNoise: 0 } } }, seed, 5);
  const c = w.communities[0];
  openConsultation(w, c);
  c.state = 'vote';
  w.households.aware.fill(1);
  return { w, c };
}

describe('votes under Civil Code Art. 278', () => {
  it('counts owners only: renters’ opinions never change the outcome', () => {
    const { w, c } = voting();
    const hh = w.households;
    let renters = 0;
    for (let h = c.hhStart; h < c.hhEnd; h++) {
      renters += 1 - hh.owner[h];
      hh.opinion[h] = hh.owner[h] === 1 ? 0.9 : 0.1;
    }
    expect(renters).toBeGreaterThan(0);
    const yes = holdVotes(w, c);
    expect(yes.renovationPassed).toBe(true);
    expect(yes.consentShare).toBe(1);
    for (let h = c.hhStart; h < c.hhEnd; h++) hh.opinion[h] = hh.owner[h] === 1 ? 0.1 : 0.9;
    const no = holdVotes(w, c);
    expect(no.renovationPassed).toBe(false);
    expect(no.consentShare).toBe(0);
    expect(c.votes).toBe(2);
    expect(c.votesPassed).toBe(1);
    expect(w.month.votesHeld).toBe(2);
    expect(w.month.votesPassed).toBe(1);
    expect(w.month.consentShareSum).toBe(1);
  });

  it('agrees with the Art. 278 tally of owners’ area and heads (3/4 of both)', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { w, c } = voting(seed);
      const hh = w.households;
      let area = 0;
      let heads = 0;
      let yesArea = 0;
      let yesHeads = 0;
      for (let h = c.hhStart; h < c.hhEnd; h++) {
        hh.opinion[h] = w.streams.world.next() < 0.78 ? 0.8 : 0.2;
        if (hh.owner[h] !== 1) continue;
        area += hh.areaM2[h];
        heads++;
        if (hh.opinion[h] > 0.5) {
          yesArea += hh.areaM2[h];
          yesHeads++;
        }
      }
      const expected = tallyArt278Counts(area, heads, area, heads, yesArea, yesHeads, 'major');
      const r = holdVotes(w, c);
      expect(r.renovationPassed).toBe(expected.passed);
      expect(r.consentShare).toBeCloseTo(expected.yesAreaShare, 12);
    }
  });

  it('fails for want of a quorum when no owner knows the plan', () => {
    const { w, c } = voting();
    w.households.aware.fill(0);
    w.households.opinion.fill(1);
    expect(holdVotes(w, c).renovationPassed).toBe(false);
  });

  it('votes elevators per unit; a unit that rejects gets elevator = 3', () => {
    const w = smallWorld({ residents: { utility: { voteNoise: 0 } } }, 2, 5);
    const c = w.communities[0];
    const units = w.units.slice(c.unitStart, c.unitEnd);
    expect(units.length).toBeGreaterThanOrEqual(2);
    const [free, dear] = units;
    free.elevator = 1;
    dear.elevator = 1;
    dear.elevatorShares = new Float64Array(dear.hhEnd - dear.hhStart).fill(200_000);
    c.condition.fill(0); // everything broken: the comprehensive renovation is clearly worth it
    openConsultation(w, c); // opinions = logistic of the whole plan's utility, elevators included
    w.households.aware.fill(1);
    const r = holdVotes(w, c);
    expect(dear.elevator).toBe(3);
    expect(r.elevatorUnitsPassed).not.toContain(dear.id);
    expect(w.month.elevatorVotesHeld).toBe(2);
    expect(w.month.elevatorVotesPassed).toBe(r.elevatorUnitsPassed.length);
    // Owners of the dear unit still back the comprehensive renovation: each matter is voted on its own.
    expect(r.renovationPassed).toBe(true);
    expect(r.consentShare).toBe(1);
  });
});

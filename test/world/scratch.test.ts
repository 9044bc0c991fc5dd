/**
 * Work buffers belong to their world (issue 14, no hidden state in agents): two worlds in one thread
 * share no buffer, and one world's consultation round leaves the other's instigator flags alone.
 */
import { describe, expect, it } from 'vitest';
import { startRound } from '../../agents/resident-participation.js';
import { scratchInts } from '../../sim/world/scratch.js';
import { smallWorld } from '../model/world-fixtures.js';

describe('world.scratch', () => {
  it('is sized for its world and shared with no other world', () => {
    const a = smallWorld({}, 1, 6);
    const b = smallWorld({}, 2, 6);
    expect(a.scratch.roundSeeds.length).toBe(a.households.count);
    expect(a.scratch.installed.length).toBe(a.communities.length);
    expect(a.scratch.valuationDraws.length).toBe(a.scenario.enterprises.valuationDraws);
    for (const key of Object.keys(a.scratch) as (keyof typeof a.scratch)[]) {
      expect(a.scratch[key]).not.toBe(b.scratch[key]);
    }
    const ints = scratchInts(a.scratch, 10);
    expect(ints.length).toBeGreaterThanOrEqual(10);
    expect(scratchInts(a.scratch, 5)).toBe(ints);
    expect(scratchInts(b.scratch, 10)).not.toBe(ints);
  });

  it('keeps one world’s round seeds when another world starts a round', () => {
    const a = smallWorld({ residents: { participation: { seedShare: 0.5 } } }, 1, 6);
    const b = smallWorld({ residents: { participation: { seedShare: 0.5 } } }, 2, 6);
    startRound(a, a.communities[0]);
    const seedsA = a.scratch.roundSeeds.slice();
    startRound(b, b.communities[0]);
    expect(a.scratch.roundSeeds).toEqual(seedsA);
  });
});

import { describe, expect, it } from 'vitest';
import {
  type MatterKind,
  tallyArt278,
  tallyArt278Counts,
  type Vote,
  type Voter,
} from '../../agents/civil-code.js';

/** n owners of equal area (100 m²) with the given ballots, in order. */
function owners(ballots: Partial<Record<Vote, number>>): Voter[] {
  const out: Voter[] = [];
  for (const vote of ['yes', 'no', 'abstain', 'absent'] as const) {
    for (let i = 0; i < (ballots[vote] ?? 0); i++) out.push({ area: 100, vote });
  }
  return out;
}

interface Case {
  name: string;
  voters: Voter[];
  kind: MatterKind;
  quorumMet: boolean;
  passed: boolean;
}

const cases: Case[] = [
  {
    name: 'exactly 2/3 quorum (6 of 9 owners and area), all yes',
    voters: owners({ yes: 6, absent: 3 }),
    kind: 'major',
    quorumMet: true,
    passed: true,
  },
  {
    name: 'just under 2/3 quorum (5 of 8)',
    voters: owners({ yes: 5, absent: 3 }),
    kind: 'major',
    quorumMet: false,
    passed: false,
  },
  {
    name: 'exactly 3/4 of participants yes (6 of 8), major passes',
    voters: owners({ yes: 6, no: 2, absent: 4 }),
    kind: 'major',
    quorumMet: true,
    passed: true,
  },
  {
    name: 'just under 3/4 (5 of 7 participants), major fails',
    voters: owners({ yes: 5, no: 2 }),
    kind: 'major',
    quorumMet: true,
    passed: false,
  },
  {
    name: 'same 5 of 7 is a majority: ordinary passes',
    voters: owners({ yes: 5, no: 2 }),
    kind: 'ordinary',
    quorumMet: true,
    passed: true,
  },
  {
    name: 'exactly 1/2 is not a majority',
    voters: owners({ yes: 3, no: 3 }),
    kind: 'ordinary',
    quorumMet: true,
    passed: false,
  },
  {
    name: 'abstentions take part but do not count as yes',
    voters: owners({ yes: 6, abstain: 3 }),
    kind: 'major',
    quorumMet: true,
    passed: false,
  },
  {
    name: 'all absent',
    voters: owners({ absent: 5 }),
    kind: 'ordinary',
    quorumMet: false,
    passed: false,
  },
  {
    name: 'heads reach quorum (4 of 6) but area does not (200 of 500 m²)',
    voters: [
      { area: 50, vote: 'yes' },
      { area: 50, vote: 'yes' },
      { area: 50, vote: 'yes' },
      { area: 50, vote: 'yes' },
      { area: 150, vote: 'absent' },
      { area: 150, vote: 'absent' },
    ],
    kind: 'ordinary',
    quorumMet: false,
    passed: false,
  },
  {
    name: 'area reaches quorum (400 of 500 m²) but heads do not (1 of 3)',
    voters: [
      { area: 400, vote: 'yes' },
      { area: 50, vote: 'absent' },
      { area: 50, vote: 'absent' },
    ],
    kind: 'ordinary',
    quorumMet: false,
    passed: false,
  },
  {
    name: 'yes heads 3/4 but yes area below 3/4 (two large no-voters)',
    voters: [...owners({ yes: 6 }), { area: 200, vote: 'no' }, { area: 200, vote: 'no' }],
    kind: 'major',
    quorumMet: true,
    passed: false,
  },
  {
    name: 'yes area ≥ 3/4 but yes heads below (one large yes-voter)',
    voters: [{ area: 900, vote: 'yes' }, ...owners({ yes: 1, no: 2 })],
    kind: 'major',
    quorumMet: true,
    passed: false,
  },
  {
    name: 'floating-point 3/4 on area: 0.1+0.15+0.35 of 0.8 (naive 4·yes < 3·part)',
    voters: [
      { area: 0.1, vote: 'yes' },
      { area: 0.15, vote: 'yes' },
      { area: 0.35, vote: 'yes' },
      { area: 0.2, vote: 'no' },
    ],
    kind: 'major',
    quorumMet: true,
    passed: true,
  },
];

describe('tallyArt278 (Civil Code Art. 278)', () => {
  it.each(cases)('$name', ({ voters, kind, quorumMet, passed }) => {
    const r = tallyArt278(voters, kind);
    expect(r.quorumMet).toBe(quorumMet);
    expect(r.passed).toBe(passed);
  });

  it('reports shares of all owners and of participants', () => {
    const r = tallyArt278(owners({ yes: 6, no: 2, absent: 4 }), 'major');
    expect(r.participatingAreaShare).toBeCloseTo(8 / 12, 12);
    expect(r.participatingHeadShare).toBeCloseTo(8 / 12, 12);
    expect(r.yesAreaShare).toBeCloseTo(0.75, 12);
    expect(r.yesHeadShare).toBeCloseTo(0.75, 12);
  });

  it('gives zero shares when nobody takes part or there are no owners', () => {
    for (const voters of [owners({ absent: 3 }), []]) {
      const r = tallyArt278(voters, 'major');
      expect(r).toEqual({
        quorumMet: false,
        passed: false,
        participatingAreaShare: 0,
        participatingHeadShare: 0,
        yesAreaShare: 0,
        yesHeadShare: 0,
      });
    }
  });

  it('agrees with the count variant', () => {
    for (const c of cases) {
      let partArea = 0;
      let yesArea = 0;
      let partHeads = 0;
      let yesHeads = 0;
      let totalArea = 0;
      for (const v of c.voters) {
        totalArea += v.area;
        if (v.vote !== 'absent') {
          partArea += v.area;
          partHeads++;
        }
        if (v.vote === 'yes') {
          yesArea += v.area;
          yesHeads++;
        }
      }
      const counts = tallyArt278Counts(
        totalArea,
        c.voters.length,
        partArea,
        partHeads,
        yesArea,
        yesHeads,
        c.kind,
      );
      expect(counts).toEqual(tallyArt278(c.voters, c.kind));
    }
  });

  it('meets an exactly-2/3 area quorum despite rounding (0.7 of 0.1+0.6+0.3+0.05)', () => {
    const total = 0.1 + 0.6 + 0.3 + 0.05;
    const part = 0.1 + 0.6;
    expect(3 * part < 2 * total).toBe(true); // the naive comparison would fail
    expect(tallyArt278Counts(total, 6, part, 4, part, 4, 'major').quorumMet).toBe(true);
  });

  it('rejects inconsistent counts and bad areas', () => {
    expect(() => tallyArt278Counts(100, 3, 120, 2, 50, 1, 'ordinary')).toThrow(RangeError);
    expect(() => tallyArt278Counts(100, 3, 80, 4, 50, 1, 'ordinary')).toThrow(RangeError);
    expect(() => tallyArt278Counts(100, 3, 80, 2, 50, 3, 'ordinary')).toThrow(RangeError);
    expect(() => tallyArt278Counts(100, 3, 80, 2.5, 50, 1, 'ordinary')).toThrow(RangeError);
    expect(() => tallyArt278Counts(100, 3, Number.NaN, 2, 50, 1, 'ordinary')).toThrow(RangeError);
    expect(() => tallyArt278([{ area: 0, vote: 'yes' }], 'ordinary')).toThrow(RangeError);
  });
});

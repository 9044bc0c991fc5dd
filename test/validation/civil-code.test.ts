/**
 * Validation 4: owners' votes under Article 278 of the Civil Code of the PRC (in force 2021-01-01),
 * `agents/civil-code.ts` (docs/VALIDATION.md §4).
 *
 * Art. 278 (2): a matter is decided by owners who take part in the vote holding ≥ 2/3 of the
 * exclusive area AND being ≥ 2/3 of all owners by head (quorum). Items (6)–(8) (raising or using
 * maintenance funds, renovating or rebuilding the building and its facilities, which covers adding an
 * elevator, and changing the use of common parts) need the consent of ≥ 3/4 of the participating
 * area AND ≥ 3/4 of the participating owners; other matters need more than half of both.
 * Every row below was worked out by hand from those thresholds; boundaries are hit exactly.
 */
import { describe, expect, it } from 'vitest';
import { type MatterKind, tallyArt278, tallyArt278Counts, type Voter } from '../../agents/civil-code.js';

// [case, total area, total heads, participating area, heads, yes area, heads, kind, quorum, passes]
type Row = [string, number, number, number, number, number, number, MatterKind, boolean, boolean];

const TABLE: Row[] = [
  // Quorum: 12 owners, 900 m²; 2/3 is 8 owners and 600 m².
  ['quorum exactly 2/3 of area and heads', 900, 12, 600, 8, 600, 8, 'major', true, true],
  ['area 0.01 m² short of 2/3', 900, 12, 599.99, 8, 599.99, 8, 'major', false, false],
  ['heads one short of 2/3 (7 of 12)', 900, 12, 700, 7, 700, 7, 'major', false, false],
  ['everyone takes part, nobody says yes', 900, 12, 900, 12, 0, 0, 'ordinary', true, false],
  // Major matter: 3/4 of the participating 600 m² is 450 m²; of 8 owners, 6.
  ['major: exactly 3/4 of area and heads', 900, 12, 600, 8, 450, 6, 'major', true, true],
  ['major: 3/4 of heads, area 0.01 m² short', 900, 12, 600, 8, 449.99, 6, 'major', true, false],
  ['major: 3/4 of area, heads 5 of 8', 900, 12, 600, 8, 500, 5, 'major', true, false],
  ['major: all yes but no quorum', 900, 12, 590, 8, 590, 8, 'major', false, false],
  // Ordinary matter: more than half of 600 m² (> 300) and of 8 owners (> 4).
  ['ordinary: exactly half of heads fails', 900, 12, 600, 8, 400, 4, 'ordinary', true, false],
  ['ordinary: exactly half of area fails', 900, 12, 600, 8, 300, 5, 'ordinary', true, false],
  ['ordinary: just over half of both passes', 900, 12, 600, 8, 300.01, 5, 'ordinary', true, true],
  ['ordinary: the 3/4 case passes too', 900, 12, 600, 8, 450, 6, 'ordinary', true, true],
  // Degenerate: no owners (a unit of renters only) cannot decide anything.
  ['no owners', 0, 0, 0, 0, 0, 0, 'ordinary', false, false],
];

describe('validation 4: Civil Code Art. 278 quorum and majorities', () => {
  it.each(TABLE)('%s', (_name, ta, th, pa, ph, ya, yh, kind, quorum, passes) => {
    const r = tallyArt278Counts(ta, th, pa, ph, ya, yh, kind);
    expect(r.quorumMet).toBe(quorum);
    expect(r.passed).toBe(passes);
  });

  it('a 12-flat stairwell unit voting on an elevator (major matter), ballot by ballot', () => {
    // Floors 1–6, two flats each; areas 60 m² on floors 1–3 and 80 m² on 4–6 (total 840 m²).
    const area = (i: number) => (i < 6 ? 60 : 80);
    const ballots = (votes: Voter['vote'][]): Voter[] => votes.map((vote, i) => ({ area: area(i), vote }));
    // Floors 1 and 2 absent, the rest yes: 8 of 12 heads (= 2/3), 600 of 840 m² (≥ 560): quorum;
    // yes = all participants: passes.
    const a = tallyArt278(
      ballots([
        'absent',
        'absent',
        'absent',
        'absent',
        'yes',
        'yes',
        'yes',
        'yes',
        'yes',
        'yes',
        'yes',
        'yes',
      ]),
      'major',
    );
    expect([a.quorumMet, a.passed]).toEqual([true, true]);
    // Ground floor votes no, floor 2 abstains, the rest yes: 12 take part; yes 8 of 12 heads (< 3/4): fails.
    const b = tallyArt278(
      ballots(['no', 'no', 'abstain', 'abstain', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes']),
      'major',
    );
    expect([b.quorumMet, b.passed]).toEqual([true, false]);
    expect(b.yesHeadShare).toBeCloseTo(8 / 12, 12);
    // Only the ground floor votes no: yes 10 of 12 heads and 720 of 840 m² (both ≥ 3/4): passes.
    const c = tallyArt278(
      ballots(['no', 'no', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes']),
      'major',
    );
    expect([c.quorumMet, c.passed]).toEqual([true, true]);
    expect(c.yesAreaShare).toBeCloseTo(720 / 840, 12);
  });
});

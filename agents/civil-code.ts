/**
 * Owners' votes under Article 278 of the Civil Code of the PRC (in force 2021-01-01).
 *
 * Rule: a vote is valid (quorum) when the owners taking part hold at least 2/3 of the exclusive
 * area AND are at least 2/3 of all owners by head. A major matter (renovation, rebuilding,
 * raising or using the building maintenance fund, installing an elevator) then passes with at
 * least 3/4 of the participating area AND at least 3/4 of the participating owners; any other
 * matter passes with more than 1/2 of both. Renters are not owners and do not vote: the caller
 * leaves them out. Abstentions count as taking part but not as "yes".
 *
 * Thresholds are compared as cross-multiplied rationals (3·part ≥ 2·total). Head counts are
 * integers, so those comparisons are exact; area sums are floating point, so a relative slack of
 * {@link AREA_REL_TOLERANCE} lets a share that is exactly 2/3 or 3/4 on paper meet the threshold.
 */

/** An owner's ballot; 'absent' means the owner did not take part. */
export type Vote = 'yes' | 'no' | 'abstain' | 'absent';

/** 'major': renovation, rebuilding, maintenance funds, elevators (3/4 rule); 'ordinary': majority. */
export type MatterKind = 'major' | 'ordinary';

/** One owner (one exclusive unit). */
export interface Voter {
  /** Exclusive (专有部分) area in m², > 0. */
  area: number;
  vote: Vote;
}

/** Outcome of one Art. 278 vote; every share is in 0..1. */
export interface VoteResult {
  /** Participants hold ≥ 2/3 of the exclusive area and are ≥ 2/3 of owners by head. */
  quorumMet: boolean;
  /** Quorum met and the yes shares reach the threshold of the matter kind. */
  passed: boolean;
  /** Participating area / total exclusive area (0 when there is no area). */
  participatingAreaShare: number;
  /** Participating owners / all owners (0 when there are no owners). */
  participatingHeadShare: number;
  /** Yes area / participating area (0 when nobody takes part). */
  yesAreaShare: number;
  /** Yes owners / participating owners (0 when nobody takes part). */
  yesHeadShare: number;
}

/**
 * Relative slack on area comparisons (dimensionless): 1e-9 of the larger side. Far below any real
 * difference (0.01 m² in 10⁶ m² is 1e-8) and far above the rounding error of summing areas.
 */
export const AREA_REL_TOLERANCE = 1e-9;

/** num/den · whole ≤ part, for areas (with relative slack). */
function areaReaches(part: number, whole: number, num: number, den: number): boolean {
  const lhs = den * part;
  const rhs = num * whole;
  return lhs >= rhs - AREA_REL_TOLERANCE * Math.max(Math.abs(lhs), Math.abs(rhs));
}

/** num/den · whole < part, for areas (strict, with relative slack against spurious passes). */
function areaExceeds(part: number, whole: number, num: number, den: number): boolean {
  const lhs = den * part;
  const rhs = num * whole;
  return lhs > rhs + AREA_REL_TOLERANCE * Math.max(Math.abs(lhs), Math.abs(rhs));
}

function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

/**
 * Art. 278 vote from sums, for hot loops over typed arrays (one call per building unit or
 * community). Areas in m², heads are owner counts (integers).
 *
 * @param totalArea exclusive area of all owners, m²
 * @param totalHeads number of owners
 * @param partArea area of owners who voted yes, no or abstain, m²
 * @param partHeads number of owners who voted yes, no or abstain
 * @param yesArea area of owners who voted yes, m²
 * @param yesHeads number of owners who voted yes
 * @param kind 'major' (≥ 3/4 of both) or 'ordinary' (> 1/2 of both)
 * @throws RangeError when the sums are negative, not finite, heads not integers, or not nested
 *   (yes ≤ participating ≤ total)
 */
export function tallyArt278Counts(
  totalArea: number,
  totalHeads: number,
  partArea: number,
  partHeads: number,
  yesArea: number,
  yesHeads: number,
  kind: MatterKind,
): VoteResult {
  const headsOk =
    Number.isInteger(yesHeads) &&
    Number.isInteger(partHeads) &&
    Number.isInteger(totalHeads) &&
    yesHeads >= 0 &&
    yesHeads <= partHeads &&
    partHeads <= totalHeads;
  const areasOk =
    yesArea >= 0 &&
    Number.isFinite(totalArea) &&
    areaReaches(partArea, yesArea, 1, 1) &&
    areaReaches(totalArea, partArea, 1, 1);
  if (!headsOk || !areasOk) {
    throw new RangeError(
      `Art. 278 tally needs 0 ≤ yes ≤ participating ≤ total (area ${yesArea}/${partArea}/${totalArea}, ` +
        `heads ${yesHeads}/${partHeads}/${totalHeads})`,
    );
  }
  const quorumMet =
    totalHeads > 0 &&
    totalArea > 0 &&
    areaReaches(partArea, totalArea, 2, 3) &&
    3 * partHeads >= 2 * totalHeads;
  let thresholdMet: boolean;
  if (kind === 'major') {
    thresholdMet = areaReaches(yesArea, partArea, 3, 4) && 4 * yesHeads >= 3 * partHeads;
  } else {
    thresholdMet = areaExceeds(yesArea, partArea, 1, 2) && 2 * yesHeads > partHeads;
  }
  return {
    quorumMet,
    passed: quorumMet && partHeads > 0 && thresholdMet,
    participatingAreaShare: share(partArea, totalArea),
    participatingHeadShare: share(partHeads, totalHeads),
    yesAreaShare: share(yesArea, partArea),
    yesHeadShare: share(yesHeads, partHeads),
  };
}

/**
 * Art. 278 vote over a list of owners (renters excluded by the caller). Sums the areas and heads
 * and defers to {@link tallyArt278Counts}.
 *
 * @param voters owners with exclusive area (m²) and ballot
 * @param kind 'major' (≥ 3/4 of participating area and owners) or 'ordinary' (> 1/2 of both)
 */
export function tallyArt278(voters: readonly Voter[], kind: MatterKind): VoteResult {
  let totalArea = 0;
  let partArea = 0;
  let yesArea = 0;
  let partHeads = 0;
  let yesHeads = 0;
  for (const v of voters) {
    if (!(v.area > 0) || !Number.isFinite(v.area)) {
      throw new RangeError(`voter area must be a positive number of m², got ${v.area}`);
    }
    totalArea += v.area;
    if (v.vote === 'absent') continue;
    partArea += v.area;
    partHeads += 1;
    if (v.vote === 'yes') {
      yesArea += v.area;
      yesHeads += 1;
    }
  }
  return tallyArt278Counts(totalArea, voters.length, partArea, partHeads, yesArea, yesHeads, kind);
}

/**
 * Owners' votes on the renovation plan under Civil Code Art. 278 (MODEL.md §7.3, §7.6).
 *
 * Rule: only owners vote (renters never count), weighted by exclusive area (areaM2) and by head.
 * An aware owner takes part; an unaware owner takes part with probability equal to the share of the
 * electorate's owners who are aware (neighbours who know bring the ballot along), so turnout and the
 * quorum rise with awareness without a free turnout parameter. A participant votes yes when its
 * opinion on the matter plus normal(0, voteNoise) plus consentWeight × (trust − 0.5) exceeds 0.5 (an
 * owner who trusts the government and its partners gives the plan the benefit of the doubt
 * [assumed form]). The community votes on the
 * comprehensive renovation; each building unit with an elevator in the plan votes on its elevator
 * (both 'major' matters: 2/3 quorum, 3/4 of participating area and heads). Opinions were formed on
 * the whole plan; for each matter the household's opinion is re-centred on its valuation of that
 * matter alone: o + L(U_matter) − L(U_plan) (L the logistic map), which equals o when its unit has
 * no elevator in the plan, so a top-floor owner facing a large elevator share may back the
 * renovation and oppose the elevator.
 */
import type { Community, World } from '../sim/world/state.js';
import { tallyArt278Counts, type VoteResult } from './civil-code.js';
import { failedThresholds, logEvent, tracing } from '../sim/world/trace.js';
import { elevatorUtility, logistic, planUtility, renovationUtility } from './resident-utility.js';

/** Outcome of the votes of one community. */
export interface VoteOutcome {
  /** The community vote on the comprehensive renovation passed (Art. 278, major matter). */
  renovationPassed: boolean;
  /** Yes area / participating area in the community vote (0..1). */
  consentShare: number;
  /** Ids of building units whose elevator vote passed (unit.elevator stays 1). */
  elevatorUnitsPassed: number[];
}

type Matter = 'renovation' | 'elevator';

/** Tally one Art. 278 vote over the owners of households [start, end) (residents stream). */
function tally(world: World, c: Community, start: number, end: number, matter: Matter): VoteResult {
  const hh = world.households;
  const plan = c.plan!;
  const U = world.scenario.residents.utility;
  const rng = world.streams.residents;
  const consentWeight = world.scenario.residents.trust.consentWeight;
  let owners = 0;
  let aware = 0;
  for (let h = start; h < end; h++) {
    if (hh.owner[h] !== 1) continue;
    owners++;
    if (hh.aware[h] === 1) aware++;
  }
  const turnoutUnaware = owners > 0 ? aware / owners : 0;
  let totalArea = 0;
  let partArea = 0;
  let partHeads = 0;
  let yesArea = 0;
  let yesHeads = 0;
  for (let h = start; h < end; h++) {
    if (hh.owner[h] !== 1) continue;
    const area = hh.areaM2[h];
    totalArea += area;
    if (hh.aware[h] !== 1 && !(rng.next() < turnoutUnaware)) continue;
    partArea += area;
    partHeads++;
    let o = hh.opinion[h];
    if (world.units[hh.unit[h]].elevator === 1) {
      const part =
        matter === 'renovation' ? renovationUtility(world, h, c, plan) : elevatorUtility(world, h, plan);
      o += logistic(part, U.opinionScale) - logistic(planUtility(world, h, c, plan), U.opinionScale);
    }
    if (o + rng.normal(0, U.voteNoise) + consentWeight * (hh.trust[h] - 0.5) > 0.5) {
      yesArea += area;
      yesHeads++;
    }
  }
  return tallyArt278Counts(totalArea, owners, partArea, partHeads, yesArea, yesHeads, 'major');
}

/**
 * Hold community c's votes (state 'vote', c.plan set): the community vote on the comprehensive
 * renovation, then one vote per unit with unit.elevator === 1; failed units get elevator = 3.
 * Counts world.month votesHeld/votesPassed/consentShareSum/elevatorVotesHeld/elevatorVotesPassed,
 * awareAtVote/householdsAtVote (households of c aware of the plan when it votes, and all of them)
 * and c.votes/votesPassed/consentShare. The caller moves the community's state.
 *
 * @throws Error when c.plan is null
 */
export function holdVotes(world: World, c: Community): VoteOutcome {
  if (c.plan === null) throw new Error(`holdVotes: community ${c.id} has no plan`);
  const r = tally(world, c, c.hhStart, c.hhEnd, 'renovation');
  if (tracing(world, c.id)) traceVote(world, c, -1, r);
  let aware = 0;
  for (let h = c.hhStart; h < c.hhEnd; h++) if (world.households.aware[h] === 1) aware++;
  world.month.awareAtVote += aware;
  world.month.householdsAtVote += c.hhEnd - c.hhStart;
  const consentShare = r.yesAreaShare;
  world.month.votesHeld++;
  world.month.consentShareSum += consentShare;
  c.votes++;
  c.consentShare = consentShare;
  if (r.passed) {
    world.month.votesPassed++;
    c.votesPassed++;
  }
  const elevatorUnitsPassed: number[] = [];
  for (let u = c.unitStart; u < c.unitEnd; u++) {
    const unit = world.units[u];
    if (unit.elevator !== 1) continue;
    world.month.elevatorVotesHeld++;
    const v = tally(world, c, unit.hhStart, unit.hhEnd, 'elevator');
    if (tracing(world, c.id)) traceVote(world, c, unit.id, v);
    if (v.passed) {
      world.month.elevatorVotesPassed++;
      elevatorUnitsPassed.push(unit.id);
    } else {
      unit.elevator = 3;
    }
  }
  return { renovationPassed: r.passed, consentShare, elevatorUnitsPassed };
}

/** Log a vote of community c (unit −1) or of one of its building units on its elevator. */
function traceVote(world: World, c: Community, unit: number, r: VoteResult): void {
  logEvent(world.trace!, world.clock.tick, c.id, {
    kind: 'vote',
    matter: unit < 0 ? 'renovation' : 'elevator',
    unit,
    participatingAreaShare: r.participatingAreaShare,
    participatingHeadShare: r.participatingHeadShare,
    yesAreaShare: r.yesAreaShare,
    yesHeadShare: r.yesHeadShare,
    passed: r.passed,
    failed: failedThresholds(r),
  });
}

/**
 * The consultation of residents on their community's renovation plan, "三上三下" (MODEL.md §7.3).
 *
 * Rule: when a community enters consultation every household forgets the previous plan (unaware,
 * not participating; trained representatives of the renewal academy know the new plan at once) and holds the latent opinion o = 1 / (1 + exp(−U/s)) of the new plan. Each
 * month of a round: awareness spreads, aware households exchange opinions, and the participation
 * cascade runs. At the end of a round (monthsPerRound months) the plan is revised toward what the
 * participants said, if anyone took part: items whose support (share of participants whose utility
 * is higher with the item than without it) is below dropItemBelowSupport are dropped, keeping at
 * least renovation.minItems of the most supported and every basic item (基础类, mandatory); the owners' cost share is cut by costShareCut and
 * the ground-floor compensation raised by compensationAdd where elevators are planned, both scaled by
 * (1 + revisionBonus) when a planner helps. Opinions then shift by the change of each household's
 * private valuation, o ← clip(o + L(U_new) − L(U_old), 0, 1), which keeps what discussion did to the
 * opinion and adds what the revision did to the household's interest. The vote is called after
 * maxRounds, or earlier when the round's participation reached minParticipationForVote and at least
 * 3/4 of the participants support the revised plan (o > 0.5): the Art. 278 pass threshold for major
 * matters, the point at which a residents' committee can expect the vote to pass. Without the
 * consultation instrument, one month of awareness precedes the vote and the plan is not revised.
 */
import type { Community, Plan, World } from '../sim/world/state.js';
import { awarenessStep, exchangeOpinions } from './resident-opinion.js';
import { participationCascade, startRound } from './resident-participation.js';
import { volunteerMonth } from './resident-money.js';
import { scratchFloats } from '../sim/world/scratch.js';
import { logEvent, tracing } from '../sim/world/trace.js';
import { itemMarginalUtility, logistic, planUtility, plannerOpinion } from './resident-utility.js';

/**
 * Open the consultation of community c on c.plan (set by the lead): reset awareness and
 * participation, set opinions from utilities, enrol volunteers when the points scheme exists
 * (each household with probability volunteerPoints.participationShare), start round 1 and set
 * c.monthsLeft (monthsPerRound, or 1 without the consultation instrument). Residents stream.
 *
 * @throws Error when c.plan is null
 */
export function startConsultation(world: World, c: Community): void {
  const plan = c.plan;
  if (plan === null) throw new Error(`startConsultation: community ${c.id} has no plan`);
  const hh = world.households;
  const R = world.scenario.residents;
  const s = R.utility.opinionScale;
  const rng = world.streams.residents;
  const vp = R.volunteerPoints;
  for (let h = c.hhStart; h < c.hhEnd; h++) {
    // Trained representatives sit on the consultation from the start and know the plan.
    hh.aware[h] = hh.leader[h] === 1 ? 1 : 0;
    hh.opinion[h] = logistic(planUtility(world, h, c, plan), s);
    if (vp.enabled && rng.next() < vp.participationShare) hh.volunteer[h] = 1;
  }
  startRound(world, c);
  c.monthsLeft = R.consultation.enabled ? R.consultation.monthsPerRound : 1;
}

function toVote(world: World, c: Community): void {
  c.state = 'vote';
  c.stateSince = world.clock.tick;
}

/**
 * Drop unsupported items, keeping at least minItems of the most supported (ties by item index). Basic
 * items (基础类, 国办发〔2020〕23号) are mandatory and never dropped. Allocates a few item-sized arrays
 * once per community per revision.
 */
function dropItems(world: World, c: Community, plan: Plan, participants: number): void {
  const hh = world.households;
  const minItems = world.scenario.renovation.minItems;
  const dropBelow = world.scenario.residents.consultation.dropItemBelowSupport;
  const m = plan.items.length;
  if (m <= minItems) return;
  const support = plan.items.map((k) => {
    // A basic item stays whatever its support: it ranks first and counts toward minItems.
    if (world.items[k].category === 'basic') return Number.POSITIVE_INFINITY;
    let yes = 0;
    for (let h = c.hhStart; h < c.hhEnd; h++) {
      if (hh.participating[h] === 1 && itemMarginalUtility(world, h, c, plan, k) > 0) yes++;
    }
    return yes / participants;
  });
  const ranked = plan.items
    .map((_, i) => i)
    .sort((a, b) => support[b] - support[a] || plan.items[a] - plan.items[b]);
  plan.items = ranked
    .filter((i, rank) => rank < minItems || support[i] >= dropBelow)
    .map((i) => plan.items[i])
    .sort((a, b) => a - b);
}

/** Revise c.plan after a round with participants > 0, and shift opinions by the change in valuation. */
function revisePlan(world: World, c: Community, plan: Plan, participants: number): void {
  const hh = world.households;
  const cons = world.scenario.residents.consultation;
  const s = world.scenario.residents.utility.opinionScale;
  const n = c.hhEnd - c.hhStart;
  const before = scratchFloats(world.scratch, n);
  for (let k = 0; k < n; k++) before[k] = logistic(planUtility(world, c.hhStart + k, c, plan), s);
  dropItems(world, c, plan, participants);
  const factor = c.hasPlanner ? 1 + world.scenario.ngos.planners.revisionBonus : 1;
  plan.residentShare = Math.max(
    Math.min(plan.residentShare, plan.minResidentShare),
    plan.residentShare * (1 - Math.min(1, cons.costShareCut * factor)),
  );
  let elevators = false;
  for (let u = c.unitStart; u < c.unitEnd; u++) if (world.units[u].elevator === 1) elevators = true;
  if (elevators) plan.groundCompensationRmb += cons.compensationAdd * factor;
  plan.revisions++;
  for (let k = 0; k < n; k++) {
    const h = c.hhStart + k;
    const o = hh.opinion[h] + logistic(planUtility(world, h, c, plan), s) - before[k];
    hh.opinion[h] = Math.min(1, Math.max(0, o));
  }
}

/** Share of participants of c whose opinion exceeds 0.5 (0 without participants). */
function participantSupport(world: World, c: Community): number {
  const hh = world.households;
  let part = 0;
  let yes = 0;
  for (let h = c.hhStart; h < c.hhEnd; h++) {
    if (hh.participating[h] !== 1) continue;
    part++;
    if (hh.opinion[h] > 0.5) yes++;
  }
  return part > 0 ? yes / part : 0;
}

/** End of a consultation round of c: revise, then call the vote or start the next round. */
function endRound(world: World, c: Community, plan: Plan, participants: number): void {
  const cons = world.scenario.residents.consultation;
  const n = c.hhEnd - c.hhStart;
  world.month.participantsSum += participants;
  world.month.consultedHouseholds += n;
  const itemsBefore = plan.items.length;
  const shareBefore = plan.residentShare;
  if (participants > 0) revisePlan(world, c, plan, participants);
  const ready =
    n > 0 && participants / n >= cons.minParticipationForVote && 4 * participantSupport(world, c) >= 3;
  const last = plan.round >= cons.maxRounds || ready;
  if (tracing(world, c.id)) traceRound(world, c, plan, participants, itemsBefore, shareBefore, last);
  if (last) {
    toVote(world, c);
    return;
  }
  plan.round++;
  c.monthsLeft = cons.monthsPerRound;
  startRound(world, c);
}

/** Log the end of a consultation round of c (only when traced). */
function traceRound(
  world: World,
  c: Community,
  plan: Plan,
  participants: number,
  itemsBefore: number,
  shareBefore: number,
  toVote: boolean,
): void {
  const n = c.hhEnd - c.hhStart;
  let aware = 0;
  for (let h = c.hhStart; h < c.hhEnd; h++) aware += world.households.aware[h];
  logEvent(world.trace!, world.clock.tick, c.id, {
    kind: 'round',
    round: plan.round,
    awareShare: n > 0 ? aware / n : Number.NaN,
    participationShare: n > 0 ? participants / n : Number.NaN,
    support: participants > 0 ? participantSupport(world, c) : Number.NaN,
    revised: participants > 0,
    itemsBefore,
    items: plan.items.length,
    residentShareBefore: shareBefore,
    residentShare: plan.residentShare,
    groundCompensationRmb: plan.groundCompensationRmb,
    toVote,
  });
}

/** One month of consultation in community c (state 'consultation', plan set). */
function consultMonth(world: World, c: Community, plan: Plan): void {
  const cons = world.scenario.residents.consultation;
  if (!cons.enabled) {
    awarenessStep(world, c, true);
    if (--c.monthsLeft <= 0) {
      if (tracing(world, c.id)) traceRound(world, c, plan, 0, plan.items.length, plan.residentShare, true);
      toVote(world, c);
    }
    return;
  }
  awarenessStep(world, c, c.monthsLeft === cons.monthsPerRound);
  const po = c.hasPlanner ? plannerOpinion(world, c, plan) : 0.5;
  exchangeOpinions(world, c, po);
  const participants = participationCascade(world, c);
  if (--c.monthsLeft <= 0) endRound(world, c, plan, participants);
}

/**
 * The residents' consultation phase of a tick (MODEL.md §3 phase 7): one month of consultation
 * for each community in state 'consultation', in id order, then volunteering. For every round that
 * ends this month it counts world.month.participantsSum (households that took part in the round) and
 * world.month.consultedHouseholds (households of the community): participation is measured over a
 * round, at its end, before the next round resets it. Communities whose consultation
 * ends move to 'vote' (stateSince = this tick). Contributions are a separate call: residentMoney.
 */
export function residentsPhase(world: World): void {
  for (const c of world.communities) {
    if (c.state === 'consultation' && c.plan !== null) consultMonth(world, c, c.plan);
  }
  volunteerMonth(world);
}

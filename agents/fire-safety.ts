/**
 * The city's fire-safety target as an instrument (`government.fireSafetyTarget`; MODEL.md §7.10). The
 * seed paper sets it: fire facilities of old communities 100 % compliant by 2027 (seed §6.5.1); a
 * community is compliant when its fire-safety condition ≥ resilience.fireSafetyThreshold.
 *
 * Rule: from the start up to the deadline month (inclusive), when the target is enabled,
 * (a) a non-compliant community's need score in the project library gains libraryPriorityWeight, so
 *     non-compliant communities are renovated first;
 * (b) with publicFunding, fire-safety items are public safety: the owners' share of a plan applies to
 *     its other items only, and the city fund pays the fire items (it pays the remainder of every
 *     project, sim/model/funding.ts); owners' valuation of the plan counts no cost for them;
 * (c) non-compliant communities outside the renovation pipeline — stalled (their vote failed),
 *     renovated (done, or in operation under a PPP firm, including those renovated before the start),
 *     and those the library's negative list keeps out for good — get fire-safety-only works
 *     (消防专项改造): public works without an owners' vote, up to works.communitiesPerYear a year
 *     (one twelfth a month, fractions carried), worst fire safety first (ties by id), each costing the
 *     menu's fire-safety items × households × the community's cost multiplier, paid by the city fund
 *     at commissioning and only as far as it holds the money (a community it cannot pay waits and a
 *     cheaper one may go first). After works.months the fire-safety condition rises to the items'
 *     after-works condition. While its works run a community is not admitted to the library.
 * After the deadline the instrument ends: works already commissioned still complete.
 * [src: seed §6.5.1 for the target; the instrument's form is assumed]
 */
import { COMPONENTS } from '../scenarios/components.js';
import type { Community, Item, World } from '../sim/world/state.js';
import { logEvent, tracing } from '../sim/world/trace.js';
import { fireCompliant } from './hazards.js';

const FIRE = COMPONENTS.indexOf('fireSafety');

/** Whether the fire-safety target is in force this month (enabled, and the deadline not yet passed). */
export function fireTargetActive(w: World): boolean {
  return w.scenario.government.fireSafetyTarget.enabled && w.clock.tick <= w.fireSafety.deadlineTick;
}

/** Whether fire-safety items are paid publicly this month (the target in force with publicFunding). */
export function publicFireItems(w: World): boolean {
  return w.scenario.government.fireSafetyTarget.publicFunding && fireTargetActive(w);
}

/** Whether item `it` renews fire-safety facilities (the items the target's public funding pays). */
export function isFireItem(it: Item): boolean {
  return it.component === FIRE;
}

/** Whether item `it` is paid publicly this month (a fire-safety item under the target's public funding). */
export function publiclyFunded(w: World, it: Item): boolean {
  return isFireItem(it) && publicFireItems(w);
}

/**
 * Share of community c's plan capex the owners' share applies to: 1, or, while fire-safety items are
 * paid publicly under the target, the share of the other items (by cost per household).
 */
export function ownersBaseShare(w: World, c: Community): number {
  if (!c.plan || !publicFireItems(w)) return 1;
  let all = 0;
  let pub = 0;
  for (const i of c.plan.items) {
    const it = w.items[i];
    all += it.costRmbPerHousehold;
    if (isFireItem(it)) pub += it.costRmbPerHousehold;
  }
  return all > 0 ? (all - pub) / all : 1;
}

/** Bonus to community c's need score in the project library (0 unless non-compliant under the target). */
export function firePriority(w: World, c: Community): number {
  if (!fireTargetActive(w) || fireCompliant(w, c)) return 0;
  return w.scenario.government.fireSafetyTarget.libraryPriorityWeight;
}

/** Whether community c has fire-safety-only works under way. */
export function fireWorksUnderWay(w: World, c: Community): boolean {
  return w.fireSafety.worksDoneAt[c.id] >= 0;
}

/** The menu's fire-safety works: cost per household (RMB, Σ of the fire items) and after-works condition (max). */
export function fireWorksStandard(w: World): { costRmbPerHousehold: number; conditionAfter: number } | null {
  let cost = 0;
  let after = -1;
  for (const it of w.items) {
    if (it.component !== FIRE) continue;
    cost += it.costRmbPerHousehold;
    after = Math.max(after, it.conditionAfter);
  }
  return after < 0 ? null : { costRmbPerHousehold: cost, conditionAfter: after };
}

/** Complete the fire-safety-only works due this month; returns how many completed. */
export function completeFireWorks(w: World): number {
  // Without the instrument no works are ever commissioned.
  if (!w.scenario.government.fireSafetyTarget.enabled) return 0;
  const fs = w.fireSafety;
  const std = fireWorksStandard(w);
  let n = 0;
  for (let id = 0; id < fs.worksDoneAt.length; id++) {
    const due = fs.worksDoneAt[id];
    if (due < 0 || due > w.clock.tick) continue;
    fs.worksDoneAt[id] = -1;
    if (std === null) continue;
    const c = w.communities[id];
    c.condition[FIRE] = Math.max(c.condition[FIRE], std.conditionAfter);
    if (tracing(w, c.id)) logEvent(w.trace!, w.clock.tick, c.id, { kind: 'fireWorksDone' });
    fs.worksCompleted++;
    n++;
  }
  return n;
}

/** Whether community c is outside the renovation pipeline and may get fire-safety-only works. */
function outsidePipeline(c: Community, excluded: (c: Community) => boolean): boolean {
  switch (c.state) {
    case 'stalled':
    case 'done':
    case 'operation':
      return true;
    case 'unlisted':
      return excluded(c);
    default:
      return false;
  }
}

/**
 * Commission this month's fire-safety-only works (rule (c) above) while the target is in force.
 * `excluded` says whether the library's negative list keeps a community out. `onCommission` is told
 * each community commissioned and its cost (RMB), already paid from the city fund to
 * `use:renovationWorks`. Returns the RMB committed this month.
 */
export function commissionFireWorks(
  w: World,
  excluded: (c: Community) => boolean,
  onCommission: (c: Community, rmb: number) => void,
): number {
  if (!fireTargetActive(w)) return 0;
  const t = w.scenario.government.fireSafetyTarget;
  const std = fireWorksStandard(w);
  if (std === null) return 0;
  const fs = w.fireSafety;
  fs.capacityCarry += t.works.communitiesPerYear / 12;
  let capacity = Math.floor(fs.capacityCarry);
  fs.capacityCarry -= capacity;
  if (capacity <= 0) return 0;
  let m = 0;
  for (const c of w.communities) {
    if (fs.worksDoneAt[c.id] >= 0 || fireCompliant(w, c) || !outsidePipeline(c, excluded)) continue;
    fs.candidates[m++] = c.id;
  }
  const cs = w.communities;
  const order = fs.candidates.subarray(0, m);
  order.sort((a, b) => cs[a].condition[FIRE] - cs[b].condition[FIRE] || a - b);
  const L = w.ledger;
  let total = 0;
  for (let k = 0; k < m && capacity > 0; k++) {
    const c = cs[order[k]];
    const costFen = Math.round(std.costRmbPerHousehold * c.households * c.costMultiplier * 100);
    if (costFen <= 0 || L.fen('cityFund') < costFen) continue;
    L.transfer('cityFund', 'use:renovationWorks', costFen / 100);
    fs.worksDoneAt[c.id] = w.clock.tick + t.works.months;
    if (tracing(w, c.id)) {
      logEvent(w.trace!, w.clock.tick, c.id, {
        kind: 'fireWorks',
        costRmb: costFen / 100,
        months: t.works.months,
      });
    }
    capacity--;
    total += costFen / 100;
    onCommission(c, costFen / 100);
  }
  return total;
}

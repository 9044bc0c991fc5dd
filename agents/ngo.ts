/**
 * Social organisations (MODEL.md §7.4; seed §6.3.1, §6.3.3, §6.5.3, §6.1.2, §3.3).
 *
 * Rule: social organisations do what they are funded for and nothing else. Community planners
 * (社区规划师) serve the communities being consulted or voting, paid monthly by the city; the renewal
 * academy (社区更新学院) trains resident representatives each year among owners of communities about to
 * be consulted, who become opinion leaders; emergency volunteer teams sit in the most exposed
 * communities and drill through the year, raising preparedness (which speeds recovery, see
 * agents/hazards.ts) while preparedness fades between drills; donations flow into the city fund;
 * mediation shortens disputes. Every cost is paid from the city fund only as far as the fund holds
 * money (hard budget constraint): what the city cannot pay for does not happen.
 */
import { COMPONENTS } from '../scenarios/components.js';
import type { ProjectState, World } from '../sim/world/state.js';

const FIRE_SAFETY = COMPONENTS.indexOf('fireSafety');

/** What the social organisations did this month (for metrics). */
export interface NgoMonth {
  /** Planners paid this month (planners). */
  planners: number;
  /** Communities with a planner this month (communities). */
  plannerCommunities: number;
  /** Drills held, one per covered community per drill (community-drills). */
  drills: number;
  /** Resident representatives trained this month (households). */
  graduates: number;
  /** Donations received into the city fund (RMB). */
  donationsRmb: number;
}

/** States in which a community is served by a planner when planners are enabled. */
export function plannerServes(state: ProjectState): boolean {
  return state === 'consultation' || state === 'vote';
}

/** Multiplier on dispute duration from NGO mediation: `ngos.mediation.durationFactor` when enabled, else 1. */
export function mediationFactor(world: World): number {
  const m = world.scenario.ngos.mediation;
  return m.enabled ? m.durationFactor : 1;
}

/** Pay up to `rmb` from the city fund to `use`; returns the RMB actually paid (never overdraws). */
function payFromFund(world: World, use: 'use:salaries' | 'use:drills' | 'use:training', rmb: number): number {
  const pay = Math.min(rmb, Math.max(0, world.ledger.rmb('cityFund')));
  return pay > 0 ? world.ledger.transfer('cityFund', use, pay) / 100 : 0;
}

/**
 * Place emergency volunteer teams (tick 0). When `ngos.volunteerTeams.enabled`, the `teams`
 * communities with the highest hazard exposure, floodExposure + (1 − fire-safety condition), get
 * `hasVolunteerTeam = true` (ties by id); all others false. Teams stay where they are placed.
 */
export function assignTeams(world: World): void {
  const v = world.scenario.ngos.volunteerTeams;
  const cs = world.communities;
  for (const c of cs) c.hasVolunteerTeam = false;
  if (!v.enabled || v.teams <= 0) return;
  const exposure = (i: number) => cs[i].floodExposure + (1 - cs[i].condition[FIRE_SAFETY]);
  const ids = cs.map((c) => c.id).sort((a, b) => exposure(b) - exposure(a) || a - b);
  for (let i = 0; i < Math.min(v.teams, ids.length); i++) cs[ids[i]].hasVolunteerTeam = true;
}

/** Drills held in calendar month m (1..12): `perYear` spread evenly, so 4 a year fall in 3, 6, 9, 12. */
export function drillsInMonth(perYear: number, month: number): number {
  return Math.floor((month * perYear) / 12) - Math.floor(((month - 1) * perYear) / 12);
}

function planners(world: World, out: NgoMonth): void {
  const p = world.scenario.ngos.planners;
  let served = 0;
  for (const c of world.communities) if (p.enabled && plannerServes(c.state)) served++;
  const wanted = Math.ceil(served / p.communitiesPerPlanner);
  const fund = Math.max(0, world.ledger.rmb('cityFund'));
  const affordable = p.salaryRmbPerMonth > 0 ? Math.floor(fund / p.salaryRmbPerMonth) : wanted;
  const hired = Math.min(wanted, affordable);
  payFromFund(world, 'use:salaries', hired * p.salaryRmbPerMonth);
  let slots = hired * p.communitiesPerPlanner;
  for (const c of world.communities) {
    c.hasPlanner = p.enabled && plannerServes(c.state) && slots > 0;
    if (c.hasPlanner) slots--;
  }
  out.planners = hired;
  out.plannerCommunities = Math.min(served, hired * p.communitiesPerPlanner);
}

function drills(world: World, out: NgoMonth): void {
  const v = world.scenario.ngos.volunteerTeams;
  const keep = 1 - v.preparednessDecayPerMonth;
  for (const c of world.communities) c.preparedness *= keep;
  if (!v.enabled) return;
  const n = drillsInMonth(v.drillsPerYear, world.clock.month);
  for (let d = 0; d < n; d++) {
    for (const c of world.communities) {
      if (!c.hasVolunteerTeam) continue;
      if (v.costRmbPerDrill > 0 && world.ledger.rmb('cityFund') < v.costRmbPerDrill) return;
      payFromFund(world, 'use:drills', v.costRmbPerDrill);
      c.preparedness += v.preparednessPerDrill * (1 - c.preparedness);
      out.drills++;
    }
  }
}

/** Make up to `k` random non-leader owners of community range [start, end) leaders (selection sampling). */
function trainIn(world: World, start: number, end: number, k: number): number {
  const hh = world.households;
  const rng = world.streams.ngos;
  let eligible = 0;
  for (let i = start; i < end; i++) if (hh.owner[i] === 1 && hh.leader[i] === 0) eligible++;
  let need = Math.min(k, eligible);
  const trained = need;
  for (let i = start; i < end && need > 0; i++) {
    if (hh.owner[i] !== 1 || hh.leader[i] !== 0) continue;
    if (rng.next() * eligible < need) {
      hh.leader[i] = 1;
      need--;
    }
    eligible--;
  }
  return trained;
}

function academy(world: World, out: NgoMonth): void {
  const a = world.scenario.ngos.academy;
  if (!a.enabled || !(world.clock.tick === 0 || world.clock.month === 1)) return;
  const targets = world.communities.filter((c) => c.state === 'listed' || c.state === 'consultation');
  if (targets.length === 0) return;
  const fund = Math.max(0, world.ledger.rmb('cityFund'));
  const affordable = a.costRmbPerGraduate > 0 ? Math.floor(fund / a.costRmbPerGraduate) : a.graduatesPerYear;
  const cohort = Math.min(a.graduatesPerYear, affordable);
  const base = Math.floor(cohort / targets.length);
  let extra = cohort - base * targets.length;
  world.streams.ngos.shuffle(targets);
  let trained = 0;
  for (const c of targets) {
    const quota = base + (extra > 0 ? 1 : 0);
    if (extra > 0) extra--;
    if (quota > 0) trained += trainIn(world, c.hhStart, c.hhEnd, quota);
  }
  payFromFund(world, 'use:training', trained * a.costRmbPerGraduate);
  out.graduates = trained;
}

/**
 * NGO phase (phase 6). In this order:
 * 1. Donations (when enabled): rmbPerYear / 12 from `src:donations` into the city fund.
 * 2. Planners (when enabled): every community in consultation or vote is to be served; planners
 *    needed = ⌈served / communitiesPerPlanner⌉, hired as far as the fund pays their monthly salary
 *    (`cityFund → use:salaries`); served communities get `hasPlanner` in id order up to the paid
 *    planners' capacity; all others lose it.
 * 3. Preparedness fades in every community, × (1 − preparednessDecayPerMonth); then drills (when
 *    teams are enabled): drillsPerYear spread evenly over calendar months ({@link drillsInMonth});
 *    each drill in a community with a team costs costRmbPerDrill (`cityFund → use:drills`, in id
 *    order while the fund can pay a whole drill) and raises preparedness by
 *    preparednessPerDrill × (1 − preparedness).
 * 4. Academy (when enabled, at tick 0 and each January): a cohort of graduatesPerYear (fewer if the
 *    fund cannot pay costRmbPerGraduate each) is spread evenly over communities in listed or
 *    consultation (remainder to communities drawn from `world.streams.ngos`); in each, random owners who
 *    are not yet leaders become leaders (`leader = 1`). A community with fewer such owners than its
 *    quota trains only those (the surplus is not reassigned); only graduates trained are paid for
 *    (`cityFund → use:training`).
 */
export function ngoPhase(world: World): NgoMonth {
  const out: NgoMonth = { planners: 0, plannerCommunities: 0, drills: 0, graduates: 0, donationsRmb: 0 };
  const d = world.scenario.ngos.donations;
  if (d.enabled && d.rmbPerYear > 0) {
    out.donationsRmb = world.ledger.transfer('src:donations', 'cityFund', d.rmbPerYear / 12) / 100;
  }
  planners(world, out);
  drills(world, out);
  academy(world, out);
  return out;
}

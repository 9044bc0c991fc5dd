/**
 * Hazards and recovery: the shocks that test a community's functionality Q(t) and the repairs that
 * bring it back (MODEL.md §7.5, reference forms §7.6; resilience triangle of Bruneau et al. 2003).
 *
 * Rule: each month nature draws a city-wide rainstorm (seasonal probability), a city-wide earthquake
 * (annual probability spread over 12 months) and an independent fire per community (more likely the
 * worse its fire safety); the economy switches between normal and downturn regimes (a two-state Markov
 * chain). Damage removes functionality in proportion to exposure and the weakness of the protecting
 * infrastructure (drainage and sponge facilities for rain, fire safety for fire, structure for
 * earthquakes). Recovery is the city's response: each month a damaged community regains a share r of
 * its lost functionality, r = r0 × (1 + a·preparedness + b·coordination) × funds factor, where the
 * funds factor is the share of this month's repair bill the city fund can pay (a hard budget limit).
 *
 * Common random numbers: the shocks stream draws the same numbers every month whatever the scenario
 * (one regime draw, two draws per city-wide hazard, two per community for fire), so two scenarios
 * with the same seed and city see the same weather: a policy that improves fire safety turns some
 * fires into non-events but never creates new ones.
 */
import { COMPONENTS } from '../scenarios/components.js';
import type { Scenario } from '../scenarios/schema.js';
import { SHOCK_TYPES, type Community, type World } from '../sim/world/state.js';
import { logEvent, tracing } from '../sim/world/trace.js';
import { tickLabel } from '../sim/kernel/calendar.js';
import { payFromCommunityFund } from './community-fund.js';
import { ageingFactor } from './management.js';

const WATER = COMPONENTS.indexOf('water');
const FIRE_SAFETY = COMPONENTS.indexOf('fireSafety');
const SPONGE = COMPONENTS.indexOf('sponge');
const STRUCTURE = COMPONENTS.indexOf('structure');
const RAIN = SHOCK_TYPES.indexOf('rainstorm');
const FIRE = SHOCK_TYPES.indexOf('fire');
const QUAKE = SHOCK_TYPES.indexOf('earthquake');

/**
 * Share of rainstorm damage that full sponge coverage removes (MODEL.md §7.6: d ∝ 1 − 0.7·sponge).
 * Not in the schema yet; proposed as `shocks.rainstorm.spongeEffectiveness` (share, default 0.7).
 */
export const SPONGE_EFFECTIVENESS = 0.7;

/**
 * Coordination level used by recovery and the governance index (0..1): 1 under the joint-meeting
 * regime (weekly dispatch, 联席会议), 0.5 with only the digital platform (更新通: shared information
 * without joint dispatch), 0 otherwise. The 0.5 is an assumption of this model (brief of the lead);
 * proposed as `shocks.recovery.platformCoordination` (share, default 0.5).
 */
export function coordinationLevel(s: Scenario): number {
  const a = s.government.approvals;
  if (a.jointMeeting.enabled) return 1;
  return a.digitalPlatform.enabled ? 0.5 : 0;
}

/** True when the community's fire-safety condition is at least `resilience.fireSafetyThreshold`. */
export function fireCompliant(world: World, c: Community): boolean {
  return c.condition[FIRE_SAFETY] >= world.scenario.resilience.fireSafetyThreshold;
}

const clip01 = (x: number) => Math.min(1, Math.max(0, x));

function deficitSum(c: Community): number {
  let s = 0;
  for (let k = 0; k < c.deficit.length; k++) s += c.deficit[k];
  return s;
}

/**
 * Remove functionality `d` (0..1) of shock type `k` from community `c`: at most what is left,
 * booked on that type's deficit; Q is recomputed as 1 − Σ deficit so the identity holds exactly.
 * Opens a recovery episode when Q first falls below `recovery.recoveredAt`. Returns the damage applied.
 */
export function applyDamage(world: World, c: Community, k: number, d: number): number {
  const x = Math.min(Math.max(d, 0), c.q);
  if (!(x > 0)) return 0;
  c.deficit[k] += x;
  c.q = Math.max(0, 1 - deficitSum(c));
  if (tracing(world, c.id)) {
    logEvent(world.trace!, world.clock.tick, c.id, {
      kind: 'shock',
      shock: SHOCK_TYPES[k],
      damage: x,
      q: c.q,
    });
  }
  if (c.q < world.scenario.shocks.recovery.recoveredAt && c.episodeStart < 0) {
    c.episodeStart = world.clock.tick;
  }
  return x;
}

/** Rainstorm damage d = severity × floodExposure × (1 − water/drainage) × (1 − 0.7 × sponge). */
export function rainstormDamage(c: Community, severity: number): number {
  return (
    severity * c.floodExposure * (1 - c.condition[WATER]) * (1 - SPONGE_EFFECTIVENESS * c.condition[SPONGE])
  );
}

/** Earthquake damage d = severity × (1 − structure). */
export function earthquakeDamage(c: Community, severity: number): number {
  return severity * (1 - c.condition[STRUCTURE]);
}

/** Monthly fire probability p = p0Monthly × (1 − fire safety)². */
export function fireProbability(world: World, c: Community): number {
  const u = 1 - c.condition[FIRE_SAFETY];
  return world.scenario.shocks.fire.p0Monthly * u * u;
}

function rainstorm(world: World, severity: number): void {
  world.month.rainstorms++;
  for (const c of world.communities) applyDamage(world, c, RAIN, rainstormDamage(c, severity));
}

function earthquake(world: World, severity: number): void {
  world.month.earthquakes++;
  for (const c of world.communities) applyDamage(world, c, QUAKE, earthquakeDamage(c, severity));
}

function fire(world: World, c: Community, severity: number): void {
  world.month.fires++;
  world.month.fireLossQ += applyDamage(world, c, FIRE, severity);
}

/** Community a scheduled fire strikes: the highest fire probability (lowest fire safety), ties by id. */
function mostFireProne(world: World): Community | undefined {
  let best: Community | undefined;
  for (const c of world.communities) {
    if (!best || c.condition[FIRE_SAFETY] < best.condition[FIRE_SAFETY]) best = c;
  }
  return best;
}

/**
 * Shocks phase (phase 2): update the downturn regime, draw this month's rainstorm, earthquake and fires
 * from `world.streams.shocks`, apply scheduled shocks dated this month, and book the damage on each
 * community's functionality Q and deficits. Counts `world.month.{rainstorms, earthquakes, fires,
 * fireLossQ}` (fireLossQ: functionality lost to fire, summed over communities, 0..1 units).
 *
 * - Severities are normal(mean, sd) clipped to [0, 1]; an earthquake's monthly probability is
 *   1 − (1 − annualProbability)^(1/12).
 * - Downturn: while `government.downturnMonthsLeft` > 0 a scheduled downturn holds (it counts down and
 *   ends when it reaches 0); otherwise, when enabled, the regime leaves with probability exitMonthly
 *   or enters with enterMonthly. A scheduled downturn dated this month sets the regime on for `months`
 *   months including this one.
 * - Scheduled rainstorms and earthquakes are city-wide with the given severity; a scheduled fire
 *   strikes the most fire-prone community (lowest fire safety, ties by id) with the given severity,
 *   because the scenario format names no community.
 * - Shocks leave infrastructure conditions unchanged (damage is to functionality; condition only
 *   decays with age, see {@link recoveryPhase}).
 */
export function shocksPhase(world: World): void {
  const s = world.scenario.shocks;
  const rng = world.streams.shocks;
  const g = world.government;
  const month = world.clock.month;

  const uRegime = rng.next();
  if (g.downturnMonthsLeft > 0) {
    g.downturnMonthsLeft--;
    if (g.downturnMonthsLeft === 0) g.downturn = false;
  } else if (s.downturn.enabled) {
    g.downturn = g.downturn ? !(uRegime < s.downturn.exitMonthly) : uRegime < s.downturn.enterMonthly;
  }

  const uRain = rng.next();
  const rainSeverity = clip01(rng.normal(s.rainstorm.severity.mean, s.rainstorm.severity.sd));
  if (s.rainstorm.enabled && uRain < s.rainstorm.monthlyProbability[month - 1])
    rainstorm(world, rainSeverity);

  const uQuake = rng.next();
  const quakeSeverity = clip01(rng.normal(s.earthquake.severity.mean, s.earthquake.severity.sd));
  const pQuake = 1 - (1 - s.earthquake.annualProbability) ** (1 / 12);
  if (s.earthquake.enabled && uQuake < pQuake) earthquake(world, quakeSeverity);

  for (const c of world.communities) {
    const uFire = rng.next();
    const fireSeverity = clip01(rng.normal(s.fire.severity.mean, s.fire.severity.sd));
    if (s.fire.enabled && uFire < fireProbability(world, c)) fire(world, c, fireSeverity);
  }

  if (s.scheduled.length === 0) return;
  const label = tickLabel(world.scenario.calendar.start, world.clock.tick);
  for (const ev of s.scheduled) {
    if (ev.date !== label) continue;
    if (ev.type === 'rainstorm') rainstorm(world, ev.severity);
    else if (ev.type === 'earthquake') earthquake(world, ev.severity);
    else if (ev.type === 'downturn') {
      g.downturn = true;
      g.downturnMonthsLeft = Math.max(g.downturnMonthsLeft, ev.months);
    } else {
      const c = mostFireProne(world);
      if (c) fire(world, c, ev.severity);
    }
  }
}

/** Functionality deficit below which a community counts as fully repaired (numerical cut-off). */
export const RECOVERED_EPSILON = 1e-6;

/**
 * Recovery phase (phase 9, before the month closes).
 *
 * 1. Each January (not at tick 0) every infrastructure condition is multiplied by
 *    (1 − resilience.conditionDecayPerYear × ageingFactor): a year of ageing, slower under
 *    professional management (agents/management.ts).
 * 2. Damaged communities (Σ deficit > 0) are served largest deficit first, ties by id (deterministic
 *    triage). For each: planned rate r* = min(1, r0 × (1 + a·preparedness + b·coordination)) with
 *    coordination from {@link coordinationLevel}; this month's repair bill is the cost of restoring
 *    r* of the deficit, need = r* × Σ deficit × households × renovation.repairRmbPerHouseholdPerDamage
 *    (so restoring one unit of functionality costs that amount per household, whatever the pace);
 *    the community's own fund (value-uplift money, when `valueUplift.spendOn.repairs`) pays first,
 *    up to its balance (`communityFunds → use:repairs`), then the emergency repair reserve
 *    (`emergencyReserve → use:repairs`, which project commitments cannot spend), then the city fund
 *    pays what is left up to its balance (`cityFund → use:repairs`), and the funds factor is paid / need (1 when need is 0). The rate applied is r = r* × funds factor, and every deficit
 *    shrinks by (1 − r), i.e. Q ← Q + r(1 − Q). An empty city fund means no recovery.
 * 3. Bruneau loss, quadrature: each community adds its deficits after recovery to `c.loss[k]` (one
 *    month × (1 − Q at the end of the month)): a rectangle rule on end-of-month samples, the same as
 *    `bruneauLoss` in sim/model/resilience.ts, in community-months.
 * 4. A community with an open episode whose Q is back at `recovery.recoveredAt` or above closes it:
 *    `world.month.recoveryMonthsSum += tick − episodeStart` (0 = recovered in the month of the shock),
 *    `world.month.recoveries++`.
 */
export function recoveryPhase(world: World): void {
  const s = world.scenario;
  const rec = s.shocks.recovery;
  const cs = world.communities;
  const tick = world.clock.tick;
  if (world.clock.month === 1 && tick > 0) {
    for (const c of cs) {
      // Professional management slows ageing (agents/management.ts; factor 1 without it).
      const keep = 1 - s.resilience.conditionDecayPerYear * ageingFactor(world, c);
      for (let k = 0; k < c.condition.length; k++) c.condition[k] *= keep;
    }
  }

  const orderBuf = world.scratch.recoveryOrder;
  const totalBuf = world.scratch.recoveryDeficit;
  let n = 0;
  for (const c of cs) {
    const t = deficitSum(c);
    if (t > 0) {
      totalBuf[c.id] = t;
      orderBuf[n++] = c.id;
    }
  }
  const order = orderBuf.subarray(0, n);
  order.sort((a, b) => totalBuf[b] - totalBuf[a] || a - b);

  const coordination = coordinationLevel(s);
  const costPerDamage = s.renovation.repairRmbPerHouseholdPerDamage;
  const spendOwnFund = s.enterprises.valueUplift.spendOn.repairs;
  for (let i = 0; i < n; i++) {
    const c = cs[order[i]];
    const planned = Math.min(
      1,
      rec.r0 * (1 + rec.preparednessWeight * c.preparedness + rec.coordinationWeight * coordination),
    );
    const need = planned * totalBuf[c.id] * c.households * costPerDamage;
    let funds = 1;
    if (need > 0) {
      const own = spendOwnFund ? payFromCommunityFund(world, c, 'use:repairs', need) : 0;
      const reserve = Math.min(need - own, Math.max(0, world.ledger.rmb('emergencyReserve')));
      const reserveFen = reserve > 0 ? world.ledger.transfer('emergencyReserve', 'use:repairs', reserve) : 0;
      const pay = Math.min(need - own - reserveFen / 100, Math.max(0, world.ledger.rmb('cityFund')));
      if (pay > 0) world.ledger.transfer('cityFund', 'use:repairs', pay);
      funds = Math.min(1, (own + reserveFen / 100 + pay) / need);
    }
    const keep = 1 - planned * funds;
    for (let k = 0; k < c.deficit.length; k++) c.deficit[k] *= keep;
    // Numerical cut-off: a deficit below RECOVERED_EPSILON of functionality counts as repaired.
    if (deficitSum(c) < RECOVERED_EPSILON) c.deficit.fill(0);
    c.q = Math.max(0, 1 - deficitSum(c));
  }

  for (const c of cs) {
    for (let k = 0; k < c.deficit.length; k++) c.loss[k] += c.deficit[k];
    if (c.episodeStart >= 0 && c.q >= rec.recoveredAt) {
      if (tracing(world, c.id)) {
        logEvent(world.trace!, tick, c.id, { kind: 'recovered', months: tick - c.episodeStart, q: c.q });
      }
      world.month.recoveryMonthsSum += tick - c.episodeStart;
      world.month.recoveries++;
      c.episodeStart = -1;
    }
  }
}

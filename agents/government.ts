/**
 * The city government (MODEL.md §7.1). It follows configured rules, not optimisation: each January
 * it appropriates the special renewal fund (base × (1 + growth)^(y − y0), growth 15 %/yr by default
 * [src: seed §6.1.2], cut in a downturn), issues and services special bonds, pays the guidance fund's
 * private investors their required return, adapts subsidies when an adaptive rule is configured,
 * evaluates last year's performance, and admits up to the year's capacity of communities to the
 * project library, ranked by a need score with priority items weighted up and a negative list
 * excluded ("年度项目库+负面清单" [src: seed §6.1.1]). It never commits money it does not hold.
 */
import type { Scenario } from '../scenarios/schema.js';
import { COMPONENTS } from '../scenarios/components.js';
import type { Community, World } from '../sim/world/state.js';
import { firePriority, fireWorksUnderWay } from './fire-safety.js';
import { logEvent, tracing } from '../sim/world/trace.js';

const WATER = COMPONENTS.indexOf('water');
const POWER = COMPONENTS.indexOf('power');
const GAS = COMPONENTS.indexOf('gas');
const FIRE = COMPONENTS.indexOf('fireSafety');
const AGING = COMPONENTS.indexOf('agingFriendly');

/** State of the budget path kept across years (growth compounds year on year). */
export interface BudgetPath {
  factor: number;
}

/**
 * Need score of a community: infrastructure deficit, elderly share and hazard exposure, plus priority
 * items, plus the fire-safety target's priority for a non-compliant community (agents/fire-safety.ts).
 */
export function needScore(w: World, c: Community): number {
  const s = w.scenario.government.projectLibrary;
  let deficit = 0;
  for (let k = 0; k < c.condition.length; k++) deficit += 1 - c.condition[k];
  deficit /= c.condition.length;
  let elderly = 0;
  for (let h = c.hhStart; h < c.hhEnd; h++) elderly += w.households.elderly[h];
  elderly /= Math.max(1, c.hhEnd - c.hhStart);
  const hazard = (c.floodExposure + (1 - c.condition[FIRE])) / 2;
  const elevatorEligible =
    w.scenario.renovation.elevator.enabled && c.storeys >= w.scenario.renovation.elevator.minStoreys ? 1 : 0;
  const priority = (elevatorEligible + (1 - c.condition[AGING])) / 2;
  return (
    s.needWeights.infrastructure * deficit +
    s.needWeights.elderly * elderly +
    s.needWeights.hazard * hazard +
    s.priorityWeight * priority +
    firePriority(w, c)
  );
}

/** Whether the library's negative list keeps community c out (built after builtAfterYear, or an excluded district). */
export function excluded(s: Scenario, c: Community): boolean {
  const neg = s.government.projectLibrary.negativeList;
  return c.buildYear > neg.builtAfterYear || neg.districts.includes(c.district);
}

/**
 * Admit communities to the library: eligible ones ranked by need (ties by id), up to capacity. A
 * community whose fire-safety-only works are under way waits for them to finish.
 */
export function admitToLibrary(w: World, capacity: number): number {
  const tick = w.clock.tick;
  const eligible: Community[] = [];
  for (const c of w.communities) {
    const open = c.state === 'unlisted' || (c.state === 'stalled' && c.stalledUntil <= tick);
    if (!open || excluded(w.scenario, c) || fireWorksUnderWay(w, c)) continue;
    c.needScore = needScore(w, c);
    eligible.push(c);
  }
  eligible.sort((a, b) => b.needScore - a.needScore || a.id - b.id);
  const n = Math.min(Math.floor(capacity), eligible.length);
  for (let i = 0; i < n; i++) {
    const c = eligible[i];
    if (tracing(w, c.id)) {
      logEvent(w.trace!, tick, c.id, {
        kind: 'listed',
        needScore: c.needScore,
        rank: i + 1,
        eligible: eligible.length,
        capacity: Math.floor(capacity),
        relisted: c.state === 'stalled',
      });
    }
    c.state = 'listed';
    c.stateSince = tick;
  }
  if (w.trace !== null) {
    const cutScore = n > 0 ? eligible[n - 1].needScore : Number.NaN;
    w.trace.library.push({ t: tick, eligible: eligible.length, admitted: n, cutScore });
  }
  return n;
}

/**
 * Appropriate this month's share of the year's special fund (one twelfth of the annual budget). With
 * the emergency reserve, shareOfBudget of it goes to the repair reserve first, as long as the reserve
 * holds less than shareOfBudget × the year's budget; the rest goes to the city fund.
 */
export function appropriateMonthly(w: World): void {
  const f = w.scenario.government.cityFund;
  if (!f.enabled) return;
  const month = w.government.yearBudgetRmb / 12;
  const r = w.scenario.government.emergencyReserve;
  const room = r.enabled
    ? Math.max(0, r.shareOfBudget * w.government.yearBudgetRmb - w.ledger.rmb('emergencyReserve'))
    : 0;
  const reserve = Math.min(room, r.shareOfBudget * month);
  const reserveFen = w.ledger.transfer('src:cityBudget', 'emergencyReserve', reserve);
  w.ledger.transfer('src:cityBudget', 'cityFund', (Math.round(month * 100) - reserveFen) / 100);
}

/**
 * January (and tick 0): set the year's budget, issue and service bonds, pay the guidance fund's
 * required return, adapt subsidies, evaluate performance and fill the project library.
 */
export function calendarPhase(w: World, path: BudgetPath): void {
  const { tick, month, year } = w.clock;
  if (tick !== 0 && month !== 1) return;
  const s = w.scenario;
  const g = w.government;
  const gov = s.government;
  g.year = year;
  if (tick > 0) {
    const cut = g.downturn ? s.shocks.downturn.budgetGrowthCut : 0;
    path.factor *= 1 + gov.cityFund.growthRatePerYear - cut;
  }
  g.yearBudgetRmb = gov.cityFund.enabled ? gov.cityFund.baseBudgetRmbPerYear * path.factor : 0;
  // A city behind its completion target (performance evaluation, 绩效考核) gives renewal priority:
  // this year's fund and library capacity are raised by capacityBoost [assumed form].
  if (tick > 0 && behindTarget(w)) g.yearBudgetRmb *= 1 + gov.performance.capacityBoost;

  if (tick === 0 && gov.guidanceFund.enabled) {
    const G = gov.guidanceFund.governmentCapitalRmb;
    w.ledger.transfer('src:cityBudget', 'cityFund', G);
    w.ledger.transfer('cityFund', 'guidanceFund', G);
    w.ledger.transfer('src:privateCapital', 'guidanceFund', G * gov.guidanceFund.leverage);
    g.guidanceGovRmb = G;
    g.guidancePrivateRmb = G * gov.guidanceFund.leverage;
  }
  if (tick > 0 && gov.guidanceFund.enabled && g.guidancePrivateRmb > 0) {
    payFromCity(w, 'use:debtService', g.guidancePrivateRmb * gov.guidanceFund.requiredReturnPerYear);
  }
  if (gov.specialBonds.enabled) bonds(w);

  if (tick > 0) adaptAndEvaluate(w);
  const months = tick === 0 ? 13 - month : 12;
  const capacity = w.policies.now.libraryCapacityPerYear * g.libraryCapacity * (months / 12);
  admitToLibrary(w, capacity);
  g.completedThisYear = 0;
  g.votesThisYear = 0;
  g.votesPassedThisYear = 0;
}

/** Pay from the city fund what it holds, up to `rmb`; returns what was paid. */
export function payFromCity(
  w: World,
  to: 'use:debtService' | 'use:operations' | 'use:repairs',
  rmb: number,
): number {
  const pay = Math.min(rmb, w.ledger.rmb('cityFund'));
  return pay > 0 ? w.ledger.transfer('cityFund', to, pay) / 100 : 0;
}

function bonds(w: World): void {
  const g = w.government;
  for (const b of w.scenario.government.specialBonds.issues) {
    if (b.year === w.clock.year) {
      w.ledger.transfer('src:bonds', 'cityFund', b.amountRmb);
      g.bondsOutstandingRmb += b.amountRmb;
    }
    if (w.clock.tick > 0 && w.clock.year > b.year && w.clock.year <= b.year + b.termYears) {
      payFromCity(w, 'use:debtService', b.amountRmb * b.ratePerYear);
      if (w.clock.year === b.year + b.termYears) {
        payFromCity(w, 'use:debtService', b.amountRmb);
        g.bondsOutstandingRmb -= b.amountRmb;
      }
    }
  }
}

function adaptAndEvaluate(w: World): void {
  const s = w.scenario.government;
  const g = w.government;
  const a = s.adaptiveSubsidy;
  if (a.enabled && g.votesThisYear > 0) {
    const rate = g.votesPassedThisYear / g.votesThisYear;
    if (rate < a.targetPassRate)
      g.subsidyMultiplier = Math.min(a.maxMultiplier, g.subsidyMultiplier * (1 + a.stepShare));
    else if (rate > a.targetPassRate + 0.1)
      g.subsidyMultiplier = Math.max(a.minMultiplier, g.subsidyMultiplier * (1 - a.stepShare));
  }
  g.libraryCapacity = behindTarget(w) ? 1 + s.performance.capacityBoost : 1;
}

/** Performance evaluation is on and last year's completions fell short of its target. */
function behindTarget(w: World): boolean {
  const p = w.scenario.government.performance;
  return p.enabled && w.government.completedThisYear < p.targetCompletedPerYear;
}

/** Mean condition of the lifelines (water, power, gas) of a community. */
export function lifelineCondition(c: Community): number {
  return (c.condition[WATER] + c.condition[POWER] + c.condition[GAS]) / 3;
}

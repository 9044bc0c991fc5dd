/**
 * The funding channels of the State Council's 2020 guidance on old-community renovation
 * (国办发〔2020〕23号) beyond the city's own money (MODEL.md §7.2): central money allocated per
 * household or per project (中央补助 / 中央预算内投资), pipeline utilities paying for the items on
 * their own networks (管线单位), former owning work units contributing to their old communities
 * (原产权单位) and the owners' housing maintenance fund paying part of the owners' share
 * (住宅专项维修资金). The guidance names the channels ("合理落实居民出资责任", "原产权单位…给予资金
 * 支持", "专营单位…承担改造费用", "支持居民提取住宅专项维修资金"); every magnitude here is assumed.
 *
 * Each rule is a pure function of the world; `sim/model/funding.ts` calls them when it splits a
 * project's cost, and the ledger records each channel under its own source (`src:utilities`,
 * `src:workUnits`, `src:maintenanceFund`, the last for the funds' opening balances).
 */
import { makeRng } from '../kernel/rng.js';
import type { Community, World } from '../world/state.js';
import { COMPONENTS } from '../../scenarios/components.js';

const NETWORKS = ['water', 'power', 'gas'] as const;
const NETWORK_INDEX = NETWORKS.map((n) => COMPONENTS.indexOf(n));

/**
 * Draw each community's funding attributes from the run's own `channels` stream (so the city drawn
 * from the `world` stream is the same with or without the channels): whether its former owning work
 * unit still exists (probability formerWorkUnits.shareOfCommunities) and whether it has a housing
 * maintenance fund (probability shareWithFundBefore or shareWithFundFrom by build year against
 * reformYear) with a balance of U(balanceRmbPerM2) × exclusive floor area. Every draw is made for
 * every community whatever is switched on (paired runs stay paired). With the maintenance fund on,
 * the balances are paid in from `src:maintenanceFund` to the community's part of `maintenanceFunds`:
 * a stock before the first month (setUp closes the month on it, like the firms' capital).
 */
export function drawFundingChannels(w: World): void {
  const rng = makeRng(w.seed, 'channels');
  const wu = w.scenario.government.formerWorkUnits;
  const mf = w.scenario.residents.maintenanceFund;
  for (const c of w.communities) {
    c.formerWorkUnit = rng.chance(wu.shareOfCommunities);
    const p = c.buildYear < mf.reformYear ? mf.shareWithFundBefore : mf.shareWithFundFrom;
    const has = rng.chance(p);
    const perM2 = rng.uniform(mf.balanceRmbPerM2.min, mf.balanceRmbPerM2.max);
    if (mf.enabled && has) {
      w.ledger.transfer('src:maintenanceFund', 'maintenanceFunds', perM2 * c.floorAreaM2, { to: c.id });
    }
  }
}

/**
 * Central money for community c's comprehensive renovation of `capexRmb` (RMB, at most the capex):
 * centralRmbPerHousehold × households (perHousehold, the central subsidy per renovated household) or
 * centralRmbPerProject (perProject, central budget investment arranged per project in the year's
 * plan). 0 without upper-level transfers or without a renovation.
 */
export function centralForProject(w: World, c: Community, capexRmb: number): number {
  const t = w.scenario.government.upperTransfers;
  if (!t.enabled || !(capexRmb > 0)) return 0;
  const amount =
    t.centralAllocation === 'perProject'
      ? t.centralRmbPerProject
      : w.policies.now.centralRmbPerHousehold * c.households;
  return Math.min(capexRmb, amount);
}

/**
 * What pipeline utilities pay for community c's plan (RMB): for each item of the plan on a utility's
 * network (water, power, gas), shareOfNetworkCost of that item's part of the capex. `capexRmb` is the
 * plan's capex at the contractor's cost efficiency, so the share follows the cost actually paid.
 */
export function utilitiesPayment(w: World, c: Community, capexRmb: number): number {
  const u = w.scenario.government.pipelineUtilities;
  if (!u.enabled || !c.plan || !(capexRmb > 0)) return 0;
  let all = 0;
  let theirs = 0;
  for (const i of c.plan.items) {
    const it = w.items[i];
    all += it.costRmbPerHousehold;
    const k = NETWORK_INDEX.indexOf(it.component);
    if (k >= 0) theirs += u.shareOfNetworkCost[NETWORKS[k]] * it.costRmbPerHousehold;
  }
  return all > 0 ? Math.round((capexRmb * theirs) / all) : 0;
}

/**
 * What community c's former owning work unit pays (RMB, at most the capex): rmbPerHousehold ×
 * households + shareOfCapex × capex, when the unit still exists (drawn at build) and the channel is on.
 */
export function workUnitPayment(w: World, c: Community, capexRmb: number): number {
  const wu = w.scenario.government.formerWorkUnits;
  if (!wu.enabled || !c.formerWorkUnit || !(capexRmb > 0)) return 0;
  return Math.min(capexRmb, Math.round(wu.rmbPerHousehold * c.households + wu.shareOfCapex * capexRmb));
}

/**
 * Share of the owners' share that community c's maintenance fund will pay under the plan just drawn
 * up (0..1): min(maxShareOfOwnersShare, balance / (residentShare × plan capex)). Owners know their
 * fund when they weigh the plan, so it lowers the cost each owner bears in the vote
 * (agents/resident-utility.ts); fixed for the plan (revisions only lower the owners' share, so the
 * withdrawal at funding never exceeds the balance). 0 without the channel or without a fund.
 */
export function maintenanceCover(w: World, c: Community, planCapexRmb: number): number {
  const mf = w.scenario.residents.maintenanceFund;
  if (!mf.enabled || !c.plan) return 0;
  const balance = w.ledger.maintenanceFundRmb(c.id);
  const owners = c.plan.residentShare * planCapexRmb;
  if (!(balance > 0) || !(owners > 0)) return 0;
  return Math.min(mf.maxShareOfOwnersShare, balance / owners);
}

/**
 * What community c's maintenance fund pays of the owners' total share `ownersRmb` at funding (RMB,
 * whole fen): maintenanceCover × ownersRmb, at most the fund's balance. The owners' vote that passed
 * the renovation (Civil Code Art. 278: two thirds of area and owners taking part, three quarters of
 * them agreeing) is the consent the withdrawal needs.
 */
export function maintenanceWithdrawal(w: World, c: Community, ownersRmb: number): number {
  if (!(c.maintenanceCover > 0) || !(ownersRmb > 0)) return 0;
  const pay = Math.round(c.maintenanceCover * ownersRmb * 100) / 100;
  return Math.min(pay, w.ledger.maintenanceFundRmb(c.id));
}

/**
 * Owners' monthly deposits into the maintenance fund of every community whose comprehensive
 * renovation is done (state done or operation): depositRmbPerM2PerMonth × exclusive floor area, from
 * `src:residents` to the community's part of `maintenanceFunds` (续筹, the long-term mechanism the
 * guidance asks renovated communities to set up). One transfer per community and month.
 */
export function depositMaintenanceFunds(w: World): void {
  const mf = w.scenario.residents.maintenanceFund;
  if (!mf.enabled || !(mf.depositRmbPerM2PerMonth > 0)) return;
  for (const c of w.communities) {
    if (c.state !== 'done' && c.state !== 'operation') continue;
    w.ledger.transfer('src:residents', 'maintenanceFunds', mf.depositRmbPerM2PerMonth * c.floorAreaM2, {
      to: c.id,
    });
  }
}

/**
 * What renovation money buys, by content category of the guidance (国办发〔2020〕23号): basic
 * (基础类), improvement (完善类), upgrade (提升类). A committed plan's capex is split over its items in
 * proportion to their cost per household (every item of a plan is scaled by the same households, cost
 * multiplier and firm efficiency); fire-safety-only works count as basic.
 */
import { CATEGORIES, type Category } from '../../scenarios/components.js';
import type { Community, World } from '../world/state.js';
import type { MonthMoney } from './metrics.js';

/** Index of each category in {@link CATEGORIES} (and in MonthMoney.byCategory). */
export const CATEGORY_INDEX: Readonly<Record<Category, number>> = {
  basic: CATEGORIES.indexOf('basic'),
  improvement: CATEGORIES.indexOf('improvement'),
  upgrade: CATEGORIES.indexOf('upgrade'),
};

/** Add community c's committed renovation capex (RMB) to this month's money by content category. */
export function recordContent(w: World, c: Community, capexRmb: number, money: MonthMoney): void {
  if (!c.plan || !(capexRmb > 0)) return;
  let perHh = 0;
  for (const i of c.plan.items) perHh += w.items[i].costRmbPerHousehold;
  if (!(perHh > 0)) return;
  for (const i of c.plan.items) {
    const it = w.items[i];
    money.byCategory[CATEGORY_INDEX[it.category]] += (capexRmb * it.costRmbPerHousehold) / perHh;
  }
}

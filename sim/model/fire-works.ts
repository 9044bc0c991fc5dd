/**
 * The month's fire-safety-only works (消防专项改造) under the fire-safety target (agents/fire-safety.ts,
 * MODEL.md §7.10): works due complete, then this month's works are commissioned and paid by the city
 * fund. The money counts as public money committed by the city fund, and as basic content.
 */
import { excluded } from '../../agents/government.js';
import { commissionFireWorks, completeFireWorks } from '../../agents/fire-safety.js';
import type { World } from '../world/state.js';
import { CATEGORY_INDEX } from './content.js';
import { type MonthMoney, PAYERS } from './metrics.js';

const CITY = PAYERS.indexOf('cityFund');

/** Phase `fireSafety` (after the month's appropriation, before the projects' funding queue). */
export function fireSafetyPhase(w: World, money: MonthMoney): void {
  completeFireWorks(w);
  commissionFireWorks(
    w,
    (c) => excluded(w.scenario, c),
    (_, rmb) => {
      money.fireWorksRmb += rmb;
      money.publicRmb += rmb;
      money.byPayer[CITY] += rmb;
      money.byCategory[CATEGORY_INDEX.basic] += rmb;
    },
  );
}

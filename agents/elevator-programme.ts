/**
 * Residents of a building unit in the ongoing elevator programme (既有住宅加装电梯, MODEL.md §7.9):
 * when they apply, how the owners vote, and what their provident-fund savings pay.
 *
 * Application [assumed form]: an eligible unit applies in a month with probability
 * p = logistic(logit(baseMonthlyRate) + storeyLogOdds × (storeys − minStoreys)
 *   + elderlyLogOdds × (elderly share − city elderly share) + trustLogOdds × (mean trust − 0.5)
 *   + neighbourLogOdds × (share of the community's units with an elevator)):
 * taller units, older residents, residents who trust the government and neighbours who already have
 * an elevator make an application likelier (the reference is city.households.elderlyShare). The
 * storeys and elderly part is fixed per unit; trust and neighbours are read each January, so a month
 * of the programme costs one comparison per unit.
 *
 * Vote (random draws from the programme's own stream, so the rest of the model draws the same numbers
 * with the programme on or off): the owners of the unit vote under Civil Code Art. 278 (a major matter: 2/3 quorum, 3/4 of
 * participating area and heads, agents/civil-code.ts). Collecting the application's signatures
 * reaches every owner, so all owners take part. An owner votes yes with the rule of the renovation
 * votes (agents/resident-vote.ts): logistic(U_elevator / opinionScale) + normal(0, voteNoise)
 * + consentWeight × (trust − 0.5) > 0.5, U_elevator being the elevator utility of
 * agents/resident-utility.ts with the unit's shares under the scenario's cost-sharing rule and
 * ground-floor fund (sim/model/elevator-plan.ts computeShares).
 *
 * Provident fund (住房公积金提取用于加装电梯) [assumed values]: an owner holds an account with
 * probability shareOfOwnersWithAccount (drawn once per household, when its unit first votes) and may
 * withdraw up to maxWithdrawalRmb towards its share. The withdrawn yuan weighs savingsCostWeight of a
 * cash yuan in the owner's cost (locked savings hurt less than cash), which raises support among
 * owners with an account.
 */
import { tallyArt278Counts, type VoteResult } from './civil-code.js';
import { logistic, unitElevatorUtility } from './resident-utility.js';
import type { BuildingUnit, World } from '../sim/world/state.js';

const logit = (p: number): number => Math.log(p / (1 - p));

/** The fixed part of a unit's log-odds of applying: base rate, storeys and elderly share. */
export function staticApplicationLogOdds(w: World, unit: BuildingUnit): number {
  const cfg = w.scenario.renovation.elevatorProgramme;
  const hh = w.households;
  let elderly = 0;
  for (let h = unit.hhStart; h < unit.hhEnd; h++) elderly += hh.elderly[h];
  const n = unit.hhEnd - unit.hhStart;
  const share = n > 0 ? elderly / n : 0;
  const base = cfg.baseMonthlyRate;
  const baseLogit = base <= 0 ? Number.NEGATIVE_INFINITY : base >= 1 ? Number.POSITIVE_INFINITY : logit(base);
  return (
    baseLogit +
    cfg.storeyLogOdds * (unit.storeys - w.scenario.renovation.elevator.minStoreys) +
    cfg.elderlyLogOdds * (share - w.scenario.city.households.elderlyShare)
  );
}

/**
 * Monthly chance of applying of a unit with fixed log-odds `fixed`, its households' mean trust and
 * the share of its community's units that have an elevator.
 */
export function applicationRate(w: World, fixed: number, meanTrust: number, neighbourShare: number): number {
  const cfg = w.scenario.renovation.elevatorProgramme;
  const z = fixed + cfg.trustLogOdds * (meanTrust - 0.5) + cfg.neighbourLogOdds * neighbourShare;
  return logistic(z, 1);
}

/**
 * What owner h withdraws from its provident fund towards `payRmb` (RMB): min(pay, maxWithdrawalRmb)
 * when the scheme is on and h holds an account, else 0. Accounts are drawn on first use from the
 * programme's stream and kept in `account`.
 */
export function providentWithdrawal(w: World, account: Uint8Array, h: number, payRmb: number): number {
  const pf = w.scenario.residents.providentFund;
  if (!pf.enabled || w.households.owner[h] !== 1 || !(payRmb > 0)) return 0;
  if (account[h] === 0) account[h] = w.streams.elevatorProgramme.chance(pf.shareOfOwnersWithAccount) ? 2 : 1;
  return account[h] === 2 ? Math.min(payRmb, pf.maxWithdrawalRmb) : 0;
}

/**
 * The Art. 278 vote of unit's owners on its elevator (unit.elevatorShares set): every owner takes
 * part; yes by the rule above, with provident-fund withdrawals relieving part of the cost.
 */
export function unitElevatorVote(w: World, unit: BuildingUnit, account: Uint8Array): VoteResult {
  const hh = w.households;
  const R = w.scenario.residents;
  const rng = w.streams.elevatorProgramme;
  const relief = 1 - R.providentFund.savingsCostWeight;
  let owners = 0;
  let area = 0;
  let yesArea = 0;
  let yesHeads = 0;
  for (let h = unit.hhStart; h < unit.hhEnd; h++) {
    if (hh.owner[h] !== 1) continue;
    owners++;
    area += hh.areaM2[h];
    const pay = unit.elevatorShares ? unit.elevatorShares[h - unit.hhStart] : 0;
    const relieved = relief * providentWithdrawal(w, account, h, pay);
    const o = logistic(unitElevatorUtility(w, h, unit, 0, relieved), R.utility.opinionScale);
    if (o + rng.normal(0, R.utility.voteNoise) + R.trust.consentWeight * (hh.trust[h] - 0.5) > 0.5) {
      yesArea += hh.areaM2[h];
      yesHeads++;
    }
  }
  return tallyArt278Counts(area, owners, area, owners, yesArea, yesHeads, 'major');
}

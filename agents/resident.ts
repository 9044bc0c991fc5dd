/**
 * Residents (households) of old communities, MODEL.md §7.3 with the reference forms of §7.6.
 *
 * Behavioural rule, in brief: a household values the plan proposed to its community by its
 * infrastructure benefits, an elevator benefit rising with floor and age, minus its own cost share
 * per month of income, plus compensation, minus the ground-floor disbenefit of an external shaft
 * (Zhou, Liu & Yang: break-even near the 3rd floor). It learns of the plan through planners, online
 * surveys, offline hearings and neighbours; forms its opinion by bounded-confidence exchange with its
 * ties, trusting opinion leaders further (Deffuant et al. 2000); takes part in the "三上三下"
 * consultation rounds by a Granovetter (1978) threshold on participating ties, lowered by trust; and,
 * if an owner, votes under Civil Code Art. 278. Owners repay their pre-financed share with arrears;
 * volunteers earn points and trust; trust follows satisfaction after completion, spreads weakly to
 * other communities, and erodes during disputes.
 *
 * The implementation is split by process: utility (resident-utility), awareness and opinion
 * (resident-opinion), participation (resident-participation), consultation rounds and plan revision
 * (resident-consultation), votes (resident-vote), money and volunteering (resident-money), and
 * satisfaction and trust (resident-trust). This module re-exports their public functions.
 */
export { residentsPhase, startConsultation } from './resident-consultation.js';
export { redeemPoints, residentMoney } from './resident-money.js';
export { awarenessStep, exchangeOpinions } from './resident-opinion.js';
export { participationCascade, startRound } from './resident-participation.js';
export {
  applyTrustSpread,
  type CommunityMeans,
  communityMeans,
  disputeTrustPenalty,
  onCompletion,
} from './resident-trust.js';
export {
  deficitWeight,
  elevatorUtility,
  itemMarginalUtility,
  logistic,
  planCapexPerHousehold,
  plannerOpinion,
  planUtility,
  renovationUtility,
} from './resident-utility.js';
export { holdVotes, type VoteOutcome } from './resident-vote.js';

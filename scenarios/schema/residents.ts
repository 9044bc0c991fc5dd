/**
 * The `residents` section of a scenario: resident behaviour of MODEL.md §7.3 (awareness, utility,
 * opinion exchange, participation, consultation, elevator cost sharing, contributions, volunteer
 * points, trust, satisfaction).
 * Part of the scenario schema (`../schema.ts`); every object is strict, every number bounded.
 */
import { z } from 'zod';
import { enabled, int, normal, num, range, share } from './parts.js';

const elevatorCostSharing = z
  .strictObject({
    rule: z
      .enum(['floor-coefficients', 'negotiated', 'shapley'])
      .default('floor-coefficients')
      .describe('cost-sharing rule'),
    coefficients: z
      .array(num(0, 10, 1, 'coefficient'))
      .min(1)
      .max(12)
      .default([0, 0, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3])
      .describe('floor coefficients for floors 1, 2, 3, … (Guangzhou style; 0 = exempt)'),
    negotiatedSharesPct: z
      .array(num(0, 100, 0, 'percent'))
      .min(1)
      .max(12)
      .default([0, 3, 8, 18, 30, 41])
      .describe('negotiated share of each floor 1, 2, 3, … (percent; Nanjing 6-storey example)'),
    groundFloorCompensation: z
      .strictObject({
        enabled: enabled(false, 'whether a ground-floor compensation fund (底层住户补偿基金) exists'),
        shareOfCost: share(0.05, 'fund as a share of the elevator cost, paid by upper floors'),
        floors: int(1, 2, 1, 'floors compensated: 1 or 1–2'),
      })
      .prefault({})
      .describe('ground-floor compensation fund'),
  })
  .prefault({})
  .describe('elevator cost sharing among a building unit');

export const residents = z
  .strictObject({
    awareness: z
      .strictObject({
        plannerMonthly: share(0.25, 'monthly chance a household learns of the plan from a planner'),
        onlineSurvey: z
          .strictObject({
            enabled: enabled(true),
            reachMonthly: share(0.15, 'monthly reach of the online survey'),
            elderlyFactor: share(0.3, 'relative reach among the elderly'),
          })
          .prefault({})
          .describe('online survey (线上问卷)'),
        offlineHearing: z
          .strictObject({
            enabled: enabled(true),
            reachPerRound: share(0.3, 'reach of a hearing per consultation round'),
            elderlyFactor: num(0, 3, 1.5, 'relative reach among the elderly (factor)'),
          })
          .prefault({})
          .describe('offline hearing (线下听证)'),
        neighbourMonthly: share(0.1, 'monthly chance per aware tie of passing the news on'),
      })
      .prefault({})
      .describe('awareness channels'),
    utility: z
      .strictObject({
        elevatorBenefit: num(0, 20, 1.6, 'elevator benefit at the top floor (utility units)'),
        elevatorBreakEvenFloor: num(
          1,
          6,
          2,
          'floor at and below which the elevator gives no benefit (floor)',
        ),
        elevatorPremiumRmbPerM2: num(
          0,
          20_000,
          1200,
          'value an elevator adds to a top-floor flat, falling linearly to 0 at the break-even floor (RMB per m²)',
        ),
        elderlyElevatorFactor: num(0, 5, 1.8, 'elevator benefit multiplier for the elderly (factor)'),
        costSensitivity: num(0, 100, 1.2, 'κ: disutility per month of income paid (utility per month)'),
        groundFloorDisbenefit: num(0, 10, 1.2, 'ground-floor harm from an external shaft (utility units)'),
        compensationWeight: num(0, 10, 1, 'utility per month of income received as compensation'),
        opinionScale: num(0.05, 10, 0.6, 's: logistic scale from utility to opinion (utility units)'),
        voteNoise: num(0, 1, 0.05, 'sd of the noise on the vote threshold (opinion units)'),
      })
      .prefault({})
      .describe('utility of the current plan (MODEL.md §7.6)'),
    opinion: z
      .strictObject({
        meetingsPerMonth: int(0, 20, 2, 'm: tie partners met per month during consultation'),
        mu: num(0, 0.5, 0.4, 'Deffuant convergence parameter μ'),
        epsilon: range(0, 1, [0.15, 0.4], 'bounded-confidence threshold ε per household'),
        leaderEpsilonBonus: num(0, 1, 0.2, 'extra ε toward opinion leaders'),
      })
      .prefault({})
      .describe('bounded-confidence opinion exchange'),
    network: z
      .strictObject({
        ties: int(2, 40, 6, 'ties per household within its community (even)'),
        rewiring: share(0.1, 'small-world rewiring probability'),
      })
      .prefault({})
      .describe('small-world ties within a community'),
    participation: z
      .strictObject({
        threshold: normal(0, 1, { mean: 0.25, sd: 0.12 }, 'Granovetter threshold θ'),
        trustWeight: num(0, 2, 0.3, 'β: trust lowers the threshold by β × (trust − 0.5)'),
        seedShare: share(0.05, 'share of aware households with θ ≤ 0 (instigators) in every round'),
      })
      .prefault({})
      .describe('threshold participation in consultation rounds'),
    consultation: z
      .strictObject({
        enabled: enabled(true, 'whether the 三上三下 consultation revises the plan'),
        maxRounds: int(1, 3, 3, 'consultation rounds (三上三下: up to 3)'),
        monthsPerRound: int(1, 12, 2, 'length of one round (months)'),
        dropItemBelowSupport: share(0.4, 'items whose support among participants is below this are dropped'),
        costShareCut: share(0.25, 'relative cut of residents’ cost share per revision'),
        compensationAdd: num(0, 100_000, 1500, 'compensation added for the ground floor per revision (RMB)'),
        minParticipationForVote: share(0.3, 'a vote is called when this share took part in a round'),
      })
      .prefault({})
      .describe('consultation (三上三下)'),
    elevatorCostSharing,
    providentFund: z
      .strictObject({
        enabled: enabled(
          false,
          'whether owners may withdraw housing provident fund savings to pay their share of a programme elevator (住房公积金提取用于加装电梯)',
        ),
        shareOfOwnersWithAccount: share(0.35, 'share of owners who hold a provident-fund account'),
        maxWithdrawalRmb: num(0, 1_000_000, 50_000, 'largest withdrawal per owner for one elevator (RMB)'),
        savingsCostWeight: share(
          0.3,
          'weight of a withdrawn yuan in the owner’s cost relative to a yuan of cash (locked savings hurt less)',
        ),
      })
      .prefault({})
      .describe('provident-fund withdrawals for elevator shares (公积金)'),
    contributions: z
      .strictObject({
        maxMonthsOfIncome: num(0, 60, 6, 'a household pays at most this many months of income (months)'),
        instalmentMonths: int(1, 120, 12, 'contributions are paid over (months)'),
        arrearsProbability: share(0.05, 'monthly chance a liable household misses an instalment'),
      })
      .prefault({})
      .describe('resident contributions and arrears'),
    maintenanceFund: z
      .strictObject({
        enabled: enabled(
          false,
          'whether owners may draw on their housing maintenance fund (住宅专项维修资金) for their share of the renovation',
        ),
        shareWithFundBefore: share(
          0.3,
          'share of communities built before reformYear that have a maintenance fund',
        ),
        shareWithFundFrom: share(0.8, 'share of communities built in or after reformYear that have one'),
        reformYear: int(
          1950,
          2100,
          1998,
          'build year from which funds were required when flats were sold (year)',
        ),
        balanceRmbPerM2: range(
          0,
          1000,
          [10, 40],
          'balance of a community’s fund at the start per m² of exclusive floor area (RMB per m²)',
        ),
        maxShareOfOwnersShare: share(
          1,
          'largest share of the owners’ share of the renovation the fund may pay (the owners’ vote, Civil Code Art. 278, authorises the withdrawal)',
        ),
        depositRmbPerM2PerMonth: num(
          0,
          10,
          0,
          'owners’ deposits into the fund after their community’s renovation (续筹; RMB per m² per month)',
        ),
      })
      .prefault({})
      .describe('housing maintenance fund (住宅专项维修资金): pays part of the owners’ share'),
    volunteerPoints: z
      .strictObject({
        enabled: enabled(false, 'whether the volunteer points scheme (志愿者积分) exists'),
        participationShare: share(
          0.12,
          'share of households that enrol as volunteers when consultation starts',
        ),
        hoursPerMonth: num(0, 100, 4, 'hours per volunteer per month (hours)'),
        pointsPerHour: num(0, 100, 1, 'points earned per hour (points)'),
        rmbPerPoint: num(0, 1000, 5, 'fee relief per point redeemed (RMB)'),
        trustGainPerHour: num(0, 0.1, 0.002, 'trust gained per volunteer hour'),
      })
      .prefault({})
      .describe('volunteer points redeemable against property fees'),
    trust: z
      .strictObject({
        eta: share(0.3, 'η: trust moves this far toward satisfaction after completion'),
        spread: share(
          0.5,
          'η′: share of the completed communities’ mean trust change that reaches every household of the city (an average over the city’s communities, so independent of city size)',
        ),
        consentWeight: num(0, 2, 0.2, 'shift of a voter’s yes threshold per unit of trust above 0.5'),
        disputePenalty: share(0.05, 'trust lost per month of an open dispute in the community'),
      })
      .prefault({})
      .describe('trust dynamics'),
    satisfaction: z
      .strictObject({
        qualityWeight: num(0, 2, 0.6, 'weight of work quality'),
        disruptionPenalty: num(0, 1, 0.01, 'satisfaction lost per month of construction delay'),
        feeIncreaseWeight: num(0, 5, 0.3, 'satisfaction lost per RMB/m²/month of fee increase'),
      })
      .prefault({})
      .describe('satisfaction after completion'),
  })
  .prefault({})
  .describe('resident behaviour (MODEL.md §7.3)');

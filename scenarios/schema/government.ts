/**
 * The `government` section of a scenario: every government instrument of MODEL.md §7.1 (city fund,
 * reserve, transfers, bonds, guidance fund, subsidies, FAR bonus, tax relief, interest subsidy,
 * insurance, project library, approvals, adaptive subsidy, performance evaluation).
 * Part of the scenario schema (`../schema.ts`); every object is strict, every number bounded.
 */
import { z } from 'zod';
import { enabled, int, num, policy, share, yearMonth } from './parts.js';

export const government = z
  .strictObject({
    cityFund: z
      .strictObject({
        enabled: enabled(true),
        baseBudgetRmbPerYear: num(
          0,
          1e12,
          600_000_000,
          'city special renewal fund in the start year (RMB per year)',
        ),
        growthRatePerYear: num(-0.5, 1, 0.15, 'annual growth of the fund (share per year)'),
      })
      .prefault({})
      .describe('city special renewal fund: budget_y = base × (1 + growth)^(y − y0)'),
    emergencyReserve: z
      .strictObject({
        enabled: enabled(true, 'whether part of each appropriation is kept for hazard repairs'),
        shareOfBudget: share(
          0.05,
          'share of each monthly appropriation set aside for repairs, until the reserve holds this share of a year’s budget',
        ),
      })
      .prefault({})
      .describe('emergency repair reserve: project commitments cannot spend it'),
    upperTransfers: z
      .strictObject({
        enabled: enabled(true),
        centralRmbPerHousehold: policy(
          'government.upperTransfers.centralRmbPerHousehold',
          3650,
          'central subsidy per renovated household (RMB)',
        ),
        provincialRmbPerElevator: policy(
          'government.upperTransfers.provincialRmbPerElevator',
          150_000,
          'provincial subsidy per elevator (RMB)',
        ),
        centralAllocation: z
          .enum(['perHousehold', 'perProject'])
          .default('perHousehold')
          .describe(
            'how central money reaches a project: per renovated household (centralRmbPerHousehold, 中央补助) or a fixed amount per project (centralRmbPerProject, 中央预算内投资)',
          ),
        centralRmbPerProject: num(
          0,
          1e9,
          300_000,
          'central money per comprehensive-renovation project when centralAllocation is perProject (RMB per project)',
        ),
      })
      .prefault({})
      .describe('upper-level transfers'),
    pipelineUtilities: z
      .strictObject({
        enabled: enabled(false, 'whether pipeline utilities (管线单位) pay for renewing their own networks'),
        shareOfNetworkCost: z
          .strictObject({
            water: share(0.3, 'share of the water item’s cost the water company pays'),
            power: share(0.5, 'share of the power item’s cost the grid company pays'),
            gas: share(0.5, 'share of the gas item’s cost the gas company pays'),
          })
          .prefault({})
          .describe('share of each network item’s cost its utility pays'),
      })
      .prefault({})
      .describe('pipeline utilities (管线单位/专营单位) pay for the items on their networks'),
    formerWorkUnits: z
      .strictObject({
        enabled: enabled(false, 'whether former owning work units (原产权单位) contribute'),
        shareOfCommunities: share(
          0.2,
          'share of communities whose former owning work unit still exists (drawn per community at build)',
        ),
        rmbPerHousehold: num(0, 200_000, 1000, 'contribution per household of its community (RMB)'),
        shareOfCapex: share(0, 'contribution as a share of the renovation capex, added to the above'),
      })
      .prefault({})
      .describe('former owning work units (原产权单位) contribute to their old communities'),
    specialBonds: z
      .strictObject({
        enabled: enabled(false),
        issues: z
          .array(
            z.strictObject({
              year: int(2000, 2100, 2025, 'year of issue (year)'),
              amountRmb: num(0, 1e12, 500_000_000, 'amount raised (RMB)'),
              ratePerYear: num(0, 0.2, 0.03, 'coupon (share per year)'),
              termYears: int(1, 40, 10, 'term (years)'),
            }),
          )
          .max(50)
          .default([{ year: 2025, amountRmb: 500_000_000, ratePerYear: 0.03, termYears: 10 }])
          .describe('bond issues'),
      })
      .prefault({})
      .describe('special-purpose bonds (专项债); debt service is a fiscal cost'),
    guidanceFund: z
      .strictObject({
        enabled: enabled(false),
        governmentCapitalRmb: num(0, 1e12, 200_000_000, 'government capital paid in at the start (RMB)'),
        leverage: num(0, 20, 3, 'private capital attracted per yuan of government capital (ratio)'),
        requiredReturnPerYear: num(0, 0.3, 0.05, 'return private capital requires (share per year)'),
        coInvestShare: share(0.3, 'share of a PPP project capex the fund co-invests'),
      })
      .prefault({})
      .describe('urban renewal guidance fund (城市更新引导基金), fund of funds'),
    householdSubsidy: z
      .strictObject({
        enabled: enabled(true),
        rmbPerHousehold: policy(
          'government.householdSubsidy.rmbPerHousehold',
          20_000,
          'city funding standard per renovated household (RMB)',
        ),
      })
      .prefault({})
      .describe('household subsidy for comprehensive renovation'),
    elevatorSubsidy: z
      .strictObject({
        enabled: enabled(true),
        rmbPerElevator: policy(
          'government.elevatorSubsidy.rmbPerElevator',
          100_000,
          'city subsidy per elevator (RMB)',
        ),
      })
      .prefault({})
      .describe('city elevator subsidy (on top of the provincial one)'),
    costShareCap: z
      .strictObject({
        enabled: enabled(false),
        maxPublicShare: share(0.8, 'largest share of a project capex public money may pay'),
      })
      .prefault({})
      .describe('cap on the public share of capital cost'),
    farBonus: z
      .strictObject({
        enabled: enabled(false),
        deltaFar: num(0, 2, 0.1, 'floor-area-ratio bonus (m² of floor per m² of site)'),
        buildCostRmbPerM2: num(0, 50_000, 3000, 'cost to build the extra floor area (RMB per m²)'),
        rentRmbPerM2PerMonth: num(0, 500, 25, 'rent the extra space earns (RMB per m² per month)'),
        maxFar: num(0, 20, 2, 'planning limit on a community’s floor-area ratio after the bonus (m² per m²)'),
        grossPerExclusiveArea: num(
          1,
          3,
          1.6,
          'gross floor area per m² of households’ exclusive area, for the current FAR (factor)',
        ),
        maxM2PerCommunity: num(0, 1e6, 200, 'largest bonus floor area in one community (m²)'),
      })
      .prefault({})
      .describe('FAR bonus: extra floor area the enterprise may let (改造权置换)'),
    taxRelief: z
      .strictObject({
        enabled: enabled(false),
        rate: share(0.5, 'share of taxes and fees on operating revenue waived'),
        taxRateOnRevenue: share(0.06, 'tax and fee rate on operating revenue before relief'),
      })
      .prefault({})
      .describe('tax and fee relief (税费减免)'),
    interestSubsidy: z
      .strictObject({
        enabled: enabled(false),
        pointsPerYear: num(0, 0.1, 0.015, 'interest rate reduction for whitelisted firms (share per year)'),
        minQualityForWhitelist: share(0.6, 'firms with quality at least this are whitelisted (白名单)'),
      })
      .prefault({})
      .describe('interest subsidy (信贷贴息) for whitelisted enterprises'),
    insurance: z
      .strictObject({
        enabled: enabled(false),
        premiumRate: share(0.015, 'premium as a share of capex'),
        governmentPremiumShare: share(0.5, 'share of the premium the government pays'),
        deductibleShare: share(0.05, 'overrun below this share of capex is not covered'),
        coverage: share(0.8, 'share of the overrun above the deductible the insurer pays'),
      })
      .prefault({})
      .describe('cost-overrun insurance shared by government and enterprise (工程造价超支保险)'),
    projectLibrary: z
      .strictObject({
        capacityPerYear: policy(
          'government.projectLibrary.capacityPerYear',
          800,
          'communities admitted to the library per year (communities)',
        ),
        needWeights: z
          .strictObject({
            infrastructure: num(0, 10, 1, 'weight of the infrastructure deficit'),
            elderly: num(0, 10, 0.5, 'weight of the elderly share'),
            hazard: num(0, 10, 0.5, 'weight of hazard exposure'),
          })
          .prefault({})
          .describe('need score weights'),
        priorityWeight: num(0, 10, 0.3, 'bonus to the need score for priority items present (score)'),
        negativeList: z
          .strictObject({
            builtAfterYear: int(1950, 2100, 2000, 'communities built after this year are excluded (year)'),
            districts: z
              .array(z.string().min(1).max(100))
              .max(100)
              .default([])
              .describe('excluded districts'),
          })
          .prefault({})
          .describe('negative list (负面清单)'),
        relistAfterStallMonths: int(0, 120, 12, 'a stalled community may re-enter after (months)'),
      })
      .prefault({})
      .describe('annual project library (年度项目库)'),
    fireSafetyTarget: z
      .strictObject({
        enabled: enabled(
          false,
          'whether the city works toward the target until its deadline: fire-safety priority in the library, fire items publicly funded, fire-safety-only works',
        ),
        deadline: yearMonth
          .default('2027-12')
          .describe('month by whose end the target share should be compliant, "YYYY-MM"'),
        targetShare: share(1, 'share of communities whose fire safety should be compliant by the deadline'),
        libraryPriorityWeight: num(
          0,
          10,
          1,
          'bonus to the need score of a community whose fire safety is not compliant (score)',
        ),
        publicFunding: z
          .boolean()
          .default(true)
          .describe('fire-safety items are paid by the city fund, not the owners (public safety)'),
        works: z
          .strictObject({
            communitiesPerYear: int(
              0,
              100_000,
              200,
              'fire-safety-only works (消防专项改造) the city can commission per year (communities per year)',
            ),
            months: int(1, 24, 3, 'duration of fire-safety-only works (months)'),
          })
          .prefault({})
          .describe(
            'fire-safety-only works in non-compliant communities outside the renovation pipeline: public works, no owners’ vote, paid by the city fund at the fire items’ cost',
          ),
      })
      .prefault({})
      .describe(
        'fire-safety target (seed §6.5.1: fire facilities of old communities 100 % compliant by 2027)',
      ),
    approvals: z
      .strictObject({
        baselineMonths: num(0, 36, 6, 'approval duration without the platform (months)'),
        digitalPlatform: z
          .strictObject({
            enabled: enabled(false),
            months: num(0, 36, 2, 'approval duration with parallel approval (months)'),
          })
          .prefault({})
          .describe('digital platform with parallel approval (更新通)'),
        jointMeeting: z
          .strictObject({
            enabled: enabled(false),
            delayFactor: share(0.5, 'multiplier on dispute and friction delays under weekly dispatch'),
            frictionMonths: num(0, 24, 2, 'inter-department friction delay without it (months)'),
          })
          .prefault({})
          .describe('joint-meeting regime with weekly dispatch (联席会议)'),
      })
      .prefault({})
      .describe('approvals'),
    adaptiveSubsidy: z
      .strictObject({
        enabled: enabled(false),
        targetPassRate: share(0.7, 'target share of votes that pass'),
        stepShare: num(0, 1, 0.1, 'relative change of subsidies per year when off target (share)'),
        minMultiplier: num(0, 1, 0.5, 'lower bound on the subsidy multiplier (factor)'),
        maxMultiplier: num(1, 5, 2, 'upper bound on the subsidy multiplier (factor)'),
      })
      .prefault({})
      .describe('adaptive subsidy rule, applied each January'),
    performance: z
      .strictObject({
        enabled: enabled(true, 'whether departments are scored on completion and satisfaction'),
        targetCompletedPerYear: int(0, 100_000, 500, 'communities the city aims to complete per year'),
        capacityBoost: share(0.1, 'extra library capacity next year when the target is missed'),
      })
      .prefault({})
      .describe('performance evaluation (绩效考核)'),
  })
  .prefault({})
  .describe('government instruments (MODEL.md §7.1)');

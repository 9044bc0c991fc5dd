/**
 * The scenario format: the single source of truth for scenario files and their TypeScript types.
 * It covers the reference model (../shared/MODEL.md): calendar, city generation, every government
 * instrument of §7.1, the enterprise pool of §7.2, resident behaviour and elevator cost sharing of
 * §7.3, social organisations of §7.4, shocks and resilience of §7.5, and ensemble settings.
 * Every object is strict (unknown keys are errors); every number has bounds and a unit.
 * Defaults are the reference values of MODEL.md; see docs/MODEL.md for their sources.
 */
import { z } from 'zod';
import { refinement } from './messages.js';
import {
  bilingual,
  COMPONENTS,
  enabled,
  int,
  normal,
  num,
  perComponent,
  policy,
  range,
  share,
  yearMonth,
} from './schema-parts.js';

export { COMPONENTS, type Component } from './schema-parts.js';

const calendar = z
  .strictObject({
    start: yearMonth.default('2024-07').describe('first simulated month (tick 0), "YYYY-MM"'),
    end: yearMonth.default('2030-12').describe('last simulated month, "YYYY-MM"'),
    keyYear: int(2000, 2100, 2027, 'year at whose end the "by year" key indicators are read (year)'),
  })
  .refine((c) => c.start <= c.end, { ...refinement('schema.calendarOrder'), path: ['end'] })
  .prefault({})
  .describe('calendar and horizon; one tick is one month');

const ensemble = z
  .strictObject({
    runs: int(1, 100_000, 20, 'number of seeded runs in an ensemble (runs)'),
    seed: int(0, 4_294_967_295, 1, 'base seed of the ensemble (unsigned 32-bit integer)'),
  })
  .prefault({})
  .describe('ensemble settings; CLI flags override them');

const explicitCommunity = z.strictObject({
  name: z.string().min(1).max(200).describe('community name'),
  district: z.string().min(1).max(100).default('default').describe('district label'),
  households: int(1, 5000, 87, 'households in the community (households)'),
  buildingUnits: int(1, 200, 3, 'building (stairwell) units (units)'),
  storeys: int(2, 12, 6, 'storeys per building (floors)'),
  buildYear: int(1950, 2010, 1995, 'year of construction (year)'),
  renovated: z.boolean().default(false).describe('already renovated at the start date'),
  condition: perComponent(0, 1, 0.45, 'initial condition of each infrastructure component (0..1)'),
  floodExposure: share(0.3, 'exposure to rainstorm waterlogging'),
  siteAreaM2: num(100, 10_000_000, 12_000, 'site area (m²)'),
});

const generate = z
  .strictObject({
    communities: int(1, 100_000, 3770, 'number of communities to generate (communities)'),
    totalHouseholds: z
      .number()
      .int()
      .min(1)
      .max(100_000_000)
      .optional()
      .describe('when set, community sizes are rescaled so they sum exactly to this (households)'),
    householdsPerCommunity: normal(4, 5000, { mean: 87, sd: 45 }, 'households per community (households)'),
    householdsPerFloorPerUnit: int(1, 8, 2, 'households per floor in one building unit (households)'),
    storeys: range(2, 12, [5, 7], 'storeys per building, integer range (floors)'),
    buildYear: range(1950, 2010, [1985, 2000], 'year of construction (year)'),
    districts: z
      .array(z.string().min(1).max(100))
      .min(1)
      .max(100)
      .default(['顺庆区', '高坪区', '嘉陵区'])
      .describe('district labels, assigned round-robin'),
    condition: normal(0, 1, { mean: 0.45, sd: 0.12 }, 'initial condition of each component (0..1)'),
    floodExposure: normal(0, 1, { mean: 0.3, sd: 0.15 }, 'exposure to rainstorm waterlogging (0..1)'),
    siteAreaM2PerHousehold: num(10, 1000, 55, 'site (land) area per household (m² per household)'),
    alreadyRenovatedShare: share(0, 'share of communities already renovated at the start date'),
  })
  .prefault({})
  .describe('random generation of communities');

const households = z
  .strictObject({
    areaM2: normal(20, 300, { mean: 65, sd: 15 }, 'exclusive floor area per household (m²)'),
    elderlyShare: share(0.396, 'share of households with an elderly head (60+)'),
    incomeRmbPerMonth: z
      .strictObject({
        median: num(500, 200_000, 4500, 'median household income (RMB per month)'),
        sigma: num(0, 2, 0.5, 'lognormal sigma of income (log units)'),
      })
      .prefault({})
      .describe('household income, lognormal'),
    ownerShare: share(0.82, 'share of households that own their flat (the rest rent and do not vote)'),
    initialTrust: normal(0, 1, { mean: 0.55, sd: 0.15 }, 'initial trust in government (0..1)'),
    elderlyIncomeFactor: num(0.1, 2, 0.75, 'income of elderly-headed households relative to others (factor)'),
  })
  .prefault({})
  .describe('household generation, per community');

const city = z
  .strictObject({
    generate: generate.describe('random generation of communities (ignored when communities are listed)'),
    communities: z
      .array(explicitCommunity)
      .max(100_000)
      .optional()
      .describe('explicit community list; when given, replaces generation'),
    households,
  })
  .prefault({})
  .describe('the city: communities, building units and households');

const renovationItem = z.strictObject({
  component: z.enum(COMPONENTS).describe('infrastructure component the item improves'),
  costRmbPerHousehold: num(0, 200_000, 3000, 'capital cost (RMB per household)'),
  conditionAfter: share(0.9, 'condition of the component after the works'),
  benefit: num(0, 10, 0.5, 'utility benefit to a household that values the item (utility units)'),
  elderlyBenefitFactor: num(0, 5, 1, 'benefit multiplier for elderly-headed households (factor)'),
  priority: z
    .boolean()
    .default(false)
    .describe('a priority item of the project library (e.g. aging-friendly)'),
  revenueGenerating: z.boolean().default(false).describe('creates an operating revenue point (e.g. parking)'),
});

const DEFAULT_ITEMS = {
  water: { component: 'water', costRmbPerHousehold: 5200, conditionAfter: 0.9, benefit: 0.6 },
  power: { component: 'power', costRmbPerHousehold: 3200, conditionAfter: 0.9, benefit: 0.4 },
  gas: { component: 'gas', costRmbPerHousehold: 2400, conditionAfter: 0.9, benefit: 0.3 },
  fireSafety: { component: 'fireSafety', costRmbPerHousehold: 2600, conditionAfter: 0.92, benefit: 0.3 },
  roads: { component: 'roads', costRmbPerHousehold: 4600, conditionAfter: 0.88, benefit: 0.5 },
  sponge: { component: 'sponge', costRmbPerHousehold: 2800, conditionAfter: 0.8, benefit: 0.2 },
  agingFriendly: {
    component: 'agingFriendly',
    costRmbPerHousehold: 1800,
    conditionAfter: 0.85,
    benefit: 0.2,
    elderlyBenefitFactor: 3,
    priority: true,
  },
  parking: {
    component: 'parking',
    costRmbPerHousehold: 2400,
    conditionAfter: 0.85,
    benefit: 0.3,
    revenueGenerating: true,
  },
  structure: { component: 'structure', costRmbPerHousehold: 1800, conditionAfter: 0.85, benefit: 0.2 },
} as const;

const renovation = z
  .strictObject({
    items: z
      .record(z.string().min(1).max(50), renovationItem)
      .prefault(DEFAULT_ITEMS as unknown as Record<string, z.input<typeof renovationItem>>)
      .describe('menu of renovation items (name → item); the consultation drops unpopular ones'),
    costMultiplier: normal(0.2, 5, { mean: 1, sd: 0.15 }, 'per-community cost multiplier (factor)'),
    minItems: int(1, 20, 3, 'a plan keeps at least this many items (items)'),
    constructionMonths: int(1, 60, 6, 'duration of construction works (months)'),
    publicWorksQuality: share(0.6, 'quality of works procured directly by the city (no PPP firm)'),
    elevator: z
      .strictObject({
        enabled: enabled(true, 'whether elevator retrofits are offered to building units with ≥ minStoreys'),
        minStoreys: int(
          3,
          12,
          4,
          'building units with at least this many storeys may add an elevator (floors)',
        ),
        proposalShare: share(
          1,
          'share of eligible building units whose residents put an elevator on their plan (the rest lack space, structure or interest)',
        ),
        costRmb: range(50_000, 3_000_000, [400_000, 700_000], 'cost of one elevator retrofit (RMB)'),
        externalShaft: z
          .boolean()
          .default(true)
          .describe('shaft outside the building (harms the ground floor)'),
        maintenanceRmbPerYear: num(0, 200_000, 12_000, 'maintenance per elevator (RMB per year)'),
      })
      .prefault({})
      .describe('elevator retrofits (加装电梯)'),
    residentCostShare: share(0.1, 'share of comprehensive-renovation capex paid by owners'),
    repairRmbPerHouseholdPerDamage: num(
      0,
      100_000,
      8000,
      'repair cost per household per unit of functionality lost (RMB)',
    ),
  })
  .prefault({})
  .describe('renovation works and their costs');

const government = z
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
        centralRmbPerHousehold: policy(0, 100_000, 3650, 'central subsidy per renovated household (RMB)'),
        provincialRmbPerElevator: policy(0, 1_000_000, 150_000, 'provincial subsidy per elevator (RMB)'),
      })
      .prefault({})
      .describe('upper-level transfers'),
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
        rmbPerHousehold: policy(0, 200_000, 20_000, 'city funding standard per renovated household (RMB)'),
      })
      .prefault({})
      .describe('household subsidy for comprehensive renovation'),
    elevatorSubsidy: z
      .strictObject({
        enabled: enabled(true),
        rmbPerElevator: policy(0, 2_000_000, 100_000, 'city subsidy per elevator (RMB)'),
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
          0,
          100_000,
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

const enterprises = z
  .strictObject({
    enabled: enabled(true, 'whether PPP renovation + operation bundles (改建+运营) are tendered'),
    count: int(0, 500, 20, 'enterprises in the pool (firms)'),
    capitalRmb: range(0, 1e11, [50_000_000, 400_000_000], 'starting capital (RMB)'),
    costEfficiency: normal(0.5, 1.5, { mean: 1, sd: 0.08 }, 'capex multiplier of the firm (factor)'),
    hurdleIrr: range(0, 0.5, [0.06, 0.1], 'hurdle rate (share per year)'),
    riskAversion: range(0, 1, [0.2, 0.6], 'λ of the CVaR penalty (0..1)'),
    quality: normal(0, 1, { mean: 0.65, sd: 0.12 }, 'work quality (0..1)'),
    exitCashRmb: num(-1e10, 1e10, 0, 'a firm whose cash falls below this exits (RMB)'),
    loanRatePerYear: num(0, 0.3, 0.045, 'borrowing rate (share per year)'),
    valuationDraws: int(4, 1000, 32, 'sampled scenarios per bid valuation (draws)'),
    maxConcurrentProjects: int(
      1,
      100_000,
      4,
      'projects a firm holds at once between winning a tender and completing the works (projects)',
    ),
    bundle: z
      .strictObject({
        capexShare: share(0.3, 'share of renovation capex the enterprise finances'),
        concessionYears: int(1, 40, 15, 'operation rights (years)'),
        propertyFeeRmbPerM2PerMonth: num(0, 10, 0.8, 'property fee (RMB per m² per month)'),
        collectionRate: z
          .strictObject({
            base: share(0.6, 'fee collection rate at satisfaction 0.5'),
            satisfactionSlope: num(0, 2, 0.5, 'rise of the collection rate per unit of satisfaction'),
            trustSlope: num(
              0,
              2,
              0.3,
              'rise of the collection rate per unit of residents’ mean trust above 0.5',
            ),
            max: share(0.95, 'upper bound of the collection rate'),
          })
          .prefault({})
          .describe('fee collection rate = base + slope × (satisfaction − 0.5), clipped'),
        parkingRmbPerHouseholdPerMonth: num(0, 1000, 25, 'parking revenue (RMB per household per month)'),
        otherServicesRmbPerHouseholdPerMonth: num(0, 1000, 8, 'other services (RMB per household per month)'),
        operatingCostShare: share(0.65, 'operating cost as a share of revenue'),
        revenueNoiseCv: num(0, 2, 0.1, 'monthly revenue noise (coefficient of variation)'),
      })
      .prefault({})
      .describe('the tendered bundle'),
    overrun: z
      .strictObject({
        mean: num(0.5, 5, 1.1, 'mean capex overrun multiplier (factor)'),
        cv: num(0, 2, 0.12, 'coefficient of variation of the lognormal overrun (factor)'),
      })
      .prefault({})
      .describe('capex overrun multiplier, lognormal'),
    selection: z
      .strictObject({
        subsidyWeight: num(0, 10, 1, 'weight of the required top-up subsidy in the tender score'),
        qualityWeight: num(0, 10, 0.5, 'weight of quality in the tender score'),
        maxTopUpShare: share(0.3, 'largest top-up subsidy, as a share of capex, the city accepts'),
      })
      .prefault({})
      .describe('tender selection'),
    valueUplift: z
      .strictObject({
        enabled: enabled(false, 'whether value-uplift sharing (增值收益共享) is in the contract'),
        share: share(0.2, 'share of the enterprise uplift revenue returned to the community fund'),
        spendOn: z
          .strictObject({
            elevatorMaintenance: enabled(
              true,
              'whether a community fund pays the maintenance of its own elevators before its residents do',
            ),
            repairs: enabled(
              true,
              'whether a community fund pays the hazard repairs of its own community before the city fund does',
            ),
          })
          .prefault({})
          .describe('what the community fund (the returned uplift money) is spent on'),
      })
      .prefault({})
      .describe('value-uplift sharing'),
    disputes: z
      .strictObject({
        overrunThreshold: share(0.1, 'an uninsured overrun above this share of capex opens a dispute'),
        fastTrack: z
          .strictObject({
            enabled: enabled(false),
            days: int(1, 720, 90, 'fast-track resolution (days)'),
          })
          .prefault({})
          .describe('fast-track mediation and arbitration channel (快速通道)'),
        defaultMonths: range(1, 60, [9, 18], 'dispute duration without the fast track (months)'),
        governmentShareOfSettlement: share(0.5, 'share of the disputed overrun the government pays'),
      })
      .prefault({})
      .describe('PPP contract disputes'),
  })
  .prefault({})
  .describe('enterprise pool and PPP (MODEL.md §7.2)');

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

const residents = z
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
    contributions: z
      .strictObject({
        maxMonthsOfIncome: num(0, 60, 6, 'a household pays at most this many months of income (months)'),
        instalmentMonths: int(1, 120, 12, 'contributions are paid over (months)'),
        arrearsProbability: share(0.05, 'monthly chance a liable household misses an instalment'),
      })
      .prefault({})
      .describe('resident contributions and arrears'),
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

const ngos = z
  .strictObject({
    planners: z
      .strictObject({
        enabled: enabled(false, 'whether community planners (社区规划师) serve listed communities'),
        communitiesPerPlanner: int(1, 100, 1, 'communities one planner serves'),
        leaderWeight: num(0, 10, 3, 'weight of a planner in opinion exchange (partners)'),
        revisionBonus: share(0.3, 'relative improvement of plan revisions with a planner'),
        salaryRmbPerMonth: num(0, 100_000, 8000, 'cost per planner (RMB per month)'),
      })
      .prefault({})
      .describe('community planners'),
    academy: z
      .strictObject({
        enabled: enabled(false, 'whether the renewal academy (社区更新学院) trains representatives'),
        graduatesPerYear: int(0, 100_000, 500, 'resident representatives trained per year'),
        costRmbPerGraduate: num(0, 100_000, 2000, 'training cost (RMB per graduate)'),
      })
      .prefault({})
      .describe('renewal academy; graduates become opinion leaders'),
    volunteerTeams: z
      .strictObject({
        enabled: enabled(false, 'whether emergency volunteer teams exist'),
        teams: int(0, 100_000, 200, 'emergency volunteer teams city-wide (teams)'),
        drillsPerYear: int(0, 52, 4, 'drills per year (drills)'),
        preparednessPerDrill: share(0.15, 'preparedness gained per drill in a covered community'),
        preparednessDecayPerMonth: share(0.03, 'monthly decay of preparedness'),
        costRmbPerDrill: num(0, 1e6, 3000, 'cost of one drill (RMB)'),
      })
      .prefault({})
      .describe('emergency volunteer teams and drills'),
    donations: z
      .strictObject({
        enabled: enabled(false),
        rmbPerYear: num(0, 1e10, 5_000_000, 'donations raised city-wide (RMB per year)'),
      })
      .prefault({})
      .describe('donations (社会捐赠)'),
    mediation: z
      .strictObject({
        enabled: enabled(false, 'whether social organisations mediate disputes'),
        durationFactor: share(0.7, 'multiplier on dispute duration with mediation'),
      })
      .prefault({})
      .describe('mediation'),
  })
  .prefault({})
  .describe('social organisations (MODEL.md §7.4)');

const shockSeverity = (mean: number, sd: number) =>
  normal(0, 1, { mean, sd }, 'damage severity (functionality lost at zero protection, 0..1)');

const shocks = z
  .strictObject({
    rainstorm: z
      .strictObject({
        enabled: enabled(true),
        monthlyProbability: z
          .array(share(0, 'probability'))
          .length(12)
          .default([0.02, 0.02, 0.04, 0.08, 0.15, 0.35, 0.45, 0.4, 0.25, 0.08, 0.03, 0.02])
          .describe('city-wide rainstorm probability for January … December'),
        severity: shockSeverity(0.25, 0.1),
      })
      .prefault({})
      .describe('rainstorms and waterlogging: d = severity × exposure × (1 − drainage) × (1 − 0.7 × sponge)'),
    fire: z
      .strictObject({
        enabled: enabled(true),
        p0Monthly: share(0.004, 'p0: monthly fire probability per community at zero fire safety'),
        severity: shockSeverity(0.3, 0.1),
      })
      .prefault({})
      .describe('fires: p = p0 × (1 − fire safety)²'),
    earthquake: z
      .strictObject({
        enabled: enabled(true),
        annualProbability: share(0.02, 'probability of a damaging earthquake per year'),
        severity: shockSeverity(0.4, 0.15),
      })
      .prefault({})
      .describe('earthquakes: d = severity × (1 − structure)'),
    downturn: z
      .strictObject({
        enabled: enabled(true),
        enterMonthly: share(0.01, 'monthly chance of entering a downturn'),
        exitMonthly: share(0.08, 'monthly chance of leaving it'),
        revenueCut: share(0.2, 'relative cut of enterprise revenue in a downturn'),
        budgetGrowthCut: num(0, 1, 0.1, 'growth rate points cut from the city fund in a downturn year'),
      })
      .prefault({})
      .describe('economic downturn regime'),
    scheduled: z
      .array(
        z.strictObject({
          type: z.enum(['rainstorm', 'fire', 'earthquake', 'downturn']).describe('shock type'),
          date: yearMonth,
          severity: share(0.3, 'severity'),
          months: int(1, 120, 12, 'length of a scheduled downturn (months)'),
        }),
      )
      .max(1000)
      .default([])
      .describe('shocks that happen at a given month in addition to random ones'),
    recovery: z
      .strictObject({
        r0: share(0.25, 'r0: base monthly recovery rate of functionality'),
        preparednessWeight: num(0, 5, 0.8, 'a: weight of preparedness'),
        coordinationWeight: num(0, 5, 0.5, 'b: weight of coordination'),
        recoveredAt: share(0.95, 'a community counts as recovered above this functionality'),
      })
      .prefault({})
      .describe('recovery: r = r0 × (1 + a·preparedness + b·coordination) × min(1, funds/need)'),
  })
  .prefault({})
  .describe('shocks (MODEL.md §7.5)');

const resilience = z
  .strictObject({
    weights: z
      .strictObject({
        infrastructure: share(0.3, 'weight of the infrastructure dimension'),
        social: share(0.25, 'weight of the social dimension'),
        economic: share(0.2, 'weight of the economic dimension'),
        governance: share(0.25, 'weight of the governance dimension'),
      })
      .refine(
        (w) => Math.abs(w.infrastructure + w.social + w.economic + w.governance - 1) < 1e-9,
        refinement('schema.weightsSum'),
      )
      .prefault({})
      .describe('weights of the composite resilience index'),
    fireSafetyThreshold: share(0.7, 'a community is fire-compliant when fire safety ≥ this'),
    conditionDecayPerYear: share(0.02, 'annual decay of infrastructure condition'),
  })
  .prefault({})
  .describe('resilience index (MODEL.md §7.5)');

/** The whole scenario. */
export const ScenarioSchema = z
  .strictObject({
    name: bilingual.describe('scenario name in English and Chinese'),
    description: bilingual.describe('what the scenario represents, in English and Chinese'),
    language: z.enum(['en', 'zh']).default('en').describe('default language of reports'),
    calendar,
    ensemble,
    city,
    renovation,
    government,
    enterprises,
    residents,
    ngos,
    shocks,
    resilience,
  })
  .superRefine((s, ctx) => {
    const sharing = s.residents.elevatorCostSharing;
    const maxStoreys = s.city.communities
      ? Math.max(...s.city.communities.map((c) => c.storeys))
      : s.city.generate.storeys.max;
    if (sharing.rule === 'negotiated' && sharing.negotiatedSharesPct.length < maxStoreys) {
      ctx.addIssue({
        code: 'custom',
        path: ['residents', 'elevatorCostSharing', 'negotiatedSharesPct'],
        ...refinement('schema.negotiatedShares', {
          storeys: maxStoreys,
          count: sharing.negotiatedSharesPct.length,
        }),
      });
    }
  })
  .describe('a cogov scenario');

/** A validated scenario with every default filled in. */
export type Scenario = z.output<typeof ScenarioSchema>;
/** A scenario as written in a file (defaults optional). */
export type ScenarioInput = z.input<typeof ScenarioSchema>;

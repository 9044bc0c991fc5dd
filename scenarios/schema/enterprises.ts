/**
 * The `enterprises` section of a scenario: the enterprise pool and the PPP bundle of MODEL.md §7.2
 * (capital, efficiency, hurdle rates, the tendered bundle, overruns, selection, value uplift, disputes).
 * Part of the scenario schema (`../schema.ts`); every object is strict, every number bounded.
 */
import { z } from 'zod';
import { enabled, int, normal, num, range, share } from './parts.js';

export const enterprises = z
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
        parkingRmbPerHouseholdPerMonth: num(
          0,
          1000,
          25,
          'parking revenue when spaces are not limited (RMB per household per month)',
        ),
        parkingSpaces: z
          .strictObject({
            enabled: enabled(
              false,
              'whether parking revenue comes from a limited number of spaces (spaces × fee × occupancy) instead of the flat amount per household',
            ),
            perHousehold: num(
              0,
              5,
              0.25,
              'parking spaces a community can offer per household (spaces per household)',
            ),
            siteShare: share(0.12, 'share of the site area usable for surface parking'),
            m2PerSpace: num(5, 100, 25, 'site area per surface space including aisles (m² per space)'),
            feeRmbPerSpacePerMonth: num(0, 5000, 120, 'monthly parking fee (RMB per space per month)'),
            occupancy: share(0.8, 'share of spaces let in an average month'),
          })
          .prefault({})
          .describe(
            'parking spaces per community: min(perHousehold × households, siteShare × site area / m2PerSpace)',
          ),
        otherServicesRmbPerHouseholdPerMonth: num(0, 1000, 8, 'other services (RMB per household per month)'),
        operatingCostShare: share(0.65, 'operating cost as a share of revenue'),
        revenueNoiseCv: num(0, 2, 0.1, 'monthly revenue noise (coefficient of variation)'),
      })
      .prefault({})
      .describe('the tendered bundle'),
    bundling: z
      .strictObject({
        enabled: enabled(
          false,
          'whether communities are tendered in area packages (片区统筹) with profitable assets',
        ),
        grouping: z
          .enum(['district', 'explicit'])
          .default('district')
          .describe(
            'how packages are formed: district = pending communities of each district in id order, packageSize at a time; explicit = the lists in `packages`',
          ),
        packageSize: int(2, 1000, 5, 'communities per package when grouping by district (communities)'),
        packages: z
          .array(z.array(z.string().min(1).max(100)).min(1).max(1000))
          .max(10_000)
          .default([])
          .describe('explicit packages (grouping: explicit): lists of community names'),
        assets: z
          .strictObject({
            parkingSpaces: int(
              0,
              100_000,
              60,
              'parking spaces of the package outside its communities (spaces per package)',
            ),
            vacantBuildingM2: num(0, 1e6, 400, 'vacant buildings the package lets (m² per package)'),
            rentRmbPerM2PerMonth: num(0, 500, 20, 'rent of the vacant buildings (RMB per m² per month)'),
            refurbishRmbPerM2: num(0, 50_000, 1500, 'cost of refurbishing the vacant buildings (RMB per m²)'),
            operatingCostShare: share(0.3, 'operating cost of the assets as a share of their revenue'),
          })
          .prefault({})
          .describe(
            'the profitable assets each package carries (parking at the bundle’s parking fee and occupancy)',
          ),
      })
      .prefault({})
      .describe('area bundling (片区统筹): communities tendered together with assets'),
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

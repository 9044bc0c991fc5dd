/**
 * The `management` section of a scenario: completion acceptance with residents' evaluation (竣工验收,
 * 居民评议) and the long-term management stage after renovation (长效管理): property-service take-up,
 * the "try before you buy" trial service (先尝后买), owners' committees (业委会), community
 * party-committee coordination (社区大党委) and property-fee collection (MODEL.md §7.11).
 * Part of the scenario schema (`../schema.ts`); every object is strict, every number bounded.
 * With `enabled: false` (the default) none of it runs and a run is exactly as without the section.
 */
import { z } from 'zod';
import { enabled, int, num, share } from './parts.js';

export const management = z
  .strictObject({
    enabled: enabled(
      false,
      'whether completion acceptance and long-term management are modelled (latent defects of works, acceptance, property service, owners’ committees, fees)',
    ),
    acceptance: z
      .strictObject({
        enabled: enabled(
          true,
          'whether residents evaluate the works at completion acceptance (居民评议); a failed evaluation sends them back for rework',
        ),
        defectScale: num(
          0,
          2,
          1,
          'chance that finished works carry a defect residents would notice, per unit of (1 − builder quality) (factor)',
        ),
        detectionBase: share(
          0.5,
          'chance an evaluation finds a defect, before participation and representatives',
        ),
        participationWeight: share(
          0.3,
          'added chance of finding a defect per unit of the share of households that took part in the last consultation round',
        ),
        representativeWeight: share(
          0.2,
          'added chance of finding a defect when the community has a trained representative (academy graduate)',
        ),
        reworkMonths: int(1, 24, 2, 'months of rework after a failed evaluation (months)'),
        reworkCostShare: share(0.03, 'cost of the rework as a share of the renovation capex'),
        defectQualityLoss: share(
          0.3,
          'work quality lost when a defect is left in place (quality units, 0..1), lowering satisfaction through residents.satisfaction.qualityWeight',
        ),
        retentionShare: share(
          0.03,
          'retention money (质保金) held back from the public-works contractor, which pays a rework first',
        ),
      })
      .prefault({})
      .describe('completion acceptance (竣工验收) with residents’ evaluation'),
    propertyService: z
      .strictObject({
        feeRmbPerM2PerMonth: num(
          0,
          10,
          0.5,
          'property fee of a renovated public-works community with a property-service company (RMB per m² per month)',
        ),
        takeUpMonthly: share(
          0.005,
          'monthly chance that a renovated community without management hires a property-service company, at satisfaction and trust 0.5 and no owners’ committee',
        ),
        satisfactionWeight: num(0, 10, 2, 'take-up rate × exp(weight × (satisfaction − 0.5)) (per unit)'),
        trustWeight: num(0, 10, 2, 'take-up rate × exp(weight × (mean trust − 0.5)) (per unit)'),
        committeeWeight: num(0, 5, 1, 'take-up rate × exp(weight) with an owners’ committee (log factor)'),
        ageingReduction: share(
          0,
          'share of the yearly ageing of infrastructure (resilience.conditionDecayPerYear) that professional management (property company, trial service or PPP operator) prevents',
        ),
      })
      .prefault({})
      .describe('property-management take-up in renovated communities without a PPP operator'),
    trialService: z
      .strictObject({
        enabled: enabled(
          false,
          'whether a property-service trial (先尝后买) is offered to every renovated community without management',
        ),
        months: int(1, 24, 6, 'length of the trial (months)'),
        feeShare: share(0, 'share of the fee owners pay during the trial; the city fund pays the rest'),
        continueBase: share(
          0.55,
          'chance owners continue after the trial, at satisfaction 0.5 without a committee',
        ),
        satisfactionWeight: num(0, 5, 1, 'added chance of continuing per unit of satisfaction above 0.5'),
        committeeBonus: share(0.15, 'added chance of continuing with an owners’ committee'),
      })
      .prefault({})
      .describe('“try before you buy” property service (先尝后买)'),
    ownersCommittees: z
      .strictObject({
        formationMonthly: share(
          0.01,
          'monthly chance an owners’ committee (业委会) forms in a renovated community without one and without trained representatives',
        ),
        perRepresentative: num(
          0,
          10,
          0.5,
          'formation rate × (1 + this × trained representatives) (per representative)',
        ),
        maxRepresentatives: int(0, 50, 4, 'representatives counted at most (representatives)'),
      })
      .prefault({})
      .describe('owners’ committees (业委会)'),
    partyCommittee: z
      .strictObject({
        enabled: enabled(
          false,
          'whether the community party committee (社区大党委) coordinates residents, owners’ committees and property companies (“三方联动”)',
        ),
        formationFactor: num(1, 10, 2, 'owners’ committees form this many times faster (factor)'),
      })
      .prefault({})
      .describe('community party-committee coordination (社区大党委 + 三方联动)'),
    feeCollection: z
      .strictObject({
        base: share(
          0.6,
          'collection rate a property company reaches at satisfaction 0.5 without an owners’ committee',
        ),
        satisfactionSlope: num(0, 2, 0.5, 'collection rate per unit of satisfaction above 0.5'),
        committeeBonus: share(0.1, 'collection rate added by an owners’ committee'),
        max: share(0.95, 'highest collection rate'),
        driftMonthly: share(0.1, 'share of the gap to its target the collection rate closes each month'),
      })
      .prefault({})
      .describe('property-fee collection in communities with a property company'),
  })
  .prefault({})
  .describe('completion acceptance and long-term management (竣工验收与长效管理)');

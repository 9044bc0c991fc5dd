/**
 * The `renovation` section of a scenario: the menu of renovation items (with the default menu of
 * MODEL.md), costs, construction time, elevator retrofits and residents' share of the cost.
 * Part of the scenario schema (`../schema.ts`); every object is strict, every number bounded.
 */
import { z } from 'zod';
import { CATEGORIES } from '../components.js';
import { COMPONENTS, enabled, int, normal, num, range, share } from './parts.js';

const renovationItem = z.strictObject({
  component: z.enum(COMPONENTS).describe('infrastructure component the item improves'),
  category: z
    .enum(CATEGORIES)
    .optional()
    .describe(
      'content category (基础类 basic, mandatory / 完善类 improvement / 提升类 upgrade); when absent: basic for water, power, gas, fireSafety, roads and structure, improvement otherwise',
    ),
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
  water: {
    component: 'water',
    category: 'basic',
    costRmbPerHousehold: 5200,
    conditionAfter: 0.9,
    benefit: 0.6,
  },
  power: {
    component: 'power',
    category: 'basic',
    costRmbPerHousehold: 3200,
    conditionAfter: 0.9,
    benefit: 0.4,
  },
  gas: {
    component: 'gas',
    category: 'basic',
    costRmbPerHousehold: 2400,
    conditionAfter: 0.9,
    benefit: 0.3,
  },
  fireSafety: {
    component: 'fireSafety',
    category: 'basic',
    costRmbPerHousehold: 2600,
    conditionAfter: 0.92,
    benefit: 0.3,
  },
  roads: {
    component: 'roads',
    category: 'basic',
    costRmbPerHousehold: 4600,
    conditionAfter: 0.88,
    benefit: 0.5,
  },
  sponge: {
    component: 'sponge',
    category: 'improvement',
    costRmbPerHousehold: 2800,
    conditionAfter: 0.8,
    benefit: 0.2,
  },
  agingFriendly: {
    component: 'agingFriendly',
    category: 'improvement',
    costRmbPerHousehold: 1800,
    conditionAfter: 0.85,
    benefit: 0.2,
    elderlyBenefitFactor: 3,
    priority: true,
  },
  parking: {
    component: 'parking',
    category: 'improvement',
    costRmbPerHousehold: 2400,
    conditionAfter: 0.85,
    benefit: 0.3,
    revenueGenerating: true,
  },
  structure: {
    component: 'structure',
    category: 'basic',
    costRmbPerHousehold: 1800,
    conditionAfter: 0.85,
    benefit: 0.2,
  },
} as const;

export const renovation = z
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
    elevatorProgramme: z
      .strictObject({
        enabled: enabled(
          false,
          'whether building units outside the renovation pipeline apply for an elevator on their own, at any time (既有住宅加装电梯, an ongoing programme)',
        ),
        baseMonthlyRate: share(
          0.004,
          'monthly chance that an eligible unit applies when it has renovation.elevator.minStoreys storeys, the city’s elderly share (city.households.elderlyShare), mean trust 0.5 and no elevator yet in its community',
        ),
        storeyLogOdds: num(0, 5, 0.4, 'log-odds of applying added per storey above minStoreys'),
        elderlyLogOdds: num(
          0,
          20,
          3,
          'log-odds of applying added per unit of the unit’s elderly share above the city’s',
        ),
        trustLogOdds: num(0, 20, 3, 'log-odds of applying added per unit of the unit’s mean trust above 0.5'),
        neighbourLogOdds: num(
          0,
          20,
          2,
          'log-odds of applying added per unit of the community’s share of units that have an elevator (awareness: neighbours show how)',
        ),
        retryAfterMonths: int(0, 240, 24, 'a unit whose elevator vote failed may apply again after (months)'),
        quotaPerYear: int(
          0,
          100_000,
          150,
          'elevators the province and city subsidise per calendar year; passed units beyond it wait for the next year’s quota (elevators)',
        ),
        constructionMonths: int(1, 36, 4, 'from funding to an installed elevator (months)'),
      })
      .prefault({})
      .describe('the ongoing, resident-initiated elevator programme (MODEL.md §7.9)'),
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

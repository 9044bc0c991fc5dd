/**
 * The `city` section of a scenario: its communities, either generated at random or listed one by one,
 * their building units and households.
 * Part of the scenario schema (`../schema.ts`); every object is strict, every number bounded.
 */
import { z } from 'zod';
import { int, normal, num, perComponent, range, share } from './parts.js';

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

export const city = z
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

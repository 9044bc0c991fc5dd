/**
 * The `shocks` and `resilience` sections of a scenario (MODEL.md §7.5): random and scheduled
 * rainstorms, fires, earthquakes and downturns, recovery, and the weights of the resilience index.
 * Part of the scenario schema (`../schema.ts`); every object is strict, every number bounded.
 */
import { z } from 'zod';
import { refinement } from '../messages.js';
import { enabled, int, normal, num, share, yearMonth } from './parts.js';

const shockSeverity = (mean: number, sd: number) =>
  normal(0, 1, { mean, sd }, 'damage severity (functionality lost at zero protection, 0..1)');

export const shocks = z
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

export const resilience = z
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

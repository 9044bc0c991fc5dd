/**
 * The scenario format: the single source of truth for scenario files and their TypeScript types.
 * It covers the reference model (../shared/MODEL.md): calendar, city generation, every government
 * instrument of §7.1, the enterprise pool of §7.2, resident behaviour and elevator cost sharing of
 * §7.3, social organisations of §7.4, shocks and resilience of §7.5, and ensemble settings.
 * Every object is strict (unknown keys are errors); every number has bounds and a unit.
 * Defaults are the reference values of MODEL.md; see docs/MODEL.md for their sources.
 *
 * Each large section has its own file in `schema/` (city, renovation, government, enterprises,
 * residents, ngos, shocks with resilience), built from the blocks of `schema/parts.ts`; this file
 * holds the small calendar and ensemble sections and the check across sections.
 */
import { z } from 'zod';
import { type LoaderKey, refinement } from './messages.js';
import { policyHorizonProblems } from './policy-horizon.js';
import { city } from './schema/city.js';
import { enterprises } from './schema/enterprises.js';
import { government } from './schema/government.js';
import { management } from './schema/management.js';
import { ngos } from './schema/ngos.js';
import { bilingual, int, yearMonth } from './schema/parts.js';
import { renovation } from './schema/renovation.js';
import { residents } from './schema/residents.js';
import { resilience, shocks } from './schema/shocks.js';

export { COMPONENTS, type Component } from './components.js';

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
    management,
    shocks,
    resilience,
  })
  .superRefine((s, ctx) => {
    // Calendar references must fall inside the run: a key year after the end would label the last
    // month's values "by the end of" a year never simulated; a scheduled shock outside never happens.
    const { start, end, keyYear } = s.calendar;
    const first = Number(start.slice(0, 4));
    const last = Number(end.slice(0, 4));
    if (start <= end && (keyYear < first || keyYear > last)) {
      ctx.addIssue({
        code: 'custom',
        path: ['calendar', 'keyYear'],
        ...refinement('schema.keyYearOutside', { first, last, start, end }),
      });
    }
    s.shocks.scheduled.forEach((shock, i) => {
      if (shock.date < start || shock.date > end) {
        ctx.addIssue({
          code: 'custom',
          path: ['shocks', 'scheduled', i, 'date'],
          ...refinement('schema.dateOutside', { start, end }),
        });
      }
    });
    // Each generated community holds at least one household: a smaller total cannot be built.
    const g = s.city.generate;
    if (!s.city.communities && g.totalHouseholds !== undefined && g.totalHouseholds < g.communities) {
      ctx.addIssue({
        code: 'custom',
        path: ['city', 'generate', 'totalHouseholds'],
        ...refinement('schema.householdsBelowCommunities', {
          communities: g.communities,
          total: g.totalHouseholds,
        }),
      });
    }
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
  .superRefine((s, ctx) => {
    // Expressions that parse but fail (1/0) or leave their bounds in some month would stop every run.
    if (s.calendar.start > s.calendar.end) return;
    for (const { path, message } of policyHorizonProblems(s, s.calendar)) {
      ctx.addIssue({ code: 'custom', path, ...refinement(message.key as LoaderKey, message.vars) });
    }
  })
  .describe('a cogov scenario');

/** A validated scenario with every default filled in. */
export type Scenario = z.output<typeof ScenarioSchema>;
/** A scenario as written in a file (defaults optional). */
export type ScenarioInput = z.input<typeof ScenarioSchema>;

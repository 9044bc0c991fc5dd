/**
 * The `ngos` section of a scenario: social organisations of MODEL.md §7.4 (community planners, the
 * renewal academy, emergency volunteer teams, donations, mediation).
 * Part of the scenario schema (`../schema.ts`); every object is strict, every number bounded.
 */
import { z } from 'zod';
import { enabled, int, num, share } from './parts.js';

export const ngos = z
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

/**
 * Validation 8: calibration of the Nanchong scenario (scenarios/nanchong-1558.yaml) against the
 * published figures in the reference model's sources (docs/VALIDATION.md §8). Three seeded runs.
 *
 * Published figures (reference model, Sources):
 * - Nanchong 2021–2025 plan: 3,770 communities, 326,300 households; at least 60 % done by 2023.
 * - National 2023: 53,700 communities, 8.97 M households, about 240 bn RMB: about 26,800 RMB per
 *   household, all sources.
 * - Beijing Jinsong: 76 M RMB (46 M public, 30 M private) for 3,605 households: 12,760 RMB public per
 *   household.
 * - Sichuan provincial fund: 490 M RMB for 3,726 elevators.
 *
 * The elevator proposal share (0.15) and the library capacity (1,000 a year) of the scenario are
 * calibrated to the elevator and pace figures; the tests check the results stay in range.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../scenarios/load.js';
import { type RunResult, runOne } from '../../sim/model/run.js';

const SEEDS = [1, 2, 3];
/** Calendar years in which the remaining stock is renovated (first completions 2025, nearly all by 2027). */
const YEARS = [2025, 2026, 2027];
/** The two years that carry the renovation (over 90 % of the remaining stock). */
const PACE_YEARS = [2025, 2026];

interface Measured {
  communities: number;
  households: number;
  renovatedAtStart: number;
  fiscalPerHousehold: number;
  worksPerHousehold: number;
  provincialPerElevator: number;
  elevatorsPerYear: number;
  communitiesPerYear: number;
  householdsPerYear: number;
  cityFundEnd: number;
}

function measure(
  r: RunResult,
  scale: { communities: number; households: number; done: number; pipelineElevators: number },
): Measured {
  const T = r.ticks;
  const at = (name: string, t: number) => r.values[r.metrics.indexOf(name) * T + t];
  const sum = (name: string) => {
    let s = 0;
    for (let t = 0; t < T; t++) s += at(name, t);
    return s;
  };
  const first = r.dates.indexOf(`${YEARS[0] - 1}-12`);
  const last = r.dates.indexOf(`${YEARS[YEARS.length - 1]}-12`);
  const completed = (t: number) => at('projects.done', t) + at('projects.operation', t);
  const I = r.indicators;
  return {
    ...scale,
    renovatedAtStart: scale.done / scale.communities,
    fiscalPerHousehold: I.fiscalCostPerHousehold,
    worksPerHousehold: sum('funding.use.renovationWorks') / I.householdsRenovated,
    // Elevators funded: installed, plus those funded and still being built at the end.
    provincialPerElevator:
      sum('funding.committed.provincial') / (I.elevatorsInstalled + scale.pipelineElevators),
    elevatorsPerYear:
      (at('participation.elevatorsInstalled', last) - at('participation.elevatorsInstalled', first)) /
      YEARS.length,
    communitiesPerYear:
      (completed(r.dates.indexOf(`${PACE_YEARS[PACE_YEARS.length - 1]}-12`)) - completed(first)) /
      PACE_YEARS.length,
    householdsPerYear:
      (at('participation.householdsRenovated', last) - at('participation.householdsRenovated', first)) /
      YEARS.length,
    cityFundEnd: at('funding.cityFundBalance', T - 1),
  };
}

describe('validation 8: calibration of nanchong-1558 (3 seeds)', () => {
  const runs: Measured[] = [];
  const all = (k: keyof Measured) => runs.map((m) => m[k]);

  beforeAll(() => {
    const scenario = loadScenarioFile('scenarios/nanchong-1558.yaml').scenario;
    for (const seed of SEEDS) {
      let scale = { communities: 0, households: 0, done: 0, pipelineElevators: 0 };
      const r = runOne(scenario, seed, {
        onTick: (w) => {
          if (w.clock.tick === w.clock.ticks - 1) {
            for (const u of w.units) {
              const st = w.communities[u.community].state;
              if (u.elevator === 1 && (st === 'approval' || st === 'construction')) scale.pipelineElevators++;
            }
          }
          if (w.clock.tick !== 0) return;
          let done = 0;
          for (const c of w.communities) if (c.renovatedAtStart) done++;
          scale = {
            communities: w.communities.length,
            households: w.households.count,
            done,
            pipelineElevators: 0,
          };
        },
      });
      runs.push(measure(r, scale));
    }
  }, 180_000);

  it('scale: exactly 3,770 communities and 326,300 households (the plan)', () => {
    expect(all('communities')).toEqual([3770, 3770, 3770]);
    expect(all('households')).toEqual([326_300, 326_300, 326_300]);
  });

  it('60 % of communities renovated at the start (2024-07; the plan: ≥ 60 % by 2023): 0.6 ± 0.025', () => {
    for (const v of all('renovatedAtStart')) expect(Math.abs(v - 0.6)).toBeLessThan(0.025);
  });

  it('renovation works per renovated household, all sources: national 26,800 RMB ± 20 %', () => {
    for (const v of all('worksPerHousehold')) {
      expect(v).toBeGreaterThan(26_800 * 0.8);
      expect(v).toBeLessThan(26_800 * 1.2);
    }
  });

  it('public cost per renovated household within [12,760 (Jinsong, public), 26,800 (national, all sources)]', () => {
    for (const v of all('fiscalPerHousehold')) {
      expect(v).toBeGreaterThan(12_760);
      expect(v).toBeLessThan(26_800);
    }
  });

  it('elevators per year within [125, 500]: about 250 derived from the Sichuan fund, × or ÷ 2', () => {
    // Nanchong's population share (5.6 M of Sichuan's 83.7 M, 6.7 %) of the provincial fund's 3,726
    // elevators ≈ 250 a year if the fund is annual. Calibrated by renovation.elevator.proposalShare.
    for (const v of all('elevatorsPerYear')) {
      expect(v).toBeGreaterThan(125);
      expect(v).toBeLessThan(500);
    }
    for (const v of all('provincialPerElevator')) expect(v).toBeCloseTo(150_000, -2);
  });

  it('renovation pace within ± 20 % of the plan’s 754 communities a year (3,770 over 2021–2025)', () => {
    for (const v of all('communitiesPerYear')) {
      expect(v).toBeGreaterThan(754 * 0.8);
      expect(v).toBeLessThan(754 * 1.2);
    }
  });
});

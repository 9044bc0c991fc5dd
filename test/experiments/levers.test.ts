/**
 * Every instrument moves what it targets, with the expected sign, on paired seeds (issue 13, 3a):
 * the lever catalogue of sim/experiments/levers.ts on demo-small, 20 paired runs. A check passes only
 * when its 95 % interval excludes zero on the expected side; "not distinguishable" fails too, except
 * for the levers listed in SMALL_AT_THIS_SCALE, whose effect is real but below the noise of 20 runs at
 * demo-small's scale (each is then checked at a scale where it must show).
 */
import { describe, expect, it } from 'vitest';
import { leverEffects, leverScenario } from '../../sim/experiments/lever-effects.js';
import { leversOf } from '../../sim/experiments/levers.js';
import { pairedDifference } from '../../sim/analysis/paired.js';
import { runSeed } from '../../sim/kernel/rng.js';
import { runOne } from '../../sim/model/run.js';
import { demoSmall } from '../model/scenario-fixtures.js';

const RUNS = 20;
const seeds = Array.from({ length: RUNS }, (_, i) => runSeed(42, i));

/**
 * Real but small at demo-small's scale, below the noise of 20 paired runs: donations are 200,000 RMB a
 * year (1.3 % of the city fund), the performance boost adds 10 % to two years' funds, former owning
 * work units pay 1,000 RMB per household in a fifth of the communities (about 1 % of the public money
 * per household), and the 10 volunteer teams save about one community-month of resilience loss in 17
 * (since the FAR bonus is bounded, issue 17, the paired runs diverge more: their interval reaches
 * −0.09). Each is checked below at a size where it must show.
 */
const SMALL_AT_THIS_SCALE = new Set(['donations', 'performance', 'formerWorkUnits', 'volunteerTeams']);

describe('levers of demo-small on 20 paired runs', () => {
  const s = demoSmall();
  const levers = leversOf(s);
  const base = seeds.map((seed) => runOne(s, seed).indicators);
  const variants = levers.map((l) => {
    const v = leverScenario(s, l);
    return seeds.map((seed) => runOne(v, seed).indicators);
  });
  const effects = leverEffects(levers, base, variants);

  it('every instrument of the scenario is in the catalogue and checked', () => {
    expect(levers.length).toBeGreaterThanOrEqual(27);
    expect(effects.length).toBeGreaterThanOrEqual(levers.length);
  });

  it.each(effects.map((e) => [`${e.lever.id} → ${e.indicator}`, e] as const))('%s', (_, e) => {
    const d = e.difference;
    const what = `${e.lever.id} ${e.indicator}: ${d.mean} [${d.ci95[0]}, ${d.ci95[1]}], expected sign ${e.expected}`;
    expect(e.verdict, what).not.toBe('opposite');
    if (!SMALL_AT_THIS_SCALE.has(e.lever.id)) expect(e.verdict, what).toBe('asExpected');
  });
});

describe('levers at the scale where they must show', () => {
  /** The instrument on (as patched) renovates households sooner than off, on paired seeds. */
  function sooner(on: Parameters<typeof demoSmall>[0], off: Parameters<typeof demoSmall>[0]): void {
    const a = seeds.map((seed) => runOne(demoSmall(on), seed).indicators.householdMonthsWaiting);
    const b = seeds.map((seed) => runOne(demoSmall(off), seed).indicators.householdMonthsWaiting);
    const d = pairedDifference(b, a);
    expect(d.ci95[1], `${d.mean} [${d.ci95}]`).toBeLessThan(0);
  }

  it('a performance boost of 50 % renovates households sooner when the city is behind its target', () => {
    sooner(
      { government: { performance: { enabled: true, capacityBoost: 0.5 } } },
      { government: { performance: { enabled: false } } },
    );
  });

  it('former owning work units in every community, 3,000 RMB per household, lower the public money per household', () => {
    const on = {
      government: { formerWorkUnits: { enabled: true, shareOfCommunities: 1, rmbPerHousehold: 3000 } },
    };
    const a = seeds.map((seed) => runOne(demoSmall(on), seed).indicators.fiscalCostPerHousehold);
    const b = seeds.map(
      (seed) =>
        runOne(demoSmall({ government: { formerWorkUnits: { enabled: false } } }), seed).indicators
          .fiscalCostPerHousehold,
    );
    const d = pairedDifference(a, b);
    expect(d.ci95[0], `${d.mean} [${d.ci95}]`).toBeGreaterThan(0);
  });

  it('a volunteer team in every community lowers resilience loss', () => {
    const loss = (enabled: boolean) =>
      seeds.map(
        (seed) =>
          runOne(demoSmall({ ngos: { volunteerTeams: { enabled, teams: 50 } } }), seed).indicators
            .resilienceLoss,
      );
    const d = pairedDifference(loss(true), loss(false));
    expect(d.ci95[0], `${d.mean} [${d.ci95}]`).toBeGreaterThan(0);
  });

  it('donations of 5 M RMB a year renovate households sooner (fewer household-months waiting)', () => {
    sooner(
      { ngos: { donations: { enabled: true, rmbPerYear: 5_000_000 } } },
      { ngos: { donations: { enabled: false } } },
    );
  });
});

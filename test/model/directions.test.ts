/**
 * Direction checks of the model (issue: "each over at least 20 seeds"): paired runs on the same seeds
 * (common random numbers), a small city of 30 communities over 4 years.
 */
import { describe, expect, it } from 'vitest';
import { runOne } from '../../sim/model/run.js';
import { demoSmall, mean, SEEDS } from './scenario-fixtures.js';

const small = { city: { generate: { communities: 30 } }, calendar: { end: '2028-06' } };

function runAll(patch: Parameters<typeof demoSmall>[0]) {
  const s = demoSmall(patch);
  return SEEDS.map((seed) => runOne(s, seed));
}

function last(r: ReturnType<typeof runOne>, name: string): number {
  return r.values[r.metrics.indexOf(name) * r.ticks + r.ticks - 1];
}

describe('direction checks over 20 seeds', () => {
  it('more subsidy → not fewer households renovated (and a lower owners’ share)', () => {
    const base = {
      ...small,
      enterprises: { enabled: false },
      government: { costShareCap: { enabled: false } },
    };
    const low = runAll({
      ...base,
      government: { ...base.government, householdSubsidy: { rmbPerHousehold: 2000 } },
    });
    const high = runAll({
      ...base,
      government: { ...base.government, householdSubsidy: { rmbPerHousehold: 30000 } },
    });
    const lo = low.map((r) => r.indicators.householdsRenovated);
    const hi = high.map((r) => r.indicators.householdsRenovated);
    expect(mean(hi)).toBeGreaterThan(mean(lo));
    expect(mean(high.map((r) => r.indicators.votePassRate))).toBeGreaterThan(
      mean(low.map((r) => r.indicators.votePassRate)),
    );
  });

  it('a ground-floor compensation fund raises elevator vote pass rates', () => {
    const comp = (enabled: boolean) => ({
      ...small,
      residents: { elevatorCostSharing: { groundFloorCompensation: { enabled, shareOfCost: 0.06 } } },
    });
    const without = runAll(comp(false)).map((r) => last(r, 'participation.elevatorVotePassRate'));
    const withFund = runAll(comp(true)).map((r) => last(r, 'participation.elevatorVotePassRate'));
    expect(mean(withFund)).toBeGreaterThan(mean(without) + 0.02);
  });

  it('insurance + fast-track arbitration lower the mean dispute duration', () => {
    const risky = { ...small, enterprises: { overrun: { mean: 1.25, cv: 0.2 } } };
    const plain = runAll({
      ...risky,
      government: { insurance: { enabled: false }, approvals: { jointMeeting: { enabled: false } } },
      enterprises: { ...risky.enterprises, disputes: { fastTrack: { enabled: false } } },
      ngos: { mediation: { enabled: false } },
    });
    const managed = runAll({
      ...risky,
      government: { insurance: { enabled: true } },
      enterprises: { ...risky.enterprises, disputes: { fastTrack: { enabled: true, days: 90 } } },
    });
    const dur = (rs: typeof plain) => rs.map((r) => r.indicators.meanDisputeMonths).filter((d) => d > 0);
    expect(dur(plain).length).toBeGreaterThan(5);
    const managedDur = dur(managed);
    expect(managedDur.length === 0 ? 0 : mean(managedDur)).toBeLessThan(mean(dur(plain)));
  });

  it('fire-safety retrofits lower fire losses', () => {
    const s = demoSmall(small);
    const noFire = demoSmall(small);
    noFire.renovation.items = Object.fromEntries(
      Object.entries(noFire.renovation.items).filter(([, it]) => it.component !== 'fireSafety'),
    );
    const withRetrofit = SEEDS.map((seed) => runOne(s, seed)).map((r) => last(r, 'resilience.loss.fire'));
    const without = SEEDS.map((seed) => runOne(noFire, seed)).map((r) => last(r, 'resilience.loss.fire'));
    expect(mean(withRetrofit)).toBeLessThan(mean(without));
  });

  it('no planners and no academy → lower participation', () => {
    const withNgo = runAll(small).map((r) => r.indicators.participation);
    const without = runAll({
      ...small,
      ngos: { planners: { enabled: false }, academy: { enabled: false } },
    }).map((r) => r.indicators.participation);
    expect(mean(without)).toBeLessThan(mean(withNgo));
  });
});

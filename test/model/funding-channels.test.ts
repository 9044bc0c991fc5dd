/**
 * The funding channels of the 2020 guidance (sim/model/funding-channels.ts): each pays what its rule
 * says at funding, its money is conserved to the fen (sources = uses + balances, and each channel's
 * source equals what it committed), the channels' draws leave the city unchanged, and each instrument
 * moves what it targets on paired seeds.
 */
import { describe, expect, it } from 'vitest';
import { COMPONENTS } from '../../scenarios/components.js';
import type { Scenario } from '../../scenarios/schema.js';
import { pairedDifference } from '../../sim/analysis/paired.js';
import { leverScenario } from '../../sim/experiments/lever-effects.js';
import { LEVERS } from '../../sim/experiments/levers.js';
import { runSeed } from '../../sim/kernel/rng.js';
import { buildWorld } from '../../sim/model/build-world.js';
import { ownersBaseShare } from '../../agents/fire-safety.js';
import { planCapex } from '../../sim/model/cost-split.js';
import { commitFunding } from '../../sim/model/funding.js';
import { newMonthMoney, PAYERS } from '../../sim/model/metrics.js';
import { openConsultation } from '../../sim/model/projects.js';
import { runOne } from '../../sim/model/run.js';
import { refreshPolicies } from '../../sim/world/policies.js';
import type { Community, World } from '../../sim/world/state.js';
import { demoSmall, shipped } from './scenario-fixtures.js';

const seeds = Array.from({ length: 20 }, (_, i) => runSeed(42, i));

/** Public works (no tender), every channel on, a work unit in every community. */
const CHANNELS = {
  enterprises: { enabled: false },
  government: {
    costShareCap: { enabled: false },
    pipelineUtilities: { enabled: true, shareOfNetworkCost: { water: 0.3, power: 0.5, gas: 0.4 } },
    formerWorkUnits: { enabled: true, shareOfCommunities: 1, rmbPerHousehold: 800, shareOfCapex: 0.01 },
  },
  residents: {
    maintenanceFund: {
      enabled: true,
      shareWithFundBefore: 1,
      shareWithFundFrom: 1,
      balanceRmbPerM2: { min: 5, max: 30 },
      maxShareOfOwnersShare: 0.7,
    },
  },
};

/** A world of `s` with community 0 voted through and waiting for funding, and a full city fund. */
function voted(s: Scenario): { w: World; c: Community } {
  const w = buildWorld(s, 7);
  refreshPolicies(w.policies, w.clock.year, w.clock.month, 0);
  const c = w.communities[0];
  openConsultation(w, c);
  c.plan!.approved = true;
  c.state = 'funding';
  w.ledger.transfer('src:cityBudget', 'cityFund', 1e9);
  return { w, c };
}

describe('what each channel pays at funding', () => {
  const s = demoSmall(CHANNELS);
  const { w, c } = voted(s);
  const capex = planCapex(w, c);
  const balance = w.ledger.maintenanceFundRmb(c.id);
  const before = new Map(
    (['src:utilities', 'src:workUnits', 'src:central', 'maintenanceFunds'] as const).map((a) => [
      a,
      w.ledger.fen(a),
    ]),
  );
  const money = newMonthMoney();
  const outcome = commitFunding(w, c, money);
  const paid = (a: 'src:utilities' | 'src:workUnits' | 'src:central' | 'maintenanceFunds') =>
    (before.get(a)! - w.ledger.fen(a)) / 100;
  const byPayer = (p: (typeof PAYERS)[number]) => money.byPayer[PAYERS.indexOf(p)];

  it('commits, and the renovation escrow holds exactly the capex', () => {
    expect(outcome).toBe('committed');
    expect(w.ledger.escrowFen(c.id, 'renovation')).toBe(Math.round(capex * 100));
    expect(w.ledger.checkConservation().ok).toBe(true);
  });

  it('pipeline utilities pay their share of the items on their networks', () => {
    const items = c.plan!.items.map((i) => w.items[i]);
    const share: Record<string, number> = { water: 0.3, power: 0.5, gas: 0.4 };
    const all = items.reduce((a, it) => a + it.costRmbPerHousehold, 0);
    const theirs = items.reduce(
      (a, it) => a + (share[COMPONENTS[it.component]] ?? 0) * it.costRmbPerHousehold,
      0,
    );
    expect(theirs).toBeGreaterThan(0);
    expect(paid('src:utilities')).toBeCloseTo(Math.round((capex * theirs) / all), 2);
    expect(byPayer('utilities')).toBeCloseTo(paid('src:utilities'), 2);
  });

  it('the former owning work unit pays per household plus its share of capex', () => {
    expect(c.formerWorkUnit).toBe(true);
    expect(paid('src:workUnits')).toBeCloseTo(Math.round(800 * c.households + 0.01 * capex), 2);
    expect(byPayer('workUnits')).toBeCloseTo(paid('src:workUnits'), 2);
  });

  it('central money is the per-household transfer', () => {
    expect(paid('src:central')).toBeCloseTo(Math.min(capex, 3650 * c.households), 2);
  });

  it('the maintenance fund pays its cover of the owners’ share, within its balance', () => {
    // The owners' share applies to the items they pay for (fire-safety items are public under the target).
    const owners = c.plan!.residentShare * capex * ownersBaseShare(w, c);
    expect(balance).toBeGreaterThan(0);
    expect(c.maintenanceCover).toBeGreaterThan(0);
    expect(c.maintenanceCover).toBeLessThanOrEqual(0.7);
    const expected = Math.min(balance, Math.round(c.maintenanceCover * owners * 100) / 100);
    expect(paid('maintenanceFunds')).toBeCloseTo(expected, 2);
    expect(byPayer('maintenanceFund')).toBeCloseTo(expected, 2);
    expect(w.ledger.maintenanceFundRmb(c.id)).toBeCloseTo(balance - expected, 2);
  });

  it('every payer together pays the project: the by-payer sum is escrow, compensation and premium', () => {
    let sum = 0;
    for (const v of money.byPayer) sum += v;
    const escrow = capex + w.ledger.escrowFen(c.id, 'elevator') / 100;
    const paidOut = w.ledger.rmb('use:compensation') + w.ledger.rmb('use:insurancePremiums');
    expect(sum).toBeCloseTo(escrow + paidOut, 0);
  });
});

describe('central money per project', () => {
  it('pays the fixed amount per project, whatever the community’s size', () => {
    const s = demoSmall({
      ...CHANNELS,
      government: {
        ...CHANNELS.government,
        upperTransfers: { centralAllocation: 'perProject', centralRmbPerProject: 123_456 },
      },
    });
    const { w, c } = voted(s);
    const before = w.ledger.fen('src:central');
    expect(commitFunding(w, c, newMonthMoney())).toBe('committed');
    expect((before - w.ledger.fen('src:central')) / 100).toBeCloseTo(Math.min(123_456, planCapex(w, c)), 2);
  });
});

describe('conservation over whole runs', () => {
  it('each channel’s source equals what it committed; the funds hold what was not withdrawn', () => {
    const s = demoSmall({
      ...CHANNELS,
      residents: { maintenanceFund: { ...CHANNELS.residents.maintenanceFund, depositRmbPerM2PerMonth: 0.2 } },
    });
    for (const seed of seeds.slice(0, 3)) {
      let opening = Number.NaN;
      // Deposits are made in the residents phase, by the communities done at the previous month's end
      // (demo-small has none renovated before the start, so none deposit in the first month).
      let deposits = 0;
      let next = 0;
      const committed = { utilities: 0, workUnits: 0, maintenanceFund: 0 };
      const r = runOne(s, seed, {
        onTick: (w) => {
          expect(w.ledger.checkConservation().ok).toBe(true);
          if (Number.isNaN(opening)) opening = -w.ledger.rmb('src:maintenanceFund');
          deposits += next;
          const done = w.communities.filter((c) => c.state === 'done' || c.state === 'operation');
          next = done.reduce((a, c) => a + Math.round(0.2 * c.floorAreaM2 * 100) / 100, 0);
        },
      });
      const sum = (name: string) => {
        const i = r.metrics.indexOf(name);
        let t = 0;
        for (let k = 0; k < r.ticks; k++) t += r.values[i * r.ticks + k];
        return t;
      };
      committed.utilities = sum('funding.committed.utilities');
      committed.workUnits = sum('funding.committed.workUnits');
      committed.maintenanceFund = sum('funding.committed.maintenanceFund');
      expect(committed.utilities).toBeGreaterThan(0);
      expect(committed.workUnits).toBeGreaterThan(0);
      expect(committed.maintenanceFund).toBeGreaterThan(0);
      expect(sum('funding.inflow.utilities')).toBeCloseTo(committed.utilities, 1);
      expect(sum('funding.inflow.workUnits')).toBeCloseTo(committed.workUnits, 1);
      const balanceEnd =
        r.values[r.metrics.indexOf('funding.maintenanceFundBalance') * r.ticks + r.ticks - 1];
      expect(opening).toBeGreaterThan(0);
      expect(balanceEnd).toBeCloseTo(opening + deposits - committed.maintenanceFund, 1);
    }
  });

  it('the channels’ draws leave the city drawn from the world stream unchanged', () => {
    const off = buildWorld(demoSmall(), 11);
    const on = buildWorld(demoSmall(CHANNELS), 11);
    expect(Array.from(on.households.areaM2)).toEqual(Array.from(off.households.areaM2));
    expect(on.communities.map((c) => c.costMultiplier)).toEqual(off.communities.map((c) => c.costMultiplier));
    // The flags are drawn whether or not the channel is on, so switching it pairs the same communities.
    const flags = (enabled: boolean) =>
      buildWorld(demoSmall({ government: { formerWorkUnits: { enabled } } }), 11).communities.map(
        (c) => c.formerWorkUnit,
      );
    expect(flags(false)).toEqual(flags(true));
    expect(flags(true).some((f) => f)).toBe(true);
  });
});

describe('directions on 20 paired seeds', () => {
  it('halving central money per project keeps households waiting longer', () => {
    const s = demoSmall({ government: { upperTransfers: { centralAllocation: 'perProject' } } });
    const lever = LEVERS.find((l) => l.id === 'centralPerProject')!;
    expect(lever.applies(s)).toBe(true);
    const v = leverScenario(s, lever);
    const base = seeds.map((seed) => runOne(s, seed).indicators.householdMonthsWaiting);
    const half = seeds.map((seed) => runOne(v, seed).indicators.householdMonthsWaiting);
    const d = pairedDifference(base, half);
    expect(d.ci95[0], `${d.mean} [${d.ci95}]`).toBeGreaterThan(0);
  });

  it('without the maintenance fund, fewer votes pass where owners pay a fifth (public works under the cap)', () => {
    const capped = {
      enterprises: { enabled: false },
      government: { costShareCap: { enabled: true, maxPublicShare: 0.8 } },
    };
    const on = demoSmall(capped);
    const off = demoSmall({ ...capped, residents: { maintenanceFund: { enabled: false } } });
    expect(on.residents.maintenanceFund.enabled).toBe(true);
    const a = seeds.map((seed) => runOne(on, seed).indicators.votePassRate);
    const b = seeds.map((seed) => runOne(off, seed).indicators.votePassRate);
    const d = pairedDifference(a, b);
    expect(d.ci95[1], `${d.mean} [${d.ci95}]`).toBeLessThan(0);
  });
});

describe('the government-works scenario', () => {
  it('renovates without PPP, with utilities, work units and maintenance funds paying', () => {
    const s = shipped('government-works');
    expect(s.enterprises.enabled).toBe(false);
    const r = runOne(s, 1558);
    expect(r.indicators.householdsRenovated).toBeGreaterThan(0);
    expect(Number.isNaN(r.indicators.pppShare) || r.indicators.pppShare === 0).toBe(true);
    for (const p of ['utilities', 'workUnits', 'maintenanceFund']) {
      const i = r.metrics.indexOf(`funding.committed.${p}`);
      let t = 0;
      for (let k = 0; k < r.ticks; k++) t += r.values[i * r.ticks + k];
      expect(t, p).toBeGreaterThan(0);
    }
  });
});

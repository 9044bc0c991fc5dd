/**
 * Area bundling (片区统筹, agents/enterprise-package.ts, sim/model/packages.ts) and the asset limits
 * of agents/enterprise-terms.ts: how packages are formed, that a won package's members join its
 * winner on its terms, that the package's money balances to the fen, and that parking and the FAR
 * bonus are bounded as documented.
 */
import { describe, expect, it } from 'vitest';
import {
  assetCostRmb,
  assetOutlayRmb,
  assetRevenueRmb,
  operatePackageAssets,
} from '../../agents/enterprise-package.js';
import { farAreaM2, parkingRevenueRmb, parkingSpaces } from '../../agents/enterprise-terms.js';
import { buildWorld } from '../../sim/model/build-world.js';
import { runOne } from '../../sim/model/run.js';
import type { World } from '../../sim/world/state.js';
import { merge, shipped } from '../model/scenario-fixtures.js';
import { smallScenario, smallWorld } from '../model/world-fixtures.js';
import { ScenarioSchema } from '../../scenarios/schema.js';

const bundling = (b: object) => ({ enterprises: { bundling: { enabled: true, ...b } } });

describe('forming packages', () => {
  it('groups the pending communities of each district, packageSize at a time, never a package of one', () => {
    const w = smallWorld(
      { ...bundling({ packageSize: 4 }), city: { generate: { alreadyRenovatedShare: 0.3 } } },
      3,
      40,
    );
    expect(w.packages.length).toBeGreaterThan(3);
    const seen = new Set<number>();
    for (const p of w.packages) {
      expect(p.communities.length).toBeGreaterThanOrEqual(2);
      expect(p.communities.length).toBeLessThanOrEqual(4);
      expect([...p.communities].sort((a, b) => a - b)).toEqual(p.communities);
      const district = w.communities[p.communities[0]].district;
      for (const id of p.communities) {
        const c = w.communities[id];
        expect(c.district).toBe(district);
        expect(c.renovatedAtStart).toBe(false);
        expect(c.package).toBe(p.id);
        expect(seen.has(id)).toBe(false);
        seen.add(id);
      }
    }
    for (const c of w.communities) if (!seen.has(c.id)) expect(c.package).toBe(-1);
  });

  it('takes explicit lists of names, skips repeats, and rejects an unknown name', () => {
    const w = smallWorld(
      bundling({
        grouping: 'explicit',
        packages: [
          ['C0001', 'C0002', 'C0003'],
          ['C0003', 'C0004', 'C0005'],
        ],
      }),
    );
    expect(w.packages.map((p) => p.communities)).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
    expect(() => smallWorld(bundling({ grouping: 'explicit', packages: [['C0001', 'nowhere']] }))).toThrow(
      /no community named "nowhere"/,
    );
  });

  it('forms none when bundling or PPP is off', () => {
    expect(smallWorld({}).packages).toEqual([]);
    expect(
      smallWorld({ ...bundling({}), enterprises: { enabled: false, bundling: { enabled: true } } }).packages,
    ).toEqual([]);
  });
});

describe('asset limits', () => {
  it('parking spaces are the smaller of the ratio per household and the site’s usable share', () => {
    const s = smallScenario({ enterprises: { bundle: { parkingSpaces: { enabled: true } } } });
    const w = buildWorld(s, 1);
    const c = w.communities[0];
    const p = s.enterprises.bundle.parkingSpaces;
    const spaces = parkingSpaces(s, c);
    expect(spaces).toBeCloseTo(
      Math.min(p.perHousehold * c.households, (p.siteShare * c.siteAreaM2) / p.m2PerSpace),
      9,
    );
    expect(parkingRevenueRmb(s, c)).toBeCloseTo(spaces * p.feeRmbPerSpacePerMonth * p.occupancy, 6);
    const tight = smallScenario({
      enterprises: { bundle: { parkingSpaces: { enabled: true, siteShare: 0.01 } } },
    });
    expect(parkingSpaces(tight, c)).toBeCloseTo((0.01 * c.siteAreaM2) / p.m2PerSpace, 9);
    const flat = smallScenario({});
    expect(parkingRevenueRmb(flat, c)).toBe(
      flat.enterprises.bundle.parkingRmbPerHouseholdPerMonth * c.households,
    );
  });

  it('the FAR bonus area is bounded by the planning headroom and the cap per community', () => {
    const far = (f: object) => smallScenario({ government: { farBonus: { enabled: true, ...f } } });
    const w = buildWorld(far({}), 1);
    const c = w.communities[0];
    const loose = far({ maxFar: 20, maxM2PerCommunity: 1e6 });
    expect(farAreaM2(loose, c)).toBeCloseTo(0.1 * c.siteAreaM2, 9);
    expect(farAreaM2(far({ maxFar: 20, maxM2PerCommunity: 50 }), c)).toBe(50);
    const gross = 1.6 * c.floorAreaM2;
    const maxFar = gross / c.siteAreaM2 + 0.02;
    expect(farAreaM2(far({ maxFar, maxM2PerCommunity: 1e6 }), c)).toBeCloseTo(0.02 * c.siteAreaM2, 6);
    expect(farAreaM2(far({ maxFar: 0.5 }), c)).toBe(0);
    expect(farAreaM2(far({ enabled: false }), c)).toBe(0);
  });
});

describe('a run of area-bundling.yaml', () => {
  const s = shipped('area-bundling');
  let world: World | undefined;
  const r = runOne(s, 7, {
    onTick: (w) => {
      world = w;
    },
  });
  const w = world as unknown as World;

  it('wins packages, and the members of a won package that reached funding joined its winner', () => {
    const won = w.packages.filter((p) => p.enterprise >= 0);
    expect(won.length).toBeGreaterThan(0);
    expect(r.indicators.packagesWon).toBe(won.length);
    let joined = 0;
    for (const p of won) {
      for (const id of p.communities) {
        const c = w.communities[id];
        if (c.pppBundle && c.enterprise === p.enterprise) joined++;
      }
    }
    expect(joined).toBeGreaterThan(won.length);
    expect(r.indicators.bundledRenovatedShare).toBeGreaterThan(0);
  });

  it('charges each won package’s refurbishment once, to use:assetWorks', () => {
    const won = w.packages.filter((p) => p.enterprise >= 0).length;
    expect(w.ledger.fen('use:assetWorks')).toBe(won * Math.round(assetOutlayRmb(w) * 100));
  });

  it('balances a month of package assets to the fen: what tenants pay = firms’ cash + operations + taxes', () => {
    const held = w.packages.filter((p) => p.assetMonthsLeft > 0).length;
    expect(held).toBeGreaterThan(0);
    const acc = ['src:tenants', 'enterprises', 'use:operations', 'use:taxes'] as const;
    const before = acc.map((a) => w.ledger.fen(a));
    operatePackageAssets(w);
    const d = acc.map((a, i) => w.ledger.fen(a) - before[i]);
    const paidByTenants = -d[0];
    expect(paidByTenants).toBeGreaterThan(0);
    expect(paidByTenants).toBe(d[1] + d[2] + d[3]);
    expect(d[2]).toBe(held * Math.round(assetCostRmb(w) * 100));
    expect(paidByTenants / held / 100).toBeLessThan(3 * assetRevenueRmb(w));
    expect(w.ledger.checkConservation().ok).toBe(true);
  });

  it('is deterministic: the same seed gives the same indicators', () => {
    expect(runOne(s, 7).indicators).toEqual(r.indicators);
  });

  it('leaves the package indicators undefined when bundling is off', () => {
    const off = ScenarioSchema.parse(merge(s, { enterprises: { bundling: { enabled: false } } }));
    const i = runOne(off, 7).indicators;
    expect(i.packagesTendered).toBeNaN();
    expect(i.packagesWon).toBeNaN();
    expect(i.packageFirmsIrr).toBeNaN();
    expect(i.bundledRenovatedShare).toBeNaN();
    expect(i.unbundledRenovatedShare).toBeNaN();
  });
});

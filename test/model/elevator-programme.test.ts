/**
 * The ongoing elevator programme (MODEL.md §7.9): money into each unit's escrow equals the elevator's
 * cost and leaves it whole to elevatorWorks, the quota and the queue hold, it reaches communities
 * renovated before the start and keeps installing after the key year, and each of its levers moves
 * its target with the expected sign over 20 paired seeds.
 */
import { describe, expect, it } from 'vitest';
import { pairedDifference } from '../../sim/analysis/paired.js';
import { runSeed } from '../../sim/kernel/rng.js';
import { elevatorProgrammePhase, inRenovationPipeline } from '../../sim/model/elevator-programme.js';
import { newMonthMoney, PAYERS } from '../../sim/model/metrics.js';
import { runOne } from '../../sim/model/run.js';
import { PROGRAMME_BUILDING, PROGRAMME_QUEUED } from '../../sim/world/elevator-programme.js';
import { demoSmall } from './scenario-fixtures.js';
import { refreshPolicies } from '../../sim/world/policies.js';
import type { World } from '../../sim/world/state.js';
import { at as atTick, fund, smallWorld } from './world-fixtures.js';

/** The clock at tick t with the month's policy values (what the calendar phase does). */
function at(w: World, t: number): void {
  atTick(w, t);
  refreshPolicies(w.policies, w.clock.year, w.clock.month, t);
}

/** A city where every community was renovated before the start and every eligible unit applies. */
function programmeWorld(quotaPerYear: number, provident: boolean) {
  return smallWorld(
    {
      city: { generate: { alreadyRenovatedShare: 1 } },
      renovation: {
        elevatorProgramme: { enabled: true, baseMonthlyRate: 0.999, quotaPerYear, constructionMonths: 2 },
      },
      residents: {
        providentFund: { enabled: provident, shareOfOwnersWithAccount: 0.5 },
        elevatorCostSharing: { groundFloorCompensation: { enabled: true, shareOfCost: 0.05 } },
      },
    },
    3,
    20,
  );
}

describe('the programme’s money, quota and queue on a small renovated city', () => {
  it('each funded unit’s escrow holds exactly its cost; sources in = escrow + compensation; paid out whole', () => {
    const w = programmeWorld(12, true);
    fund(w, 50_000_000);
    const L = w.ledger;
    const P = w.elevatorProgramme;
    const ins = ['src:provincial', 'src:residents', 'src:providentFund'] as const;
    let committedUnits = 0;
    let paidOutFen = 0;
    let providentFen = 0;
    for (let t = 0; t < 12; t++) {
      at(w, t);
      const inBefore = ins.map((a) => -L.fen(a));
      const cityBefore = L.fen('cityFund');
      const escrowBefore = L.fen('unitEscrow');
      const compBefore = L.fen('use:compensation');
      const worksBefore = L.fen('use:elevatorWorks');
      const building = new Set<number>();
      for (let u = 0; u < w.units.length; u++) if (P.stage[u] === PROGRAMME_BUILDING) building.add(u);
      const money = newMonthMoney();
      elevatorProgrammePhase(w, money);
      const inFen =
        ins.reduce((a, acc, i) => a + (-L.fen(acc) - inBefore[i]), 0) + (cityBefore - L.fen('cityFund'));
      const works = L.fen('use:elevatorWorks') - worksBefore;
      // What came in this month went to escrow or to ground-floor compensation; what escrow paid out is works.
      expect(inFen).toBe(
        L.fen('unitEscrow') - escrowBefore + works + (L.fen('use:compensation') - compBefore),
      );
      paidOutFen += works;
      providentFen += -L.fen('src:providentFund') - (inBefore[2] as number);
      for (let u = 0; u < w.units.length; u++) {
        const unit = w.units[u];
        if (P.stage[u] === PROGRAMME_BUILDING) {
          expect(L.parts.unitEscrow[u]).toBe(Math.round(unit.elevatorCostRmb * 100));
          if (!building.has(u)) committedUnits++;
        } else {
          expect(L.parts.unitEscrow[u]).toBe(0);
        }
        if (building.has(u) && P.stage[u] !== PROGRAMME_BUILDING) expect(unit.elevator).toBe(2);
      }
      const byPayer = money.byPayer.reduce((a, x) => a + x, 0);
      expect(Math.round(byPayer * 100)).toBe(Math.round((money.publicRmb + money.privateRmb) * 100));
      expect(L.checkConservation()).toEqual({ ok: true, message: 'ok' });
    }
    // Quota: 12 a year, 6 in July–December of the first year, then 12 from January.
    expect(committedUnits).toBe(6 + 12);
    expect(P.installed).toBeGreaterThan(0);
    expect(P.installedPreRenovated).toBe(P.installed);
    expect(paidOutFen).toBe(
      w.units.reduce((a, u) => a + (u.elevator === 2 ? Math.round(u.elevatorCostRmb * 100) : 0), 0),
    );
    expect(providentFen).toBe(Math.round(P.providentRmb * 100));
    expect(providentFen).toBeGreaterThan(0);
  });

  it('units beyond the quota wait in the queue, first come first served, and are funded the next year', () => {
    const w = programmeWorld(2, false);
    fund(w, 50_000_000);
    const P = w.elevatorProgramme;
    at(w, 0);
    elevatorProgrammePhase(w, newMonthMoney());
    const passed = [...P.queue];
    expect(passed.length).toBeGreaterThan(2);
    expect(passed).toEqual([...passed].sort((a, b) => a - b));
    for (const u of passed) expect(w.units[u].elevator).toBe(4);
    // July 2024: floor(2 × 6 / 12) = 1 subsidised elevator for the rest of the year.
    for (let t = 1; t < 6; t++) {
      at(w, t);
      elevatorProgrammePhase(w, newMonthMoney());
    }
    expect(P.queue.length).toBeGreaterThanOrEqual(passed.length - 1);
    expect(P.stage[passed[0]]).not.toBe(PROGRAMME_QUEUED);
    expect(P.stage[passed[1]]).toBe(PROGRAMME_QUEUED);
    at(w, 6); // January: a fresh quota of 2
    elevatorProgrammePhase(w, newMonthMoney());
    expect(P.stage[passed[1]]).toBe(PROGRAMME_BUILDING);
    expect(P.stage[passed[2]]).toBe(PROGRAMME_BUILDING);
  });

  it('units of a community in the renovation pipeline do not apply (they go through the plan)', () => {
    const w = programmeWorld(12, false);
    fund(w, 50_000_000);
    const c = w.communities[0];
    c.state = 'consultation';
    expect(inRenovationPipeline(c)).toBe(true);
    at(w, 0);
    elevatorProgrammePhase(w, newMonthMoney());
    let applied = 0;
    for (let u = c.unitStart; u < c.unitEnd; u++) if (w.units[u].elevator !== 0) applied++;
    expect(applied).toBe(0);
    expect(w.elevatorProgramme.applications).toBeGreaterThan(0);
  });

  it('a unit waits its turn when the city fund lacks the city’s part, and its need counts as unmet', () => {
    const w = programmeWorld(12, false);
    const P = w.elevatorProgramme;
    at(w, 0);
    elevatorProgrammePhase(w, newMonthMoney());
    expect(P.queue.length).toBeGreaterThan(0);
    at(w, 1);
    const money = newMonthMoney();
    const before = P.queue.length;
    elevatorProgrammePhase(w, money);
    expect(P.queue.length).toBeGreaterThanOrEqual(before);
    expect(money.unmetRmb).toBeGreaterThan(0);
    expect(money.byPayer[PAYERS.indexOf('cityFund')]).toBe(0);
  });
});

describe('the programme in whole runs', () => {
  it('installs elevators in communities renovated before the start, and keeps installing after the key year', () => {
    const s = demoSmall({ city: { generate: { alreadyRenovatedShare: 0.6 } } });
    for (const seed of [1, 2]) {
      const perYear = new Map<number, number>();
      let last = 0;
      const r = runOne(s, seed, {
        onTick: (w) => {
          perYear.set(w.clock.year, (perYear.get(w.clock.year) ?? 0) + w.totals.elevatorsInstalled - last);
          last = w.totals.elevatorsInstalled;
        },
      });
      expect(r.indicators.elevatorsPreRenovated).toBeGreaterThan(0);
      expect(r.indicators.elevatorsProgramme).toBeGreaterThanOrEqual(r.indicators.elevatorsPreRenovated);
      for (const y of [2028, 2029, 2030]) expect(perYear.get(y) ?? 0).toBeGreaterThan(0);
      expect(r.indicators.elevatorsAfterKeyYear).toBe(
        (perYear.get(2028) ?? 0) + (perYear.get(2029) ?? 0) + (perYear.get(2030) ?? 0),
      );
    }
  });

  it('switched off, it installs nothing and draws nothing from the provident fund', () => {
    const r = runOne(demoSmall({ renovation: { elevatorProgramme: { enabled: false } } }), 7);
    expect(r.indicators.elevatorsProgramme).toBe(0);
    expect(Number.isNaN(r.indicators.programmeVotePassRate)).toBe(true);
    const i = r.metrics.indexOf('funding.inflow.providentFund');
    for (let t = 0; t < r.ticks; t++) expect(Math.abs(r.values[i * r.ticks + t])).toBe(0);
  });
});

describe('levers of the programme over 20 paired seeds (demo-small)', () => {
  const seeds = Array.from({ length: 20 }, (_, i) => runSeed(1558, i));
  const run = (patch: Parameters<typeof demoSmall>[0]) =>
    seeds.map((seed) => runOne(demoSmall(patch), seed).indicators);
  const base = run({});

  it('programme off → fewer elevators installed', () => {
    const off = run({ renovation: { elevatorProgramme: { enabled: false } } });
    const d = pairedDifference(
      base.map((r) => r.elevatorsInstalled),
      off.map((r) => r.elevatorsInstalled),
    );
    expect(d.ci95[1], `${d.mean} [${d.ci95}]`).toBeLessThan(0);
  });

  it('quota halved → fewer elevators installed', () => {
    const half = run({ renovation: { elevatorProgramme: { quotaPerYear: 1 } } });
    const d = pairedDifference(
      base.map((r) => r.elevatorsInstalled),
      half.map((r) => r.elevatorsInstalled),
    );
    expect(d.ci95[1], `${d.mean} [${d.ci95}]`).toBeLessThan(0);
  });

  it('provident fund off → a lower pass rate of the programme’s unit votes', () => {
    const off = run({ residents: { providentFund: { enabled: false } } });
    const pairs = base
      .map((r, i) => [r.programmeVotePassRate, off[i].programmeVotePassRate] as const)
      .filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b));
    expect(pairs.length).toBeGreaterThanOrEqual(18);
    const d = pairedDifference(
      pairs.map(([a]) => a),
      pairs.map(([, b]) => b),
    );
    expect(d.ci95[1], `${d.mean} [${d.ci95}]`).toBeLessThan(0);
  });
});

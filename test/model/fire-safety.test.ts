/**
 * The fire-safety target's instrument (agents/fire-safety.ts, sim/model/fire-works.ts; MODEL.md §7.9):
 * fire-safety-only works and their money, the public funding of fire items, the library priority,
 * the target's indicators, and its expected direction over 20 paired seeds.
 */
import { describe, expect, it } from 'vitest';
import { COMPONENTS } from '../../scenarios/components.js';
import { firePriority, publiclyFunded } from '../../agents/fire-safety.js';
import { needScore } from '../../agents/government.js';
import { pairedDifference } from '../../sim/analysis/paired.js';
import { fireSafetyPhase } from '../../sim/model/fire-works.js';
import { commitFunding } from '../../sim/model/funding.js';
import { newMonthMoney, PAYERS } from '../../sim/model/metrics.js';
import { runOne } from '../../sim/model/run.js';
import { CATEGORY_INDEX } from '../../sim/model/content.js';
import { demoSmall, SEEDS } from './scenario-fixtures.js';
import { at, fund, smallWorld } from './world-fixtures.js';

const FIRE = COMPONENTS.indexOf('fireSafety');
const target = (extra: Record<string, unknown> = {}) => ({
  government: {
    fireSafetyTarget: { enabled: true, works: { communitiesPerYear: 36, months: 2 }, ...extra },
  },
});

describe('fire-safety-only works (消防专项改造)', () => {
  /** A world whose communities are all renovated but non-compliant (fire safety 0.2 + id / 1000). */
  function renovatedWorld() {
    const w = smallWorld(target(), 3, 10);
    for (const c of w.communities) {
      c.state = 'done';
      c.condition[FIRE] = 0.2 + (w.communities.length - c.id) / 1000;
    }
    return w;
  }

  it('commissions capacity per month, worst fire safety first, paid by the city fund to the fen', () => {
    const w = renovatedWorld();
    at(w, 0);
    fund(w, 100_000_000);
    const before = w.ledger.fen('cityFund');
    const usesBefore = w.ledger.fen('use:renovationWorks');
    const money = newMonthMoney();
    fireSafetyPhase(w, money);
    // 36 a year: 3 this month, the three worst (highest ids have the lowest fire safety).
    const started = w.communities.filter((c) => w.fireSafety.worksDoneAt[c.id] >= 0).map((c) => c.id);
    expect(started).toEqual([7, 8, 9]);
    const cost = started.reduce((s, id) => {
      const c = w.communities[id];
      return s + Math.round(2600 * c.households * c.costMultiplier * 100);
    }, 0);
    // Sources = uses: what left the city fund is exactly what the works received, and what is recorded.
    expect(before - w.ledger.fen('cityFund')).toBe(cost);
    expect(w.ledger.fen('use:renovationWorks') - usesBefore).toBe(cost);
    expect(Math.round(money.fireWorksRmb * 100)).toBe(cost);
    expect(money.byCategory[CATEGORY_INDEX.basic]).toBeCloseTo(money.fireWorksRmb, 6);
    expect(money.publicRmb).toBeCloseTo(money.fireWorksRmb, 6);
    expect(w.ledger.checkConservation().ok).toBe(true);
  });

  it('completes after works.months: fire safety rises to the fire item’s after-works condition', () => {
    const w = renovatedWorld();
    fund(w, 100_000_000);
    for (let t = 0; t <= 2; t++) {
      at(w, t);
      fireSafetyPhase(w, newMonthMoney());
    }
    expect(w.communities[9].condition[FIRE]).toBe(0.92);
    expect(w.fireSafety.worksCompleted).toBe(3);
    expect(w.fireSafety.worksDoneAt[9]).toBe(-1);
  });

  it('never spends money the city fund does not hold', () => {
    const w = renovatedWorld();
    at(w, 0);
    const money = newMonthMoney();
    fireSafetyPhase(w, money);
    expect(money.fireWorksRmb).toBe(0);
    expect(w.ledger.fen('cityFund')).toBe(0);
    const c = w.communities[9];
    fund(w, (2600 * c.households * c.costMultiplier) / 2);
    at(w, 1);
    fireSafetyPhase(w, money);
    expect(w.ledger.fen('cityFund')).toBeGreaterThanOrEqual(0);
  });

  it('leaves communities in the pipeline and compliant ones alone, and stops after the deadline', () => {
    const w = renovatedWorld();
    fund(w, 100_000_000);
    w.communities[9].state = 'consultation';
    w.communities[8].condition[FIRE] = 0.95;
    at(w, 0);
    fireSafetyPhase(w, newMonthMoney());
    expect(w.fireSafety.worksDoneAt[9]).toBe(-1);
    expect(w.fireSafety.worksDoneAt[8]).toBe(-1);
    at(w, w.fireSafety.deadlineTick + 1);
    const money = newMonthMoney();
    fireSafetyPhase(w, money);
    expect(money.fireWorksRmb).toBe(0);
  });
});

describe('priority and public funding of fire items', () => {
  it('a non-compliant community gains libraryPriorityWeight in its need score until the deadline', () => {
    const on = smallWorld(target({ libraryPriorityWeight: 2 }), 3, 10);
    const off = smallWorld({}, 3, 10);
    at(on, 0);
    at(off, 0);
    const c = on.communities[0];
    c.condition[FIRE] = 0.1;
    off.communities[0].condition[FIRE] = 0.1;
    expect(needScore(on, c) - needScore(off, off.communities[0])).toBeCloseTo(2, 12);
    c.condition[FIRE] = 0.95;
    expect(firePriority(on, c)).toBe(0);
    c.condition[FIRE] = 0.1;
    at(on, on.fireSafety.deadlineTick + 1);
    expect(firePriority(on, c)).toBe(0);
  });

  it('fire items are public only under the target with publicFunding', () => {
    const fire = (w: ReturnType<typeof smallWorld>) => w.items.find((it) => it.component === FIRE)!;
    const on = smallWorld(target(), 3, 10);
    const off = smallWorld(target({ publicFunding: false }), 3, 10);
    at(on, 0);
    at(off, 0);
    expect(publiclyFunded(on, fire(on))).toBe(true);
    expect(publiclyFunded(off, fire(off))).toBe(false);
    expect(on.items.filter((it) => publiclyFunded(on, it)).map((it) => it.name)).toEqual(['fireSafety']);
  });

  it('owners’ share applies to the other items only: the city fund pays the fire items', () => {
    const owners = (publicFunding: boolean) => {
      const w = smallWorld({ ...target({ publicFunding }), enterprises: { enabled: false } }, 3, 10);
      at(w, 0);
      fund(w, 1e9);
      const c = w.communities[0];
      c.state = 'funding';
      c.plan = {
        items: w.items.map((_, i) => i),
        residentShare: 0.1,
        minResidentShare: 0,
        groundCompensationRmb: 0,
        round: 1,
        revisions: 0,
        approved: true,
      };
      const money = newMonthMoney();
      expect(commitFunding(w, c, money)).toBe('committed');
      expect(w.ledger.checkConservation().ok).toBe(true);
      return {
        residents: money.byPayer[PAYERS.indexOf('residents')],
        city: money.byPayer[PAYERS.indexOf('cityFund')],
      };
    };
    const pub = owners(true);
    const priv = owners(false);
    const fireShare = 2600 / 26_800;
    expect(pub.residents / priv.residents).toBeCloseTo(1 - fireShare, 3);
    // The owners' dues are pre-financed by the city and not counted as its money: the city's part grows
    // by what the owners no longer owe.
    expect(pub.city - priv.city).toBeCloseTo(priv.residents - pub.residents, 0);
  });
});

describe('the target’s indicators', () => {
  it('are undefined, not 0, when the run ends before the deadline without reaching the target', () => {
    const s = demoSmall({ calendar: { end: '2025-06', keyYear: 2025 } });
    const r = runOne(s, 1);
    expect(r.indicators.fireTargetMet).toBeNaN();
    expect(r.indicators.fireComplianceAtDeadline).toBeNaN();
    expect(r.indicators.fireTargetMonth).toBeNaN();
  });

  it('read the compliance curve: met iff first reached in or before the deadline month', () => {
    const r = runOne(demoSmall(), 7);
    const k = r.metrics.indexOf('resilience.fireCompliance');
    const curve = Array.from(r.values.subarray(k * r.ticks, (k + 1) * r.ticks));
    const deadline = r.dates.indexOf('2027-12');
    expect(r.indicators.fireComplianceAtDeadline).toBe(curve[deadline]);
    const first = curve.findIndex((v) => v >= 1);
    if (first < 0) expect(r.indicators.fireTargetMonth).toBeNaN();
    else expect(r.indicators.fireTargetMonth).toBe(first);
    expect(r.indicators.fireTargetMet).toBe(first >= 0 && first <= deadline ? 1 : 0);
  });
});

describe('direction of the fire-safety target over 20 paired seeds (demo-small, 30 communities)', () => {
  const small = { city: { generate: { communities: 30 } }, calendar: { end: '2028-06' } };
  const on = SEEDS.map((seed) => runOne(demoSmall(small), seed).indicators);
  const off = SEEDS.map(
    (seed) =>
      runOne(demoSmall({ ...small, government: { fireSafetyTarget: { enabled: false } } }), seed).indicators,
  );

  it('off lowers fire compliance at the end of the key year', () => {
    const d = pairedDifference(
      on.map((r) => r.fireComplianceByKeyYear),
      off.map((r) => r.fireComplianceByKeyYear),
    );
    expect(d.ci95[1], `${d.mean} [${d.ci95}]`).toBeLessThan(0);
  });

  it('off lowers the share of runs that meet the target by the deadline', () => {
    const d = pairedDifference(
      on.map((r) => r.fireTargetMet),
      off.map((r) => r.fireTargetMet),
    );
    expect(d.ci95[1], `${d.mean} [${d.ci95}]`).toBeLessThan(0);
  });
});

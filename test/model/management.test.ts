/**
 * Completion acceptance and long-term management (MODEL.md §7.11): each instrument moves its target
 * with the expected sign on 20 paired seeds (demo-small at 30 communities, as test/model/directions),
 * the property-service money balances to the fen, rework is paid by the builder, and the section off
 * leaves a run as it was.
 */
import { describe, expect, it } from 'vitest';
import { acceptWorks } from '../../agents/acceptance.js';
import { recoveryPhase } from '../../agents/hazards.js';
import { pairedDifference } from '../../sim/analysis/paired.js';
import { escrowPart } from '../../sim/world/ledger.js';
import { ACCEPTANCE, MANAGEMENT_STATUS } from '../../sim/world/management.js';
import type { World } from '../../sim/world/state.js';
import { runOne } from '../../sim/model/run.js';
import { demoSmall, SEEDS } from './scenario-fixtures.js';
import { at, fund, smallWorld } from './world-fixtures.js';

const small = { city: { generate: { communities: 30 } }, calendar: { end: '2028-06' } };

type Patch = Parameters<typeof demoSmall>[0];
type Indicator = keyof ReturnType<typeof runOne>['indicators'];

function indicator(patch: Patch, name: Indicator, scale: Patch = small) {
  const s = demoSmall({ ...scale, ...patch });
  return SEEDS.map((seed) => runOne(s, seed).indicators[name]);
}

/** variant − scenario on paired seeds: its 95 % interval lies below zero. */
function lowers(variant: Patch, name: Indicator, scale: Patch = small): void {
  const d = pairedDifference(indicator({}, name, scale), indicator(variant, name, scale));
  expect(d.n).toBeGreaterThanOrEqual(20);
  expect(d.ci95[1], `${name}: ${d.mean} [${d.ci95}]`).toBeLessThan(0);
}

describe('management levers over 20 paired seeds', () => {
  it('without the trial service (先尝后买) fewer renovated communities are professionally managed (whole demo-small: in the 30-community city nearly every project is a PPP bundle, whose firm manages it anyway)', () => {
    // Measured after the issue-17 merge: in the 30-community city the PPP share is 0.96 and coverage
    // moves only 0.987 → 0.971; in the whole of demo-small (PPP share 0.69) 0.918 → 0.812.
    lowers({ management: { trialService: { enabled: false } } }, 'managementCoverage', {});
  });

  it('without party-committee coordination (社区大党委) fewer owners’ committees form', () => {
    lowers({ management: { partyCommittee: { enabled: false } } }, 'ownersCommittees');
  });

  it('without residents’ evaluation defects stay and satisfaction is lower', () => {
    lowers({ management: { acceptance: { enabled: false } } }, 'satisfaction');
  });

  it('owners’ committees raise fee collection (a committee bonus of 0 lowers it; whole demo-small, where every run has property companies)', () => {
    lowers({ management: { feeCollection: { committeeBonus: 0 } } }, 'feeCollection', {});
  });
});

describe('the management section off', () => {
  it('leaves its indicators undefined and holds no evaluation', () => {
    const r = runOne(demoSmall({ ...small, management: { enabled: false } }), SEEDS[0]);
    expect(r.indicators.managementCoverage).toBeNaN();
    expect(r.indicators.ownersCommittees).toBeNaN();
    expect(r.indicators.feeCollection).toBeNaN();
    expect(r.indicators.acceptanceEvaluations).toBe(0);
  });
});

describe('money of long-term management', () => {
  it('property fees and trial subsidies reach use:propertyServices to the fen, month by month', () => {
    let worldAtEnd: World | undefined;
    let feesFen = 0;
    let usesFen = 0;
    runOne(demoSmall(), SEEDS[0], {
      onTick: (w) => {
        worldAtEnd = w;
        usesFen = w.ledger.fen('use:propertyServices');
        const t = w.management.totals;
        feesFen = Math.round((t.feesPaidRmb + t.trialSubsidyRmb) * 100);
        expect(w.ledger.checkConservation().ok).toBe(true);
      },
    });
    const t = worldAtEnd!.management.totals;
    expect(t.feesPaidRmb).toBeGreaterThan(0);
    expect(t.trialSubsidyRmb).toBeGreaterThan(0);
    expect(t.trialsStarted).toBeGreaterThan(0);
    expect(usesFen).toBe(feesFen);
  });
});

/** A world with community 0 at the end of its works, its renovation escrow holding `escrowRmb`. */
function worksEnded(escrowRmb: number, firmCashRmb?: number): World {
  const w = smallWorld({
    management: {
      enabled: true,
      acceptance: { defectScale: 2, detectionBase: 1, reworkCostShare: 0.05, retentionShare: 0.03 },
    },
    enterprises: { enabled: true, count: 2 },
  });
  const c = w.communities[0];
  c.plan = {
    items: [0, 1],
    residentShare: 0.1,
    minResidentShare: 0,
    groundCompensationRmb: 0,
    round: 1,
    revisions: 0,
    approved: true,
  };
  c.capexRmb = 1_000_000;
  c.state = 'construction';
  fund(w, escrowRmb + 1_000_000);
  w.ledger.transfer('cityFund', 'escrow', escrowRmb, { to: escrowPart(c.id, 'renovation') });
  if (firmCashRmb !== undefined) {
    const e = w.enterprises[0];
    e.active = true;
    e.quality = 0;
    w.ledger.transfer('src:enterpriseEquity', 'enterprises', firmCashRmb, { to: e.id });
    c.enterprise = e.id;
  }
  return w;
}

describe('completion acceptance', () => {
  it('a failed evaluation of public works is paid from the retention, the rest by the city fund', () => {
    const w = worksEnded(1_000_000);
    const c = w.communities[0];
    const city = w.ledger.fen('cityFund');
    const works = w.ledger.fen('use:renovationWorks');
    const out = acceptWorks(w, c);
    expect(out.accepted).toBe(false);
    expect(c.monthsLeft).toBe(w.scenario.management.acceptance.reworkMonths);
    // Rework 5 % of 1 M = 50,000: 30,000 from the 3 % retention, 20,000 from the city fund.
    expect(w.ledger.escrowFen(c.id, 'renovation')).toBe(970_000 * 100);
    expect(city - w.ledger.fen('cityFund')).toBe(20_000 * 100);
    expect(w.ledger.fen('use:renovationWorks') - works).toBe(50_000 * 100);
    expect(w.management.totals.reworkBuildersRmb).toBe(30_000);
    expect(w.management.totals.reworkPublicRmb).toBe(20_000);
    expect(w.ledger.checkConservation().ok).toBe(true);
    // After the rework months the works are accepted, the defect repaired.
    expect(acceptWorks(w, c).accepted).toBe(true);
    expect(w.management.acceptance[c.id]).toBe(ACCEPTANCE.accepted);
    expect(w.management.defect[c.id]).toBe(0);
  });

  it('a PPP firm pays its rework from its own cash', () => {
    const w = worksEnded(1_000_000, 200_000);
    const c = w.communities[0];
    const city = w.ledger.fen('cityFund');
    expect(acceptWorks(w, c).accepted).toBe(false);
    expect(w.ledger.firmCashRmb(0)).toBe(150_000);
    expect(w.ledger.fen('cityFund')).toBe(city);
    expect(w.ledger.escrowFen(c.id, 'renovation')).toBe(1_000_000 * 100);
    expect(w.ledger.checkConservation().ok).toBe(true);
  });

  it('without the evaluation a defect stays and nothing is reworked', () => {
    const w = worksEnded(1_000_000);
    w.scenario.management.acceptance.enabled = false;
    const c = w.communities[0];
    expect(acceptWorks(w, c).accepted).toBe(true);
    expect(w.management.defect[c.id]).toBe(1);
    expect(w.management.totals.evaluationsHeld).toBe(0);
    expect(w.management.status[c.id]).toBe(MANAGEMENT_STATUS.outOfScope);
  });
});

describe('professional management slows ageing', () => {
  it('a managed community loses (1 − ageingReduction) of the yearly ageing, an unmanaged one all of it', () => {
    const w = smallWorld({
      management: { enabled: true, propertyService: { ageingReduction: 0.4 } },
      resilience: { conditionDecayPerYear: 0.1 },
    });
    const [managed, unmanaged] = w.communities;
    w.management.status[managed.id] = MANAGEMENT_STATUS.company;
    w.management.status[unmanaged.id] = MANAGEMENT_STATUS.none;
    const before = [managed.condition[0], unmanaged.condition[0]];
    at(w, 12 - (Number(w.scenario.calendar.start.slice(5)) - 1));
    expect(w.clock.month).toBe(1);
    recoveryPhase(w);
    expect(managed.condition[0]).toBeCloseTo(before[0] * (1 - 0.1 * 0.6), 12);
    expect(unmanaged.condition[0]).toBeCloseTo(before[1] * (1 - 0.1), 12);
  });
});

import { describe, expect, it } from 'vitest';
import { assignTeams, drillsInMonth, mediationFactor, ngoPhase } from '../../agents/ngo.js';
import { COMPONENTS, type ScenarioInput } from '../../scenarios/schema.js';
import type { World } from '../../sim/world/state.js';
import { at, fund, smallWorld } from '../model/world-fixtures.js';

const FIRE_SAFETY = COMPONENTS.indexOf('fireSafety');

/** A small city with the NGO settings `ngos`, starting in `start`. */
function makeWorld(ngos: ScenarioInput['ngos'] = {}, seed = 1, communities = 30, start = '2024-07'): World {
  return smallWorld({ calendar: { start }, ngos }, seed, communities);
}

const exposure = (w: World, i: number) =>
  w.communities[i].floodExposure + (1 - w.communities[i].condition[FIRE_SAFETY]);

describe('volunteer teams and drills', () => {
  it('teams go to the most exposed communities', () => {
    const w = makeWorld({ volunteerTeams: { enabled: true, teams: 8 } });
    assignTeams(w);
    const withTeam = w.communities.filter((c) => c.hasVolunteerTeam).map((c) => c.id);
    const without = w.communities.filter((c) => !c.hasVolunteerTeam).map((c) => c.id);
    expect(withTeam).toHaveLength(8);
    const minIn = Math.min(...withTeam.map((i) => exposure(w, i)));
    const maxOut = Math.max(...without.map((i) => exposure(w, i)));
    expect(minIn).toBeGreaterThanOrEqual(maxOut);
    const many = makeWorld({ volunteerTeams: { enabled: true, teams: 500 } });
    assignTeams(many);
    expect(many.communities.every((c) => c.hasVolunteerTeam)).toBe(true);
    const none = makeWorld({ volunteerTeams: { enabled: false, teams: 8 } });
    assignTeams(none);
    expect(none.communities.some((c) => c.hasVolunteerTeam)).toBe(false);
  });

  it('drills are spread evenly over the year', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => drillsInMonth(4, m))).toEqual([
      0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1,
    ]);
    for (let n = 0; n <= 52; n++) {
      let sum = 0;
      for (let m = 1; m <= 12; m++) {
        const d = drillsInMonth(n, m);
        expect(d).toBeGreaterThanOrEqual(Math.floor(n / 12));
        expect(d).toBeLessThanOrEqual(Math.ceil(n / 12));
        sum += d;
      }
      expect(sum).toBe(n);
    }
  });

  it('drills raise preparedness in covered communities, which fades between drills; costs are booked', () => {
    const v = { enabled: true, teams: 10, preparednessPerDrill: 0.2, preparednessDecayPerMonth: 0.05 };
    const w = makeWorld({ volunteerTeams: { ...v, costRmbPerDrill: 3000 } });
    fund(w, 1e7);
    assignTeams(w);
    const trace: number[] = [];
    let drills = 0;
    for (let t = 0; t < 12; t++) {
      at(w, t);
      drills += ngoPhase(w).drills;
      const covered = w.communities.filter((c) => c.hasVolunteerTeam);
      trace.push(covered[0].preparedness);
      for (const c of w.communities) if (!c.hasVolunteerTeam) expect(c.preparedness).toBe(0);
    }
    // July start: drills in September, December, March, June (ticks 2, 5, 8, 11).
    expect(drills).toBe(40);
    expect(w.ledger.rmb('use:drills')).toBe(40 * 3000);
    expect(trace[0]).toBe(0);
    expect(trace[2]).toBeCloseTo(0.2, 12);
    expect(trace[3]).toBeCloseTo(0.2 * 0.95, 12);
    expect(trace[5]).toBeGreaterThan(trace[2]);
    expect(trace[11]).toBeGreaterThan(trace[8]);
    expect(trace[11]).toBeLessThan(1);
  });

  it('drills stop when the city fund cannot pay for them', () => {
    const w = makeWorld({ volunteerTeams: { enabled: true, teams: 10, costRmbPerDrill: 3000 } });
    fund(w, 10_000);
    assignTeams(w);
    at(w, 2);
    expect(ngoPhase(w).drills).toBe(3);
    expect(w.ledger.rmb('cityFund')).toBe(1000);
    expect(w.communities.filter((c) => c.preparedness > 0)).toHaveLength(3);
    expect(w.ledger.checkConservation().ok).toBe(true);
  });
});

describe('planners', () => {
  it('serve communities in consultation or vote, paid per ⌈served / communitiesPerPlanner⌉', () => {
    const w = makeWorld({ planners: { enabled: true, communitiesPerPlanner: 3, salaryRmbPerMonth: 8000 } });
    fund(w, 1e6);
    w.communities.forEach((c, i) => {
      c.state = i < 7 ? 'consultation' : i < 10 ? 'vote' : i < 15 ? 'listed' : 'unlisted';
    });
    at(w, 0);
    const m = ngoPhase(w);
    expect(m.planners).toBe(4);
    expect(m.plannerCommunities).toBe(10);
    expect(w.ledger.rmb('use:salaries')).toBe(32_000);
    w.communities.forEach((c, i) => {
      expect(c.hasPlanner).toBe(i < 10);
    });
    w.communities[0].state = 'funding';
    at(w, 1);
    ngoPhase(w);
    expect(w.communities[0].hasPlanner).toBe(false);
    expect(w.ledger.rmb('use:salaries')).toBe(32_000 + 3 * 8000); // 9 served → 3 planners
  });

  it('hire only the planners the fund can pay', () => {
    const w = makeWorld({ planners: { enabled: true, communitiesPerPlanner: 3, salaryRmbPerMonth: 8000 } });
    fund(w, 20_000);
    for (const c of w.communities) c.state = 'consultation';
    at(w, 0);
    const m = ngoPhase(w);
    expect(m.planners).toBe(2);
    expect(w.communities.filter((c) => c.hasPlanner).map((c) => c.id)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(w.ledger.rmb('cityFund')).toBe(4000);
  });

  it('no planners when disabled', () => {
    const w = makeWorld({ planners: { enabled: false } });
    fund(w, 1e6);
    for (const c of w.communities) c.state = 'consultation';
    at(w, 0);
    expect(ngoPhase(w).planners).toBe(0);
    expect(w.communities.some((c) => c.hasPlanner)).toBe(false);
    expect(w.ledger.rmb('use:salaries')).toBe(0);
  });
});

describe('academy', () => {
  const setup = (graduatesPerYear: number, seed = 1) => {
    const w = makeWorld({ academy: { enabled: true, graduatesPerYear, costRmbPerGraduate: 2000 } }, seed);
    fund(w, 1e7);
    w.communities.forEach((c, i) => {
      c.state = i % 3 === 0 ? 'listed' : i % 3 === 1 ? 'consultation' : 'unlisted';
    });
    return w;
  };
  const leadersIn = (w: World, c: World['communities'][number]) => {
    let n = 0;
    for (let i = c.hhStart; i < c.hhEnd; i++) n += w.households.leader[i];
    return n;
  };

  it('trains graduatesPerYear owners as leaders, spread evenly over listed and consultation communities', () => {
    for (const seed of [1, 2, 3]) {
      const w = setup(47, seed);
      at(w, 0);
      expect(ngoPhase(w).graduates).toBe(47);
      const hh = w.households;
      let leaders = 0;
      for (let i = 0; i < hh.count; i++) {
        if (hh.leader[i] !== 1) continue;
        leaders++;
        expect(hh.owner[i]).toBe(1);
        expect(w.communities[hh.community[i]].state).not.toBe('unlisted');
      }
      expect(leaders).toBe(47);
      const counts = w.communities.filter((c) => c.state !== 'unlisted').map((c) => leadersIn(w, c));
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      expect(w.ledger.rmb('use:training')).toBe(47 * 2000);
    }
  });

  it('trains again each January only', () => {
    const w = setup(20);
    let total = 0;
    for (let t = 0; t < 19; t++) {
      at(w, t);
      total += ngoPhase(w).graduates;
    }
    // Ticks 0 (2024-07), 6 (2025-01) and 18 (2026-01).
    expect(total).toBe(60);
  });

  it('a cohort larger than the eligible owners trains them all and pays only for them', () => {
    const w = setup(100_000);
    let owners = 0;
    for (const c of w.communities) {
      if (c.state === 'unlisted') continue;
      for (let i = c.hhStart; i < c.hhEnd; i++) owners += w.households.owner[i];
    }
    at(w, 0);
    expect(ngoPhase(w).graduates).toBe(owners);
    expect(w.ledger.rmb('use:training')).toBe(owners * 2000);
  });

  it('the cohort shrinks to what the fund can pay', () => {
    const w = makeWorld({ academy: { enabled: true, graduatesPerYear: 50, costRmbPerGraduate: 2000 } });
    fund(w, 9_000);
    for (const c of w.communities) c.state = 'listed';
    at(w, 0);
    expect(ngoPhase(w).graduates).toBe(4);
    expect(w.ledger.rmb('cityFund')).toBe(1000);
  });
});

describe('donations, mediation and money', () => {
  it('donations flow monthly into the city fund', () => {
    const w = makeWorld({ donations: { enabled: true, rmbPerYear: 120_000 } });
    for (let t = 0; t < 12; t++) {
      at(w, t);
      expect(ngoPhase(w).donationsRmb).toBe(10_000);
    }
    expect(w.ledger.rmb('cityFund')).toBe(120_000);
    expect(w.ledger.rmb('src:donations')).toBe(-120_000);
  });

  it('mediation shortens disputes only when enabled', () => {
    expect(mediationFactor(makeWorld({ mediation: { enabled: true, durationFactor: 0.6 } }))).toBe(0.6);
    expect(mediationFactor(makeWorld({ mediation: { enabled: false, durationFactor: 0.6 } }))).toBe(1);
  });

  it('conserves money and never overdraws the city fund with everything on and a small fund', () => {
    for (const seed of [1, 2, 3, 4]) {
      const w = makeWorld(
        {
          planners: { enabled: true },
          academy: { enabled: true, graduatesPerYear: 40 },
          volunteerTeams: { enabled: true, teams: 12, drillsPerYear: 12 },
          donations: { enabled: true, rmbPerYear: 90_000 },
        },
        seed,
      );
      fund(w, 25_000);
      assignTeams(w);
      w.communities.forEach((c, i) => {
        c.state = i % 2 === 0 ? 'consultation' : 'listed';
      });
      for (let t = 0; t < 30; t++) {
        at(w, t);
        ngoPhase(w);
        expect(w.ledger.rmb('cityFund')).toBeGreaterThanOrEqual(0);
        expect(w.ledger.checkConservation().ok).toBe(true);
        for (const c of w.communities) {
          expect(c.preparedness).toBeGreaterThanOrEqual(0);
          expect(c.preparedness).toBeLessThanOrEqual(1);
        }
      }
      const spent = ['use:salaries', 'use:drills', 'use:training'].reduce(
        (a, k) => a + w.ledger.rmb(k as 'use:drills'),
        0,
      );
      expect(spent).toBeCloseTo(25_000 + 90_000 * 2.5 - w.ledger.rmb('cityFund'), 2);
    }
  });
});

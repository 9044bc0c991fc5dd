/**
 * Undefined is not zero (issue 15, "Done when"): every metric of demo-small runs is scanned month by
 * month against its denominator, read off the world by an observer at the month's end. Where the
 * denominator is empty the recorded value must be NaN (an empty CSV cell, JSON null), where it is
 * not the value must be finite; every other metric is finite in every month. Each rule must meet
 * both cases across the scanned runs, so no rule passes for want of an empty (or a filled) month.
 * The key indicators follow the same rule at the run's end.
 */
import { describe, expect, it } from 'vitest';
import { KEY_INDICATORS, METRICS } from '../../sim/model/metrics.js';
import { runOne } from '../../sim/model/run.js';
import type { Scenario } from '../../scenarios/schema.js';
import { MANAGEMENT_STATUS } from '../../sim/world/management.js';
import type { World } from '../../sim/world/state.js';
import { demoSmall } from './scenario-fixtures.js';

/** Denominators observed at the end of each month (cumulative ones summed over the months so far). */
interface Month {
  committedPublic: number;
  inConsultation: number;
  consulted: number;
  votes: number;
  votesThisMonth: number;
  elevatorVotes: number;
  completedPending: number;
  households: number;
  communities: number;
  recoveries: number;
  approvals: number;
  disputesResolved: number;
  /** Communities in long-term management, and those of them with a property company. */
  managed: number;
  withCompany: number;
}

function observeRun(scenario: Scenario, seed: number) {
  const months: Month[] = [];
  let votes = 0;
  let elevatorVotes = 0;
  let recoveries = 0;
  const observe = (w: World) => {
    votes += w.month.votesHeld;
    elevatorVotes += w.month.elevatorVotesHeld;
    recoveries += w.month.recoveries;
    let inConsultation = 0;
    let completedPending = 0;
    for (const c of w.communities) {
      if (c.state === 'consultation') inConsultation += c.households;
      if (c.completedTick >= 0 && !c.renovatedAtStart) completedPending++;
    }
    months.push({
      committedPublic: Number.NaN, // filled from the recorded funding.committedPublic after the run
      inConsultation,
      consulted: w.month.consultedHouseholds,
      votes,
      votesThisMonth: w.month.votesHeld,
      elevatorVotes,
      completedPending,
      households: w.households.count,
      communities: w.communities.length,
      recoveries,
      approvals: w.government.approvals,
      disputesResolved: w.government.disputesResolved,
      managed: w.management.inScope.length,
      withCompany: w.management.inScope.filter((id) => w.management.status[id] === MANAGEMENT_STATUS.company)
        .length,
    });
  };
  const r = runOne(scenario, seed, { onTick: observe });
  // Public money committed so far is the project money of the month (not on the world): the
  // recorder's cumulative stock, itself finite in every month, is leverage's denominator.
  const pub = r.metrics.indexOf('funding.committedPublic');
  months.forEach((m, t) => {
    m.committedPublic = r.values[pub * r.ticks + t];
  });
  return { r, months };
}

/** Metrics with a denominator: whether it is filled in a month. */
const DENOMINATOR: Record<string, (m: Month) => boolean> = {
  'funding.leverage': (m) => m.committedPublic > 0,
  'participation.awareness': (m) => m.inConsultation > 0,
  'participation.consultation': (m) => m.consulted > 0,
  'participation.votePassRate': (m) => m.votes > 0,
  'participation.elevatorVotePassRate': (m) => m.elevatorVotes > 0,
  'participation.consentShare': (m) => m.votesThisMonth > 0,
  'participation.satisfaction': (m) => m.completedPending > 0,
  'participation.trust': (m) => m.households > 0,
  'resilience.fireCompliance': (m) => m.communities > 0,
  'resilience.functionality': (m) => m.communities > 0,
  'resilience.recoveryTime': (m) => m.recoveries > 0,
  'governance.approvalMonths': (m) => m.approvals > 0,
  'governance.disputeMonths': (m) => m.disputesResolved > 0,
  'governance.managementCoverage': (m) => m.managed > 0,
  'governance.ownersCommittees': (m) => m.managed > 0,
  'governance.feeCollection': (m) => m.withCompany > 0,
};

/** Always filled in a city with households and communities: checked, but not required to be empty once. */
const NEVER_EMPTY_HERE = new Set([
  'participation.trust',
  'resilience.fireCompliance',
  'resilience.functionality',
]);

/** The scanned runs: demo-small at two seeds, and with PPP off for its first year (little happens). */
function scannedRuns() {
  const base = demoSmall();
  const short: Scenario = {
    ...base,
    calendar: {
      ...base.calendar,
      end: `${Number(base.calendar.start.slice(0, 4)) + 1}-${base.calendar.start.slice(5)}`,
    },
    enterprises: { ...base.enterprises, enabled: false },
  };
  return [observeRun(base, 42), observeRun(base, 7), observeRun(short, 42)];
}

describe('undefined is not zero: every metric scanned against its denominator', () => {
  const runs = scannedRuns();

  it('a metric with a denominator is NaN exactly in the months where it is empty', () => {
    const seen = new Map<string, { empty: number; filled: number }>();
    for (const { r, months } of runs) {
      expect(months).toHaveLength(r.ticks);
      for (const [name, filled] of Object.entries(DENOMINATOR)) {
        const m = r.metrics.indexOf(name);
        expect(m, name).toBeGreaterThanOrEqual(0);
        const count = seen.get(name) ?? { empty: 0, filled: 0 };
        for (let t = 0; t < r.ticks; t++) {
          const v = r.values[m * r.ticks + t];
          if (filled(months[t])) {
            expect(Number.isFinite(v), `${name} at tick ${t} (seed ${r.seed}) has a denominator: ${v}`).toBe(
              true,
            );
            count.filled++;
          } else {
            expect(v, `${name} at tick ${t} (seed ${r.seed}) has no denominator`).toBeNaN();
            count.empty++;
          }
        }
        seen.set(name, count);
      }
    }
    for (const [name, c] of seen) {
      expect(c.filled, `${name} never defined in the scanned runs`).toBeGreaterThan(0);
      if (!NEVER_EMPTY_HERE.has(name))
        expect(c.empty, `${name} never undefined in the scanned runs`).toBeGreaterThan(0);
    }
  });

  it("the firms' IRR is NaN or a non-zero number; every other metric is finite in every month", () => {
    for (const { r } of runs) {
      for (const def of METRICS) {
        if (def.name in DENOMINATOR) continue;
        const m = r.metrics.indexOf(def.name);
        for (let t = 0; t < r.ticks; t++) {
          const v = r.values[m * r.ticks + t];
          if (def.name === 'funding.enterpriseIrr') expect(v, `IRR at ${t}`).not.toBe(0);
          else expect(Number.isFinite(v), `${def.name} at tick ${t} (seed ${r.seed}): ${v}`).toBe(true);
        }
      }
    }
  });

  it('key indicators are NaN exactly where their denominator is empty at the end', () => {
    for (const { r, months } of runs) {
      const end = months.at(-1)!;
      const k = r.indicators;
      const rule: Partial<Record<(typeof KEY_INDICATORS)[number]['name'], boolean>> = {
        fiscalCostPerHousehold: k.householdsRenovated > 0,
        leverage: end.committedPublic > 0,
        votePassRate: end.votes > 0,
        satisfaction: end.completedPending > 0,
        meanDisputeMonths: end.disputesResolved > 0,
        approvalMonths: end.approvals > 0,
        pppShare: end.completedPending > 0,
      };
      for (const { name } of KEY_INDICATORS) {
        const v = k[name];
        const defined = rule[name];
        if (defined === undefined) continue;
        if (defined) expect(Number.isFinite(v), `${name} (seed ${r.seed}) defined: ${v}`).toBe(true);
        else expect(v, `${name} (seed ${r.seed}) has no denominator`).toBeNaN();
      }
    }
    // The short run without PPP renovates nothing: its cost per household is undefined, not 0.
    const short = runs[2].r.indicators;
    expect(short.householdsRenovated).toBe(0);
    expect(short.fiscalCostPerHousehold).toBeNaN();
  });
});

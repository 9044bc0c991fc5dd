/**
 * World construction from a scenario and a run seed: communities, building units, households
 * (struct-of-arrays with small-world ties), enterprises and the government. Deterministic per seed:
 * everything is drawn from the run's "world" stream in a fixed order.
 */
import { COMPONENTS, defaultCategory } from '../../scenarios/components.js';
import type { Scenario } from '../../scenarios/schema.js';
import { makeRng, type Rng } from '../kernel/rng.js';
import { monthsBetween, tickDate } from '../kernel/calendar.js';
import { clip } from '../kernel/math.js';
import { newElevatorProgramme } from '../world/elevator-programme.js';
import { Ledger } from '../world/ledger.js';
import { newManagementState } from '../world/management.js';
import { communitySpecs } from './city.js';
import { drawFundingChannels } from './funding-channels.js';
import { allocateHouseholds, buildTies } from './households.js';
import { formPackages } from './packages.js';
import { compilePolicies } from '../world/policies.js';
import { newScratch } from '../world/scratch.js';
import type { BuildingUnit, Community, Enterprise, Government, Item, World } from '../world/state.js';
import { SHOCK_TYPES } from '../world/state.js';

function resolveItems(s: Scenario): Item[] {
  return Object.entries(s.renovation.items)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, it]) => ({
      name,
      component: COMPONENTS.indexOf(it.component),
      category: it.category ?? defaultCategory(it.component),
      costRmbPerHousehold: it.costRmbPerHousehold,
      conditionAfter: it.conditionAfter,
      benefit: it.benefit,
      elderlyBenefitFactor: it.elderlyBenefitFactor,
      priority: it.priority,
      revenueGenerating: it.revenueGenerating,
    }));
}

function buildEnterprises(s: Scenario, rng: Rng): Enterprise[] {
  const e = s.enterprises;
  const out: Enterprise[] = [];
  const count = e.enabled ? e.count : 0;
  for (let i = 0; i < count; i++) {
    const quality = clip(rng.normal(e.quality.mean, e.quality.sd), 0, 1);
    out.push({
      id: i,
      equityRmb: Math.round(rng.uniform(e.capitalRmb.min, e.capitalRmb.max)),
      costEfficiency: clip(rng.normal(e.costEfficiency.mean, e.costEfficiency.sd), 0.5, 1.5),
      hurdleIrr: rng.uniform(e.hurdleIrr.min, e.hurdleIrr.max),
      riskAversion: rng.uniform(e.riskAversion.min, e.riskAversion.max),
      quality,
      whitelisted:
        s.government.interestSubsidy.enabled &&
        quality >= s.government.interestSubsidy.minQualityForWhitelist,
      reputation: 0.5,
      reservedRmb: 0,
      active: true,
      projects: [],
      bids: 0,
      wins: 0,
      flows: [],
    });
  }
  return out;
}

function newGovernment(year: number): Government {
  return {
    year,
    yearBudgetRmb: 0,
    libraryCapacity: 1,
    subsidyMultiplier: 1,
    bondsOutstandingRmb: 0,
    guidanceGovRmb: 0,
    guidancePrivateRmb: 0,
    completedThisYear: 0,
    votesThisYear: 0,
    votesPassedThisYear: 0,
    downturn: false,
    downturnMonthsLeft: 0,
    approvalMonthsSum: 0,
    approvals: 0,
    disputesOpened: 0,
    disputesResolved: 0,
    disputeMonthsSum: 0,
    takeovers: 0,
  };
}

/** Build the world of one run from a validated scenario and the run's seed. */
export function buildWorld(s: Scenario, seed: number): World {
  const rng = makeRng(seed, 'world');
  const specs = communitySpecs(s, rng);
  const _hpf = s.city.generate.householdsPerFloorPerUnit;
  const total = specs.reduce((a, c) => a + c.households, 0);
  const hh = allocateHouseholds(total);
  const units: BuildingUnit[] = [];
  const communities: Community[] = [];
  const H = s.city.households;
  const start = tickDate(s.calendar.start, 0);
  let h = 0;
  for (let ci = 0; ci < specs.length; ci++) {
    const sp = specs[ci];
    const hhStart = h;
    const unitStart = units.length;
    // Spread households over units as evenly as possible, each unit filled floor by floor.
    const perUnit = Math.floor(sp.households / sp.unitCount);
    let extra = sp.households - perUnit * sp.unitCount;
    let floorArea = 0;
    for (let u = 0; u < sp.unitCount; u++) {
      const n = perUnit + (extra-- > 0 ? 1 : 0);
      const uid = units.length;
      const storeys = sp.storeys;
      const uStart = h;
      for (let k = 0; k < n; k++) {
        hh.community[h] = ci;
        hh.unit[h] = uid;
        hh.floor[h] = Math.min(storeys, 1 + Math.floor((k * storeys) / Math.max(1, n)));
        const elderly = rng.chance(H.elderlyShare);
        hh.elderly[h] = elderly ? 1 : 0;
        hh.areaM2[h] = clip(rng.normal(H.areaM2.mean, H.areaM2.sd), 20, 300);
        floorArea += hh.areaM2[h];
        hh.owner[h] = rng.chance(H.ownerShare) ? 1 : 0;
        const income = H.incomeRmbPerMonth.median * Math.exp(H.incomeRmbPerMonth.sigma * rng.normal(0, 1));
        hh.incomeRmb[h] = elderly ? income * H.elderlyIncomeFactor : income;
        hh.trust[h] = clip(rng.normal(H.initialTrust.mean, H.initialTrust.sd), 0, 1);
        hh.epsilon[h] = rng.uniform(s.residents.opinion.epsilon.min, s.residents.opinion.epsilon.max);
        hh.threshold[h] = clip(
          rng.normal(s.residents.participation.threshold.mean, s.residents.participation.threshold.sd),
          0,
          1,
        );
        h++;
      }
      units.push({
        id: uid,
        community: ci,
        storeys,
        hhStart: uStart,
        hhEnd: h,
        elevator: 0,
        elevatorCostRmb: 0,
        elevatorShares: null,
        elevatorCompensation: null,
      });
    }
    const q = 1;
    communities.push({
      id: ci,
      name: sp.name,
      district: sp.district,
      households: sp.households,
      hhStart,
      hhEnd: h,
      unitStart,
      unitEnd: units.length,
      storeys: sp.storeys,
      buildYear: sp.buildYear,
      siteAreaM2: sp.siteAreaM2,
      floorAreaM2: floorArea,
      costMultiplier: clip(
        rng.normal(s.renovation.costMultiplier.mean, s.renovation.costMultiplier.sd),
        0.2,
        5,
      ),
      condition: Float64Array.from(sp.condition),
      floodExposure: sp.floodExposure,
      q,
      deficit: new Float64Array(SHOCK_TYPES.length),
      loss: new Float64Array(SHOCK_TYPES.length),
      episodeStart: -1,
      preparedness: 0,
      hasVolunteerTeam: false,
      hasPlanner: false,
      state: sp.renovated ? 'done' : 'unlisted',
      stateSince: 0,
      plan: null,
      needScore: 0,
      stalledUntil: 0,
      monthsLeft: 0,
      enterprise: -1,
      concessionMonthsLeft: 0,
      capexRmb: 0,
      publicCommittedRmb: 0,
      delayMonths: 0,
      overrunSettled: false,
      firmReserveRmb: 0,
      bid: undefined,
      disputeMonthsLeft: 0,
      disputeOpenedTick: -1,
      disputedRmb: 0,
      satisfaction: sp.renovated ? 0.6 : 0,
      completedTick: sp.renovated ? 0 : -1,
      consentShare: 0,
      votes: 0,
      votesPassed: 0,
      renovatedAtStart: sp.renovated,
      feeBeforeRmbPerM2: 0.3,
      pppBundle: false,
      formerWorkUnit: false,
      maintenanceCover: 0,
      package: -1,
    });
    if (sp.renovated) {
      // Already renovated: components brought to the items' after-works condition.
      for (const it of resolveItems(s)) {
        const c = communities[ci].condition;
        c[COMPONENTS.indexOf(s.renovation.items[it.name].component)] = Math.max(
          c[COMPONENTS.indexOf(s.renovation.items[it.name].component)],
          it.conditionAfter,
        );
      }
    }
  }
  buildTies(hh, communities, s.residents.network.ties, s.residents.network.rewiring, rng);
  const enterprises = buildEnterprises(s, rng);
  const w: World = {
    scenario: s,
    seed,
    clock: {
      tick: 0,
      year: start.year,
      month: start.month,
      ticks: monthsBetween(s.calendar.start, s.calendar.end) + 1,
    },
    policies: compilePolicies(s),
    streams: {
      world: rng,
      shocks: makeRng(seed, 'shocks'),
      government: makeRng(seed, 'government'),
      enterprises: makeRng(seed, 'enterprises'),
      ngos: makeRng(seed, 'ngos'),
      residents: makeRng(seed, 'residents'),
      projects: makeRng(seed, 'projects'),
      elevatorProgramme: makeRng(seed, 'elevatorProgramme'),
      management: makeRng(seed, 'management'),
    },
    ledger: new Ledger(enterprises.length, communities.length, units.length),
    items: resolveItems(s),
    households: hh,
    units,
    communities,
    enterprises,
    packages: formPackages(s, communities),
    government: newGovernment(start.year),
    management: newManagementState(communities.length),
    month: emptyMonth(),
    trustSpreadPending: 0,
    elevatorProgramme: newElevatorProgramme(units.length, hh.count),
    fireSafety: {
      deadlineTick: monthsBetween(s.calendar.start, s.government.fireSafetyTarget.deadline),
      worksDoneAt: new Int32Array(communities.length).fill(-1),
      worksCompleted: 0,
      capacityCarry: 0,
      candidates: new Int32Array(communities.length),
    },
    scratch: newScratch(hh.count, communities.length, s.enterprises.valuationDraws),
    trace: null,
    totals: {
      householdsRenovated: 0,
      elevatorsInstalled: 0,
      renovationsCompleted: 0,
      elevatorOnlyProjects: 0,
      volunteerHours: 0,
      insurancePayoutRmb: 0,
      tenderPaymentRmb: 0,
      tenderHouseholds: 0,
      ownersPaymentRmb: 0,
      fundedHouseholds: 0,
    },
  };
  drawFundingChannels(w);
  return w;
}

/** Fresh monthly counters. */
export function emptyMonth(): World['month'] {
  return {
    fires: 0,
    fireLossQ: 0,
    rainstorms: 0,
    earthquakes: 0,
    votesHeld: 0,
    votesPassed: 0,
    elevatorVotesHeld: 0,
    elevatorVotesPassed: 0,
    consentShareSum: 0,
    participantsSum: 0,
    consultedHouseholds: 0,
    awareAtVote: 0,
    householdsAtVote: 0,
    volunteerHours: 0,
    householdsBenefited: 0,
    elevatorsInstalled: 0,
    insurancePayoutRmb: 0,
    recoveryMonthsSum: 0,
    recoveries: 0,
  };
}

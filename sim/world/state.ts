/**
 * The state of one run. Households, the hot agents, are struct-of-arrays indexed by a dense id;
 * each community owns a contiguous range of household ids and of building-unit ids, and within a
 * building unit households are stored floor by floor. The few other agents are plain objects.
 */
import type { Rng } from '../kernel/rng.js';
import type { Ledger } from './ledger.js';
import type { ElevatorProgramme } from './elevator-programme.js';
import type { ManagementState } from './management.js';
import type { CompiledPolicies } from './policies.js';
import type { Scratch } from './scratch.js';
import type { TraceLog } from './trace.js';
import type { Scenario } from '../../scenarios/schema.js';
import type { Category } from '../../scenarios/components.js';

/** Project states of a community (MODEL.md §3). */
export const PROJECT_STATES = [
  'unlisted',
  'listed',
  'consultation',
  'vote',
  'funding',
  'approval',
  'construction',
  'operation',
  'done',
  'stalled',
] as const;
export type ProjectState = (typeof PROJECT_STATES)[number];

/** Shock types tracked for resilience loss. */
export const SHOCK_TYPES = ['rainstorm', 'fire', 'earthquake'] as const;
export type ShockType = (typeof SHOCK_TYPES)[number];

/** Households as struct-of-arrays; length = number of households. */
export interface Households {
  readonly count: number;
  community: Int32Array;
  unit: Int32Array;
  floor: Uint8Array; // 1-based
  areaM2: Float64Array;
  elderly: Uint8Array; // 1 = elderly head
  owner: Uint8Array; // 1 = owner (votes), 0 = renter
  incomeRmb: Float64Array; // per month
  trust: Float64Array; // 0..1
  aware: Uint8Array; // 1 = knows the current plan
  opinion: Float64Array; // 0..1, support for the current plan
  epsilon: Float64Array; // bounded-confidence threshold
  threshold: Float64Array; // Granovetter participation threshold
  participating: Uint8Array; // took part in the current consultation round
  leader: Uint8Array; // 1 = trained representative (academy graduate)
  owedRmb: Float64Array; // contribution still to pay
  instalmentRmb: Float64Array; // monthly instalment
  paidRmb: Float64Array; // contributions paid so far
  arrearsRmb: Float64Array; // missed instalments outstanding
  volunteer: Uint8Array; // 1 = volunteers under the points scheme
  points: Float64Array; // unredeemed volunteer points
  compensationRmb: Float64Array; // compensation received (ground floor)
  /** Ties (small-world, within the community) in CSR form: ties of i are tieIdx[tieStart[i]..tieStart[i+1]). */
  tieStart: Int32Array;
  tieIdx: Int32Array;
}

/** A building (stairwell) unit. */
export interface BuildingUnit {
  id: number;
  community: number;
  storeys: number;
  hhStart: number;
  hhEnd: number; // exclusive
  /** 0 none, 1 in plan, 2 installed, 3 rejected by vote, 4 in the elevator programme (voted, queued or building). */
  elevator: 0 | 1 | 2 | 3 | 4;
  elevatorCostRmb: number;
  /** Each household's share of the elevator cost net of subsidies (RMB), indexed hh − hhStart. */
  elevatorShares: Float64Array | null;
  /** Compensation each household receives from the ground-floor fund (RMB), indexed hh − hhStart. */
  elevatorCompensation: Float64Array | null;
}

/** The renovation plan currently proposed to a community. */
export interface Plan {
  /** Menu items still in the plan (indices into world.items). */
  items: number[];
  /** Owners' share of the comprehensive-renovation capex. */
  residentShare: number;
  /** Lowest owners' share revisions may reach (floor and cost-share cap, sim/model/funding.ts). */
  minResidentShare: number;
  /** Compensation per ground-floor household of units getting an elevator (RMB). */
  groundCompensationRmb: number;
  /** Consultation round reached (0 before the first). */
  round: number;
  /** Revisions so far. */
  revisions: number;
  /** Owners approved the comprehensive renovation (set by the vote). */
  approved: boolean;
}

/** One community (小区). */
export interface Community {
  id: number;
  name: string;
  district: string;
  households: number;
  hhStart: number;
  hhEnd: number;
  unitStart: number;
  unitEnd: number;
  storeys: number;
  buildYear: number;
  siteAreaM2: number;
  floorAreaM2: number;
  costMultiplier: number;
  /** Condition per component (order of COMPONENTS), 0..1. */
  condition: Float64Array;
  floodExposure: number;
  /** Functionality Q(t), 0..1. */
  q: number;
  /** Outstanding functionality deficit by shock type (sums to 1 − q). */
  deficit: Float64Array;
  /** Cumulative resilience loss by shock type (community-months). */
  loss: Float64Array;
  /** Months since functionality first fell below the recovered level in the current episode (−1 if none). */
  episodeStart: number;
  preparedness: number; // 0..1
  hasVolunteerTeam: boolean;
  hasPlanner: boolean;
  state: ProjectState;
  stateSince: number; // tick
  plan: Plan | null;
  needScore: number;
  /** Tick before which a stalled community may not re-enter the library. */
  stalledUntil: number;
  /** Months left in the current timed state (consultation round, approval, construction). */
  monthsLeft: number;
  /** Enterprise holding the concession (−1 none). */
  enterprise: number;
  concessionMonthsLeft: number;
  /** Renovation capex of the committed plan (RMB). */
  capexRmb: number;
  /** Public money (central, provincial, city) committed to the current project (RMB). */
  publicCommittedRmb: number;
  /** Months the project waited in funding, approval friction, disputes (for satisfaction). */
  delayMonths: number;
  /** Overrun settled for the current construction. */
  overrunSettled: boolean;
  /** Cash the winning firm earmarked for this project's overrun until it is settled (RMB). */
  firmReserveRmb: number;
  /**
   * The tender held when the project entered funding: the winner and its top-up, or null when no firm
   * bid; undefined until tendered. Kept while the project waits for city money (re-tendered only if
   * the winner can no longer finance it).
   */
  bid: { enterprise: number; paymentRmb: number } | null | undefined;
  disputeMonthsLeft: number;
  disputeOpenedTick: number;
  /** Overrun the firm paid that is in the open dispute (RMB; 0 when none is open). */
  disputedRmb: number;
  satisfaction: number; // 0..1, after completion
  completedTick: number; // −1 until completed
  consentShare: number; // yes area share in the last community vote
  votes: number; // community votes held
  votesPassed: number;
  renovatedAtStart: boolean;
  /** Fee before renovation (RMB per m² per month), for the satisfaction effect of fee changes. */
  feeBeforeRmbPerM2: number;
  /** The current (or last) project was funded as a PPP bundle (a firm holds or held it). */
  pppBundle: boolean;
  /** Its former owning work unit (原产权单位) still exists and contributes (drawn at build). */
  formerWorkUnit: boolean;
  /**
   * Share of the owners' share of the current plan that their housing maintenance fund will pay
   * (0..1, fixed when the plan is drawn up; 0 without a fund). Funds are the `maintenanceFunds`
   * parts of the ledger.
   */
  maintenanceCover: number;
  /** Area package (片区统筹) the community belongs to: index into world.packages, −1 none. */
  package: number;
}

/**
 * An area package (片区统筹, agents/enterprise-package.ts): communities tendered together with
 * profitable assets (parking, vacant buildings). Tendered when its first community reaches funding.
 */
export interface Package {
  id: number;
  /** Member community ids, ascending. */
  communities: number[];
  /** Tenders held for the package (0 until its first member reached funding). */
  tenders: number;
  /** Winning firm (−1 until won). */
  enterprise: number;
  /** Public payment per RMB of member capex won in the tender (> 0 top-up, < 0 extra contribution). */
  paymentPerCapex: number;
  /** Months of asset operation left (0 before the win, after the concession or the firm's exit). */
  assetMonthsLeft: number;
}

/** An enterprise (social capital). */
export interface Enterprise {
  id: number;
  /**
   * Starting capital (RMB, whole yuan), paid into the ledger at the start of a run
   * (`capitaliseEnterprises`). The firm's cash is its part of the `enterprises` account:
   * `world.ledger.firmCashRmb(id)`.
   */
  equityRmb: number;
  costEfficiency: number;
  hurdleIrr: number;
  riskAversion: number;
  quality: number;
  whitelisted: boolean;
  reputation: number; // 0..1
  /** Cash earmarked for the uninsured overruns of projects under construction (RMB; not a ledger account). */
  reservedRmb: number;
  active: boolean;
  projects: number[]; // community ids held
  bids: number;
  wins: number;
  /** Realised cash flows indexed by absolute tick (RMB), for the realised IRR. */
  flows: number[];
}

/** Government state. */
export interface Government {
  year: number;
  yearBudgetRmb: number;
  libraryCapacity: number;
  subsidyMultiplier: number;
  bondsOutstandingRmb: number;
  guidanceGovRmb: number;
  guidancePrivateRmb: number;
  completedThisYear: number;
  votesThisYear: number;
  votesPassedThisYear: number;
  downturn: boolean;
  downturnMonthsLeft: number;
  /** Approval durations (months) of projects approved, for the governance metric. */
  approvalMonthsSum: number;
  approvals: number;
  disputesOpened: number;
  disputesResolved: number;
  disputeMonthsSum: number;
  takeovers: number;
}

/** A renovation item of the menu, resolved from the scenario. */
export interface Item {
  name: string;
  component: number; // index into COMPONENTS
  /** Content category (国办发〔2020〕23号); basic items are mandatory in a plan. */
  category: Category;
  costRmbPerHousehold: number;
  conditionAfter: number;
  benefit: number;
  elderlyBenefitFactor: number;
  priority: boolean;
  revenueGenerating: boolean;
}

/** State of the fire-safety target's instrument (agents/fire-safety.ts). */
export interface FireSafetyState {
  /** Tick of the target's deadline month (may lie outside the run). */
  deadlineTick: number;
  /** Per community: tick at whose start its fire-safety-only works complete (−1: none under way). */
  worksDoneAt: Int32Array;
  /** Fire-safety-only works completed so far (communities). */
  worksCompleted: number;
  /** Fraction of a community of the yearly capacity carried to the next month. */
  capacityCarry: number;
  /** Work buffer: candidate community ids of the month. */
  candidates: Int32Array;
}

/** Random streams of a run, one per purpose. */
export interface Streams {
  world: Rng;
  shocks: Rng;
  government: Rng;
  enterprises: Rng;
  ngos: Rng;
  residents: Rng;
  projects: Rng;
  /** The elevator programme: applications, unit votes, costs, provident-fund accounts. */
  elevatorProgramme: Rng;
  /** Completion acceptance and long-term management (sim/model/management.ts). */
  management: Rng;
}

/** Calendar position of a tick. */
export interface Clock {
  tick: number;
  year: number;
  month: number; // 1..12
  ticks: number; // horizon in months
}

/** Counters accumulated during a month and read by the metrics. */
export interface MonthCounters {
  fires: number;
  fireLossQ: number;
  rainstorms: number;
  earthquakes: number;
  votesHeld: number;
  votesPassed: number;
  elevatorVotesHeld: number;
  elevatorVotesPassed: number;
  consentShareSum: number;
  participantsSum: number;
  consultedHouseholds: number;
  /** Households aware of the plan in communities voting this month, and all their households. */
  awareAtVote: number;
  householdsAtVote: number;
  volunteerHours: number;
  householdsBenefited: number;
  elevatorsInstalled: number;
  insurancePayoutRmb: number;
  recoveryMonthsSum: number;
  recoveries: number;
}

/** The whole state of one run. */
export interface World {
  scenario: Scenario;
  seed: number;
  clock: Clock;
  policies: CompiledPolicies;
  streams: Streams;
  ledger: Ledger;
  items: Item[];
  households: Households;
  units: BuildingUnit[];
  communities: Community[];
  enterprises: Enterprise[];
  /** Area packages (片区统筹); empty when bundling is off. */
  packages: Package[];
  government: Government;
  /** Completion acceptance and long-term management, per community (sim/world/management.ts). */
  management: ManagementState;
  month: MonthCounters;
  /** Demonstration effect waiting to reach every household's trust this month (trust units). */
  trustSpreadPending: number;
  /** The ongoing elevator programme (sim/model/elevator-programme.ts). */
  elevatorProgramme: ElevatorProgramme;
  /** The fire-safety target's instrument: deadline and fire-safety-only works (agents/fire-safety.ts). */
  fireSafety: FireSafetyState;
  /** Work buffers of the agents' loops, owned by this world (sim/world/scratch.ts). */
  scratch: Scratch;
  /** The opt-in event log (sim/world/trace.ts); null when off (the default). */
  trace: TraceLog | null;
  /** Cumulative counters over the run. */
  totals: {
    householdsRenovated: number;
    elevatorsInstalled: number;
    /** Comprehensive renovations completed (communities pending at the start). */
    renovationsCompleted: number;
    /** Projects completed that installed elevators only (communities renovated before the start). */
    elevatorOnlyProjects: number;
    volunteerHours: number;
    insurancePayoutRmb: number;
    /** Public payments at PPP tenders (top-ups minus firms' extra contributions, RMB) and their households. */
    tenderPaymentRmb: number;
    tenderHouseholds: number;
    /**
     * Owners' and landlords' own payments towards comprehensive renovation (dues at funding, net of
     * the maintenance fund and of hardship waivers; RMB), and the households of those funded projects.
     */
    ownersPaymentRmb: number;
    fundedHouseholds: number;
  };
}

/**
 * State of the ongoing elevator programme (既有住宅加装电梯, MODEL.md §7.9): where each building unit
 * stands in it, the queue of units waiting for the year's subsidy quota, and the programme's counters.
 * Typed arrays indexed by building-unit id (and one by household id, drawn lazily), so a month of the
 * programme is a pass over units, never over households.
 */

/** A unit's stage in the programme: none, voted and waiting for the quota, or under construction. */
export const PROGRAMME_IDLE = 0;
export const PROGRAMME_QUEUED = 1;
export const PROGRAMME_BUILDING = 2;

/** The programme's state in one run. */
export interface ElevatorProgramme {
  /** Per unit: PROGRAMME_IDLE, PROGRAMME_QUEUED or PROGRAMME_BUILDING. */
  stage: Uint8Array;
  /** Per unit: tick from which a unit whose elevator vote failed may apply again (−1: no failed vote pending). */
  rejectedUntil: Int32Array;
  /** Per unit: construction months left (PROGRAMME_BUILDING). */
  monthsLeft: Int32Array;
  /** Per unit: log-odds of applying from its storeys and elderly share (fixed; NaN until computed). */
  staticLogOdds: Float64Array;
  /** Per unit: this year's monthly chance of applying (refreshed each January and at tick 0). */
  rate: Float64Array;
  /** Per household: 0 not drawn yet, 1 no provident-fund account, 2 an account. */
  account: Uint8Array;
  /** Units voted through and waiting for the subsidy quota, first come first served. */
  queue: number[];
  /** Subsidised elevators still available this calendar year. */
  quotaLeft: number;
  /** This month: applications, unit votes held and passed (reset at the start of the phase). */
  applications: number;
  votesHeld: number;
  votesPassed: number;
  /** Since the start: elevators installed by the programme, and those in communities renovated before the start. */
  installed: number;
  installedPreRenovated: number;
  /** Since the start: provident-fund withdrawals paid into elevators (RMB). */
  providentRmb: number;
}

/** A programme with every unit idle, for `units` building units and `households` households. */
export function newElevatorProgramme(units: number, households: number): ElevatorProgramme {
  return {
    stage: new Uint8Array(units),
    rejectedUntil: new Int32Array(units).fill(-1),
    monthsLeft: new Int32Array(units),
    staticLogOdds: new Float64Array(units).fill(Number.NaN),
    rate: new Float64Array(units),
    account: new Uint8Array(households),
    queue: [],
    quotaLeft: 0,
    applications: 0,
    votesHeld: 0,
    votesPassed: 0,
    installed: 0,
    installedPreRenovated: 0,
    providentRmb: 0,
  };
}

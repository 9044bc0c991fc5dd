/**
 * The state of completion acceptance and long-term management (MODEL.md §7.11), per community as
 * typed arrays indexed by community id, and the run's counters. Only communities whose comprehensive
 * renovation completed during the run are managed ("in scope"); the others keep status −1.
 */

/** Management of a community in scope: none, trial service, a property company, the PPP operator. */
export const MANAGEMENT_STATUS = { outOfScope: -1, none: 0, trial: 1, company: 2, operator: 3 } as const;

/** Acceptance of the works under construction: not yet evaluated, reworking, accepted. */
export const ACCEPTANCE = { pending: 0, reworking: 1, accepted: 2 } as const;

/** Completion acceptance and long-term management of one run. */
export interface ManagementState {
  /** MANAGEMENT_STATUS per community. */
  status: Int8Array;
  /** Months left of a trial service (0 when none). */
  trialMonthsLeft: Int16Array;
  /** 1 = the community has an owners' committee (业委会). */
  committee: Uint8Array;
  /** Fee collection rate of a community with a property company (0..1; NaN otherwise). */
  collection: Float64Array;
  /** Trained representatives living in the community (refreshed on entry and each January). */
  representatives: Int32Array;
  /** ACCEPTANCE of the current construction. */
  acceptance: Uint8Array;
  /** 1 = the finished works carry a defect not (yet) repaired. */
  defect: Uint8Array;
  /** Ids of the communities in scope, in the order they entered it. */
  inScope: number[];
  totals: {
    evaluationsHeld: number;
    evaluationsFailed: number;
    /** Rework paid by builders: PPP firms' cash and public-works contractors' retention (RMB). */
    reworkBuildersRmb: number;
    /** Rework the city fund paid beyond the retention or a firm's cash (RMB). */
    reworkPublicRmb: number;
    /** Rework nobody could pay (RMB). */
    reworkUnpaidRmb: number;
    /** Property fees owners paid, and trial subsidies the city paid (RMB). */
    feesPaidRmb: number;
    trialSubsidyRmb: number;
    trialsStarted: number;
    trialsContinued: number;
    committeesFormed: number;
  };
}

/** Fresh state for `communities` communities, none in scope. */
export function newManagementState(communities: number): ManagementState {
  return {
    status: new Int8Array(communities).fill(MANAGEMENT_STATUS.outOfScope),
    trialMonthsLeft: new Int16Array(communities),
    committee: new Uint8Array(communities),
    collection: new Float64Array(communities).fill(Number.NaN),
    representatives: new Int32Array(communities),
    acceptance: new Uint8Array(communities),
    defect: new Uint8Array(communities),
    inScope: [],
    totals: {
      evaluationsHeld: 0,
      evaluationsFailed: 0,
      reworkBuildersRmb: 0,
      reworkPublicRmb: 0,
      reworkUnpaidRmb: 0,
      feesPaidRmb: 0,
      trialSubsidyRmb: 0,
      trialsStarted: 0,
      trialsContinued: 0,
      committeesFormed: 0,
    },
  };
}

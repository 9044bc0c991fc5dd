/**
 * The opt-in event log of a run (ODD+D "observation", MODEL.md §8): per community, dated events with
 * their numbers, from its entry to the project library to fees after completion. Off by default:
 * `world.trace` is null and every event site is one `if (tracing(w, id))` on a field, so a run
 * without the log allocates nothing for it and draws the same random numbers (events only read the
 * state, never a stream). Events are plain, structured-clone-able data; their words are in
 * viz/words-trace.ts.
 */
import { tickLabel } from '../kernel/calendar.js';

/** A threshold of an Art. 278 vote (Civil Code): quorum by area or head, yes share by area or head. */
export type VoteThreshold = 'quorumArea' | 'quorumHeads' | 'yesArea' | 'yesHeads';

/** Management status names (sim/world/management.ts MANAGEMENT_STATUS). */
export type ManagementStatusName = 'none' | 'trial' | 'company' | 'operator';

/** Shock types that damage a community (SHOCK_TYPES). */
export type TraceShock = 'rainstorm' | 'fire' | 'earthquake';

/** The body of each event kind (numbers in RMB, shares 0..1, months). */
export type TraceEventBody =
  /** Admitted to the year's project library: its need score, rank among the eligible and the capacity. */
  | { kind: 'listed'; needScore: number; rank: number; eligible: number; capacity: number; relisted: boolean }
  /** First plan drawn up; consultation (三上三下) opens. */
  | {
      kind: 'consultationOpened';
      items: number;
      capexRmb: number;
      residentShare: number;
      elevatorUnits: number;
      maintenanceCover: number;
    }
  /** A consultation round ended: who knew and took part, what the revision changed, what comes next. */
  | {
      kind: 'round';
      round: number;
      awareShare: number;
      participationShare: number;
      support: number;
      revised: boolean;
      itemsBefore: number;
      items: number;
      residentShareBefore: number;
      residentShare: number;
      groundCompensationRmb: number;
      toVote: boolean;
    }
  /** An owners' vote under Art. 278: the community on the renovation, or one building unit on its elevator. */
  | {
      kind: 'vote';
      matter: 'renovation' | 'elevator';
      /** Building unit id (elevator votes), −1 for the community vote. */
      unit: number;
      participatingAreaShare: number;
      participatingHeadShare: number;
      yesAreaShare: number;
      yesHeadShare: number;
      passed: boolean;
      /** Thresholds not reached (empty when passed). */
      failed: VoteThreshold[];
    }
  /** The project stalls: its plan is dropped and it may re-enter the library at `relistTick`. */
  | { kind: 'stalled'; cause: 'voteFailed' | 'elevatorsOnly'; relistTick: number; relistDate: string }
  /** Tender of the PPP bundle (改建+运营): bidders, the winner (−1 none) and the public payment (− = extra contribution). */
  | { kind: 'tender'; bidders: number; winner: number; paymentRmb: number; capexRmb: number; package: number }
  /** The city fund cannot pay the city's part: the project waits in the funding queue (logged when the wait starts and each January). */
  | { kind: 'fundingWait'; needRmb: number; cityFundRmb: number }
  /** Funding committed: by payer (keys of PAYERS, RMB) and months waited in the queue; approval starts. */
  | {
      kind: 'funded';
      capexRmb: number;
      ppp: boolean;
      enterprise: number;
      payers: Readonly<Record<string, number>>;
      ownersWaivedRmb: number;
      elevatorUnits: number;
      waitedMonths: number;
    }
  /** Approval done (after `approvalMonths`); construction of `months` starts. */
  | { kind: 'constructionStarted'; months: number; approvalMonths: number }
  /** The overrun settled at the end of construction. */
  | { kind: 'overrun'; overrunRmb: number; insuredRmb: number; unpaidRmb: number; disputeOpened: boolean }
  /** A dispute over an overrun opens (the firm paid `amountRmb`) and lasts `months`. */
  | { kind: 'disputeOpened'; amountRmb: number; months: number; enterprise: number }
  | { kind: 'disputeResolved'; months: number; cityPaidRmb: number }
  /** Completion acceptance with residents' evaluation (居民评议). */
  | {
      kind: 'acceptance';
      defect: boolean;
      detectionChance: number;
      passed: boolean;
      reworkMonths: number;
      reworkUnpaidRmb: number;
    }
  /** Works completed: renovation and/or elevators; satisfaction after. */
  | {
      kind: 'completed';
      renovated: boolean;
      households: number;
      elevators: number;
      quality: number;
      delayMonths: number;
      feeChangeRmbPerM2: number;
      satisfaction: number;
      operator: number;
    }
  /** A PPP concession ends (term over) or the city takes it over (firm exit). */
  | { kind: 'concessionEnded'; enterprise: number; takeover: boolean }
  | { kind: 'shock'; shock: TraceShock; damage: number; q: number }
  | { kind: 'recovered'; months: number; q: number }
  /** Fire-safety-only works (消防专项改造) commissioned or finished. */
  | { kind: 'fireWorks'; costRmb: number; months: number }
  | { kind: 'fireWorksDone' }
  /** Elevator programme (加装电梯): a unit applies and votes; is funded; waits for quota or city money; is installed. */
  | {
      kind: 'elevatorApplied';
      unit: number;
      costRmb: number;
      yesAreaShare: number;
      yesHeadShare: number;
      passed: boolean;
      failed: VoteThreshold[];
    }
  | { kind: 'elevatorWait'; unit: number; cause: 'quota' | 'cityFund' }
  | {
      kind: 'elevatorFunded';
      unit: number;
      provincialRmb: number;
      cityRmb: number;
      residentsRmb: number;
      providentRmb: number;
    }
  | { kind: 'elevatorInstalled'; unit: number; programme: boolean }
  /** Long-term management (长效管理): status change, owners' committee (业委会), a year of fees and arrears. */
  | { kind: 'management'; status: ManagementStatusName }
  | { kind: 'committeeFormed' }
  | { kind: 'feesYear'; year: number; paidRmb: number; collection: number }
  | { kind: 'arrearsYear'; year: number; owedRmb: number; arrearsRmb: number; householdsInArrears: number };

/** Every event kind. */
export type TraceKind = TraceEventBody['kind'];

/** One dated event of one community. */
export type TraceEvent = TraceEventBody & {
  /** Month index (0 = the first month). */
  t: number;
  /** "YYYY-MM". */
  date: string;
  /** Community id (index into world.communities). */
  community: number;
};

/** The event kinds in the order of a project's life (for documentation and checks). */
export const TRACE_KINDS: readonly TraceKind[] = [
  'listed',
  'consultationOpened',
  'round',
  'vote',
  'stalled',
  'tender',
  'fundingWait',
  'funded',
  'constructionStarted',
  'overrun',
  'disputeOpened',
  'disputeResolved',
  'acceptance',
  'completed',
  'concessionEnded',
  'shock',
  'recovered',
  'fireWorks',
  'fireWorksDone',
  'elevatorApplied',
  'elevatorWait',
  'elevatorFunded',
  'elevatorInstalled',
  'management',
  'committeeFormed',
  'feesYear',
  'arrearsYear',
];

/** What to log: every community, or a chosen set of ids. */
export interface TraceOptions {
  communities?: ReadonlySet<number>;
}

/** The log of a run (world.trace when on). */
export interface TraceLog {
  /** 1 = community id is traced. */
  readonly on: Uint8Array;
  readonly events: TraceEvent[];
  readonly start: string;
  /** 1 = the community's wait in the funding queue is logged (cleared when funded). */
  readonly fundingWaiting: Uint8Array;
  /** Property fees paid this calendar year per community (RMB). */
  readonly feesYear: Float64Array;
  /** Each admission to the project library: month, eligible, admitted and the lowest need score admitted (NaN none). */
  readonly library: { t: number; eligible: number; admitted: number; cutScore: number }[];
  /** Building units whose wait in the elevator programme's quota queue is logged, and its cause. */
  readonly unitWaiting: Map<number, 'quota' | 'cityFund'>;
}

/** A fresh log over `communities` communities of a run starting `start` ("YYYY-MM"). */
export function newTraceLog(communities: number, start: string, options: TraceOptions = {}): TraceLog {
  const on = new Uint8Array(communities);
  if (options.communities) {
    for (const id of options.communities) if (id >= 0 && id < communities) on[id] = 1;
  } else on.fill(1);
  return {
    on,
    events: [],
    start,
    fundingWaiting: new Uint8Array(communities),
    feesYear: new Float64Array(communities),
    library: [],
    unitWaiting: new Map(),
  };
}

/** Whether community `id` is traced (false, at the cost of one comparison, when the log is off). */
export function tracing(w: { trace: TraceLog | null }, id: number): boolean {
  return w.trace !== null && w.trace.on[id] === 1;
}

/** Append an event of community `id` at month `t` (call only when {@link tracing} is true). */
export function logEvent(log: TraceLog, t: number, id: number, body: TraceEventBody): void {
  log.events.push({ ...body, t, date: tickLabel(log.start, t), community: id } as TraceEvent);
}

/**
 * The thresholds an Art. 278 major-matter vote missed, from its shares (2/3 quorum by area and head,
 * 3/4 yes by area and head; the same slack on areas as agents/civil-code.ts).
 */
export function failedThresholds(r: {
  passed: boolean;
  participatingAreaShare: number;
  participatingHeadShare: number;
  yesAreaShare: number;
  yesHeadShare: number;
}): VoteThreshold[] {
  if (r.passed) return [];
  const out: VoteThreshold[] = [];
  const slack = 1e-9;
  if (!(r.participatingAreaShare >= 2 / 3 - slack)) out.push('quorumArea');
  if (!(r.participatingHeadShare >= 2 / 3 - 1e-12)) out.push('quorumHeads');
  if (!(r.yesAreaShare >= 3 / 4 - slack)) out.push('yesArea');
  if (!(r.yesHeadShare >= 3 / 4 - 1e-12)) out.push('yesHeads');
  return out;
}

/**
 * Reading the event log (sim/world/trace.ts): a community's timeline, and the communities that never
 * completed with the step where each stopped and why. Pure functions over the world at the end of a
 * run and its events.
 */
import { excluded } from '../../agents/government.js';
import { tickLabel } from '../kernel/calendar.js';
import type { Community, ProjectState, World } from '../world/state.js';
import type { TraceEvent, VoteThreshold } from '../world/trace.js';

export {
  failedThresholds,
  newTraceLog,
  TRACE_KINDS,
  type TraceEvent,
  type TraceEventBody,
  type TraceKind,
  type TraceLog,
  type TraceOptions,
  type VoteThreshold,
} from '../world/trace.js';

/** The events of community `id`, in the order they happened (month, then order within the month). */
export function timeline(events: readonly TraceEvent[], id: number): TraceEvent[] {
  return events.filter((e) => e.community === id);
}

/** Why a community that never completed stopped where it did. */
export type StallReason =
  /** Never admitted: the library's negative list excludes it (built too late or an excluded district). */
  | 'negativeList'
  /** Never admitted: its need score stayed below the lowest admitted (library capacity). */
  | 'needScore'
  /** Admitted; the plan is still being drawn up or consulted on (三上三下) at the end. */
  | 'consultation'
  /** The owners' vote failed (a threshold of Art. 278 missed); waiting to re-enter the library. */
  | 'voteFailed'
  /** The renovation vote failed; only elevators were built; the renovation waits to re-enter the library. */
  | 'elevatorsOnly'
  /** Voted; in the funding queue after a tender nobody bid for (the city pays alone and lacks the money). */
  | 'noBidder'
  /** Voted; in the funding queue: the city fund does not hold the city's part (unmet need). */
  | 'fundingQueue'
  /** Funded; waiting for approval at the end. */
  | 'approval'
  /** Construction halted by an unresolved overrun dispute. */
  | 'dispute'
  /** Works sent back by the residents' evaluation (居民评议), in rework at the end. */
  | 'rework'
  /** Still under construction at the end. */
  | 'construction';

/** Every stall reason, in the order of the pipeline. */
export const STALL_REASONS: readonly StallReason[] = [
  'negativeList',
  'needScore',
  'consultation',
  'voteFailed',
  'elevatorsOnly',
  'noBidder',
  'fundingQueue',
  'approval',
  'dispute',
  'rework',
  'construction',
];

/** One community that never completed its renovation during the run. */
export interface StalledCommunity {
  community: number;
  name: string;
  district: string;
  /** Its project state at the end, and the month it entered it. */
  state: ProjectState;
  since: number;
  /** "YYYY-MM" of `since`. */
  sinceDate: string;
  reason: StallReason;
  /** Community votes held and passed during the run. */
  votes: number;
  votesPassed: number;
  /** The thresholds the last failed vote missed (voteFailed, elevatorsOnly; empty when unknown). */
  failed: VoteThreshold[];
  /** Its last need score (NaN if never scored) and the lowest score admitted at the last admission that admitted any (NaN unknown). */
  needScore: number;
  cutScore: number;
  /** City money the project waits for (fundingQueue, noBidder; NaN when unknown). */
  needRmb: number;
  /** Months waited in the funding queue at the end (fundingQueue, noBidder), else 0. */
  waitedMonths: number;
  /** Its last event of the project's own course (not shocks, fees, arrears or management; null when none or not traced). */
  last: TraceEvent | null;
}

/** Kinds that belong to the project's course (the others happen around it: shocks, fees, management). */
const PROJECT_KINDS: ReadonlySet<TraceEvent['kind']> = new Set([
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
  'fireWorks',
  'fireWorksDone',
]);

function lastProjectEvent(events: readonly TraceEvent[], id: number): TraceEvent | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.community === id && PROJECT_KINDS.has(e.kind)) return e;
  }
  return null;
}

function lastOf(events: readonly TraceEvent[], id: number, kind?: TraceEvent['kind']): TraceEvent | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.community === id && (kind === undefined || e.kind === kind)) return e;
  }
  return null;
}

function reasonOf(w: World, c: Community, events: readonly TraceEvent[]): StallReason {
  switch (c.state) {
    case 'unlisted':
      return excluded(w.scenario, c) ? 'negativeList' : 'needScore';
    case 'listed':
    case 'consultation':
    case 'vote':
      return 'consultation';
    case 'stalled': {
      const s = lastOf(events, c.id, 'stalled');
      return s?.kind === 'stalled' && s.cause === 'elevatorsOnly' ? 'elevatorsOnly' : 'voteFailed';
    }
    case 'funding': {
      const t = lastOf(events, c.id, 'tender');
      return t?.kind === 'tender' && t.winner < 0 ? 'noBidder' : 'fundingQueue';
    }
    case 'approval':
      return 'approval';
    case 'construction':
      if (c.disputeMonthsLeft > 0) return 'dispute';
      if (w.scenario.management.enabled && w.management.acceptance[c.id] === 1) return 'rework';
      return 'construction';
    default:
      return 'construction';
  }
}

/**
 * Every community that never completed during the run (communities renovated before the start are
 * not pending and are left out), in id order, with the step where it stopped and the reason. `events`
 * is the run's log (the detail fields that need it are empty or NaN for untraced communities).
 */
export function stalledCommunities(w: World, events: readonly TraceEvent[]): StalledCommunity[] {
  const library = w.trace?.library ?? [];
  let cutScore = Number.NaN;
  for (let i = library.length - 1; i >= 0; i--) {
    if (library[i].admitted > 0) {
      cutScore = library[i].cutScore;
      break;
    }
  }
  const out: StalledCommunity[] = [];
  for (const c of w.communities) {
    if (c.completedTick >= 0 || c.renovatedAtStart) continue;
    const reason = reasonOf(w, c, events);
    let failed: VoteThreshold[] = [];
    if (reason === 'voteFailed' || reason === 'elevatorsOnly') {
      for (let i = events.length - 1; i >= 0; i--) {
        const e = events[i];
        if (e.community === c.id && e.kind === 'vote' && e.matter === 'renovation') {
          failed = e.failed;
          break;
        }
      }
    }
    let needRmb = Number.NaN;
    if (reason === 'fundingQueue' || reason === 'noBidder') {
      const wait = lastOf(events, c.id, 'fundingWait');
      if (wait?.kind === 'fundingWait') needRmb = wait.needRmb;
    }
    out.push({
      community: c.id,
      name: c.name,
      district: c.district,
      state: c.state,
      since: c.stateSince,
      sinceDate: tickLabel(w.scenario.calendar.start, c.stateSince),
      reason,
      votes: c.votes,
      votesPassed: c.votesPassed,
      failed,
      needScore: c.state === 'unlisted' && reason === 'needScore' ? scoredOrNaN(c) : c.needScore,
      cutScore,
      needRmb,
      waitedMonths: c.state === 'funding' ? w.clock.ticks - c.stateSince - 1 : 0,
      last: lastProjectEvent(events, c.id),
    });
  }
  return out;
}

/** A community never scored keeps its initial need score of 0 only if it was never eligible: NaN then. */
function scoredOrNaN(c: Community): number {
  return c.needScore > 0 ? c.needScore : Number.NaN;
}

/**
 * Per-community state over time, for the explorer's city map and the run report's small multiples:
 * an observer for `runOne`'s `onTick` that records, after every month, each community's stage of
 * renewal and five variables (participation, consent, trust, functionality, community fund).
 * Off unless a caller passes it; it reads the world and changes nothing, so a run's results are
 * the same with or without it. Storage is allocated once, at the first month (typed arrays, no
 * allocation per month), in buffers a Web Worker can transfer to its page.
 */
import { communityMeans } from '../../agents/resident-trust.js';
import { tickLabel } from '../kernel/calendar.js';
import type { CommunityMeans } from '../world/scratch.js';
import type { Community, World } from '../world/state.js';
import { type RunResult, runOne } from './run.js';

/**
 * Stages of a community's renewal, in pipeline order (the code stored is the index). Derived from
 * the project state (sim/world/state.ts PROJECT_STATES): `unlisted` splits into not yet in the
 * library and renovated before the start (state `done` from the first month), `operation` (a firm
 * operates the works) and `done` after a project are both completed.
 */
export const STAGES = [
  'notInLibrary',
  'renovatedBefore',
  'inLibrary',
  'consultation',
  'vote',
  'funding',
  'approval',
  'construction',
  'completed',
  'stalled',
] as const;
export type Stage = (typeof STAGES)[number];

/**
 * Per-community variables, with their units:
 * - participation: share of the community's households taking part in its current or last
 *   consultation round (0..1); undefined before its first consultation;
 * - consent: yes share by area in its last community vote (0..1); undefined before its first vote;
 * - trust: mean trust of its households (0..1);
 * - functionality: Q(t) of its infrastructure (0..1);
 * - communityFund: balance of its public fund (小区公共资金, RMB).
 */
export const SNAPSHOT_VARIABLES = [
  'participation',
  'consent',
  'trust',
  'functionality',
  'communityFund',
] as const;
export type SnapshotVariable = (typeof SNAPSHOT_VARIABLES)[number];

/** Unit of each variable (the words of the units live in the page's and report's word tables). */
export const SNAPSHOT_UNITS: Record<SnapshotVariable, 'share' | 'index' | 'rmb'> = {
  participation: 'share',
  consent: 'share',
  trust: 'index',
  functionality: 'index',
  communityFund: 'rmb',
};

/** What the observer recorded: every month, every community. */
export interface CommunitySnapshots {
  communities: number;
  ticks: number;
  /** "YYYY-MM" of each tick. */
  dates: string[];
  /** Name and district of each community (by id). */
  names: string[];
  districts: string[];
  /** Stage codes (index into {@link STAGES}), month-major: stage[t × communities + c]. */
  stage: Uint8Array;
  /**
   * Variables (order of {@link SNAPSHOT_VARIABLES}), variable- then month-major:
   * values[(v × ticks + t) × communities + c]; NaN where undefined.
   */
  values: Float32Array;
  /** Months recorded so far (= ticks after a whole run). */
  recorded: number;
}

/** The stage code of community c now. */
export function stageOf(c: Community): number {
  switch (c.state) {
    case 'unlisted':
      return 0;
    case 'done':
      return c.renovatedAtStart ? 1 : 8;
    case 'listed':
      return 2;
    case 'consultation':
      return 3;
    case 'vote':
      return 4;
    case 'funding':
      return 5;
    case 'approval':
      return 6;
    case 'construction':
      return 7;
    case 'operation':
      return 8;
    case 'stalled':
      return 9;
  }
}

/** An onTick observer and the snapshots it fills. */
export interface SnapshotRecorder {
  observe: (w: World) => void;
  /** Null until the first month is observed. */
  readonly snapshots: CommunitySnapshots | null;
}

/** A fresh recorder; pass its `observe` as `runOne`'s `onTick`. */
export function newSnapshotRecorder(): SnapshotRecorder {
  let s: CommunitySnapshots | null = null;
  let consulted = new Uint8Array(0);
  const means: CommunityMeans = { awareness: 0, trust: 0, opinion: 0, participation: 0 };
  const observe = (w: World): void => {
    const cs = w.communities;
    const n = cs.length;
    if (!s) {
      const ticks = w.clock.ticks;
      const start = w.scenario.calendar.start;
      s = {
        communities: n,
        ticks,
        dates: Array.from({ length: ticks }, (_, t) => tickLabel(start, t)),
        names: cs.map((c) => c.name),
        districts: cs.map((c) => c.district),
        stage: new Uint8Array(ticks * n),
        values: new Float32Array(SNAPSHOT_VARIABLES.length * ticks * n),
        recorded: 0,
      };
      consulted = new Uint8Array(n);
    }
    const t = w.clock.tick;
    if (t >= s.ticks) return;
    const plane = s.ticks * n;
    const base = t * n;
    const v = s.values;
    for (let i = 0; i < n; i++) {
      const c = cs[i];
      const stage = stageOf(c);
      s.stage[base + i] = stage;
      if (stage === 3) consulted[i] = 1;
      communityMeans(w, c, means);
      v[base + i] = consulted[i] === 1 ? means.participation : Number.NaN;
      v[plane + base + i] = c.votes > 0 ? c.consentShare : Number.NaN;
      v[2 * plane + base + i] = c.hhEnd > c.hhStart ? means.trust : Number.NaN;
      v[3 * plane + base + i] = c.q;
      v[4 * plane + base + i] = w.ledger.communityFundRmb(c.id);
    }
    s.recorded = t + 1;
  };
  return {
    observe,
    get snapshots() {
      return s;
    },
  };
}

/** One run of `scenario` with seed `seed`, recording per-community snapshots. */
export function runWithSnapshots(
  scenario: Parameters<typeof runOne>[0],
  seed: number,
): { result: RunResult; snapshots: CommunitySnapshots } {
  const rec = newSnapshotRecorder();
  const result = runOne(scenario, seed, { onTick: rec.observe });
  if (!rec.snapshots) throw new Error('the run recorded no month');
  return { result, snapshots: rec.snapshots };
}

/** The value of variable `v` for community c at tick t (NaN where undefined). */
export function snapshotValue(s: CommunitySnapshots, v: SnapshotVariable, t: number, c: number): number {
  const k = SNAPSHOT_VARIABLES.indexOf(v);
  return s.values[(k * s.ticks + t) * s.communities + c];
}

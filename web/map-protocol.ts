/** Messages between the explorer page's city map and the worker that records its run. */
import type { Scenario } from '../scenarios/schema.js';
import type { CommunitySnapshots } from '../sim/model/community-snapshots.js';
import type { TraceEvent } from '../sim/model/trace.js';

/**
 * Page → worker: run `seed` with the per-community observer and the event log on, and keep the
 * log for the timelines that follow; or send the timeline of one community of that run.
 */
export type MapRequest =
  | { kind: 'map'; id: number; seed: number; scenario: Scenario }
  | { kind: 'timeline'; id: number; community: number };

/** Worker → page: the run's snapshots (buffers transferred), a community's events, or an error. */
export type MapResponse =
  | { kind: 'map'; id: number; seed: number; snapshots: CommunitySnapshots }
  | { kind: 'timeline'; id: number; community: number; events: TraceEvent[] }
  | { kind: 'mapError'; id: number; message: string };

/**
 * The city map's side of the explorer's worker: one run of the chosen seed with the per-community
 * observer (sim/model/community-snapshots.ts) and the event log (sim/model/trace.ts) on, whose
 * snapshots go to the page (buffers transferred) and whose log stays here to answer the page's
 * timeline requests. The same seed gives the same run as the ensemble's and as `cogov trace`.
 */
import { newSnapshotRecorder } from '../sim/model/community-snapshots.js';
import { runOne } from '../sim/model/run.js';
import { type TraceEvent, timeline } from '../sim/model/trace.js';
import type { MapRequest, MapResponse } from './map-protocol.js';

let events: readonly TraceEvent[] = [];

/** Answer one map request; `post` sends the response with the buffers to transfer. */
export function handleMapRequest(
  req: MapRequest,
  post: (m: MapResponse, transfer: Transferable[]) => void,
): void {
  try {
    if (req.kind === 'timeline') {
      post(
        { kind: 'timeline', id: req.id, community: req.community, events: timeline(events, req.community) },
        [],
      );
      return;
    }
    events = [];
    const rec = newSnapshotRecorder();
    const result = runOne(req.scenario, req.seed, { onTick: rec.observe, trace: {} });
    const s = rec.snapshots;
    if (!s) throw new Error('the run recorded no month');
    events = result.events ?? [];
    post({ kind: 'map', id: req.id, seed: req.seed, snapshots: s }, [s.stage.buffer, s.values.buffer]);
  } catch (err) {
    post({ kind: 'mapError', id: req.id, message: err instanceof Error ? err.message : String(err) }, []);
  }
}

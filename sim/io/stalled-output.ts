/**
 * Writing stalled.json (sim/outputs/stalled.ts) into an output folder, atomically, from run 0 of
 * the ensemble re-run once with the event log (cogov run and cogov merge).
 */
import { join } from 'node:path';
import type { Scenario } from '../../scenarios/schema.js';
import type { StageHistory } from '../../viz/city-map-svg.js';
import { stageHistory } from '../../viz/io/citymap.js';
import { runSeed } from '../kernel/rng.js';
import { newSnapshotRecorder } from '../model/community-snapshots.js';
import { runOne } from '../model/run.js';
import { STALLED_FILE, type StalledReport, stalledJson, stalledReport } from '../outputs/stalled.js';
import { writeFileAtomic } from './atomic.js';
import { cogovVersion } from './version.js';

/** Write `dir/stalled.json`; returns its file name. */
export function writeStalledReport(dir: string, report: StalledReport): string {
  writeFileAtomic(join(dir, STALLED_FILE), stalledJson(report, cogovVersion()));
  return STALLED_FILE;
}

/**
 * Re-run run 0 of the ensemble (base seed `seed`) with the event log and the per-community observer: writes
 * stalled.json and returns its file name and run 0's stages for the report's small-multiples map.
 */
export function writeStalledOfRun0(
  out: string,
  scenario: Scenario,
  seed: number,
): { file: string; cityMap: StageHistory | null } {
  const rec = newSnapshotRecorder();
  const r = runOne(scenario, runSeed(seed, 0), { trace: {}, onTick: rec.observe });
  const file = writeStalledReport(out, stalledReport(r, 0, r.pending ?? Number.NaN));
  return { file, cityMap: rec.snapshots ? stageHistory(r.seed, rec.snapshots) : null };
}

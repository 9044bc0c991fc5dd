/** Writing stalled.json (sim/outputs/stalled.ts) into an output folder, atomically. */
import { join } from 'node:path';
import { STALLED_FILE, type StalledReport, stalledJson } from '../outputs/stalled.js';
import { writeFileAtomic } from './atomic.js';
import { cogovVersion } from './version.js';

/** Write `dir/stalled.json`; returns its file name. */
export function writeStalledReport(dir: string, report: StalledReport): string {
  writeFileAtomic(join(dir, STALLED_FILE), stalledJson(report, cogovVersion()));
  return STALLED_FILE;
}

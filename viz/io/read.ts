/**
 * Reading an output folder (Node side): chart.js's UMD build for inlining, and the ensemble's
 * curves.csv, summary.json, manifest.json and stalled.json (when present) as {@link ReportData}.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ReportInputError } from '../../sim/outputs/errors.js';
import { parseStalledReport, STALLED_FILE } from '../../sim/outputs/stalled.js';
import { reportData } from '../parse.js';
import type { ReportData } from '../types.js';

let chartJsCache: string | undefined;

/** The source of chart.js's minified UMD build (`chart.js/dist/chart.umd.min.js`). */
export function chartJsUmdSource(): string {
  if (chartJsCache === undefined) {
    const main = createRequire(import.meta.url).resolve('chart.js');
    chartJsCache = readFileSync(join(dirname(main), 'chart.umd.min.js'), 'utf8');
  }
  return chartJsCache;
}

function readIfPresent(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Read the report's data from an ensemble's output folder; throws {@link ReportInputError} when unusable. */
export function readReportData(dir: string): ReportData {
  const curves = join(dir, 'curves.csv');
  if (!existsSync(dir)) throw new ReportInputError(`${dir} does not exist`);
  if (!existsSync(curves)) throw new ReportInputError(`${curves} is missing`);
  const data = reportData({
    curves: readFileSync(curves, 'utf8'),
    summary: readIfPresent(join(dir, 'summary.json')),
    manifest: readIfPresent(join(dir, 'manifest.json')),
  });
  const stalledPath = join(dir, STALLED_FILE);
  const stalled = readIfPresent(stalledPath);
  if (stalled !== undefined) data.stalled = parseStalledReport(stalled, stalledPath);
  return data;
}

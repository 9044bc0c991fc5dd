/**
 * stalled.json of `cogov run`: the communities that never completed in one run of the ensemble (run
 * 0, re-run with the event log once the ensemble is done), the step where each stopped and why; the
 * run report's "stalled communities" table reads it. Writing (from a traced RunResult) and reading
 * (untrusted JSON coerced, undefined numbers NaN). Pure.
 */
import type { RunResult } from '../model/run.js';
import { STALL_REASONS, type StalledCommunity, type StallReason } from '../model/trace.js';
import { PROJECT_STATES, type ProjectState } from '../world/state.js';
import type { VoteThreshold } from '../world/trace.js';
import { arr, jsonNumber, num, parseJsonObject, rec, str, strings } from './json.js';
import { ReportInputError } from './errors.js';

/** File name in the output folder. */
export const STALLED_FILE = 'stalled.json';

/** One community that never completed (StalledCommunity without its last event, which is dated). */
export type StalledRow = Omit<StalledCommunity, 'last' | 'since'> & {
  /** "YYYY-MM" of its last project event (null when none). */
  lastDate: string | null;
};

/** The content of stalled.json. */
export interface StalledReport {
  /** Run index in the ensemble and its seed (as runOne takes it). */
  run: number;
  seed: number;
  /** First and last month of the run ("YYYY-MM"). */
  from: string;
  to: string;
  /** Communities pending at the start (not renovated before it). */
  pending: number;
  stalled: StalledRow[];
}

/** The report of a run made with the event log (`runOne(…, { trace: {} })`); pending at the start given. */
export function stalledReport(r: RunResult, run: number, pending: number): StalledReport {
  return {
    run,
    seed: r.seed,
    from: r.dates[0] ?? '',
    to: r.dates[r.dates.length - 1] ?? '',
    pending,
    stalled: (r.stalled ?? []).map(({ last, since: _since, ...row }) => ({
      ...row,
      lastDate: last ? last.date : null,
    })),
  };
}

/** stalled.json's text: numbers to 12 significant digits, NaN as null, with the writing version. */
export function stalledJson(report: StalledReport, cogovVersion: string): string {
  const rows = report.stalled.map((s) => ({
    ...s,
    needScore: jsonNumber(s.needScore),
    cutScore: jsonNumber(s.cutScore),
    needRmb: jsonNumber(s.needRmb),
  }));
  return `${JSON.stringify({ cogovVersion, ...report, stalled: rows }, null, 2)}\n`;
}

const THRESHOLDS: readonly VoteThreshold[] = ['quorumArea', 'quorumHeads', 'yesArea', 'yesHeads'];

function oneOf<T extends string>(v: unknown, values: readonly T[], file: string, what: string): T {
  if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
  throw new ReportInputError(
    `${file}: ${what} must be one of ${values.join(', ')}, got ${JSON.stringify(v)}`,
  );
}

/** Read stalled.json's text; throws ReportInputError naming `file` when it is not such a file. */
export function parseStalledReport(text: string, file: string): StalledReport {
  const o = parseJsonObject<StalledReport>(text, file);
  const stalled = arr(o.stalled).map((v, i): StalledRow => {
    const s = rec<StalledRow>(v);
    return {
      community: num(s.community),
      name: str(s.name) ?? '',
      district: str(s.district) ?? '',
      state: oneOf<ProjectState>(s.state, PROJECT_STATES, file, `stalled[${i}].state`),
      sinceDate: str(s.sinceDate) ?? '',
      reason: oneOf<StallReason>(s.reason, STALL_REASONS, file, `stalled[${i}].reason`),
      votes: num(s.votes),
      votesPassed: num(s.votesPassed),
      failed: strings(s.failed).filter((f): f is VoteThreshold => (THRESHOLDS as string[]).includes(f)),
      needScore: num(s.needScore),
      cutScore: num(s.cutScore),
      needRmb: num(s.needRmb),
      waitedMonths: num(s.waitedMonths),
      lastDate: str(s.lastDate),
    };
  });
  return {
    run: num(o.run),
    seed: num(o.seed),
    from: str(o.from) ?? '',
    to: str(o.to) ?? '',
    pending: num(o.pending),
    stalled,
  };
}

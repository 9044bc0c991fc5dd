/**
 * Output files of an optimisation, in the columns of their contract (sim/outputs/optimisation.ts):
 * runs.csv (and its journal, the same columns), evaluations.csv, pareto.csv and convergence.csv,
 * and the reading back of the journal on --resume. Numbers print through `fmt` (12 significant
 * digits); undefined values are empty cells.
 */
import { hypervolume } from '../analysis/hypervolume.js';
import type { FactorValue } from '../analysis/factors.js';
import type { OptimisationPlan } from '../experiments/optimisation-plan.js';
import type { CandidateEvaluation, GenerationSummary, OptimisationRun } from '../experiments/optimiser.js';
import { type CliKey, CliMessageError } from '../messages/catalog.js';
import { KEY_INDICATORS } from '../model/metrics.js';
import { csvLine, parseCsv } from '../outputs/csv.js';
import { CONVERGENCE_COLUMNS, evaluationsColumns, runsColumns } from '../outputs/optimisation.js';

/** A journal that does not belong to the optimisation, with its position. */
export class JournalError extends CliMessageError {
  constructor(key: CliKey, vars: Record<string, string | number>) {
    super(key, vars);
    this.name = 'JournalError';
  }
}

const cell = (v: FactorValue): string | number => (typeof v === 'boolean' ? String(v) : v);
const bool = (b: boolean): string => (b ? 'true' : 'false');

/** Header of runs.csv and of the journal. */
export function runsHeader(plan: OptimisationPlan): string {
  return csvLine(
    runsColumns(
      plan.levers.map((l) => l.name),
      plan.uncertainties.map((f) => f.name),
    ),
  );
}

/** The cells of a run before its indicators: what the journal must match on resume. */
function runPrefix(
  plan: OptimisationPlan,
  run: OptimisationRun,
  values: readonly FactorValue[],
): (string | number)[] {
  return [
    run.run,
    run.generation,
    run.candidate,
    plan.hasStates ? run.state : '',
    run.replicate,
    run.seed,
    ...values.map(cell),
    ...(plan.hasStates ? plan.states[run.state].map(cell) : []),
  ];
}

/** One row of runs.csv. */
export function runsRow(
  plan: OptimisationPlan,
  run: OptimisationRun,
  values: readonly FactorValue[],
  indicators: ArrayLike<number>,
): string {
  return csvLine([...runPrefix(plan, run, values), ...Array.from(indicators)]);
}

/** The complete rows of a journal (after its header), checked against the header of this plan. */
export function readJournal(
  text: string,
  plan: OptimisationPlan,
  source: string,
): { rows: string[][]; kept: string } {
  const cut = text.lastIndexOf('\n') + 1;
  const kept = text.slice(0, cut);
  let records: string[][];
  try {
    records = parseCsv(kept);
  } catch {
    throw new JournalError('journalIncomplete', { source });
  }
  const header = records.shift();
  if (header === undefined || csvLine(header) !== runsHeader(plan))
    throw new JournalError('journalColumns', { source });
  return { rows: records, kept };
}

/**
 * The indicators of journal row `fields` (line `line` of `source`) when it is the run `run` of this
 * plan; throws {@link JournalError} when it is another run or a value is not a number.
 */
export function journalIndicators(
  plan: OptimisationPlan,
  fields: readonly string[],
  run: OptimisationRun,
  values: readonly FactorValue[],
  where: string,
): Float64Array {
  const prefix = runPrefix(plan, run, values);
  const k = prefix.length;
  if (fields.length !== k + KEY_INDICATORS.length || csvLine(fields.slice(0, k)) !== csvLine(prefix))
    throw new JournalError('journalMismatch', { where, run: run.run });
  return Float64Array.from(fields.slice(k), (s, j) => {
    const v = s === '' ? Number.NaN : Number(s);
    if (s !== '' && (s.trim() === '' || !Number.isFinite(v)))
      throw new JournalError('journalValue', {
        where,
        column: KEY_INDICATORS[j].name,
        value: s.slice(0, 40),
      });
    return v;
  });
}

/** evaluations.csv or pareto.csv: the header and one row per evaluation. */
export function evaluationsCsv(plan: OptimisationPlan, rows: readonly CandidateEvaluation[]): string {
  const lines = [
    csvLine(
      evaluationsColumns(
        plan.levers.map((l) => l.name),
        plan.objectives.map((o) => o.name),
        plan.constraints.map((c) => c.name),
      ),
    ),
  ];
  for (const r of rows) {
    lines.push(
      csvLine([
        r.generation,
        r.candidate,
        ...r.values.map(cell),
        r.replicates,
        r.runs,
        ...r.objectives.flatMap((o) => [o.value, o.mean, o.low, o.high]),
        ...r.constraints.flatMap((c) => [c.value, bool(c.ok)]),
        bool(r.feasible),
        r.violation,
        r.rank,
        r.crowding,
        bool(r.survived),
      ]),
    );
  }
  return lines.join('');
}

/** How convergence.csv's hypervolume is normalised: the ideal and nadir of every generation's front. */
export interface HypervolumeScale {
  /** Best and worst value of each objective's `o` column over every generation's front (NaN: none). */
  ideal: number[];
  nadir: number[];
  reference: number[];
}

/** Reference point of the normalised hypervolume (each objective scaled to [0, 1]). */
export const HYPERVOLUME_REFERENCE = 1.1;

/** The scale of the hypervolume over these generations' fronts. */
export function hypervolumeScale(
  plan: OptimisationPlan,
  summaries: readonly GenerationSummary[],
): HypervolumeScale {
  const m = plan.objectives.length;
  const ideal = new Array<number>(m).fill(Number.NaN);
  const nadir = new Array<number>(m).fill(Number.NaN);
  for (const s of summaries)
    for (const p of s.front)
      plan.objectives.forEach((o, j) => {
        const better = (a: number, b: number) => (o.valueDirection === 'max' ? a > b : a < b);
        if (Number.isNaN(ideal[j]) || better(p[j], ideal[j])) ideal[j] = p[j];
        if (Number.isNaN(nadir[j]) || better(nadir[j], p[j])) nadir[j] = p[j];
      });
  return { ideal, nadir, reference: new Array<number>(m).fill(HYPERVOLUME_REFERENCE) };
}

/** A front's hypervolume with each objective scaled so that ideal → 0 and nadir → 1 (minimised). */
export function scaledHypervolume(front: readonly number[][], scale: HypervolumeScale): number {
  const points = front.map((p) =>
    p.map((v, j) => {
      const range = Math.abs(scale.nadir[j] - scale.ideal[j]);
      return range > 0 ? Math.abs(v - scale.ideal[j]) / range : 0;
    }),
  );
  return hypervolume(points, scale.reference);
}

/** convergence.csv: one row per generation. */
export function convergenceCsv(summaries: readonly GenerationSummary[], scale: HypervolumeScale): string {
  const lines = [csvLine(CONVERGENCE_COLUMNS)];
  for (const s of summaries)
    lines.push(
      csvLine([
        s.generation,
        s.runs,
        s.candidates,
        scaledHypervolume(s.front, scale),
        s.front.length,
        s.feasibleShare,
      ]),
    );
  return lines.join('');
}

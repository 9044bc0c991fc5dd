/**
 * A sensitivity analysis (Morris or Sobol experiment): the design's runs (a sweep) or rows read from
 * an earlier sweep's points.csv files, analysed into morris.csv or sobol.csv and sensitivity.json,
 * with manifest.json and report.html beside them. `cogov sensitivity` is a thin shell over this.
 */
import type { Lang } from '../kernel/i18n.js';
import { join } from 'node:path';
import { writeSensitivityReport } from '../../viz/io/experiment-report.js';
import type { PointRow } from '../experiments/plan.js';
import { analyseSensitivity, MORRIS_BOOTSTRAP, type SensitivityReport } from '../experiments/sensitivity.js';
import { writeFileAtomic } from '../io/atomic.js';
import type { LoadedExperiment } from './experiment-file.js';
import { morrisCsv, sensitivityJson, sobolCsv } from './experiment-io.js';
import { experimentManifest, runSweep, type SweepOptions, type SweepReport } from './sweep-run.js';

/** How the rows analysed came to be, for the manifest. */
export interface SensitivityRows {
  rows: PointRow[];
  /** Files the sweep wrote into the output folder (none when the rows were read from elsewhere). */
  files: string[];
  wallTimeSeconds: number;
  resumed: number;
  workers: number;
}

/** What a sensitivity analysis wrote. */
export interface SensitivityRun {
  report: SensitivityReport;
  /** Every file written into the output folder, in order; manifest.json last. */
  files: string[];
  /** The sweep run for the analysis (absent when rows were given). */
  sweep?: SweepReport;
}

/** Thrown when the experiment's design is neither Morris nor Sobol. */
export class NotSensitivityDesignError extends Error {
  constructor(readonly type: string) {
    super(`a sensitivity analysis needs a morris or sobol design, not ${type}`);
    this.name = 'NotSensitivityDesignError';
  }
}

/** The experiment's design type, when a sensitivity analysis can be made of it. */
function sensitivityDesign(loaded: LoadedExperiment): 'morris' | 'sobol' {
  const type = loaded.plan.design.type;
  if (type !== 'morris' && type !== 'sobol') throw new NotSensitivityDesignError(type);
  return type;
}

/**
 * Analyse the rows of a Morris or Sobol experiment and write morris.csv or sobol.csv,
 * sensitivity.json, manifest.json and report.html into `out`.
 */
export function writeSensitivity(
  loaded: LoadedExperiment,
  from: SensitivityRows,
  opts: { out: string; command?: string; lang?: Lang },
): Omit<SensitivityRun, 'sweep'> {
  const type = sensitivityDesign(loaded);
  const report = analyseSensitivity(loaded.plan, from.rows, loaded.experiment.indicators);
  const table = type === 'morris' ? 'morris.csv' : 'sobol.csv';
  writeFileAtomic(join(opts.out, table), type === 'morris' ? morrisCsv(report) : sobolCsv(report));
  const { start, end, keyYear } = loaded.base.scenario.calendar;
  const spec = loaded.plan.design.spec;
  const head = {
    experiment: loaded.file,
    seed: loaded.plan.seed,
    runs: loaded.plan.runs,
    bootstrap: spec.type === 'sobol' ? spec.bootstrap : MORRIS_BOOTSTRAP,
    calendar: { start, end, keyYear },
  };
  writeFileAtomic(join(opts.out, 'sensitivity.json'), sensitivityJson(report, head));
  const files = [...from.files, table, 'sensitivity.json', 'manifest.json'];
  const manifest = experimentManifest(loaded, {
    first: 0,
    end: loaded.plan.runs,
    wallTimeSeconds: from.wallTimeSeconds,
    resumed: from.resumed,
    workers: from.workers,
    files,
    ...(opts.command !== undefined ? { command: opts.command } : {}),
  });
  writeFileAtomic(join(opts.out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeSensitivityReport(opts.out, opts.lang ? { lang: opts.lang } : {});
  return { report, files };
}

/**
 * Run a Morris or Sobol experiment's design (a sweep into `opts.out`, resumable like any sweep) and
 * write its sensitivity analysis there. The whole design is run: shards are for `runSweep`, whose
 * points.csv files can then be analysed with {@link writeSensitivity}.
 */
export async function runSensitivity(
  loaded: LoadedExperiment,
  opts: Omit<SweepOptions, 'shard'> & { lang?: Lang },
): Promise<SensitivityRun> {
  sensitivityDesign(loaded); // before the sweep: a grid design fails at once, not after its runs
  const { lang, ...sweepOpts } = opts;
  const sweep = await runSweep(loaded, sweepOpts);
  const written = writeSensitivity(
    loaded,
    { ...sweep, files: sweep.files.filter((f) => f !== 'manifest.json') },
    {
      out: opts.out,
      ...(opts.command !== undefined ? { command: opts.command } : {}),
      ...(lang ? { lang } : {}),
    },
  );
  return { ...written, sweep };
}

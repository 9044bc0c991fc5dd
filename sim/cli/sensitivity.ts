/**
 * `cogov sensitivity EXP.yaml --out DIR`: run a Morris or Sobol experiment (or read its points.csv
 * files with --points) and write morris.csv or sobol.csv and sensitivity.json; warnings about designs
 * too small for stable indices go to stderr and into the JSON.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { writeSensitivityReport } from '../../viz/io/experiment-report.js';
import type { PointRow } from '../experiments/plan.js';
import { analyseSensitivity, type SensitivityReport } from '../experiments/sensitivity.js';
import { fmt } from '../io/csv.js';
import { writeFileAtomic } from '../io/atomic.js';
import { usageError } from './errors.js';
import { loadExperimentFile } from './experiment-file.js';
import { morrisCsv, parsePointsCsv, sensitivityJson, sobolCsv } from './experiment-io.js';
import type { CliIo } from './main.js';
import { shellQuote } from './merge.js';
import { experimentManifest } from './sweep-run.js';
import { sweepSummary, sweepWithProgress, workersOption } from './sweep.js';

interface SensitivityFlags {
  out: string;
  points?: string[];
  resume?: boolean;
  quiet?: boolean;
  workers?: number;
}

/** Rows from points.csv files (e.g. the shards of one sweep); each run must appear once. */
function readPoints(files: string[], loaded: ReturnType<typeof loadExperimentFile>): PointRow[] {
  const byRun = new Map<number, PointRow>();
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw usageError(
        `cogov sensitivity: cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    let rows: PointRow[];
    try {
      rows = parsePointsCsv(text, loaded.plan, file);
    } catch (err) {
      throw usageError(`cogov sensitivity: ${err instanceof Error ? err.message : String(err)}`);
    }
    for (const r of rows) {
      if (byRun.has(r.run)) throw usageError(`cogov sensitivity: run ${r.run} appears twice (in ${file})`);
      byRun.set(r.run, r);
    }
  }
  const missing = loaded.plan.runs - byRun.size;
  if (missing > 0) {
    throw usageError(
      `cogov sensitivity: ${missing} of ${loaded.plan.runs} runs are missing from ${files.join(', ')}`,
    );
  }
  return [...byRun.values()];
}

/** The most influential factors of each indicator, one line each. */
function summaryLines(report: SensitivityReport): string {
  return report.indicators
    .map((ind) => {
      const score = (i: number) => (report.design === 'morris' ? ind.morris![i].muStar : ind.sobol![i].st);
      const top = report.factors
        .map((name, i) => ({ name, v: score(i) }))
        .filter((x) => Number.isFinite(x.v))
        .sort((a, b) => b.v - a.v)
        .slice(0, 3)
        .map((x) => `${x.name} ${fmt(Number(x.v.toPrecision(3)))}`);
      const what = report.design === 'morris' ? 'mu*' : 'ST';
      return `  ${ind.indicator}: ${top.length > 0 ? top.join(', ') : '(no variation)'} (${what})\n`;
    })
    .join('');
}

/** Register `sensitivity` on the program. */
export function registerSensitivity(program: Command, io: CliIo): void {
  const cmd = program
    .command('sensitivity')
    .description(
      'global sensitivity analysis of a morris or sobol experiment: morris.csv (mu, mu*, sigma) or sobol.csv (S1, ST with bootstrap CIs) and sensitivity.json',
    )
    .argument('<experiment>', 'experiment YAML file with a morris or sobol design')
    .requiredOption('-o, --out <dir>', 'output folder')
    .option(
      '--points <files...>',
      'analyse these points.csv files (e.g. sweep shards) instead of running the design',
    )
    .option('--resume', 'continue an interrupted run of the design in the output folder')
    .option('-q, --quiet', 'print nothing on success (no progress either)');
  workersOption(cmd).action(async (file: string, opts: SensitivityFlags) => {
    const loaded = loadExperimentFile(file);
    const type = loaded.plan.design.type;
    if (type !== 'morris' && type !== 'sobol') {
      throw usageError(
        `cogov sensitivity: ${file} has a ${type} design; sensitivity indices need morris or sobol`,
      );
    }
    let rows: PointRow[];
    let files: string[] = [];
    let run = { wallTimeSeconds: 0, resumed: 0, workers: 1 };
    if (opts.points) rows = readPoints(opts.points, loaded);
    else {
      const sweep = await sweepWithProgress(file, loaded, opts, io, 'sensitivity');
      if (!opts.quiet) io.out(sweepSummary(loaded, sweep, opts.out));
      rows = sweep.rows;
      files = sweep.files.filter((f) => f !== 'manifest.json');
      run = sweep;
    }
    const report = analyseSensitivity(loaded.plan, rows, loaded.experiment.indicators);
    const table = type === 'morris' ? 'morris.csv' : 'sobol.csv';
    writeFileAtomic(join(opts.out, table), type === 'morris' ? morrisCsv(report) : sobolCsv(report));
    const head = { experiment: loaded.file, seed: loaded.plan.seed, runs: loaded.plan.runs };
    writeFileAtomic(join(opts.out, 'sensitivity.json'), sensitivityJson(report, head));
    files = [...files, table, 'sensitivity.json', 'manifest.json'];
    const manifest = experimentManifest(loaded, {
      first: 0,
      end: loaded.plan.runs,
      wallTimeSeconds: run.wallTimeSeconds,
      resumed: run.resumed,
      workers: run.workers,
      files,
      command: [
        'cogov',
        'sensitivity',
        file,
        ...(opts.points ? ['--points', ...opts.points] : []),
        '--out',
        opts.out,
      ]
        .map(shellQuote)
        .join(' '),
    });
    writeFileAtomic(join(opts.out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    writeSensitivityReport(opts.out, { lang: loaded.base.scenario.language });
    const warnings = new Map<string, string[]>();
    for (const ind of report.indicators) {
      for (const w of ind.warnings) warnings.set(w, [...(warnings.get(w) ?? []), ind.indicator]);
    }
    for (const [w, names] of warnings) io.err(`cogov: warning: ${w} (${names.join(', ')})\n`);
    if (!opts.quiet) {
      io.out(
        `most influential factors:\n${summaryLines(report)}wrote ${files.map((f) => `${opts.out}/${f}`).join(', ')}\n`,
      );
    }
  });
}

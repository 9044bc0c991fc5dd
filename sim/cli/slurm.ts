/**
 * `cogov slurm FILE --runs N --tasks K` (or `cogov slurm --sweep EXP.yaml --tasks K`): write a
 * ready-to-submit Slurm job array (task k runs `--shard k/K`), a dependent merge job and `submit.sh`.
 * Nothing is submitted: the scripts are plain files to read, edit and `bash submit.sh`.
 */
import { formatArg, formatWords } from './format.js';
import type { OutputFormat } from '../outputs/parquet.js';
import type { Lang } from '../kernel/i18n.js';
import { chmodSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Command, InvalidArgumentError } from 'commander';
import { loadScenarioFile } from '../../scenarios/load.js';
import { scenarioIdOf } from '../ensemble/ensemble.js';
import { MAX_RUNS, MAX_SEED, shardRange } from '../ensemble/plan.js';
import { writeFileAtomic } from '../io/atomic.js';
import { intArg } from './args.js';
import { usageError } from './errors.js';
import { loadExperimentFile } from '../batch/experiment-file.js';
import type { CliIo } from './common.js';
import { hasControlCharacter, shellQuote } from '../cluster/shell.js';
import { type CliKey, type CliSession, msg } from '../messages/catalog.js';
import { langArg } from './common.js';
import { SLURM_FILES, type SlurmJob, slurmScripts } from '../cluster/slurm-scripts.js';
import { makeDir } from '../io/make-dir.js';
import { foreignOutputs } from '../io/own-files.js';

interface SlurmFlags {
  sweep?: string;
  runs?: number;
  seed?: number;
  tasks: number;
  workers?: number;
  cpus: number;
  out?: string;
  scriptDir?: string;
  partition?: string;
  account?: string;
  time?: string;
  mem?: string;
  cogov?: string;
  trajectories?: boolean;
  format?: OutputFormat;
  quiet?: boolean;
  lang?: Lang;
}

/** A commander parser accepting values that match `re` (they go into `#SBATCH` lines verbatim). */
function matching(flag: string, re: RegExp, what: CliKey, lang: Lang) {
  return (v: string): string => {
    if (!re.test(v)) {
      throw new InvalidArgumentError(msg(lang, 'slurmMustBe', { flag, what: msg(lang, what), value: v }));
    }
    return v;
  };
}

const SLURM_TIME = /^(\d+-\d+(:\d+){0,2}|\d+(:\d+){0,2}|UNLIMITED|INFINITE)$/;

/**
 * The command that starts this very cogov inside a job: this Node binary and this package's
 * bin/cogov.js, both absolute (the usual set-up of a cluster: one shared file system).
 */
export function defaultCogovCommand(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const bin = join(dir, 'bin', 'cogov.js');
    if (existsSync(bin) && existsSync(join(dir, 'package.json'))) {
      return `${shellQuote(process.execPath)} ${shellQuote(bin)}`;
    }
    dir = dirname(dir);
  }
  return 'cogov';
}

/**
 * Refuse a path holding a control character: a newline in a path written into a script would start a
 * new line, that is a command run when the job starts. (The scripts quote every path on one line
 * anyway; a path that cannot be written plainly is refused rather than run under an escaped name.)
 */
function refuseControlCharacters(lang: Lang, paths: readonly [CliKey, string | undefined][]): void {
  for (const [what, path] of paths) {
    if (path !== undefined && hasControlCharacter(path)) {
      throw usageError(msg(lang, 'slurmControlChar', { what: msg(lang, what), path: JSON.stringify(path) }));
    }
  }
}

/**
 * Resolve the flags into a job (loading the scenario or experiment to check it and fix runs and seed)
 * and the language of the messages: --lang, else the language of the scenario read.
 */
function resolveJob(file: string | undefined, f: SlurmFlags): { job: SlurmJob; lang: Lang } {
  let lang = f.lang ?? 'en';
  if ((file === undefined) === (f.sweep === undefined)) throw usageError(msg(lang, 'slurmFileOrSweep'));
  refuseControlCharacters(lang, [
    ['slurmWhatFile', file ?? f.sweep],
    ['slurmWhatOut', f.out],
    ['slurmWhatScriptDir', f.scriptDir],
  ]);
  if (f.cogov !== undefined && (hasControlCharacter(f.cogov) || f.cogov.trim() === '')) {
    throw usageError(msg(lang, 'slurmCogovLine'));
  }
  let job: Omit<SlurmJob, 'out' | 'scriptDir'> & { id: string };
  const common = {
    tasks: f.tasks,
    cpus: f.cpus,
    cogov: f.cogov ?? defaultCogovCommand(),
    partition: f.partition,
    account: f.account,
    time: f.time,
    mem: f.mem,
  };
  if (f.sweep !== undefined) {
    const given = (['runs', 'seed', 'workers', 'trajectories', 'format'] as const).filter(
      (k) => f[k] !== undefined,
    );
    if (given.length > 0) {
      throw usageError(msg(lang, 'slurmSweepFlags', { flags: given.map((k) => `--${k}`).join(', ') }));
    }
    const loaded = loadExperimentFile(f.sweep, { lang: f.lang });
    lang = f.lang ?? loaded.base.scenario.language;
    const type = loaded.plan.design.type;
    const id = scenarioIdOf(f.sweep);
    job = {
      ...common,
      kind: 'sweep',
      id,
      file: resolve(f.sweep),
      runs: loaded.plan.runs,
      seed: loaded.plan.seed,
      workers: 1,
      jobName: jobName(id),
      sensitivity: type === 'morris' || type === 'sobol',
    };
  } else {
    const loaded = loadScenarioFile(file!, { lang: f.lang });
    lang = f.lang ?? loaded.scenario.language;
    const id = scenarioIdOf(file!);
    job = {
      ...common,
      kind: 'run',
      id,
      file: resolve(file!),
      runs: f.runs ?? loaded.scenario.ensemble.runs,
      seed: f.seed ?? loaded.scenario.ensemble.seed,
      workers: f.workers ?? f.cpus,
      jobName: jobName(id),
      trajectories: f.trajectories,
      format: f.format,
    };
  }
  if (job.tasks > job.runs) {
    throw usageError(msg(lang, 'slurmTooManyTasks', { runs: job.runs, tasks: job.tasks }));
  }
  const out = resolve(f.out ?? join('out', job.id));
  const scriptDir = resolve(f.scriptDir ?? join(out, 'slurm'));
  if (/[\s%'"\\$`]/.test(scriptDir)) {
    throw usageError(msg(lang, 'slurmScriptDir', { dir: scriptDir }));
  }
  const { id: _, ...rest } = job;
  const resolved: SlurmJob = { ...rest, out, scriptDir };
  return { job: { ...resolved, command: slurmCommand(resolved, f.cogov !== undefined) }, lang };
}

/** The `cogov slurm` command line that makes these scripts again (flags in a fixed order). */
export function slurmCommand(job: SlurmJob, withCogov: boolean): string {
  const words = ['cogov', 'slurm'];
  if (job.kind === 'sweep') words.push('--sweep', job.file);
  else words.push(job.file, '--runs', String(job.runs), '--seed', String(job.seed));
  words.push('--tasks', String(job.tasks), '--cpus', String(job.cpus));
  if (job.kind === 'run') words.push('--workers', String(job.workers));
  for (const [flag, v] of [
    ['--partition', job.partition],
    ['--account', job.account],
    ['--time', job.time],
    ['--mem', job.mem],
  ] as const) {
    if (v !== undefined) words.push(flag, v);
  }
  if (withCogov) words.push('--cogov', job.cogov);
  if (job.trajectories) words.push('--trajectories');
  words.push(...formatWords(job.format));
  words.push('--out', job.out, '--script-dir', job.scriptDir);
  return words.map(shellQuote).join(' ');
}

/** A Slurm job name from a scenario id. */
function jobName(id: string): string {
  return `cogov-${id.replace(/[^\w.-]/g, '_')}`;
}

/** Write the scripts atomically; submit.sh is made executable. */
export function writeSlurmScripts(job: SlurmJob): string[] {
  const scripts = slurmScripts(job);
  const paths = (['array', 'merge', 'submit'] as const).map((k) => {
    const path = join(job.scriptDir, SLURM_FILES[k]);
    writeFileAtomic(path, scripts[k]);
    chmodSync(path, 0o755);
    return path;
  });
  makeDir(join(job.scriptDir, 'logs'));
  return paths;
}

/** Register `slurm` on the program. */
export function registerSlurm(program: Command, io: CliIo, session: CliSession = { lang: 'en' }): void {
  const flagLang = session.lang;
  program
    .command('slurm')
    .description(msg(flagLang, 'help.slurm.description'))
    .argument('[file]', msg(flagLang, 'help.slurm.arg.file'))
    .option('--sweep <experiment>', msg(flagLang, 'help.slurm.opt.sweep'))
    .requiredOption(
      '--tasks <k>',
      msg(flagLang, 'help.slurm.opt.tasks'),
      intArg('--tasks', 1, MAX_RUNS, flagLang),
    )
    .option('-n, --runs <n>', msg(flagLang, 'help.opt.runs'), intArg('--runs', 1, MAX_RUNS, flagLang))
    .option('-s, --seed <n>', msg(flagLang, 'help.opt.seed'), intArg('--seed', 0, MAX_SEED, flagLang))
    .option('--cpus <n>', msg(flagLang, 'help.slurm.opt.cpus'), intArg('--cpus', 1, 1024, flagLang), 1)
    .option(
      '-w, --workers <n>',
      msg(flagLang, 'help.slurm.opt.workers'),
      intArg('--workers', 1, 1024, flagLang),
    )
    .option('-o, --out <dir>', msg(flagLang, 'help.slurm.opt.out'))
    .option('--script-dir <dir>', msg(flagLang, 'help.slurm.opt.scriptDir'))
    .option(
      '--partition <p>',
      msg(flagLang, 'help.slurm.opt.partition'),
      matching('--partition', /^[\w.,-]+$/, 'slurmPartitionName', flagLang),
    )
    .option(
      '--account <a>',
      msg(flagLang, 'help.slurm.opt.account'),
      matching('--account', /^[\w.-]+$/, 'slurmAccountName', flagLang),
    )
    .option(
      '--time <limit>',
      msg(flagLang, 'help.slurm.opt.time'),
      matching('--time', SLURM_TIME, 'slurmTimeLimit', flagLang),
    )
    .option(
      '--mem <size>',
      msg(flagLang, 'help.slurm.opt.mem'),
      matching('--mem', /^\d+[KMGT]?$/, 'slurmMemSize', flagLang),
    )
    .option('--cogov <cmd>', msg(flagLang, 'help.slurm.opt.cogov'))
    .option('--trajectories', msg(flagLang, 'help.slurm.opt.trajectories'))
    .option('--format <format>', msg(flagLang, 'help.opt.format'), formatArg(flagLang))
    .option('--lang <lang>', msg(flagLang, 'help.slurm.opt.lang'), langArg)
    .option('-q, --quiet', msg(flagLang, 'help.opt.quiet'))
    .action((file: string | undefined, opts: SlurmFlags) => {
      const { job, lang } = resolveJob(file, opts);
      session.lang = lang;
      const foreign = foreignOutputs(job.scriptDir, Object.values(SLURM_FILES));
      if (foreign.length > 0) {
        throw usageError(msg(lang, 'outForeign', { out: job.scriptDir, files: foreign.join(', ') }));
      }
      const paths = writeSlurmScripts(job);
      if (opts.quiet) return;
      const sizes = new Set(
        Array.from({ length: job.tasks }, (_, i) => {
          const r = shardRange(job.runs, { k: i + 1, n: job.tasks });
          return r.end - r.first;
        }),
      );
      const each = [...sizes].sort((a, b) => a - b).join('–');
      const plan = msg(lang, 'slurmPlan', {
        runs: job.runs,
        seed: job.seed,
        tasks: job.tasks,
        each,
        out: job.out,
      });
      const submit = msg(lang, 'slurmSubmit', { script: join(job.scriptDir, SLURM_FILES.submit) });
      io.out(`${msg(lang, 'wrote', { files: paths.join(', ') })}\n${plan}\n${submit}\n`);
    });
}

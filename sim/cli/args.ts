/**
 * Commander argument parsers with bounds and clear messages (exit 2 on a bad value), in the language
 * given on the command line (flags are parsed before any scenario is read).
 */
import type { Lang } from '../kernel/i18n.js';
import { availableParallelism } from 'node:os';
import { type Command, InvalidArgumentError } from 'commander';
import { MAX_RUNS, MAX_SEED, parseShard, type Shard } from '../ensemble/plan.js';
import { type CliKey, msg } from '../messages/catalog.js';

/** Parse an integer flag within bounds (commander argument parser). */
export function intArg(name: string, min: number, max: number, lang: Lang = 'en') {
  return (v: string): number => {
    const n = Number(v);
    if (!/^-?\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(msg(lang, 'intRange', { name, min, max, value: v }));
    }
    return n;
  };
}

/** Parse a number flag within bounds. */
export function numArg(name: string, min: number, max: number, lang: Lang = 'en') {
  return (v: string): number => {
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
      throw new InvalidArgumentError(msg(lang, 'numRange', { name, min, max, value: v }));
    }
    return n;
  };
}

/** Parse "k/n" for --shard. */
export function shardArg(lang: Lang = 'en') {
  return (v: string): Shard => {
    const shard = parseShard(v);
    if (!shard) throw new InvalidArgumentError(msg(lang, 'badShard', { value: v }));
    return shard;
  };
}

/** `-w, --workers <n>` (help states the default: the available cores). */
export function workersFlag(cmd: Command, flagLang: Lang, help: CliKey = 'help.opt.workers'): Command {
  return cmd.option(
    '-w, --workers <n>',
    msg(flagLang, help, { cores: availableParallelism() }),
    intArg('--workers', 1, 1024, flagLang),
  );
}

/** How a command words its ensemble options, and the fewest runs it accepts. */
export interface EnsembleFlagHelp {
  runs: CliKey;
  seed: CliKey;
  workers: CliKey;
  minRuns: number;
}

/** `-n, --runs`, `-s, --seed` and `-w, --workers`: the options of every command that runs ensembles. */
export function ensembleFlags(cmd: Command, flagLang: Lang, help: Partial<EnsembleFlagHelp> = {}): Command {
  const h: EnsembleFlagHelp = {
    runs: 'help.opt.runs',
    seed: 'help.opt.seed',
    workers: 'help.opt.workers',
    minRuns: 1,
    ...help,
  };
  cmd
    .option('-n, --runs <n>', msg(flagLang, h.runs), intArg('--runs', h.minRuns, MAX_RUNS, flagLang))
    .option('-s, --seed <n>', msg(flagLang, h.seed), intArg('--seed', 0, MAX_SEED, flagLang));
  return workersFlag(cmd, flagLang, h.workers);
}

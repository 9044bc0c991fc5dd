/**
 * Commander argument parsers with bounds and clear messages (exit 2 on a bad value), in the language
 * given on the command line (flags are parsed before any scenario is read).
 */
import { InvalidArgumentError } from 'commander';
import { parseShard, type Shard } from '../ensemble/plan.js';
import { type CliLang, msg } from '../messages/catalog.js';

/** Parse an integer flag within bounds (commander argument parser). */
export function intArg(name: string, min: number, max: number, lang: CliLang = 'en') {
  return (v: string): number => {
    const n = Number(v);
    if (!/^-?\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(msg(lang, 'intRange', { name, min, max, value: v }));
    }
    return n;
  };
}

/** Parse a number flag within bounds. */
export function numArg(name: string, min: number, max: number, lang: CliLang = 'en') {
  return (v: string): number => {
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
      throw new InvalidArgumentError(msg(lang, 'numRange', { name, min, max, value: v }));
    }
    return n;
  };
}

/** Parse "k/n" for --shard. */
export function shardArg(lang: CliLang = 'en') {
  return (v: string): Shard => {
    const shard = parseShard(v);
    if (!shard) throw new InvalidArgumentError(msg(lang, 'badShard', { value: v }));
    return shard;
  };
}

/** `--format csv|parquet` of run, merge and sweep: the flag's parser (exit 2 on a bad value). */
import { type Command, InvalidArgumentError } from 'commander';
import type { Lang } from '../kernel/i18n.js';
import { msg } from '../messages/catalog.js';
import { parquetMessage } from '../messages/parquet.js';
import { isOutputFormat, type OutputFormat } from '../outputs/parquet.js';

/** Parse `--format` (commander argument parser). */
export function formatArg(lang: Lang = 'en') {
  return (v: string): OutputFormat => {
    if (!isOutputFormat(v)) throw new InvalidArgumentError(parquetMessage(lang, 'badFormat', { value: v }));
    return v;
  };
}

/** Add `--format <csv|parquet>` to a command. */
export function formatFlag(cmd: Command, flagLang: Lang): Command {
  return cmd.option('--format <format>', msg(flagLang, 'help.opt.format'), formatArg(flagLang));
}

/** The words of `--format` in a recorded command line (none for the default csv). */
export function formatWords(format: OutputFormat | undefined): string[] {
  return format === 'parquet' ? ['--format', 'parquet'] : [];
}

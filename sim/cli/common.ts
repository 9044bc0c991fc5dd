/** The leaves every `cogov` command shares: its output streams and the `--lang` argument parser. */
import { InvalidArgumentError } from 'commander';
import { t } from '../../viz/i18n.js';
import { isLang, type Lang } from '../kernel/i18n.js';

/** Output streams, injectable so tests can build the CLI in-process. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Parse a `--lang` flag (commander argument parser): en or zh. */
export function langArg(v: string): Lang {
  if (!isLang(v)) {
    throw new InvalidArgumentError(
      `${t('en', 'cliBadLang', { lang: v })} / ${t('zh', 'cliBadLang', { lang: v })}`,
    );
  }
  return v;
}

/**
 * The words of `--format csv|parquet` (issue 15) in English and Chinese: the error for a bad value.
 */
import type { Lang } from '../kernel/i18n.js';
import { type MessageTables, message } from '../kernel/i18n.js';

const EN = {
  badFormat: '--format must be csv or parquet, not "{value}"',
};

const ZH: Record<keyof typeof EN, string> = {
  badFormat: '--format 只能是 csv 或 parquet，不能是 "{value}"',
};

/** The tables, exported for the test that every key has Chinese. */
export const PARQUET_MESSAGES: MessageTables<keyof typeof EN> = { en: EN, zh: ZH };

/** A message of `--format` in `lang`. */
export function parquetMessage(
  lang: Lang,
  key: keyof typeof EN,
  vars: Record<string, string | number> = {},
): string {
  return message(PARQUET_MESSAGES, lang, key, vars);
}

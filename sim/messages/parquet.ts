/**
 * The words of `--format csv|parquet` (issue 15) in English and Chinese: the error for a bad value
 * and the refusals where Parquet is not offered.
 */
import type { Lang } from '../kernel/i18n.js';
import { type MessageTables, message } from '../kernel/i18n.js';

const EN = {
  badFormat: '--format must be csv or parquet, not "{value}"',
  sweepShardParquet:
    '--format parquet cannot be combined with --shard: the shards of a sweep are combined from their points.csv; run the shards with csv',
};

const ZH: Record<keyof typeof EN, string> = {
  badFormat: '--format 只能是 csv 或 parquet，不能是 "{value}"',
  sweepShardParquet:
    '--format parquet 不能与 --shard 同用：扫描的各分片按其 points.csv 合并；请用 csv 运行分片',
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

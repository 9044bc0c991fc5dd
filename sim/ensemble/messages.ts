/**
 * The texts of {@link EnsembleInputError} in English and Chinese, one template per code with `{name}`
 * placeholders. The library throws with a code and its values, the error's `message` is the English
 * text, and the CLI says it again in the language of the command. Paths, shard labels, manifest keys
 * and values are the same in both languages; only the words around them change.
 *
 * Pure (no `node:*`, no I/O).
 */
import { type Lang, message, type TemplateVars } from '../kernel/i18n.js';

const EN = {
  noShards: 'merge needs at least one shard folder',
  outIsShard: 'the output folder {out} is one of the shards',
  manifestNotFound: '{path}: not found; expected the output folder of "cogov run --shard k/n"',
  manifestUnreadable: '{path}: unreadable; expected the output folder of "cogov run --shard k/n"',
  notShard: '{dir} is not a shard output (no shard in manifest.json, or no values.bin)',
  shardsDiffer: 'shards do not belong together: {key} is {first} in {firstDir} but {value} in {dir}',
  shardCountsDiffer: 'shards do not belong together: {firstDir} is one of {firstN} shards, {dir} one of {n}',
  otherLayout:
    '{dir} was written by a build with other metrics or key indicators ({layout}; this build writes {expected}): rerun the shard with this build',
  unknownLayout:
    '{dir} was written by a build with other metrics or key indicators (unknown; this build writes {expected}): rerun the shard with this build',
  otherVersion: 'shards were made by cogov {version}; this is cogov {current}',
  shardTwice: 'shard {shard} given twice: {first} and {second}',
  missingShard: 'missing shard {shards}',
  missingShards: 'missing shards {shards}',
  valuesDamaged: '{dir}: values.bin is damaged ({detail})',
  valuesLacksRun: '{dir}: values.bin lacks run {run} of shard {shard}',
  valuesOutside: '{dir}: values.bin holds runs outside shard {shard}',
  journalOther:
    'cannot resume: the journal in {dir} belongs to another ensemble ({key} {was}, now {now}); run without --resume to start over',
  journalUnreadable: 'cannot resume: {path} is unreadable ({detail}); run without --resume to start over',
  intRange: '{name} must be an integer between {min} and {max}, got {value}',
  journalInvalid:
    'cannot resume: {path} is damaged: {field} is {got}, not what cogov writes; run without --resume to start over',
  journalMissing: 'cannot resume: {path} is damaged: {field} is missing; run without --resume to start over',
  manifestInvalid:
    '{path} is damaged: {field} is {got}, not what "cogov run --shard k/n" writes; rerun that shard',
  manifestMissing: '{path} is damaged: {field} is missing; rerun that shard with "cogov run --shard k/n"',
} as const;

/** Code of an {@link EnsembleInputError}: which problem, independent of the language. */
export type EnsembleErrorCode = keyof typeof EN;

const ZH: Record<EnsembleErrorCode, string> = {
  noShards: 'merge 至少需要一个分片文件夹',
  outIsShard: '输出文件夹 {out} 是分片之一',
  manifestNotFound: '{path}：文件不存在；应为“cogov run --shard k/n”的输出文件夹',
  manifestUnreadable: '{path}：无法读取；应为“cogov run --shard k/n”的输出文件夹',
  notShard: '{dir} 不是分片输出（manifest.json 中没有 shard，或缺少 values.bin）',
  shardsDiffer: '分片不属于同一集合运行：{key} 在 {firstDir} 中为 {first}，在 {dir} 中却为 {value}',
  shardCountsDiffer: '分片不属于同一集合运行：{firstDir} 是 {firstN} 个分片之一，{dir} 是 {n} 个分片之一',
  otherLayout:
    '{dir} 由指标或关键指标不同的构建写入（{layout}；本构建写入 {expected}）：请用本构建重新运行该分片',
  unknownLayout:
    '{dir} 由指标或关键指标不同的构建写入（未知；本构建写入 {expected}）：请用本构建重新运行该分片',
  otherVersion: '这些分片由 cogov {version} 生成；当前是 cogov {current}',
  shardTwice: '分片 {shard} 给出了两次：{first} 和 {second}',
  missingShard: '缺少分片 {shards}',
  missingShards: '缺少分片 {shards}',
  valuesDamaged: '{dir}：values.bin 已损坏（{detail}）',
  valuesLacksRun: '{dir}：values.bin 缺少分片 {shard} 的运行 {run}',
  valuesOutside: '{dir}：values.bin 含有分片 {shard} 以外的运行',
  journalOther:
    '无法继续：{dir} 中的日志属于另一个集合运行（{key} 原为 {was}，现为 {now}）；去掉 --resume 即可重新开始',
  journalUnreadable: '无法继续：无法读取 {path}（{detail}）；去掉 --resume 即可重新开始',
  intRange: '{name} 必须是 {min} 到 {max} 之间的整数，收到 {value}',
  journalInvalid:
    '无法继续：{path} 已损坏：{field} 为 {got}，不是 cogov 写入的内容；去掉 --resume 即可重新开始',
  journalMissing: '无法继续：{path} 已损坏：缺少 {field}；去掉 --resume 即可重新开始',
  manifestInvalid: '{path} 已损坏：{field} 为 {got}，不是“cogov run --shard k/n”写入的内容；请重新运行该分片',
  manifestMissing: '{path} 已损坏：缺少 {field}；请用“cogov run --shard k/n”重新运行该分片',
};

/** Both tables, for the test that every code has both languages with the same placeholders. */
export const ENSEMBLE_MESSAGES: Readonly<Record<Lang, Readonly<Record<EnsembleErrorCode, string>>>> = {
  en: EN,
  zh: ZH,
};

/** Values of a message's placeholders. */
export type EnsembleVars = TemplateVars;

/** The message `code` in `lang` with its `{name}` placeholders filled; unknown ones stay as written. */
export function ensembleMsg(lang: Lang, code: EnsembleErrorCode, vars: EnsembleVars = {}): string {
  return message(ENSEMBLE_MESSAGES, lang, code, vars);
}

/**
 * The CLI's own messages in English and Chinese (`--lang`, default the scenario's language for
 * commands that read a scenario, else English). Messages of the scenario loader stay in English:
 * they name schema fields, which are English identifiers.
 */
export type CliLang = 'en' | 'zh';

const EN = {
  runs: '{n} runs',
  shard: 'shard {k} (runs {first}–{last} of {n})',
  alreadyDone: '{scenario}: {what}, seed {seed}: already finished in {out}; nothing to run',
  summary:
    '{scenario}: {what}, seed {seed}, {workers} worker{workersPlural}: {executed} run{executedPlural} in {time} ({rate} runs/s){resumed}',

  resumed: ', {n} resumed from the journal',
  wrote: 'wrote {files}',
  progress: 'runs {done}/{total}{resumed} · {rate} runs/s · ETA {eta}',
  progressResumed: ' ({n} resumed)',
  validOk: '{file}: ok',
  discardJournal:
    'cogov: discarding the journal of an unfinished ensemble in {out} (use --resume to continue it)',
  interrupted: 'cogov: {message}; finished runs are journaled in {out}. Continue with:\n  {command} --resume',
} as const;

export type CliKey = keyof typeof EN;

const ZH: Record<CliKey, string> = {
  runs: '{n} 次运行',
  shard: '分片 {k}（第 {first}–{last} 次运行，共 {n} 次）',
  alreadyDone: '{scenario}：{what}，种子 {seed}：{out} 中已全部完成，无需运行',
  summary:
    '{scenario}：{what}，种子 {seed}，{workers} 个工作线程：{executed} 次运行用时 {time}（每秒 {rate} 次）{resumed}',
  resumed: '，其中 {n} 次从日志恢复',
  wrote: '已写入 {files}',
  progress: '运行 {done}/{total}{resumed} · 每秒 {rate} 次 · 预计剩余 {eta}',
  progressResumed: '（{n} 次已恢复）',
  validOk: '{file}：有效',
  discardJournal: 'cogov：丢弃 {out} 中未完成集合运行的日志（如需继续请使用 --resume）',
  interrupted: 'cogov：{message}；已完成的运行记录在 {out} 的日志中。继续运行：\n  {command} --resume',
};

const TABLE: Record<CliLang, Record<CliKey, string>> = { en: EN, zh: ZH };

/** A CLI message in `lang` with `{name}` placeholders filled. */
export function msg(lang: CliLang, key: CliKey, vars: Record<string, string | number> = {}): string {
  return TABLE[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** Every key, for the coverage test. */
export const CLI_KEYS = Object.keys(EN) as CliKey[];

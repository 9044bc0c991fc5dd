/**
 * The scenario loader's messages in English and Chinese. Positions, field paths (the YAML keys) and
 * quoted values are the same in both; only the words around them change. The tables live in
 * messages/*.ts, one file per source of problems (file.ts: reading and YAML; schema.ts: values;
 * expr.ts: policy expressions; experiment.ts: experiment files; optimisation.ts: optimisation files); keys are unique across them.
 *
 * Pure (no `node:*`, no I/O): the browser explorer renders the same messages.
 */
import * as experiment from './messages/experiment.js';
import * as expr from './messages/expr.js';
import * as file from './messages/file.js';
import * as optimisation from './messages/optimisation.js';
import {
  fill,
  isMessage,
  joinWith,
  type Lang,
  LIST_SEPARATOR,
  LocalizedError,
  type Message,
  render,
  type Var,
} from './messages/render.js';
import * as schema from './messages/schema.js';

/** The message tables, one per file; exported for the test that keys are not repeated. */
export const PARTS = { file, schema, expr, experiment, optimisation } as const;

const EN = { ...file.EN, ...schema.EN, ...expr.EN, ...experiment.EN, ...optimisation.EN } as const;

export type LoaderKey = keyof typeof EN;

const ZH: Record<LoaderKey, string> = {
  ...file.ZH,
  ...schema.ZH,
  ...expr.ZH,
  ...experiment.ZH,
  ...optimisation.ZH,
};

/** Both tables, for the coverage test. */
export const LOADER_MESSAGES: Readonly<Record<Lang, Readonly<Record<LoaderKey, string>>>> = {
  en: EN,
  zh: ZH,
};

/** A message not yet rendered (see {@link Message}), with a key of these tables. */
export interface LoaderMessage extends Message {
  key: LoaderKey;
}

/** A placeholder's value: text, a number, a nested message, or a list. */
export type MsgVar = Var;

export { LocalizedError };

/** The message `key` in `lang` with its `{name}` placeholders filled; unknown placeholders stay as written. */
export function loaderMsg(lang: Lang, key: LoaderKey, vars: Readonly<Record<string, MsgVar>> = {}): string {
  return fill(LOADER_MESSAGES, lang, key, vars);
}

/** A message built earlier, in `lang`. */
export function renderMessage(lang: Lang, message: Message): string {
  return render(LOADER_MESSAGES, lang, message);
}

/**
 * `items` joined by the separator `sep` of `lang` (a comma by default); in Chinese with a space where
 * a word meets a Han character.
 */
export function joinList(lang: Lang, items: readonly string[], sep?: LoaderKey): string {
  return joinWith(lang, items, sep ? LOADER_MESSAGES[lang][sep] : LIST_SEPARATOR[lang]);
}

/** Placeholder names of a template, sorted and without repeats. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

/**
 * The options of a zod refinement or custom issue whose message has a key: `message` in English for
 * zod, and the message itself in `params`, where the loader finds it to render in another language.
 */
export function refinement(
  key: LoaderKey,
  vars?: Readonly<Record<string, MsgVar>>,
): { message: string; params: { loaderMessage: LoaderMessage } } {
  const loaderMessage: LoaderMessage = { key, vars };
  return { message: renderMessage('en', loaderMessage), params: { loaderMessage } };
}

/** An error's message in `lang` when it carries a message (a {@link LocalizedError}), else its message as is. */
export function localizedMessage(err: unknown, lang: Lang): string {
  const carried = (err as { loaderMessage?: unknown } | null)?.loaderMessage;
  if (isMessage(carried)) return renderMessage(lang, carried);
  return err instanceof Error ? err.message : String(err);
}

/**
 * A unit read from a field description ("share", "RMB per year"), in `lang`; undefined when it has
 * no translation (a description's last parentheses are not always a unit), so Chinese messages never
 * carry English words in place of a unit.
 */
export function unitIn(lang: Lang, unit: string): string | undefined {
  if (lang === 'en') return unit;
  return UNITS_ZH[unit] ?? (/[A-Za-z]/.test(unit) ? undefined : unit);
}

const UNITS_ZH: Record<string, string> = {
  share: '比例',
  'share per year': '每年比例',
  ratio: '比率',
  factor: '倍数',
  score: '分值',
  'coefficient of variation': '变异系数',
  year: '年份',
  years: '年',
  months: '月',
  days: '天',
  hours: '小时',
  runs: '运行次数',
  draws: '抽取次数',
  'unsigned 32-bit integer': '32 位无符号整数',
  communities: '社区数',
  households: '户数',
  units: '单元数',
  floors: '层数',
  floor: '层',
  items: '项数',
  firms: '企业数',
  partners: '伙伴数',
  teams: '队伍数',
  drills: '演练次数',
  points: '积分',
  'm²': '平方米',
  'm² per household': '每户平方米',
  'm² of floor per m² of site': '每平方米用地的建筑面积（平方米）',
  RMB: '元',
  'RMB per year': '元/年',
  'RMB per month': '元/月',
  'RMB per household': '元/户',
  'RMB per household per month': '元/户/月',
  'RMB per m²': '元/平方米',
  'RMB per m² per month': '元/平方米/月',
  'RMB per graduate': '元/名学员',
  'utility units': '效用单位',
  'utility per month': '每月效用',
  'opinion units': '意见单位',
  'log units': '对数单位',
  'strata per factor': '每个因子的分层数',
};

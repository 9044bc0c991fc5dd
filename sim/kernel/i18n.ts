/**
 * The two languages of cogov and its message tables: English and Chinese templates with `{name}`
 * placeholders, shared by the CLI's, the report's, the ensemble's, the scenario loader's and the
 * sensitivity warnings' tables. Pure.
 */

/** The languages of messages, reports and the explorer. */
export const LANGS = ['en', 'zh'] as const;

/** A language of messages, reports and the explorer. */
export type Lang = (typeof LANGS)[number];

/** Whether `v` names a language. */
export function isLang(v: unknown): v is Lang {
  return v === 'en' || v === 'zh';
}

/** One template per key, in each language. */
export type MessageTables<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

/** Placeholder values of a template. */
export type TemplateVars = Readonly<Record<string, string | number>>;

/** `template` with each `{name}` replaced by `vars[name]` as text; unknown names stay as written. */
export function fillTemplate(template: string, vars: TemplateVars = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : m,
  );
}

/** The message `key` of `tables` in `lang`, placeholders filled. */
export function message<K extends string>(
  tables: MessageTables<K>,
  lang: Lang,
  key: K,
  vars: TemplateVars = {},
): string {
  return fillTemplate(tables[lang][key], vars);
}

/**
 * Filling message templates: `{name}` placeholders, lists, nested messages, and the space Chinese
 * text takes around a number or a word. It knows no table: `../messages.ts` passes all of the
 * loader's, and `../expr.ts` only its own, so the explorer's worker, which compiles policy
 * expressions but never reads a file, does not carry every message. Pure.
 */

import type { Lang } from '../../sim/kernel/i18n.js';

/** Language of loader messages. */
export type { Lang };

/** Message templates by key, in both languages. */
export type Tables = Readonly<Record<Lang, Readonly<Record<string, string>>>>;

/**
 * A message not yet rendered: built where the language is not known (a zod refinement, a compiled
 * expression) and rendered where it is. `original` is a third-party library's own English text
 * (the YAML or mathjs parser), kept verbatim in English and replaced by the key's text otherwise.
 */
export interface Message {
  key: string;
  vars?: Readonly<Record<string, Var>>;
  original?: string;
}

/** A placeholder's value: text, a number, a nested message, or a list (joined by {@link LIST_SEPARATOR}). */
export type Var = string | number | Message | readonly Var[];

/** What separates the items of a list. */
export const LIST_SEPARATOR: Readonly<Record<Lang, string>> = { en: ', ', zh: '、' };

/** The template `key` in `lang` with its placeholders filled; unknown placeholders stay as written. */
export function fill(
  tables: Tables,
  lang: Lang,
  key: string,
  vars: Readonly<Record<string, Var>> = {},
): string {
  const template = tables[lang][key] ?? key;
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    pieces.push({ text: template.slice(last, m.index), value: false });
    const name = m[1];
    pieces.push(
      Object.hasOwn(vars, name)
        ? { text: renderVar(tables, lang, vars[name]), value: true }
        : { text: m[0], value: false },
    );
    last = m.index + m[0].length;
  }
  pieces.push({ text: template.slice(last), value: false });
  return concat(lang, pieces);
}

/** A message built earlier, in `lang`. */
export function render(tables: Tables, lang: Lang, message: Message): string {
  if (lang === 'en' && message.original !== undefined) return message.original;
  return fill(tables, lang, message.key, message.vars);
}

/** `items` joined by `separator` (in Chinese, with a space where a word meets a Han character). */
export function joinWith(lang: Lang, items: readonly string[], separator: string): string {
  const pieces: Piece[] = [];
  items.forEach((item, i) => {
    if (i > 0) pieces.push({ text: separator, value: false });
    pieces.push({ text: item, value: true });
  });
  return concat(lang, pieces);
}

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { key?: unknown }).key === 'string'
  );
}

/**
 * An Error whose message was built from a {@link Message}: `message` is English, as before, and
 * `localizedMessage` (../messages.ts) renders it in another language.
 */
export class LocalizedError extends Error {
  readonly loaderMessage: Message;

  constructor(message: Message, english: string, options?: ErrorOptions) {
    super(english, options);
    this.name = 'LocalizedError';
    this.loaderMessage = message;
  }
}

type Piece = { text: string; value: boolean };

const PLACEHOLDER = /\{(\w+)\}/g;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const WORD_START = /[\x21-\x7e]/;
const NO_SPACE_BEFORE = /[)\]},;:!?]/;
const NO_SPACE_AFTER = /[([{]/;

/**
 * Concatenates template text and filled-in values. In Chinese a space separates a Han character from
 * a word, number or quoted value next to it (`实际为 1.5`), where a value meets the template; the
 * template's own text and the values themselves are left as written.
 */
function concat(lang: Lang, pieces: readonly Piece[]): string {
  let out = '';
  let lastWasValue = false;
  for (const p of pieces) {
    if (p.text === '') continue;
    const boundary = out !== '' && (p.value || lastWasValue);
    if (lang === 'zh' && boundary && needsSpace(out[out.length - 1], p.text[0])) out += ' ';
    out += p.text;
    lastWasValue = p.value;
  }
  return out;
}

function needsSpace(before: string, after: string): boolean {
  if (HAN.test(before)) return WORD_START.test(after) && !NO_SPACE_BEFORE.test(after);
  return HAN.test(after) && WORD_START.test(before) && !NO_SPACE_AFTER.test(before);
}

function renderVar(tables: Tables, lang: Lang, value: Var): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (isMessage(value)) return render(tables, lang, value);
  return joinWith(
    lang,
    (value as readonly Var[]).map((v) => renderVar(tables, lang, v)),
    LIST_SEPARATOR[lang],
  );
}

/**
 * The messages of policy expressions: why an expression was refused at load time ({@link ExprError},
 * built by `fail`) and why one failed at run time (a {@link LocalizedError} built by `localized`).
 * Both carry a message key and variables, so they render in English here and in Chinese through
 * `localizedMessage` (messages.ts). Pure; imports only the message table.
 */
import { EN as EXPR_EN, ZH as EXPR_ZH } from './messages/expr.js';
import { LocalizedError, type Message, render, type Var } from './messages/render.js';

/**
 * Why an expression was refused: `message` in English, `detail` to render it in another language,
 * and `index`, the 0-based character offset of the problem (best effort).
 */
export type ExprError = { kind: 'error'; message: string; index: number; detail: Message };

/** Keys of the expression messages: this module carries only their table (see messages/render.ts). */
export type ExprKey = keyof typeof EXPR_EN;
const TABLES = { en: EXPR_EN, zh: EXPR_ZH };

/** An error with an English message that `localizedMessage` (messages.ts) renders in other languages. */
export function localized(key: ExprKey, vars: Record<string, Var>, options?: ErrorOptions): LocalizedError {
  const message: Message = { key, vars };
  return new LocalizedError(message, render(TABLES, 'en', message), options);
}

/**
 * A refusal: its English message, the key and variables to render it in another language, and the
 * offset it points at; `original` keeps a parser's own English sentence.
 */
export function fail(key: ExprKey, vars: Record<string, Var>, index: number, original?: string): ExprError {
  const detail: Message = { key, vars, original };
  return { kind: 'error', message: render(TABLES, 'en', detail), index, detail };
}

/**
 * The CLI's own messages in English and Chinese (`--lang`, default the language of the scenario a
 * command reads, else English). The tables live in messages/*.ts, one file per command (common.ts:
 * shared ones; help.ts: the help of every command and commander's own words); keys are unique across
 * them.
 */
import { isLang, type Lang, type MessageTables, message } from '../kernel/i18n.js';
import { renderMessage } from '../../scenarios/messages.js';
import type { Message } from '../../scenarios/messages/render.js';
import * as common from './common.js';
import * as compare from './compare.js';
import * as experiments from './experiments.js';
import * as game from './game.js';
import * as help from './help.js';
import * as levers from './levers.js';
import * as merge from './merge.js';
import * as optimise from './optimise.js';
import * as outdir from './outdir.js';
import * as run from './run.js';
import * as slurm from './slurm.js';
import * as tools from './tools.js';

/** The message tables, one per file; exported for the test that keys are not repeated. */
export const PARTS = [
  common,
  run,
  merge,
  compare,
  levers,
  experiments,
  optimise,
  slurm,
  game,
  tools,
  help,
  outdir,
] as const;

const EN = {
  ...common.EN,
  ...run.EN,
  ...merge.EN,
  ...compare.EN,
  ...levers.EN,
  ...experiments.EN,
  ...optimise.EN,
  ...slurm.EN,
  ...game.EN,
  ...tools.EN,
  ...help.EN,
  ...outdir.EN,
} as const;

export type CliKey = keyof typeof EN;

const ZH: Record<CliKey, string> = {
  ...common.ZH,
  ...run.ZH,
  ...merge.ZH,
  ...compare.ZH,
  ...levers.ZH,
  ...experiments.ZH,
  ...optimise.ZH,
  ...slurm.ZH,
  ...game.ZH,
  ...tools.ZH,
  ...help.ZH,
  ...outdir.ZH,
};

const TABLE: MessageTables<CliKey> = { en: EN, zh: ZH };

/** A CLI message in `lang` with `{name}` placeholders filled. */
export function msg(lang: Lang, key: CliKey, vars: Record<string, string | number> = {}): string {
  return message(TABLE, lang, key, vars);
}

/** Every key, for the coverage test. */
export const CLI_KEYS = Object.keys(EN) as CliKey[];

/**
 * The language of one invocation's messages: first the `--lang` of the command line (for errors of
 * flags, which are parsed before any file is read), then the one the command settles on (its flag or
 * its scenario's language), which the outer edge uses for a runtime failure.
 */
export interface CliSession {
  lang: Lang;
}

/** `v` as a language when it is en or zh, else undefined. */
export function asLang(v: unknown): Lang | undefined {
  return isLang(v) ? v : undefined;
}

/** A run's error message in `lang`: its structured detail rendered when it has one, else as written. */
export function runErrorText(lang: Lang, message: string, detail?: Message): string {
  return detail ? renderMessage(lang, detail) : message;
}

/** An error whose message is a CLI message, so the CLI can say it again in another language. */
export class CliMessageError extends Error {
  constructor(
    readonly key: CliKey,
    readonly vars: Record<string, string | number>,
  ) {
    super(msg('en', key, vars));
    this.name = 'CliMessageError';
  }

  /** The message in `lang`. */
  in(lang: Lang): string {
    return msg(lang, this.key, this.vars);
  }
}

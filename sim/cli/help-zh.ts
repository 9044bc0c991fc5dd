/**
 * Commander's help layout in Chinese: section titles, `[options]`/`[command]` and the
 * "(default: …)" notes in Chinese, and descriptions measured and wrapped as a terminal shows them
 * (CJK characters take two columns and a line may break between them, but not before a closing
 * or after an opening punctuation mark). English help is commander's own, untouched.
 */
import { type Argument, type Command, Help, type HelpConfiguration, type Option } from 'commander';
import { type CliKey, msg } from '../messages/catalog.js';
import { displayWidth } from '../kernel/text-width.js';

const TITLES: Record<string, CliKey> = {
  'Usage:': 'help.title.usage',
  'Arguments:': 'help.title.arguments',
  'Options:': 'help.title.options',
  'Global Options:': 'help.title.globalOptions',
  'Commands:': 'help.title.commands',
};

/** `[options]` and `[command]` of a usage line in Chinese; argument names stay. */
function usageWords(usage: string): string {
  return usage
    .split(' ')
    .map((w) =>
      w === '[options]'
        ? msg('zh', 'help.usage.options')
        : w === '[command]'
          ? msg('zh', 'help.usage.command')
          : w,
    )
    .join(' ');
}

/** A description with commander's notes (default, choices, …) appended in Chinese parentheses. */
function withNotes(description: string, notes: string[]): string {
  return notes.length === 0 ? description : `${description}（${notes.join('，')}）`;
}

function choicesNote(choices: readonly string[] | undefined): string[] {
  return choices
    ? [msg('zh', 'help.note.choices', { values: choices.map((c) => JSON.stringify(c)).join('、') })]
    : [];
}

/** The notes commander shows after an option's description, under the same conditions. */
function optionNotes(option: Option): string[] {
  const notes = choicesNote(option.argChoices);
  const showDefault =
    option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
  if (option.defaultValue !== undefined && showDefault) {
    const value = option.defaultValueDescription || JSON.stringify(option.defaultValue);
    notes.push(msg('zh', 'help.note.default', { value }));
  }
  if (option.presetArg !== undefined && option.optional) {
    notes.push(msg('zh', 'help.note.preset', { value: JSON.stringify(option.presetArg) }));
  }
  if (option.envVar !== undefined) notes.push(msg('zh', 'help.note.env', { name: option.envVar }));
  return notes;
}

function argumentNotes(argument: Argument): string[] {
  const notes = choicesNote(argument.argChoices);
  if (argument.defaultValue !== undefined) {
    const value = argument.defaultValueDescription || JSON.stringify(argument.defaultValue);
    notes.push(msg('zh', 'help.note.default', { value }));
  }
  return notes;
}

const WIDE = '\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef';
/** A run of blanks, then one wide character or a run of narrow non-blank ones. */
const ATOM = new RegExp(`[^\\S\\n]*(?:[${WIDE}]|[^\\s${WIDE}]+)`, 'gu');
const NO_LINE_START = /^\s*[，。、；：！？）》」』]/u;
const NO_LINE_END = /[（《「『“]$/u;

/** Wrap `text` to `width` columns as commander's boxWrap does, breaking also between CJK characters. */
export function wrapWide(text: string, width: number, minWidthToWrap = 40): string {
  if (width < minWidthToWrap) return text;
  return text
    .split(/\r?\n/)
    .map((line) => {
      const atoms: string[] = [];
      for (const atom of line.match(ATOM) ?? []) {
        const last = atoms.length - 1;
        if (last >= 0 && (NO_LINE_START.test(atom) || NO_LINE_END.test(atoms[last]))) atoms[last] += atom;
        else atoms.push(atom);
      }
      if (atoms.length === 0) return '';
      const lines: string[] = [];
      let current = atoms[0];
      for (const atom of atoms.slice(1)) {
        if (displayWidth(current) + displayWidth(atom) <= width) current += atom;
        else {
          lines.push(current);
          current = atom.trimStart();
        }
      }
      lines.push(current);
      return lines.join('\n');
    })
    .join('\n');
}

/** `program.configureHelp` overrides that render commander's help in Chinese. */
export function chineseHelp(): HelpConfiguration {
  const plain = new Help();
  const usageTitle = msg('zh', 'help.title.usage');
  return {
    styleTitle: (title) => (Object.hasOwn(TITLES, title) ? msg('zh', TITLES[title]) : title),
    commandUsage: (cmd: Command) => usageWords(plain.commandUsage(cmd)),
    subcommandTerm: (cmd: Command) => usageWords(plain.subcommandTerm(cmd)),
    optionDescription: (option) => withNotes(option.description, optionNotes(option)),
    argumentDescription: (argument) => withNotes(argument.description, argumentNotes(argument)),
    displayWidth: (text) => displayWidth(text),
    boxWrap: (text, width) => wrapWide(text, width),
    // A full-width colon already spaces the title from the usage that follows it.
    formatHelp: (cmd, helper) => {
      const text = plain.formatHelp.call(helper, cmd, helper);
      return text.startsWith(`${usageTitle} `) ? usageTitle + text.slice(usageTitle.length + 1) : text;
    },
  };
}

/**
 * Commander's usage errors (unknown option or command, missing or invalid argument, too many
 * arguments, …) in the language of the command line. Commander writes them in English; each known
 * pattern is matched against its English text in the message table and said again in Chinese with
 * the same option and argument names. Unknown patterns keep their text after a Chinese "错误：".
 */
import type { Lang } from '../kernel/i18n.js';
import { type CliKey, msg } from '../messages/catalog.js';

const PATTERNS: readonly CliKey[] = [
  'help.err.unknownOption',
  'help.err.unknownCommand',
  'help.err.missingArgument',
  'help.err.optionMissingArgument',
  'help.err.missingMandatoryOptionValue',
  'help.err.invalidOptionArgument',
  'help.err.invalidArgument',
  'help.err.excessArgumentsFor',
  'help.err.excessArguments',
  'help.err.conflictingOption',
];

/** The English message as a regular expression anchored at the start, one named group per placeholder. */
function templateRegExp(template: string): RegExp {
  const source = template
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 === 1 ? `(?<${part}>.*?)` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}`);
}

const MATCHERS = PATTERNS.map((key) => ({ key, re: templateRegExp(msg('en', key)) }));
const SUGGESTION = /\n\(Did you mean (one of )?(.*)\?\)$/;

/** One error message of commander (without its "(Did you mean …?)" line) in Chinese. */
function chineseError(text: string): string {
  for (const { key, re } of MATCHERS) {
    const m = re.exec(text);
    // What follows the pattern is ours (the parser's own message, already in --lang).
    if (m) return msg('zh', key, m.groups) + text.slice(m[0].length).trimStart();
  }
  const prefix = msg('en', 'help.err.prefix');
  return text.startsWith(prefix) ? msg('zh', 'help.err.prefix') + text.slice(prefix.length) : text;
}

/** `text` as commander wrote it to stderr (ending in a newline), in `lang`. */
export function commanderErrorText(lang: Lang, text: string): string {
  if (lang === 'en') return text;
  const end = text.endsWith('\n') ? '\n' : '';
  let body = text.slice(0, text.length - end.length);
  let suggestion = '';
  const s = SUGGESTION.exec(body);
  if (s) {
    body = body.slice(0, s.index);
    suggestion = `\n${
      s[1]
        ? msg('zh', 'help.err.didYouMeanOneOf', { suggestions: s[2].split(', ').join('、') })
        : msg('zh', 'help.err.didYouMean', { suggestion: s[2] })
    }`;
  }
  return chineseError(body) + suggestion + end;
}

/**
 * What the YAML parser's errors say, in the loader's words: each error is recognised by its `code`
 * (and, for the common ones, its text) and restated from the message tables. English keeps the
 * parser's own sentence, so it reads as before; other languages get the table's text.
 * `yamlProblem` also says where to point (an unclosed bracket where it opens) and hints at quoting
 * an expression whose `?` and `:` read as YAML syntax. Pure.
 */
import type { Lang } from '../sim/kernel/i18n.js';
import type { YAMLError } from 'yaml';
import { LOADER_MESSAGES, type LoaderKey, type LoaderMessage, loaderMsg, type MsgVar } from './messages.js';
import { scanBrackets } from './text.js';

/** Known parser sentences, with the parts worth keeping (a character, a tag). */
const DETAILS: readonly {
  pattern: RegExp;
  key: LoaderKey;
  vars?: (m: RegExpExecArray) => Record<string, MsgVar>;
}[] = [
  { pattern: /^Tabs are not allowed as indentation/, key: 'yaml.detail.tabIndent' },
  { pattern: /^All mapping items must start at the same column/, key: 'yaml.detail.mapColumn' },
  { pattern: /^All sequence items must start at the same column/, key: 'yaml.detail.seqColumn' },
  { pattern: /^Missing closing "quote/, key: 'yaml.detail.missingDoubleQuote' },
  { pattern: /^Missing closing 'quote/, key: 'yaml.detail.missingSingleQuote' },
  { pattern: /^Implicit map keys need to be followed by map values/, key: 'yaml.detail.keyWithoutValue' },
  {
    pattern: /^Missing , between (flow map|flow sequence) items/,
    key: 'yaml.detail.missingComma',
    vars: (m) => ({ flow: { key: m[1] === 'flow map' ? 'yaml.flowMapping' : 'yaml.flowSequence' } }),
  },
  { pattern: /^Sequence item without - indicator/, key: 'yaml.detail.missingDash' },
  {
    pattern: /^Plain value cannot start with [a-z ]+ (\S)$/,
    key: 'yaml.detail.badStart',
    vars: (m) => ({ char: m[1] }),
  },
  { pattern: /^Unresolved tag: (.+)$/, key: 'yaml.detail.unresolvedTag', vars: (m) => ({ tag: m[1] }) },
  { pattern: /^Comments must be separated from other tokens/, key: 'yaml.detail.commentSpace' },
  { pattern: /^Implicit keys need to be on a single line/, key: 'yaml.detail.multilineKey' },
  { pattern: /^Nested mappings are not allowed in compact mappings/, key: 'yaml.detail.nestedMapping' },
  { pattern: /^Block scalar values in collections must be indented/, key: 'yaml.detail.blockScalarIndent' },
];

/** The parser's sentence for `e` (first line, without its position), as a message keeping that English. */
export function yamlDetail(e: YAMLError): LoaderMessage {
  const original = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  for (const d of DETAILS) {
    const m = d.pattern.exec(original);
    if (m) return { key: d.key, vars: d.vars?.(m), original };
  }
  const byCode = `yaml.code.${e.code}`;
  return {
    key: Object.hasOwn(LOADER_MESSAGES.en, byCode) ? (byCode as LoaderKey) : 'yaml.code.other',
    original,
  };
}

/** The loader's message for a YAML error or warning, in `lang`. */
export function yamlMessage(e: YAMLError, lang: Lang): string {
  switch (e.code) {
    case 'MULTIPLE_DOCS':
      return loaderMsg(lang, 'yaml.multipleDocs');
    case 'DUPLICATE_KEY':
      return loaderMsg(lang, 'yaml.duplicateKeyBare');
    case 'TAG_RESOLVE_FAILED':
      return loaderMsg(lang, 'yaml.tag', { detail: yamlDetail(e) });
    default:
      return loaderMsg(lang, e.name === 'YAMLWarning' ? 'yaml.warning' : 'yaml.syntax', {
        detail: yamlDetail(e),
      });
  }
}

/** Message and offset of a YAML error; an unclosed bracket is reported where it opens. */
export function yamlProblem(e: YAMLError, text: string, lang: Lang): { offset: number; message: string } {
  const message = yamlMessage(e, lang) + quoteHint(text, e.pos[0], lang);
  const bracket = /Flow (sequence|map).*end with a ([\]}])/.exec(e.message);
  if (bracket) {
    const opener = bracket[2] === ']' ? '[' : '{';
    const open = scanBrackets(text, Number.POSITIVE_INFINITY, e.pos[0]).open.filter(
      (o) => text[o] === opener,
    );
    const offset = open[open.length - 1];
    if (offset !== undefined) {
      const what = loaderMsg(lang, opener === '[' ? 'yaml.flowSequence' : 'yaml.flowMapping');
      return {
        offset,
        message: loaderMsg(lang, 'yaml.unclosed', { open: opener, what, close: bracket[2] }),
      };
    }
  }
  return { offset: e.pos[0], message };
}

/** Unquoted expressions with `?` and `:` read as YAML syntax: say so when the error's line has one. */
function quoteHint(text: string, offset: number, lang: Lang): string {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const end = text.indexOf('\n', start);
  const line = text.slice(start, end < 0 ? text.length : end);
  return /:\s+[^"'#]*\?.*:/.test(line) ? loaderMsg(lang, 'yaml.quoteHint') : '';
}

/**
 * Quoting of shell words, for printed commands and for every value written into a generated script.
 * The result is always a single line: a word holding a control character (newline, carriage return,
 * tab, escape, DEL, C1 controls) is written in bash's `$'…'` form with escapes, so it can sit in a
 * command or a comment without starting a new line of the script.
 */

/** C0 controls, DEL and C1 controls (Unicode category Cc). */
const CONTROL = /\p{Cc}/u;

/** True when `text` holds a control character (C0, DEL or C1): no path written into a script may. */
export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** One character inside `$'…'`: backslash, quote and controls escaped, everything else as is. */
function ansiC(ch: string): string {
  const known = ESCAPES[ch];
  if (known !== undefined) return known;
  if (!CONTROL.test(ch)) return ch;
  const code = ch.codePointAt(0)!;
  return code < 0x80
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Quote a shell word when it needs it: as is when it is made of safe characters, in single quotes
 * otherwise, and in `$'…'` (one line, controls escaped) when it holds a control character. The
 * shell reads the quoted word back as exactly `word`; `$(…)`, backticks, `;` and quotes stay text.
 */
export function shellQuote(word: string): string {
  if (/^[\w@%+=:,./-]+$/.test(word)) return word;
  if (!CONTROL.test(word)) return `'${word.replace(/'/g, `'\\''`)}'`;
  return `$'${Array.from(word, ansiC).join('')}'`;
}

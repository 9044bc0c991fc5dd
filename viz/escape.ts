/** Escaping for the report page: text and attributes, and JSON placed inside a script element. */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** `s` safe as HTML text or as a quoted attribute value. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * JSON safe inside `<script type="application/json">`: `<`, `>` and `&` become \u escapes (so no
 * `</script>` or `<!--` can close or confuse the element), as do U+2028 and U+2029.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * A script's source made safe to inline in a `<script>` element: refuses source that could end the
 * element early (`</script`) or switch the parser into its escaped states (`<!--`).
 */
export function inlineScript(source: string): string {
  if (/<\/script|<!--/i.test(source))
    throw new Error('script source contains </script or <!-- and cannot be inlined');
  return source;
}

/**
 * Message templates with `{name}` placeholders, shared by the CLI's, the report's, the ensemble's
 * and the sensitivity warnings' English and Chinese tables. Pure.
 */

/** `template` with each `{name}` replaced by `vars[name]` as text; unknown names stay as written. */
export function fillTemplate(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : m,
  );
}

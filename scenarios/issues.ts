/**
 * Positioned problems found in a scenario file, and how they are printed.
 *
 * Every problem the loader finds becomes one {@link ScenarioIssue}; the CLI prints each as
 * `FILE:LINE:COL: path.to.field: message`, a form editors and CI logs turn into links.
 * What each zod issue means is said in `explain.ts`; `parse.ts` places issues in the file.
 * Pure; imports nothing.
 */

/** One problem in a scenario file. `line` and `col` are 1-based; `col` counts characters, not bytes. */
export interface ScenarioIssue {
  file: string;
  line: number;
  col: number;
  /** Dotted path to the field, e.g. `communities[3].households`; `(root)` or `(file)` when there is none. */
  path: string;
  /** What was expected and what was found. */
  message: string;
}

/** `FILE:LINE:COL: path: message`. */
export function formatIssue(issue: ScenarioIssue): string {
  return `${issue.file}:${issue.line}:${issue.col}: ${issue.path}: ${issue.message}`;
}

/** Sorts by line, then column; issues at the same place keep their order. Returns a new array. */
export function sortIssues(issues: readonly ScenarioIssue[]): ScenarioIssue[] {
  return [...issues].sort((a, b) => a.line - b.line || a.col - b.col);
}

/** Thrown by the file loader; `message` holds every issue, one formatted issue per line. */
export class ScenarioError extends Error {
  readonly issues: ScenarioIssue[];

  constructor(issues: readonly ScenarioIssue[]) {
    const sorted = sortIssues(issues);
    super(sorted.map(formatIssue).join('\n'));
    this.name = 'ScenarioError';
    this.issues = sorted;
  }
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['a', 'b', 3, 'c']` → `a.b[3].c`; keys that are not identifiers are quoted: `a["x y"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && IDENTIFIER.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out;
}

/**
 * Policy expressions are evaluated over every month of the calendar at load time: one that fails
 * (1/0, sqrt(-1), 10^1e300) or leaves its field's bounds in any month is refused at its field, with
 * the month, the value and the bounds, in English and Chinese, instead of stopping every run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../scenarios/parse.js';
import { POLICY_BOUNDS, type PolicyPath } from '../../scenarios/policy-bounds.js';
import { ScenarioSchema } from '../../scenarios/schema.js';

const demo = readFileSync('scenarios/demo-small.yaml', 'utf8');
const PATHS = Object.keys(POLICY_BOUNDS) as PolicyPath[];

/** demo-small with `source` as the value of the policy at `path` (its last key, in its section). */
function withPolicy(path: PolicyPath, source: string): { text: string; line: number } {
  const lines = demo.split('\n');
  const keys = path.split('.');
  let i = lines.findIndex((l) => l.startsWith(`${keys[0]}:`));
  for (const key of keys.slice(1))
    i += lines.slice(i + 1).findIndex((l) => l.trim().startsWith(`${key}:`)) + 1;
  lines[i] = lines[i].replace(/:\s*[^#]*?(\s*#|$)/, `: "${source}"$1`);
  return { text: lines.join('\n'), line: i + 1 };
}

const FAILING: [string, string, string][] = [
  ['1/0', '2024-07', 'Infinity'],
  ['sqrt(-1)', '2024-07', 'NaN'],
  ['10^1e300', '2024-07', 'Infinity'],
  ['log(0) + 1', '2024-07', '-Infinity'],
  ['1 / (year - 2027) ^ 2', '2027-01', 'Infinity'],
  ['month == 12 ? -1 : 0', '2024-12', '-1'],
  ['t < 77 ? 0 : 1e7', '2030-12', '10000000'],
];

describe('policy expressions over the whole horizon', () => {
  it.each(PATHS)('%s: every failing family is refused at its field, month and value named', (path) => {
    for (const [source, month, value] of FAILING) {
      const { text, line } = withPolicy(path, source);
      expect(text).toContain(`"${source}"`);
      for (const lang of ['en', 'zh'] as const) {
        const r = parseScenarioText(text, 'demo.yaml', ScenarioSchema, { lang });
        expect(r.ok, `${path} = ${source}`).toBe(false);
        if (r.ok) continue;
        expect(r.issues).toHaveLength(1);
        const [issue] = r.issues;
        expect(issue.path).toBe(path);
        expect(issue.line).toBe(line);
        expect(issue.message).toContain(month);
        expect(issue.message).toContain(value);
        const { min, max } = POLICY_BOUNDS[path];
        expect(issue.message).toContain(lang === 'en' ? `${min}..${max}` : `${min} 到 ${max}`);
        expect(issue.message).toContain(lang === 'en' ? 'every run would stop at' : '每次运行都会在');
      }
    }
  });

  it('expressions within bounds in every month are accepted', () => {
    for (const source of [
      'year < 2027 ? 20 : 20 * 0.9 ^ (year - 2026)',
      'max(0, 100 - t)',
      'month == 12 ? 1 : 0',
    ]) {
      for (const path of PATHS) {
        const r = parseScenarioText(withPolicy(path, source).text, 'demo.yaml', ScenarioSchema);
        expect(r.ok, `${path} = ${source}`).toBe(true);
      }
    }
  });

  it('the horizon is the calendar: an expression failing after the end is accepted', () => {
    const { text } = withPolicy('government.householdSubsidy.rmbPerHousehold', 'year > 2030 ? 1/0 : 1');
    expect(parseScenarioText(text, 'demo.yaml', ScenarioSchema).ok).toBe(true);
    const longer = text.replace('end: "2030-12"', 'end: "2031-01"');
    expect(longer).not.toBe(text);
    const r = parseScenarioText(longer, 'demo.yaml', ScenarioSchema);
    expect(!r.ok && r.issues[0].message).toContain('2031-01 (t = 78)');
  });
});

/** Expressions that import, evaluate, parse, create units or use unknown names are refused at load time. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../scenarios/parse.js';
import { ScenarioSchema } from '../../scenarios/schema.js';

const demo = readFileSync('scenarios/demo-small.yaml', 'utf8');
const line = demo.split('\n').findIndex((l) => l.includes('rmbPerHousehold: 20000')) + 1;

describe('policy expressions are checked when the file is loaded', () => {
  it.each([
    ['import("fs")', 'import'],
    ['evaluate("1 + 1")', 'evaluate'],
    ['parse("year")', 'parse'],
    ['createUnit("yuan")', 'createUnit'],
    ['20000 * taper', 'taper'],
  ])('%s is refused with its position', (expr, name) => {
    const text = demo.replace(/rmbPerHousehold: 20000/, `rmbPerHousehold: '${expr}'`);
    const r = parseScenarioText(text, 'demo.yaml', ScenarioSchema);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    const issue = r.issues[0];
    expect(issue.path).toBe('government.householdSubsidy.rmbPerHousehold');
    expect(issue.line).toBe(line);
    const valueCol = demo.split('\n')[line - 1].indexOf('20000') + 1;
    expect(issue.col).toBe(valueCol + 1 + expr.indexOf(name));
    expect(issue.message).toContain(`"${name}"`);
  });

  it('a tapering expression of year is accepted', () => {
    const text = demo.replace(
      /rmbPerHousehold: 20000/,
      `rmbPerHousehold: "year < 2027 ? 20000 : 20000 * 0.9 ^ (year - 2026)"`,
    );
    const r = parseScenarioText(text, 'demo.yaml', ScenarioSchema);
    expect(r.ok).toBe(true);
  });
});

/**
 * Files with old Mac line ends (CR only), or a mix of CR, LF and CRLF, are read as the lines an
 * editor shows: they parse to the same value as the LF file, and an error is reported at the same
 * line and column.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../scenarios/parse.js';
import { ScenarioSchema } from '../../scenarios/schema.js';
import { parseExperimentText } from '../../sim/experiments/parse.js';

const demo = readFileSync('scenarios/demo-small.yaml', 'utf8');
const bad = demo
  .replace('rmbPerHousehold: 20000', 'rmbPerHousehold: "2000 * foo"')
  .replace('ownerShare: 0.82', 'ownerShare: 1.82');

/** The LF text with its line ends rewritten by `ends` (given the 0-based line number). */
function withEnds(text: string, ends: (i: number) => string): string {
  const lines = text.split('\n');
  return lines.map((l, i) => (i < lines.length - 1 ? l + ends(i) : l)).join('');
}
const STYLES: Record<string, (i: number) => string> = {
  'CR only': () => '\r',
  CRLF: () => '\r\n',
  'CR, LF and CRLF mixed': (i) => ['\r', '\n', '\r\n'][i % 3],
};

describe('line ends', () => {
  it.each(Object.keys(STYLES))('%s: parses to the value of the LF file', (style) => {
    const text = withEnds(demo, STYLES[style]);
    const expected = parseScenarioText(demo, 'demo.yaml', ScenarioSchema);
    const r = parseScenarioText(new TextEncoder().encode(text), 'demo.yaml', ScenarioSchema);
    expect(r.ok && expected.ok).toBe(true);
    if (r.ok && expected.ok) expect(r.value).toEqual(expected.value);
  });

  it.each(Object.keys(STYLES))('%s: errors at the lines and columns of the LF file', (style) => {
    const lf = parseScenarioText(bad, 'demo.yaml', ScenarioSchema);
    const r = parseScenarioText(withEnds(bad, STYLES[style]), 'demo.yaml', ScenarioSchema);
    expect(lf.ok).toBe(false);
    expect(r.ok).toBe(false);
    if (r.ok || lf.ok) return;
    expect(lf.issues.map((i) => i.path).sort()).toEqual([
      'city.households.ownerShare',
      'government.householdSubsidy.rmbPerHousehold',
    ]);
    expect(r.issues).toEqual(lf.issues);
  });

  it('an experiment file with CR-only line ends parses', () => {
    const text = readFileSync('scenarios/experiments/funding-structures.yaml', 'utf8');
    const lf = parseExperimentText(text, 'e.yaml');
    const cr = parseExperimentText(text.replace(/\r?\n/g, '\r'), 'e.yaml');
    expect(lf.ok && cr.ok).toBe(true);
    if (lf.ok && cr.ok) expect(cr.value).toEqual(lf.value);
  });
});

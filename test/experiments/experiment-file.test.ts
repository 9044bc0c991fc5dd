import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ScenarioIssue } from '../../scenarios/issues.js';
import { ScenarioError } from '../../scenarios/issues.js';
import { loadExperimentFile } from '../../sim/batch/experiment-file.js';
import { EXPERIMENT_SCHEMA_FILE_NAME, experimentJsonSchemaText } from '../../sim/experiments/json-schema.js';
import { workspace } from './helpers.js';

const dir = 'scenarios/experiments';
// Optimisation files (`kind: optimisation`) have their own schema and test (shipped-optimisations).
const shipped = readdirSync(dir).filter(
  (f) => f.endsWith('.yaml') && !/^kind: optimisation$/m.test(readFileSync(join(dir, f), 'utf8')),
);

/** The issues of loading `text` as an experiment next to tiny.yaml. */
function issuesOf(text: string): ScenarioIssue[] {
  const ws = workspace();
  const file = join(ws, 'exp.yaml');
  writeFileSync(file, text);
  try {
    loadExperimentFile(file);
  } catch (err) {
    if (err instanceof ScenarioError) return err.issues.map((i) => ({ ...i, file: 'exp.yaml' }));
    throw err;
  }
  return [];
}

const GOOD = `scenario: tiny.yaml
factors:
  - path: residents.opinion.mu
    range: [0.1, 0.5]
  - path: enterprises.enabled
    values: [false, true]
design: { type: morris, trajectories: 2, levels: 4 }
replicates: 1
`;

describe('shipped experiments', () => {
  it('include funding-structures and behaviour-sensitivity', () => {
    expect(shipped).toEqual(
      expect.arrayContaining(['funding-structures.yaml', 'behaviour-sensitivity.yaml']),
    );
  });

  it.each(shipped)('%s loads, its factors and every design point validate', (file) => {
    const loaded = loadExperimentFile(join(dir, file));
    expect(loaded.plan.runs).toBeGreaterThan(0);
    expect(loaded.experiment.name?.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each(shipped)('%s starts with the yaml-language-server schema line', (file) => {
    const first = readFileSync(join(dir, file), 'utf8').split('\n')[0];
    expect(first).toBe(`# yaml-language-server: $schema=../${EXPERIMENT_SCHEMA_FILE_NAME}`);
  });

  it('the checked-in JSON Schema equals the generated one', () => {
    expect(readFileSync(join('scenarios', EXPERIMENT_SCHEMA_FILE_NAME), 'utf8')).toBe(
      experimentJsonSchemaText(),
    );
  });

  it.each(shipped)('the JSON Schema accepts %s and rejects an unknown key', (file) => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(experimentJsonSchemaText()));
    const doc = parse(readFileSync(join(dir, file), 'utf8'));
    expect(validate(doc)).toBe(true);
    expect(validate({ ...doc, replicate: 3 })).toBe(false);
  });
});

describe('experiment files: positioned errors', () => {
  it('accept a good file', () => {
    expect(issuesOf(GOOD)).toEqual([]);
  });

  it('point at an unknown key', () => {
    const issues = issuesOf(GOOD.replace('replicates: 1', 'replicate: 1'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 8, col: 1, path: 'replicate' });
    expect(issues[0].message).toMatch(/replicates/);
  });

  it('point at a path that is not in the scenario, with a suggestion', () => {
    const issues = issuesOf(GOOD.replace('residents.opinion.mu', 'residents.opinon.mu'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 3, col: 11, path: 'factors[0].path' });
    expect(issues[0].message).toMatch(/no field "opinon".*did you mean "opinion"/);
  });

  it('point at a misspelt last field, with a suggestion', () => {
    const issues = issuesOf(GOOD.replace('residents.opinion.mu', 'residents.opinion.muu'));
    expect(issues[0]).toMatchObject({ line: 4, path: 'factors[0].range[0]' });
    expect(issues[0].message).toMatch(/did you mean "mu"/);
  });

  it('point at the end of a range outside the field’s bounds', () => {
    const issues = issuesOf(GOOD.replace('[0.1, 0.5]', '[0.1, 0.9]'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 4, col: 18, path: 'factors[0].range[1]' });
    expect(issues[0].message).toMatch(/residents\.opinion\.mu.*between 0 and 0\.5.*0\.9/);
  });

  it('point at a listed value of the wrong type', () => {
    const issues = issuesOf(GOOD.replace('[false, true]', '[false, 3]'));
    expect(issues[0]).toMatchObject({ line: 6, col: 21, path: 'factors[1].values[1]' });
    expect(issues[0].message).toMatch(/true or false/);
  });

  it('say how to address a group of fields', () => {
    const issues = issuesOf(GOOD.replace('residents.opinion.mu', 'enterprises.hurdleIrr'));
    expect(issues[0]).toMatchObject({ line: 3, path: 'factors[0].path' });
    expect(issues[0].message).toMatch(/group of fields \(min, max\).*hurdleIrr\.min/);
  });

  it('point at a factor with both a range and values, an odd Morris level count and a bad design type', () => {
    const both = issuesOf(GOOD.replace('    range: [0.1, 0.5]', '    range: [0.1, 0.5]\n    values: [0.2]'));
    expect(both[0]).toMatchObject({ line: 3, path: 'factors[0]' });
    expect(both[0].message).toMatch(/exactly one of range/);
    const odd = issuesOf(GOOD.replace('levels: 4', 'levels: 5'));
    expect(odd[0]).toMatchObject({ line: 7, path: 'design.levels' });
    expect(odd[0].message).toMatch(/even/);
    const type = issuesOf(GOOD.replace('type: morris', 'type: morriss'));
    expect(type[0]).toMatchObject({ line: 7, path: 'design.type' });
  });

  it('point at the scenario key when the base scenario is missing', () => {
    const issues = issuesOf(GOOD.replace('tiny.yaml', 'nope.yaml'));
    expect(issues[0]).toMatchObject({ line: 1, col: 11, path: 'scenario' });
    expect(issues[0].message).toMatch(/not found/);
  });

  it('report a design point that breaks a cross-field rule of the scenario (min ≤ max)', () => {
    const text = `scenario: tiny.yaml
factors:
  - path: enterprises.hurdleIrr.min
    range: [0.02, 0.12]
design: { type: grid, levels: 3 }
`;
    const issues = issuesOf(text);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0].message).toMatch(/hurdleIrr.*min ≤ max/);
  });

  it('refuse a path that is not a dotted path', () => {
    const issues = issuesOf(GOOD.replace('residents.opinion.mu', 'residents..mu'));
    expect(issues[0]).toMatchObject({ line: 3, path: 'factors[0].path' });
    expect(issues[0].message).toMatch(/dotted path/);
  });
});

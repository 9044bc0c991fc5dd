/**
 * Prototype pollution (issue 16, class 3): a factor path through `__proto__`, `constructor` or
 * `prototype` must be refused with a positioned message (exit 2, English and Chinese), never write to
 * Object.prototype, never crash; and every walk of a path reads own fields only.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ScenarioError } from '../../scenarios/issues.js';
import { loadScenarioFile } from '../../scenarios/load.js';
import { loadExperimentFile } from '../../sim/batch/experiment-file.js';
import { prepareFactors } from '../../sim/analysis/factors.js';
import { deepMerge } from '../../sim/experiments/patch.js';
import { pathProblem, patchScenario } from '../../sim/experiments/patch.js';
import { hasStackTrace } from '../cli/helpers.js';
import { cli, workspace } from './helpers.js';

const HOSTILE = [
  '__proto__',
  '__proto__.polluted',
  'constructor.prototype.polluted',
  'prototype.polluted',
  'government.__proto__.polluted',
  'government.constructor.prototype.polluted',
  'government.cityFund.__proto__.polluted',
  'government.cityFund.enabled.constructor',
  'residents.elevatorCostSharing.coefficients.__proto__.polluted',
  'government.prototype',
];

/** Whether any object of the process inherits a property a hostile path tried to write. */
function polluted(): boolean {
  const probe = {} as Record<string, unknown>;
  return probe.polluted !== undefined || 'polluted' in Object.prototype || 'polluted' in Array.prototype;
}

afterEach(() => {
  // Clean up after a failing run so one failure does not hide the others.
  delete (Object.prototype as Record<string, unknown>).polluted;
  delete (Array.prototype as unknown as Record<string, unknown>).polluted;
});

/** An experiment over tiny.yaml setting `path` to each of `values`, in a fresh folder. */
function experiment(path: string, values = '[1, "x", true]'): string {
  const ws = workspace();
  writeFileSync(
    join(ws, 'exp.yaml'),
    `scenario: tiny.yaml\nfactors:\n  - path: ${path}\n    values: ${values}\ndesign: { type: grid }\n`,
  );
  return join(ws, 'exp.yaml');
}

describe('factor paths through prototype names', () => {
  it.each(HOSTILE)('%s is refused at the path, positioned, and pollutes nothing', (path) => {
    const file = experiment(path);
    let error: unknown;
    try {
      loadExperimentFile(file);
    } catch (err) {
      error = err;
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(polluted()).toBe(false);
    expect(error).toBeInstanceOf(ScenarioError);
    const issues = (error as ScenarioError).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 3, col: 11, path: 'factors[0].path' });
    expect(issues[0].message).toMatch(/reserved JavaScript name/);
  });

  it.each(HOSTILE)('cogov sweep refuses %s with exit 2 in English and Chinese', async (path) => {
    const file = experiment(path);
    const out = join(file, '..', 'out');
    const en = await cli(['sweep', file, '--out', out]);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/exp\.yaml:3:11: factors\[0\]\.path: .*reserved JavaScript name/);
    expect(hasStackTrace(en.stderr)).toBe(false);
    const zh = await cli(['sweep', file, '--out', out, '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(/exp\.yaml:3:11: factors\[0\]\.path.*JavaScript 保留名称/);
    expect(polluted()).toBe(false);
  });

  it('the programmatic walk refuses prototype names and inherited fields without the schema', () => {
    const base = loadScenarioFile(join(workspace(), 'tiny.yaml')).scenario;
    for (const path of HOSTILE) {
      const [factor] = prepareFactors([{ path, values: [1], integer: false }]);
      expect(pathProblem(base, factor.segments)).toMatch(/reserved JavaScript name/);
      const patched = patchScenario(base, [factor], [1]);
      expect(patched.ok).toBe(false);
    }
    // Inherited members are not fields: hasOwnProperty, toString, valueOf.
    for (const path of ['government.hasOwnProperty.x', 'toString.x', 'government.valueOf.x']) {
      const [factor] = prepareFactors([{ path, values: [1], integer: false }]);
      expect(pathProblem(base, factor.segments)).toMatch(/has no field/);
    }
    expect(polluted()).toBe(false);
  });

  it('deepMerge keeps a patch key named __proto__ as an own key', () => {
    const patch = JSON.parse('{"__proto__": {"polluted": 1}, "a": {"__proto__": {"polluted": 2}}}');
    const merged = deepMerge({ a: { b: 1 } }, patch) as Record<string, unknown>;
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(merged.a)).toBe(Object.prototype);
    expect(Object.hasOwn(merged, '__proto__')).toBe(true);
    expect(polluted()).toBe(false);
  });
});

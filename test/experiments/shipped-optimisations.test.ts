/**
 * Every shipped optimisation file (`kind: optimisation` in scenarios/experiments/) loads: schema,
 * base scenario, lever paths and values, column names and budget all validate; it names its question
 * in both languages, starts with the yaml-language-server line of its JSON Schema, and its largest
 * number of runs stays within what finishes in minutes on demo-small.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOptimisationFile } from '../../sim/batch/optimise-file.js';
import { maxRuns } from '../../sim/experiments/optimisation-plan.js';

const dir = 'scenarios/experiments';
const shipped = readdirSync(dir).filter(
  (f) => f.endsWith('.yaml') && /^kind: optimisation$/m.test(readFileSync(join(dir, f), 'utf8')),
);

describe('shipped optimisations', () => {
  it('include least-public-money', () => {
    expect(shipped).toContain('least-public-money.yaml');
  });

  it.each(shipped)('%s loads and validates, and names its question in both languages', (file) => {
    const loaded = loadOptimisationFile(join(dir, file));
    expect(loaded.plan.levers.length).toBeGreaterThan(0);
    expect(loaded.optimisation.name?.zh).toMatch(/\p{Script=Han}/u);
    expect(loaded.optimisation.description?.zh).toMatch(/\p{Script=Han}/u);
    // The file's comment states the measured time of at most this many runs.
    expect(maxRuns(loaded.plan)).toBeLessThanOrEqual(1000);
  });

  it('least-public-money asks its question: least public money, most households, fire compliance met', () => {
    const { optimisation: o } = loadOptimisationFile(join(dir, 'least-public-money.yaml'));
    expect(o.scenario).toBe('../demo-small.yaml');
    expect(o.levers.map((l) => l.path)).toEqual([
      'government.householdSubsidy.rmbPerHousehold',
      'enterprises.enabled',
      'government.farBonus.enabled',
      'government.insurance.enabled',
      'residents.elevatorCostSharing.rule',
    ]);
    expect(o.objectives.map((b) => [b.indicator, b.direction])).toEqual([
      ['publicCommitted', 'min'],
      ['householdsRenovatedByKeyYear', 'max'],
    ]);
    expect(o.constraints.map((c) => [c.indicator, c.op, c.bound])).toEqual([
      ['fireComplianceAtDeadline', '>=', 1],
    ]);
    // Survivors are re-evaluated, so the front is not made of lucky draws.
    expect(o.algorithm.maxReplicates).toBeGreaterThan(o.algorithm.replicates);
  });

  it.each(shipped)('%s starts with the yaml-language-server schema line', (file) => {
    const first = readFileSync(join(dir, file), 'utf8').split('\n')[0];
    expect(first).toBe('# yaml-language-server: $schema=../optimisation.schema.json');
  });
});

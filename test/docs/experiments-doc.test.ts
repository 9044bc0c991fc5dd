/**
 * docs/EXPERIMENTS.md matches the shipped optimisation: the settings and the largest number of runs
 * it states are the file's, and it links the files it names.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadOptimisationFile } from '../../sim/batch/optimise-file.js';
import { maxRuns } from '../../sim/experiments/optimisation-plan.js';

const doc = readFileSync('docs/EXPERIMENTS.md', 'utf8');

describe('docs/EXPERIMENTS.md', () => {
  it('states the shipped optimisation’s settings and its largest number of runs', () => {
    const loaded = loadOptimisationFile('scenarios/experiments/least-public-money.yaml');
    const a = loaded.optimisation.algorithm;
    expect(doc).toContain(`a population of ${a.population}, ${a.generations} generations after the`);
    expect(doc).toContain(
      `${a.replicates} replicates for a new candidate and up to ${a.maxReplicates} for survivors`,
    );
    expect(doc).toContain(`at most ${maxRuns(loaded.plan).toLocaleString('en')} runs`);
  });

  it('links only documents that exist', () => {
    for (const m of doc.matchAll(/\]\(([A-Z]+\.md)\)/g)) expect(existsSync(`docs/${m[1]}`), m[1]).toBe(true);
    expect(readFileSync('README.md', 'utf8')).toContain('(docs/EXPERIMENTS.md)');
  });
});

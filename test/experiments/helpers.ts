import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cogovInProcess } from '../cli/helpers.js';

/** A city of 8 communities over 18 months: a run takes a few tens of milliseconds. */
export const TINY_YAML = `name: { en: Tiny test city, zh: 微型测试城市 }
description: { en: 8 communities over 18 months, zh: 8个小区，18个月 }
calendar: { start: "2024-07", end: "2025-12", keyYear: 2025 }
ensemble: { runs: 4, seed: 42 }
city:
  generate:
    communities: 8
`;

/** A 2 × 2 grid over tiny.yaml (household subsidy × PPP bundle) with `replicates` runs per point. */
export function gridExperiment(replicates: number): string {
  return `scenario: tiny.yaml
factors:
  - name: subsidy
    path: government.householdSubsidy.rmbPerHousehold
    values: [0, 30000]
  - name: ppp
    path: enterprises.enabled
    values: [false, true]
design: { type: grid }
replicates: ${replicates}
seed: 3
`;
}

/** A Morris design over tiny.yaml: 2 factors, 3 trajectories (small enough to draw a warning). */
export const MORRIS_EXPERIMENT = `scenario: tiny.yaml
factors:
  - { name: cost, path: residents.utility.costSensitivity, range: [0.5, 3] }
  - { name: mu, path: residents.opinion.mu, range: [0.1, 0.5] }
design: { type: morris, trajectories: 3, levels: 4 }
replicates: 1
seed: 5
indicators: [householdsRenovated, participation]
`;

/** A fresh temp folder holding tiny.yaml. */
export function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cogov-exp-'));
  writeFileSync(join(dir, 'tiny.yaml'), TINY_YAML);
  return dir;
}

/** The experiment commands (`compare`, `sweep`, `sensitivity` …) in-process: `cogov ARGS`. */
export const cli = cogovInProcess;

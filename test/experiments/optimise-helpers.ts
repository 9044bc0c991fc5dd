/** Small optimisation files over the tiny city of helpers.ts, for the optimisation tests. */

/** Two levers, two objectives, one constraint; 3 generations of 6 candidates, 1–2 replicates. */
export const TINY_OPTIMISATION = `# yaml-language-server: $schema=../optimisation.schema.json
kind: optimisation
scenario: tiny.yaml
levers:
  - { name: subsidy, path: government.householdSubsidy.rmbPerHousehold, type: real, range: [0, 40000] }
  - { name: ppp, path: enterprises.enabled, type: boolean }
objectives:
  - { indicator: publicCommitted, direction: min }
  - { indicator: participation, direction: max }
constraints:
  - { name: trustFloor, indicator: trust, op: '>=', bound: 0.5, aggregate: all }
algorithm: { population: 6, generations: 3, replicates: 1, maxReplicates: 2 }
seed: 11
`;

/** The same with uncertainties (3 states of the world) and robustness measures. */
export const TINY_ROBUST_OPTIMISATION = `kind: optimisation
scenario: tiny.yaml
levers:
  - { name: subsidy, path: government.householdSubsidy.rmbPerHousehold, type: integer, range: [0, 40000] }
  - { name: ppp, path: enterprises.enabled, type: boolean }
objectives:
  - { indicator: publicCommitted, direction: min, robustness: p90 }
  - { indicator: participation, direction: max, robustness: regret }
uncertainties:
  factors:
    - { name: cost, path: residents.utility.costSensitivity, range: [0.5, 3] }
  states: 3
algorithm: { population: 4, generations: 2, replicates: 1 }
seed: 5
`;

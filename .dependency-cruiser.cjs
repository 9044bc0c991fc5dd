/**
 * The layer rules of cogov (docs/ARCHITECTURE.md). Imports point down this list, never up:
 *
 *   kernel → scenarios → messages → world → agents → model, game → analysis → experiments → outputs
 *     → viz → io (sim/io, viz/io, scenarios/load.ts) → ensemble → batch → cluster → cli
 *     → top (sim/index.ts, web, bench)
 *
 * The pure layers (kernel up to viz) import no Node module, so the same engine runs in worker
 * threads and in a browser. test/architecture.test.ts runs this in `npm test`:
 *   npx depcruise --config .dependency-cruiser.cjs sim scenarios agents viz web bench
 */

/** Bottom to top; a file belongs to the first layer whose pattern matches its path. */
const LAYERS = [
  ['kernel', '^sim/kernel/'],
  ['io', '^(sim/io/|viz/io/|scenarios/load\\.ts$)'],
  ['scenarios', '^scenarios/'],
  ['messages', '^sim/messages/'],
  ['world', '^sim/world/'],
  ['agents', '^agents/'],
  ['model', '^sim/(model|game)/'],
  ['analysis', '^sim/analysis/'],
  ['experiments', '^sim/experiments/'],
  ['outputs', '^sim/outputs/'],
  ['viz', '^viz/'],
  ['ensemble', '^sim/ensemble/'],
  ['batch', '^sim/batch/'],
  ['cluster', '^sim/cluster/'],
  ['cli', '^sim/cli/'],
  ['top', '^(sim/index\\.ts$|sim/bundle\\.mjs$|web/|bench/)'],
];
/** The order of the layers, bottom to top (the io layer sits above viz, below ensemble). */
const ORDER = [
  'kernel',
  'scenarios',
  'messages',
  'world',
  'agents',
  'model',
  'analysis',
  'experiments',
  'outputs',
  'viz',
  'io',
  'ensemble',
  'batch',
  'cluster',
  'cli',
  'top',
];
const PURE = ORDER.slice(0, ORDER.indexOf('viz') + 1);

const pattern = (name) => LAYERS.find(([n]) => n === name)[1];
/** A file of layer `name` is matched by its pattern and by no earlier layer's (io is carved out of scenarios and viz). */
const exclusions = (name) => {
  const at = LAYERS.findIndex(([n]) => n === name);
  return LAYERS.slice(0, at).map(([, p]) => p);
};
const from = (name) => ({ path: pattern(name), pathNot: exclusions(name) });
const above = (name) => ORDER.slice(ORDER.indexOf(name) + 1);

const layerRules = ORDER.slice(0, -1).map((name) => ({
  name: `layer-${name}`,
  comment: `${name} imports only layers below it (${ORDER.slice(0, ORDER.indexOf(name)).join(', ') || 'none'})`,
  severity: 'error',
  from: from(name),
  // No pathNot is needed here: where a layer's pattern overlaps another's (io inside scenarios/
  // and viz/), both lie above every layer that is below either.
  to: { path: above(name).map(pattern) },
}));

const SOURCE = '^(sim|scenarios|agents|viz|web|bench)/';
const ALL_LAYERS = LAYERS.map(([, p]) => p);

module.exports = {
  forbidden: [
    ...layerRules,
    ...PURE.map((name) => ({
      name: `pure-${name}`,
      comment: `${name} is pure model code: no Node module (it runs in a browser too)`,
      severity: 'error',
      from: from(name),
      to: { dependencyTypes: ['core'] },
    })),
    {
      name: 'layer-unassigned',
      comment: 'every source file belongs to a layer (add a new folder to LAYERS and ORDER)',
      severity: 'error',
      from: {},
      to: { path: SOURCE, pathNot: ALL_LAYERS },
    },
    {
      name: 'layer-unassigned-importer',
      comment: 'every source file belongs to a layer (add a new folder to LAYERS and ORDER)',
      severity: 'error',
      from: { path: SOURCE, pathNot: ALL_LAYERS },
      to: {},
    },
    {
      name: 'no-circular',
      comment: 'no import cycles, type-only ones included',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-test',
      comment: 'product code never imports tests (a benchmark may borrow a test helper)',
      severity: 'error',
      from: { pathNot: '^(test|bench)/' },
      to: { path: '^test/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.js', '.mjs', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    exclude: { path: '(^|/)(dist|dist-web|node_modules)/' },
  },
};

/**
 * Build step after `tsc` (`npm run build`): replaces two compiled entry points with esbuild bundles
 * of themselves and everything of ours they import, with only the parts of mathjs that policy
 * expressions use (mathjs' own entry builds all of its ~600 functions on import: about 0.7 s):
 * - `dist/sim/ensemble/worker.js`, the ensemble worker thread (every other dependency bundled too);
 * - `dist/sim/cli/main.js`, the `cogov` command (other npm dependencies stay imports: commander,
 *   zod, yaml, chart.js and the native @napi-rs/canvas are resolved from node_modules as before).
 * Start-up of a worker thread and of every `cogov` command falls by that 0.7 s of CPU. The library
 * entry (`dist/sim/index.js`) stays the plain tsc output. The engine code is the same and the
 * outputs are byte-identical (the CLI and ensemble tests run on these files).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
};
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => name !== 'mathjs');

await build({
  ...common,
  entryPoints: [join(root, 'sim/ensemble/worker.ts')],
  outfile: join(root, 'dist/sim/ensemble/worker.js'),
});
await build({
  ...common,
  entryPoints: [join(root, 'sim/cli/main.ts')],
  outfile: join(root, 'dist/sim/cli/main.js'),
  external,
});

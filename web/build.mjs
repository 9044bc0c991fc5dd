/**
 * Bundles the explorer into a static folder (index.html, app.js, worker.js) with esbuild: no
 * network at run time, the shipped scenarios inlined as text. `node web/build.mjs [OUT]` writes to
 * OUT (default dist-web/); `buildWeb(outDir)` does the same for `cogov explore` and the tests.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

/** Build the explorer into `outDir`; resolves to the folder's absolute path. */
export async function buildWeb(outDir = join(here, '..', 'dist-web'), { minify = true } = {}) {
  const out = resolve(outDir);
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: { app: join(here, 'main.ts'), worker: join(here, 'worker.ts') },
    outdir: out,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify,
    sourcemap: false,
    legalComments: 'none',
    loader: { '.yaml': 'text' },
    logLevel: 'silent',
  });
  copyFileSync(join(here, 'index.html'), join(out, 'index.html'));
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildWeb(process.argv[2]);
  process.stdout.write(`wrote ${out}\n`);
}

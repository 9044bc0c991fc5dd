/** The package version, read from the package.json above this module (source or compiled). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** cogov's version. */
export function cogovVersion(): string {
  if (cached !== undefined) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
      if (pkg.name === 'cogov') {
        cached = pkg.version;
        return cached;
      }
    }
    dir = dirname(dir);
  }
  throw new Error('package.json of cogov not found');
}

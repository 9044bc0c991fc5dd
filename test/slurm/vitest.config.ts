import { defineConfig } from 'vitest/config';

/** `npm run test:slurm`: the integration test on a real Slurm (start it with test/slurm/start-slurm.sh). */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/slurm/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: false,
    sequence: { concurrent: false },
  },
});

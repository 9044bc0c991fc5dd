import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../scenarios/schema.js';
import { buildWorld } from '../../sim/model/build-world.js';
import { cogovInProcess, hasStackTrace } from '../cli/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'cogov-infeasible-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = `name: { en: x, zh: x }
description: { en: x, zh: x }
city:
  generate:
    communities: 10
    totalHouseholds: 5
`;

describe('a world that cannot be built (fewer households than communities)', () => {
  it('is refused at load time with a positioned message in English and Chinese, exit 2', async () => {
    const file = join(dir, 'too-few.yaml');
    writeFileSync(file, TEXT);
    const en = await cogovInProcess(['validate', file]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`${file}:6:`);
    expect(en.stderr).toContain('city.generate.totalHouseholds');
    expect(en.stderr).toContain('expected at least 10 households');
    expect(hasStackTrace(en.stderr)).toBe(false);
    const zh = await cogovInProcess(['validate', file, '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`${file}:6:`);
    expect(zh.stderr).toContain('应至少为 10 户');
    const run = await cogovInProcess(['run', file, '--runs', '1', '--out', join(dir, 'out')]);
    expect(run.code).toBe(2);
  });

  it('makes the world builder throw instead of looping when it gets through anyway', () => {
    const s = ScenarioSchema.parse({
      name: { en: 'x', zh: 'x' },
      description: { en: 'x', zh: 'x' },
      city: { generate: { communities: 10, totalHouseholds: 10 } },
    });
    expect(buildWorld(s, 1).households.count).toBe(10);
    s.city.generate.totalHouseholds = 5;
    expect(() => buildWorld(s, 1)).toThrow(/5 households cannot fill 10 communities/);
  });
});

/** The optimisation file's published JSON Schema, and the output folder guard of `cogov optimize`. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  OPTIMISATION_SCHEMA_FILE_NAME,
  optimisationJsonSchemaText,
} from '../../sim/experiments/optimisation-json-schema.js';
import { cli, workspace } from './helpers.js';
import { TINY_OPTIMISATION, TINY_ROBUST_OPTIMISATION } from './optimise-helpers.js';

describe('optimisation files: JSON Schema', () => {
  it('the checked-in JSON Schema equals the generated one and cogov schema --optimisation prints it', async () => {
    expect(readFileSync(join('scenarios', OPTIMISATION_SCHEMA_FILE_NAME), 'utf8')).toBe(
      optimisationJsonSchemaText(),
    );
    const r = await cli(['schema', '--optimisation']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(optimisationJsonSchemaText());
  });

  it.each([
    ['plain', TINY_OPTIMISATION],
    ['robust', TINY_ROBUST_OPTIMISATION],
  ])('accepts the %s test file and rejects an unknown key or a missing kind', (_name, text) => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
      JSON.parse(optimisationJsonSchemaText()),
    );
    const doc = parse(text) as Record<string, unknown>;
    expect(validate(doc)).toBe(true);
    expect(validate({ ...doc, generations: 3 })).toBe(false);
    const { kind: _, ...noKind } = doc;
    expect(validate(noKind)).toBe(false);
  });
});

describe('cogov optimize: output folder', () => {
  it('refuses to overwrite an evaluations.csv it did not write (exit 2, file untouched)', async () => {
    const ws = workspace();
    writeFileSync(join(ws, 'opt.yaml'), TINY_OPTIMISATION);
    const out = join(ws, 'o');
    const mine = 'my,own,table\n1,2,3\n';
    mkdirSync(out);
    writeFileSync(join(out, 'evaluations.csv'), mine);
    const r = await cli(['optimize', join(ws, 'opt.yaml'), '-q', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/evaluations\.csv/);
    expect(readFileSync(join(out, 'evaluations.csv'), 'utf8')).toBe(mine);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SCHEMA_FILE_NAME, scenarioJsonSchemaText } from '../../scenarios/json-schema.js';
import { loadScenarioFile } from '../../scenarios/load.js';

const dir = 'scenarios';
const shipped = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

describe('shipped scenarios', () => {
  it('include the three the product promises', () => {
    expect(shipped).toEqual(
      expect.arrayContaining(['nanchong-1558.yaml', 'status-quo.yaml', 'demo-small.yaml']),
    );
  });

  it.each(shipped)('%s validates and has names in both languages', (file) => {
    const { scenario } = loadScenarioFile(join(dir, file));
    expect(scenario.name.en.length).toBeGreaterThan(0);
    expect(scenario.name.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(scenario.description.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each(shipped)('%s starts with the yaml-language-server schema line', (file) => {
    const first = readFileSync(join(dir, file), 'utf8').split('\n')[0];
    expect(first).toBe(`# yaml-language-server: $schema=./${SCHEMA_FILE_NAME}`);
  });

  it('the checked-in JSON Schema equals the generated one (run `cogov schema -o scenarios/scenario.schema.json`)', () => {
    expect(readFileSync(join(dir, SCHEMA_FILE_NAME), 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it.each(shipped)('the JSON Schema accepts %s', (file) => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(scenarioJsonSchemaText()));
    const ok = validate(parse(readFileSync(join(dir, file), 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the JSON Schema rejects an unknown key, as the loader does', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(scenarioJsonSchemaText()));
    expect(validate({ name: { en: 'a', zh: '甲' }, description: { en: 'a', zh: '甲' }, goverment: {} })).toBe(
      false,
    );
  });

  it('nanchong-1558 comments every value with its source or "assumed"', () => {
    const lines = readFileSync(join(dir, 'nanchong-1558.yaml'), 'utf8').split('\n');
    const bare = lines.filter((l) => /:\s*[-\d"[{a-z]/.test(l) && !l.trim().startsWith('#') && !/#/.test(l));
    const allowed = /^\s*(en|zh|name|description|- \{|start|end|enabled):/;
    expect(bare.filter((l) => !allowed.test(l))).toEqual([]);
  });
});

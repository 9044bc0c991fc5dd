/**
 * Files cogov reads back are checked before use: a resume journal's meta.json and a shard's
 * manifest.json that are null, garbage or hand-edited (a calendar of null or garbage, a run count
 * as a string, a shard outside its run count) are refused with exit 2, a message naming the file
 * and the field, in English and Chinese, no stack trace, and nothing written.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace } from '../cli/helpers.js';
import { cogov, workspace } from './helpers.js';

let ws: string;
beforeAll(() => {
  ws = workspace();
  for (const k of [1, 2]) {
    const r = cogov(
      ['run', 'tiny.yaml', '--runs', '4', '--shard', `${k}/2`, '--out', `s${k}`, '--quiet'],
      ws,
    );
    expect(r.code, r.stderr).toBe(0);
  }
}, 60_000);

type Edit = (m: Record<string, unknown>) => unknown;
const MANIFEST_EDITS: [string, string, Edit][] = [
  ['calendar', 'null', (m) => ({ ...m, calendar: null })],
  ['calendar', 'garbage', (m) => ({ ...m, calendar: 'garbage' })],
  ['calendar.start', 'garbage', (m) => ({ ...m, calendar: { ...(m.calendar as object), start: 'garbage' } })],
  ['calendar.ticks', '0', (m) => ({ ...m, calendar: { ...(m.calendar as object), ticks: 0 } })],
  ['calendar', 'missing', ({ calendar: _, ...m }) => m],
  ['runs', '"4"', (m) => ({ ...m, runs: '4' })],
  ['seed', '-1', (m) => ({ ...m, seed: -1 })],
  ['shard', 'k 3 of 2', (m) => ({ ...m, shard: { ...(m.shard as object), k: 3 } })],
  ['scenarioName', 'null', (m) => ({ ...m, scenarioName: null })],
];

describe('shard manifests are checked by cogov merge', () => {
  it.each(MANIFEST_EDITS)('%s = %s is refused naming the file and field', (field, _label, edit) => {
    const dir = join(ws, `m-${field}-${_label}`.replace(/\W/g, '_'));
    mkdirSync(dir);
    cpSync(join(ws, 's1'), join(dir, 's1'), { recursive: true });
    cpSync(join(ws, 's2'), join(dir, 's2'), { recursive: true });
    const path = join(dir, 's1', 'manifest.json');
    writeFileSync(path, JSON.stringify(edit(JSON.parse(readFileSync(path, 'utf8')))));
    for (const lang of ['en', 'zh']) {
      const r = cogov(['merge', 's1', 's2', '--out', 'merged', '--lang', lang], dir);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(join('s1', 'manifest.json'));
      expect(r.stderr).toContain(field === 'calendar.ticks' ? 'calendar.ticks' : field);
      expect(r.stderr).toContain(lang === 'en' ? 'is damaged' : '已损坏');
      expect(r.stderr).not.toMatch(/NaN|TypeError|Cannot read/);
      expect(hasStackTrace(r.stderr)).toBe(false);
      expect(existsSync(join(dir, 'merged'))).toBe(false);
    }
  });

  it('the untouched shards still merge', () => {
    const r = cogov(['merge', 's1', 's2', '--out', 'whole', '--quiet'], ws);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(ws, 'whole', 'curves.csv'), 'utf8')).not.toContain('NaN-');
  });
});

const METAS: [string, string][] = [
  ['null', 'null'],
  ['a number', '42'],
  ['a string', '"garbage"'],
  ['a list', '[]'],
  ['an empty object', '{}'],
  [
    'a run count as a string',
    '{"format":"cogov-journal-1","cogovVersion":"x","scenario":"tiny","scenarioSha256":"0","seed":42,"runs":"4","shard":null,"metrics":[],"ticks":24,"indicators":[]}',
  ],
];

describe('the resume journal is checked by --resume', () => {
  it.each(METAS)('meta.json holding %s is refused naming the file', (label, text) => {
    const out = join(ws, `j-${label.replace(/\W/g, '_')}`);
    mkdirSync(join(out, '.journal'), { recursive: true });
    writeFileSync(join(out, '.journal', 'meta.json'), text);
    for (const lang of ['en', 'zh']) {
      const r = cogov(
        ['run', 'tiny.yaml', '--runs', '4', '--out', out, '--resume', '--quiet', '--lang', lang],
        ws,
      );
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(join('.journal', 'meta.json'));
      expect(r.stderr).toContain(lang === 'en' ? 'is damaged' : '已损坏');
      if (label.includes('run count')) expect(r.stderr).toMatch(/runs (is|为) "4"/);
      expect(r.stderr).not.toMatch(/TypeError|Cannot read/);
      expect(hasStackTrace(r.stderr)).toBe(false);
      expect(readFileSync(join(out, '.journal', 'meta.json'), 'utf8')).toBe(text);
      expect(readdirSync(out)).toEqual(['.journal']);
    }
  });
});

describe('a finished ensemble is looked for in manifest.json before a resume', () => {
  it.each(['null', '[]', '"x"', '{"shard":5}'])(
    'manifest.json holding %s does not crash --resume',
    (text) => {
      const out = join(ws, `f-${text.replace(/\W/g, '_')}`);
      mkdirSync(out);
      writeFileSync(join(out, 'manifest.json'), text);
      const r = cogov(['run', 'tiny.yaml', '--runs', '2', '--out', out, '--resume', '--quiet'], ws);
      expect([0, 2], r.stderr).toContain(r.code);
      expect(r.stderr).not.toMatch(/TypeError|Cannot read|runtime failure/);
      expect(hasStackTrace(r.stderr)).toBe(false);
    },
  );
});

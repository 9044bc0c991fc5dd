/**
 * `cogov report DIR` re-renders every kind of output folder — compare, sweep, sensitivity, levers —
 * in either language, without re-running anything: the English re-render is the same bytes the
 * command wrote, the Chinese one is a Chinese page; --png on an experiment folder and a folder cogov
 * did not write are refused (exit 2) and leave the folder as it was.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DICTIONARY_COLUMNS } from '../../viz/dictionary.js';
import { outputKind } from '../../viz/io/experiment-report.js';
import { cli, gridExperiment, MORRIS_EXPERIMENT, workspace } from '../experiments/helpers.js';

let ws: string;
const dirs = { compare: '', sweep: '', sensitivity: '', levers: '' };

beforeAll(async () => {
  ws = workspace();
  writeFileSync(join(ws, 'grid.yaml'), gridExperiment(1));
  writeFileSync(join(ws, 'morris.yaml'), MORRIS_EXPERIMENT);
  writeFileSync(join(ws, 'tiny-b.yaml'), readFileSync(join(ws, 'tiny.yaml'), 'utf8'));
  for (const k of Object.keys(dirs) as (keyof typeof dirs)[]) dirs[k] = join(ws, k);
  const runs = [
    ['compare', join(ws, 'tiny.yaml'), join(ws, 'tiny-b.yaml'), '--runs', '2', '--workers', '1'],
    ['sweep', join(ws, 'grid.yaml'), '--workers', '1'],
    ['sensitivity', join(ws, 'morris.yaml'), '--workers', '1'],
    ['levers', join(ws, 'tiny.yaml'), '--runs', '2', '--only', 'ppp', '--workers', '1'],
  ];
  for (const args of runs) {
    const r = await cli([...args, '--out', dirs[args[0] as keyof typeof dirs], '--quiet']);
    if (r.code !== 0) throw new Error(`${args[0]} failed: ${r.stderr}`);
  }
}, 240_000);

describe('cogov report on experiment folders', () => {
  it('tells each kind of folder from its files', () => {
    for (const [kind, dir] of Object.entries(dirs)) expect(outputKind(dir), kind).toBe(kind);
    expect(outputKind(ws)).toBeNull();
  });

  for (const kind of ['compare', 'sweep', 'sensitivity', 'levers'] as const) {
    it(`${kind}: re-renders the same English page, and a Chinese one with --lang zh`, async () => {
      const dir = dirs[kind];
      const path = join(dir, 'report.html');
      const written = readFileSync(path, 'utf8');
      rmSync(path);
      const en = await cli(['report', dir]);
      expect(en.code, en.stderr).toBe(0);
      expect(en.stdout).toBe(`wrote ${path}\n`);
      expect(readFileSync(path, 'utf8')).toBe(written);
      const zh = await cli(['report', dir, '--lang', 'zh']);
      expect(zh.code, zh.stderr).toBe(0);
      expect(zh.stdout).toBe(`已写入 ${path}\n`);
      const page = readFileSync(path, 'utf8');
      expect(page).toContain('<html lang="zh-CN">');
      expect(page).not.toBe(written);
      // Back to English: the original bytes again.
      expect((await cli(['report', dir, '--lang', 'en', '--quiet'])).code).toBe(0);
      expect(readFileSync(path, 'utf8')).toBe(written);
    });
  }

  it('every kind of folder holds the data dictionary, listed in its manifest', () => {
    for (const [kind, dir] of Object.entries(dirs)) {
      const header = readFileSync(join(dir, 'dictionary.csv'), 'utf8').split('\n', 1)[0];
      expect(header, kind).toBe(DICTIONARY_COLUMNS.join(','));
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: string[] };
      expect(manifest.files, kind).toContain('dictionary.csv');
    }
  });

  it('--png on an experiment folder is refused before anything is written', async () => {
    const path = join(dirs.compare, 'report.html');
    const before = readFileSync(path, 'utf8');
    const r = await cli(['report', dirs.compare, '--png']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--png draws the figures of run reports only');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('a folder cogov did not write is refused with exit 2 and no report', async () => {
    const empty = join(ws, 'empty');
    mkdirSync(empty);
    const r = await cli(['report', empty]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not an output folder of cogov');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

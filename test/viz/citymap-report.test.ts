/**
 * The run report's small-multiples map from a real ensemble folder: `cogov run` writes it for run 0
 * (seed runSeed(S, 0)) re-run with the per-community observer, `cogov report` writes the same bytes
 * again, and a folder whose manifest lacks the scenario or the seed, or was written by another cogov
 * version, gets no map rather than a map of a different run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSeed } from '../../sim/kernel/rng.js';
import { runWithSnapshots, STAGES } from '../../sim/model/community-snapshots.js';
import { stageHistoryOf } from '../../viz/io/citymap.js';
import { demoSmall } from '../model/scenario-fixtures.js';

const SEED = 9;
let dir = '';

const cogov = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/cogov.js', ...args], { encoding: 'utf8' });

beforeAll(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'cogov-citymap-')), 'out');
  const r = cogov(
    'run',
    'scenarios/demo-small.yaml',
    '--runs',
    '2',
    '--workers',
    '1',
    '--seed',
    String(SEED),
    '--out',
    dir,
    '--quiet',
    '--lang',
    'en',
  );
  expect(r.status, r.stderr).toBe(0);
}, 120_000);

describe('report small multiples', () => {
  it('shows run 0 of the ensemble at five dates', () => {
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    const section = html.slice(
      html.indexOf('<section id="citymap">'),
      html.indexOf('</section>', html.indexOf('<section id="citymap">')),
    );
    expect(section).not.toBe('');
    expect(html).toContain('<a href="#citymap">');
    const seed = runSeed(SEED, 0);
    expect(section).toContain(`seed ${seed}`);
    expect(section.match(/<svg /g)).toHaveLength(5);
    const { snapshots: s } = runWithSnapshots(demoSmall(), seed);
    const last = s.ticks - 1;
    let done = 0;
    for (let c = 0; c < s.communities; c++)
      if (STAGES[s.stage[last * s.communities + c]] === 'completed') done++;
    expect(section).toContain(`<strong>${s.dates[last]}</strong> · ${done} of ${s.communities} completed`);
  });

  it('is rewritten byte for byte by cogov report', () => {
    const before = readFileSync(join(dir, 'report.html'), 'utf8');
    const r = cogov('report', dir, '--lang', 'en');
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'report.html'), 'utf8') === before).toBe(true);
  });

  it('is left out when the run cannot be the ensemble’s', () => {
    const path = join(dir, 'manifest.json');
    const original = readFileSync(path, 'utf8');
    const edit = (f: (m: Record<string, unknown>) => void) => {
      const m = JSON.parse(original) as Record<string, unknown>;
      f(m);
      writeFileSync(path, JSON.stringify(m));
      return stageHistoryOf(dir);
    };
    try {
      expect(edit(() => {})?.seed).toBe(runSeed(SEED, 0));
      expect(edit((m) => (m['cogovVersion'] = '0.0.0-other'))).toBeNull();
      expect(edit((m) => delete m['resolvedScenario'])).toBeNull();
      expect(edit((m) => (m['seed'] = 'nine'))).toBeNull();
      expect(edit((m) => ((m['resolvedScenario'] as Record<string, unknown>)['city'] = 3))).toBeNull();
    } finally {
      writeFileSync(path, original);
    }
  });
});

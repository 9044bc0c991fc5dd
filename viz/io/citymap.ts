/**
 * The small-multiples map's data for a run report: the ensemble's files keep no per-community
 * state, so when the report is written the run of index 0 is re-run (same scenario as run, from
 * manifest.json's resolvedScenario, and the same seed, `runSeed(seed, 0)`) with the per-community
 * observer. Same seed, same stages: the report stays byte-identical. Null — the report then has no
 * map — when the manifest lacks the scenario or the seed, when another cogov version ran the
 * ensemble (this engine's run 0 need not be that ensemble's), or when the re-run fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Scenario, ScenarioSchema } from '../../scenarios/schema.js';
import { runSeed } from '../../sim/kernel/rng.js';
import { cogovVersion } from '../../sim/io/version.js';
import { type CommunitySnapshots, runWithSnapshots } from '../../sim/model/community-snapshots.js';
import type { StageHistory } from '../city-map-svg.js';

/**
 * Run 0 of the ensemble in `dir` as its manifest.json records it: the resolved scenario and the
 * ensemble's base seed (run 0 runs on `runSeed(seed, 0)`); null when the manifest is missing or
 * unreadable, lacks either, or was written by another cogov version.
 */
export function manifestRun0(dir: string): { scenario: Scenario; seed: number } | null {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) return null;
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (manifest['cogovVersion'] !== cogovVersion()) return null;
  const base = manifest['seed'];
  if (typeof base !== 'number' || !Number.isInteger(base) || base < 0) return null;
  const parsed = ScenarioSchema.safeParse(manifest['resolvedScenario']);
  if (!parsed.success) return null;
  return { scenario: parsed.data, seed: base };
}

/** Run 0 of the ensemble in `dir` again, recording each community's stage; null when it cannot. */
export function stageHistoryOf(dir: string): StageHistory | null {
  const run0 = manifestRun0(dir);
  if (!run0) return null;
  const seed = runSeed(run0.seed, 0);
  let s: CommunitySnapshots;
  try {
    s = runWithSnapshots(run0.scenario, seed).snapshots;
  } catch {
    return null;
  }
  return stageHistory(seed, s);
}

/** The small multiples' data of a run recorded with the per-community observer. */
export function stageHistory(seed: number, s: CommunitySnapshots): StageHistory {
  return {
    seed,
    communities: s.communities,
    ticks: s.ticks,
    dates: s.dates,
    districts: s.districts,
    stage: s.stage,
  };
}

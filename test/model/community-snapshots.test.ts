/**
 * The per-community snapshot observer: it changes nothing in a run, its stages and variables are
 * the world's own at every month (checked against a second observer reading the world directly),
 * undefined values are NaN (never 0), and the same seed records the same bytes.
 */
import { describe, expect, it } from 'vitest';
import {
  newSnapshotRecorder,
  runWithSnapshots,
  SNAPSHOT_VARIABLES,
  STAGES,
  snapshotValue,
  stageOf,
} from '../../sim/model/community-snapshots.js';
import { runOne } from '../../sim/model/run.js';
import type { World } from '../../sim/world/state.js';
import { demoSmall } from './scenario-fixtures.js';

const scenario = demoSmall();
const SEED = 11;

describe('community snapshots', () => {
  const { result, snapshots: s } = runWithSnapshots(scenario, SEED);

  it('leaves the run unchanged and records every month and community', () => {
    const plain = runOne(scenario, SEED);
    expect(result.indicators).toEqual(plain.indicators);
    expect(new Uint8Array(result.values.buffer)).toEqual(new Uint8Array(plain.values.buffer));
    expect(s.ticks).toBe(result.ticks);
    expect(s.recorded).toBe(result.ticks);
    expect(s.dates).toEqual(result.dates);
    expect(s.communities).toBe(scenario.city.generate.communities);
    expect(s.stage.length).toBe(s.ticks * s.communities);
    expect(s.values.length).toBe(SNAPSHOT_VARIABLES.length * s.ticks * s.communities);
  });

  it('records the world as it is at the end of each month', () => {
    const seen: { t: number; stages: number[]; q: number[]; fund: number[]; consent: number[] }[] = [];
    const rec = newSnapshotRecorder();
    runOne(scenario, SEED, {
      onTick: (w: World) => {
        rec.observe(w);
        seen.push({
          t: w.clock.tick,
          stages: w.communities.map(stageOf),
          q: w.communities.map((c) => c.q),
          fund: w.communities.map((c) => w.ledger.communityFundRmb(c.id)),
          consent: w.communities.map((c) => (c.votes > 0 ? c.consentShare : Number.NaN)),
        });
      },
    });
    const r = rec.snapshots!;
    for (const m of seen) {
      for (let c = 0; c < r.communities; c++) {
        expect(r.stage[m.t * r.communities + c]).toBe(m.stages[c]);
        expect(snapshotValue(r, 'functionality', m.t, c)).toBeCloseTo(m.q[c], 6);
        expect(snapshotValue(r, 'communityFund', m.t, c)).toBeCloseTo(m.fund[c], 0);
        const consent = snapshotValue(r, 'consent', m.t, c);
        if (Number.isNaN(m.consent[c])) expect(consent).toBeNaN();
        else expect(consent).toBeCloseTo(m.consent[c], 6);
      }
    }
  });

  it('moves communities along the pipeline: some start out of the library and some complete', () => {
    const last = s.ticks - 1;
    const n = s.communities;
    const count = (t: number, stage: string) => {
      let k = 0;
      for (let c = 0; c < n; c++) if (s.stage[t * n + c] === STAGES.indexOf(stage as never)) k++;
      return k;
    };
    expect(count(0, 'completed')).toBe(0);
    expect(count(last, 'completed')).toBeGreaterThan(0);
    let world: World | null = null;
    runOne(scenario, SEED, { onTick: (w) => (world = w) });
    const totals = (world as unknown as World).totals;
    // demo-small has no community renovated before the start: every completed one is a renovation.
    expect(count(last, 'renovatedBefore')).toBe(0);
    expect(count(last, 'completed')).toBe(totals.renovationsCompleted + totals.elevatorOnlyProjects);
    for (let i = 0; i < s.stage.length; i++) expect(s.stage[i]).toBeLessThan(STAGES.length);
  });

  it('is NaN, not 0, where a variable is undefined; defined values lie in their ranges', () => {
    const n = s.communities;
    // Before any community votes, consent is undefined everywhere.
    for (let c = 0; c < n; c++) expect(snapshotValue(s, 'consent', 0, c)).toBeNaN();
    // Participation is undefined for a community until its first consultation round.
    for (let t = 0; t < s.ticks; t++)
      for (let c = 0; c < n; c++) {
        const p = snapshotValue(s, 'participation', t, c);
        const everConsulted = [...Array(t + 1).keys()].some((u) => s.stage[u * n + c] === 3);
        if (!everConsulted) expect(p).toBeNaN();
        else expect(p).toBeGreaterThanOrEqual(0);
        const trust = snapshotValue(s, 'trust', t, c);
        expect(trust).toBeGreaterThanOrEqual(0);
        expect(trust).toBeLessThanOrEqual(1);
      }
  });

  it('records the same bytes for the same seed', () => {
    const again = runWithSnapshots(scenario, SEED).snapshots;
    expect(again.stage).toEqual(s.stage);
    expect(new Uint8Array(again.values.buffer)).toEqual(new Uint8Array(s.values.buffer));
  });
});

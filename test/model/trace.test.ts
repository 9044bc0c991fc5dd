import { describe, expect, it } from 'vitest';
import { runOne } from '../../sim/model/run.js';
import { timeline } from '../../sim/model/trace.js';
import type { TraceEvent } from '../../sim/world/trace.js';
import { demoSmall } from './scenario-fixtures.js';

const SEEDS = [1, 2, 3, 4];

function bytes(values: Float64Array): number[] {
  return Array.from(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
}

function lastIndex(ev: TraceEvent[], end: number, ok: (e: TraceEvent) => boolean): number {
  for (let i = end - 1; i >= 0; i--) if (ok(ev[i])) return i;
  return -1;
}

describe('the event log', () => {
  it('changes nothing: values, indicators and money are byte-identical with and without it', () => {
    const s = demoSmall();
    for (const seed of SEEDS) {
      const off = runOne(s, seed);
      const all = runOne(s, seed, { trace: {} });
      const one = runOne(s, seed, { trace: { communities: new Set([5]) } });
      for (const on of [all, one]) {
        expect(bytes(on.values)).toEqual(bytes(off.values));
        expect(JSON.stringify(on.indicators)).toBe(JSON.stringify(off.indicators));
        expect(on.money).toEqual(off.money);
      }
      expect(off.events).toBeUndefined();
      expect(off.stalled).toBeUndefined();
      expect(all.events!.length).toBeGreaterThan(100);
    }
  });

  it('is deterministic, and a chosen community gets exactly its part of the full log', () => {
    const s = demoSmall();
    const a = runOne(s, 7, { trace: {} });
    const b = runOne(s, 7, { trace: {} });
    expect(JSON.stringify(a.events)).toBe(JSON.stringify(b.events));
    const chosen = runOne(s, 7, { trace: { communities: new Set([3, 11]) } });
    expect(chosen.events!.every((e) => e.community === 3 || e.community === 11)).toBe(true);
    expect(JSON.stringify(timeline(chosen.events!, 3))).toBe(JSON.stringify(timeline(a.events!, 3)));
    expect(JSON.stringify(timeline(chosen.events!, 11))).toBe(JSON.stringify(timeline(a.events!, 11)));
  });

  it('tells each community a consistent story in date order', () => {
    const s = demoSmall();
    for (const seed of SEEDS) {
      const r = runOne(s, seed, { trace: {} });
      for (let id = 0; id < 50; id++) {
        const ev = timeline(r.events!, id);
        for (let i = 1; i < ev.length; i++) expect(ev[i].t).toBeGreaterThanOrEqual(ev[i - 1].t);
        for (const e of ev) expect(e.date).toBe(r.dates[e.t]);
        const first = (k: TraceEvent['kind']) => ev.findIndex((e) => e.kind === k);
        const done = ev.findIndex((e) => e.kind === 'completed' && e.renovated);
        if (done >= 0) {
          expect(first('listed')).toBeGreaterThanOrEqual(0);
          expect(first('listed')).toBeLessThan(first('consultationOpened'));
          const funded = lastIndex(ev, done, (e) => e.kind === 'funded');
          const built = lastIndex(ev, done, (e) => e.kind === 'constructionStarted');
          const vote = lastIndex(ev, done, (e) => e.kind === 'vote' && e.matter === 'renovation');
          expect(vote).toBeGreaterThanOrEqual(0);
          expect(vote).toBeLessThan(funded);
          expect(funded).toBeLessThan(built);
          const ended = ev[done];
          if (ended.kind === 'completed') expect(ended.satisfaction).toBeGreaterThanOrEqual(0);
        }
        for (const e of ev) {
          if (e.kind === 'vote' || e.kind === 'elevatorApplied') {
            if (e.passed) expect(e.failed).toEqual([]);
            else expect(e.failed.length).toBeGreaterThan(0);
          }
          if (e.kind === 'funded') {
            const sum = Object.values(e.payers).reduce((x, y) => x + y, 0);
            expect(sum).toBeGreaterThan(0);
          }
        }
      }
    }
  });

  it('explains a funding stall: no city money and no PPP leaves projects in the funding queue', () => {
    const s = demoSmall({
      government: {
        cityFund: { baseBudgetRmbPerYear: 0 },
        specialBonds: { enabled: false },
        guidanceFund: { enabled: false },
      },
      enterprises: { enabled: false },
    });
    const r = runOne(s, 1, { trace: {} });
    const waiting = r.stalled!.filter((x) => x.reason === 'fundingQueue');
    expect(waiting.length).toBeGreaterThan(40);
    for (const w of waiting) {
      expect(w.state).toBe('funding');
      expect(w.needRmb).toBeGreaterThan(0);
      expect(w.last?.kind).toBe('fundingWait');
    }
  });

  it('explains a vote stall: owners asked to pay everything vote the plan down, naming the thresholds', () => {
    const s = demoSmall({
      renovation: { residentCostShare: 1 },
      residents: { consultation: { enabled: false } },
    });
    const r = runOne(s, 1, { trace: {} });
    const failed = r.stalled!.filter((x) => x.reason === 'voteFailed' || x.reason === 'elevatorsOnly');
    expect(failed.length).toBeGreaterThan(30);
    for (const f of failed) {
      expect(f.votes).toBeGreaterThan(f.votesPassed);
      expect(f.failed.length).toBeGreaterThan(0);
      expect(f.failed.every((t) => ['quorumArea', 'quorumHeads', 'yesArea', 'yesHeads'].includes(t))).toBe(
        true,
      );
    }
  });

  it('explains a library stall: with room for 5 communities a year the rest wait below the need cut', () => {
    const r = runOne(demoSmall({ government: { projectLibrary: { capacityPerYear: 5 } } }), 1, { trace: {} });
    const unlisted = r.stalled!.filter((x) => x.reason === 'needScore');
    expect(unlisted.length).toBeGreaterThan(10);
    for (const u of unlisted) {
      expect(u.state).toBe('unlisted');
      expect(u.needScore).toBeLessThanOrEqual(u.cutScore);
    }
  });
});

/**
 * The city map's layout: every community one cell, no two in one cell, grouped by district in
 * blocks that do not overlap, ids in order within a block, the same districts giving the same
 * layout; pixel placement and hit-testing agree.
 */
import { describe, expect, it } from 'vitest';
import { cellAt, cityLayout, pixelLayout } from '../../viz/city-layout.js';

const roundRobin = (n: number, ds: string[]) => Array.from({ length: n }, (_, i) => ds[i % ds.length]);

describe('city layout', () => {
  it('gives every community its own cell inside its district block', () => {
    for (const districts of [
      roundRobin(3770, ['顺庆区', '高坪区', '嘉陵区']),
      roundRobin(30, ['a', 'b', 'c']),
      roundRobin(7, ['only']),
      ['x', 'y', 'y', 'x', 'z', 'z', 'z', 'z', 'z'],
    ]) {
      const L = cityLayout(districts);
      const seen = new Set<number>();
      districts.forEach((d, id) => {
        const key = L.row[id] * L.cols + L.col[id];
        expect(seen.has(key)).toBe(false);
        seen.add(key);
        expect(L.grid[key]).toBe(id);
        const b = L.blocks.find((k) => k.district === d)!;
        expect(L.col[id]).toBeGreaterThanOrEqual(b.x);
        expect(L.col[id]).toBeLessThan(b.x + b.cols);
        expect(L.row[id]).toBeGreaterThanOrEqual(b.y);
        expect(L.row[id]).toBeLessThan(b.y + b.rows);
      });
      expect(L.blocks.map((b) => b.district)).toEqual([...new Set(districts)]);
      expect(L.blocks.reduce((a, b) => a + b.count, 0)).toBe(districts.length);
      // Blocks do not overlap.
      for (const a of L.blocks)
        for (const b of L.blocks) {
          if (a === b) continue;
          const apart =
            a.x + a.cols <= b.x || b.x + b.cols <= a.x || a.y + a.rows <= b.y || b.y + b.rows <= a.y;
          expect(apart).toBe(true);
        }
      // Within a block, ids run row by row.
      for (const b of L.blocks) {
        const ids = districts.flatMap((d, id) => (d === b.district ? [id] : []));
        const pos = ids.map((id) => (L.row[id] - b.y) * b.cols + (L.col[id] - b.x));
        expect(pos).toEqual(ids.map((_, i) => i));
      }
    }
  });

  it('is landscape for a large city and the same for the same districts', () => {
    const ds = roundRobin(3770, ['顺庆区', '高坪区', '嘉陵区']);
    const a = cityLayout(ds);
    const b = cityLayout([...ds]);
    expect(a.cols).toBeGreaterThanOrEqual(a.rows);
    expect([...a.col]).toEqual([...b.col]);
    expect([...a.row]).toEqual([...b.row]);
  });

  it('wraps many districts into several bands', () => {
    const L = cityLayout(
      roundRobin(
        400,
        Array.from({ length: 12 }, (_, i) => `d${i}`),
      ),
    );
    expect(L.bandTop.length).toBeGreaterThan(1);
    expect(L.cols).toBeLessThan(12 * 7);
  });

  it('finds the community under a pixel, and none in gaps and label strips', () => {
    const ds = roundRobin(500, ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    const L = cityLayout(ds);
    const P = pixelLayout(L, 6, 14);
    for (let id = 0; id < ds.length; id++) {
      expect(cellAt(P, L, P.px[id] + 3, P.py[id] + 3)).toBe(id);
      expect(cellAt(P, L, P.px[id], P.py[id] + 5)).toBe(id);
    }
    expect(cellAt(P, L, 1, 2)).toBe(-1); // label strip above the first band
    expect(cellAt(P, L, -1, P.py[0])).toBe(-1);
    expect(cellAt(P, L, P.width + 1, P.py[0])).toBe(-1);
    expect(P.height).toBe(L.rows * 6 + L.bandTop.length * 14);
  });
});

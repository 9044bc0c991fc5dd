/** Keyboard moves on the city map: arrows step to the next cell holding a community, across gaps. */
import { describe, expect, it } from 'vitest';
import { cityLayout } from '../../viz/city-layout.js';
import { nextCell } from '../../web/map-keys.js';

describe('map keys', () => {
  const ds = Array.from({ length: 30 }, (_, i) => ['a', 'b', 'c'][i % 3]);
  const L = cityLayout(ds);
  const at = (x: number, y: number) => L.grid[y * L.cols + x];

  it('starts at the first community and jumps to either end', () => {
    expect(nextCell(L, -1, 'ArrowRight')).toBe(0);
    expect(nextCell(L, 5, 'Home')).toBe(0);
    expect(nextCell(L, 5, 'End')).toBe(29);
    expect(nextCell(L, 5, 'x')).toBe(5);
  });

  it('steps to neighbours and across the gap between blocks, stopping at the edges', () => {
    for (let id = 0; id < ds.length; id++) {
      const right = nextCell(L, id, 'ArrowRight');
      if (right !== id) {
        expect(L.row[right]).toBe(L.row[id]);
        expect(L.col[right]).toBeGreaterThan(L.col[id]);
        for (let x = L.col[id] + 1; x < L.col[right]; x++) expect(at(x, L.row[id])).toBe(-1);
      } else for (let x = L.col[id] + 1; x < L.cols; x++) expect(at(x, L.row[id])).toBe(-1);
      const down = nextCell(L, id, 'ArrowDown');
      if (down !== id) expect(L.col[down]).toBe(L.col[id]);
      expect(
        nextCell(L, nextCell(L, id, 'ArrowLeft'), 'ArrowRight') === id || nextCell(L, id, 'ArrowLeft') === id,
      ).toBe(true);
    }
    // Block a's last cell in the first row steps right into block b.
    const a0 = L.blocks[0];
    const edge = at(a0.x + a0.cols - 1, a0.y);
    expect(ds[nextCell(L, edge, 'ArrowRight')]).toBe('b');
  });
});

/**
 * Moving through the city map with the keyboard: arrow keys step to the neighbouring cell that
 * holds a community (skipping the gaps between district blocks), Home and End to the first and last
 * community. Pure: the page selects the community it returns.
 */
import type { CityLayout } from '../viz/city-layout.js';

/** The community selected after `key` from community `from` (−1: none yet); `from` when none fits. */
export function nextCell(layout: CityLayout, from: number, key: string): number {
  const n = layout.col.length;
  if (n === 0) return -1;
  if (key === 'Home' || from < 0) return 0;
  if (key === 'End') return n - 1;
  const step: Record<string, [number, number]> = {
    ArrowLeft: [-1, 0],
    ArrowRight: [1, 0],
    ArrowUp: [0, -1],
    ArrowDown: [0, 1],
  };
  const d = step[key];
  if (!d) return from;
  let x = layout.col[from] + d[0];
  let y = layout.row[from] + d[1];
  while (x >= 0 && y >= 0 && x < layout.cols && y < layout.rows) {
    const id = layout.grid[y * layout.cols + x];
    if (id >= 0) return id;
    x += d[0];
    y += d[1];
  }
  return from;
}

/**
 * The households of a world: struct-of-arrays storage and the small-world ties within each
 * community. Part of world construction (build-world.ts), in the same draw order.
 */
import type { Rng } from '../kernel/rng.js';
import type { Community, Households } from '../world/state.js';

/** Zeroed struct-of-arrays for `n` households (opinions start at 0.5). */
export function allocateHouseholds(n: number): Households {
  return {
    count: n,
    community: new Int32Array(n),
    unit: new Int32Array(n),
    floor: new Uint8Array(n),
    areaM2: new Float64Array(n),
    elderly: new Uint8Array(n),
    owner: new Uint8Array(n),
    incomeRmb: new Float64Array(n),
    trust: new Float64Array(n),
    aware: new Uint8Array(n),
    opinion: new Float64Array(n).fill(0.5),
    epsilon: new Float64Array(n),
    threshold: new Float64Array(n),
    participating: new Uint8Array(n),
    leader: new Uint8Array(n),
    owedRmb: new Float64Array(n),
    instalmentRmb: new Float64Array(n),
    paidRmb: new Float64Array(n),
    arrearsRmb: new Float64Array(n),
    volunteer: new Uint8Array(n),
    points: new Float64Array(n),
    compensationRmb: new Float64Array(n),
    tieStart: new Int32Array(n + 1),
    tieIdx: new Int32Array(0),
  };
}

/**
 * Small-world ties within each community (Watts–Strogatz: a ring of k neighbours, each edge rewired
 * to a random member of the same community with probability p). Stored as CSR; ties are undirected.
 */
export function buildTies(hh: Households, communities: Community[], k: number, p: number, rng: Rng): void {
  const half = Math.max(1, Math.floor(k / 2));
  const deg = new Int32Array(hh.count);
  const edgesA = new Int32Array(hh.count * half);
  const edgesB = new Int32Array(hh.count * half);
  let m = 0;
  for (const c of communities) {
    const n = c.hhEnd - c.hhStart;
    if (n < 2) continue;
    const h = Math.min(half, Math.floor((n - 1) / 2) || 1);
    for (let i = 0; i < n; i++) {
      for (let j = 1; j <= h; j++) {
        let b = (i + j) % n;
        if (rng.chance(p)) {
          const r = rng.int(n);
          if (r !== i) b = r;
        }
        if (b === i) continue;
        edgesA[m] = c.hhStart + i;
        edgesB[m] = c.hhStart + b;
        m++;
        deg[c.hhStart + i]++;
        deg[c.hhStart + b]++;
      }
    }
  }
  for (let i = 0; i < hh.count; i++) hh.tieStart[i + 1] = hh.tieStart[i] + deg[i];
  const fill = hh.tieStart.slice(0, hh.count);
  hh.tieIdx = new Int32Array(hh.tieStart[hh.count]);
  for (let e = 0; e < m; e++) {
    hh.tieIdx[fill[edgesA[e]]++] = edgesB[e];
    hh.tieIdx[fill[edgesB[e]]++] = edgesA[e];
  }
}

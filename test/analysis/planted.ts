import type { DiscoveryInput } from '../../sim/analysis/prim-box.js';
import { makeRng } from '../../sim/kernel/rng.js';

/** 2,000 points in [0,1]^5; of interest inside x1 > 0.6 ∧ x3 < 0.3, 1 % of labels flipped. */
export function plantedBox(seed = 7, n = 2000): { inputs: DiscoveryInput[]; y: Float64Array } {
  const rng = makeRng(seed, 'planted');
  const cols = Array.from({ length: 5 }, () => new Float64Array(n));
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (const c of cols) c[i] = rng.next();
    y[i] = cols[0][i] > 0.6 && cols[2][i] < 0.3 ? 1 : 0;
    if (rng.chance(0.01)) y[i] = 1 - y[i];
  }
  return { inputs: cols.map((values, j) => ({ name: `x${j + 1}`, kind: 'numeric', values })), y };
}

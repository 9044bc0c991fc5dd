/**
 * Exact hypervolume of a set of points (objectives minimised) against a reference point: the volume
 * of the region dominated by the set and bounded by the reference. Two objectives: a sweep over the
 * points sorted by the first objective. More: the WFG algorithm (While, Bradstreet & Barone 2012,
 * "A fast way of calculating exact hypervolumes", IEEE TEC 16(1)), which sums each point's exclusive
 * contribution, the box of the point less the hypervolume of the rest limited to that box, with the
 * two-objective sweep as its base case. Points not strictly better than the reference in every
 * objective, and undefined points, add nothing.
 */

/** Hypervolume of `points` (each of length d) against `reference` (length d), minimisation. */
export function hypervolume(points: readonly (readonly number[])[], reference: readonly number[]): number {
  const d = reference.length;
  const inside = points.filter((p) => p.length === d && p.every((v, j) => v < reference[j]));
  if (inside.length === 0) return 0;
  if (d === 1) return reference[0] - Math.min(...inside.map((p) => p[0]));
  return wfg(nonDominated(inside), reference);
}

/** Two objectives: sort by the first, add the slab of each point that improves the second. */
function sweep2(points: readonly (readonly number[])[], ref: readonly number[]): number {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let volume = 0;
  let bestY = ref[1];
  for (const p of sorted) {
    if (p[1] < bestY) {
      volume += (ref[0] - p[0]) * (bestY - p[1]);
      bestY = p[1];
    }
  }
  return volume;
}

function wfg(points: readonly (readonly number[])[], ref: readonly number[]): number {
  if (points.length === 0) return 0;
  if (ref.length === 2) return sweep2(points, ref);
  // Sorting by the last objective keeps the limited sets small (WFG's ordering heuristic).
  const sorted = [...points].sort((a, b) => b[b.length - 1] - a[a.length - 1]);
  let volume = 0;
  for (let k = 0; k < sorted.length; k++) volume += exclusive(sorted, k, ref);
  return volume;
}

function exclusive(points: readonly (readonly number[])[], k: number, ref: readonly number[]): number {
  const p = points[k];
  let box = 1;
  for (let j = 0; j < ref.length; j++) box *= ref[j] - p[j];
  const limited: number[][] = [];
  for (let i = k + 1; i < points.length; i++) limited.push(points[i].map((v, j) => Math.max(v, p[j])));
  return box - wfg(nonDominated(limited), ref);
}

/** The points no other point weakly dominates (duplicates kept once), in input order. */
export function nonDominated(points: readonly (readonly number[])[]): (readonly number[])[] {
  const out: (readonly number[])[] = [];
  points.forEach((p, i) => {
    for (let q = 0; q < points.length; q++) {
      if (q === i) continue;
      const o = points[q];
      let noWorse = true;
      let better = false;
      for (let j = 0; j < p.length; j++) {
        if (o[j] > p[j]) {
          noWorse = false;
          break;
        }
        if (o[j] < p[j]) better = true;
      }
      // A strictly better point removes p; an equal point removes the later copy only.
      if (noWorse && (better || q < i)) return;
    }
    out.push(p);
  });
  return out;
}

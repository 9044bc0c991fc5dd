/**
 * Validation 5: elevator cost shares (`agents/elevator-share.ts`, docs/VALIDATION.md §5).
 *
 * (a) Shapley value of the airport game (Littlechild & Owen 1973): the shaft is one segment per
 * storey climbed, of equal cost; a household's cost is the shaft up to its floor; the ground floor
 * does not use the lift and pays nothing. The reference is computed here by brute force from the
 * definition φ_i = Σ_S |S|!(n−|S|−1)!/n! · (c(S ∪ {i}) − c(S)) over every coalition S, independent of
 * the model's closed form. Hand values per floor (2 flats a floor): 6 storeys 2F..6F = 4, 9, 15.67,
 * 25.67, 45.67 %; 7 storeys 2F..7F = 2.78, 6.11, 10.28, 15.83, 24.17, 40.83 %.
 * (b) Guangzhou floor coefficients: share_i = coef_i × area_i × cost ÷ Σ coef × area over paying floors,
 * floors 1–2 exempt, coefficients 0.7…1.3 for floors 3–9; worked case below.
 */
import { describe, expect, it } from 'vitest';
import { shareElevatorCost, shareWeights } from '../../agents/elevator-share.js';

/** Brute-force Shapley shares of the airport game; players are households of floors ≥ 2. */
function bruteShapley(storeys: number, perFloor: number): number[] {
  const floors: number[] = [];
  for (let f = 2; f <= storeys; f++) for (let h = 0; h < perFloor; h++) floors.push(f);
  const n = floors.length;
  const fact = [1];
  for (let k = 1; k <= n; k++) fact[k] = fact[k - 1] * k;
  const cost = (mask: number) => {
    let top = 1;
    for (let i = 0; i < n; i++) if (mask & (1 << i)) top = Math.max(top, floors[i]);
    return top - 1; // segments climbed
  };
  const phi = new Array<number>(n).fill(0);
  for (let mask = 0; mask < 1 << n; mask++) {
    let size = 0;
    for (let i = 0; i < n; i++) if (mask & (1 << i)) size++;
    const c = cost(mask);
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i)) continue;
      phi[i] += ((fact[size] * fact[n - size - 1]) / fact[n]) * (cost(mask | (1 << i)) - c);
    }
  }
  const total = storeys - 1;
  return [...new Array<number>(perFloor).fill(0), ...phi.map((v) => v / total)]; // floor 1 pays 0
}

describe('validation 5a: Shapley airport game', () => {
  it.each([
    [6, 2, [0, 4, 9, 15.667, 25.667, 45.667]],
    [7, 2, [0, 2.778, 6.111, 10.278, 15.833, 24.167, 40.833]],
    [6, 1, [0, 4, 9, 15.667, 25.667, 45.667]],
    [7, 1, [0, 2.778, 6.111, 10.278, 15.833, 24.167, 40.833]],
  ])(
    '%i storeys, %i flat(s) a floor: model = brute-force Shapley = hand values',
    (storeys, perFloor, pct) => {
      const w = shareWeights({
        storeys,
        householdsPerFloor: perFloor,
        areas: 70,
        totalCost: 1,
        rule: { kind: 'shapley' },
      });
      const ref = bruteShapley(storeys, perFloor);
      for (let i = 0; i < w.length; i++) expect(w[i]).toBeCloseTo(ref[i], 12);
      for (let f = 1; f <= storeys; f++) {
        let floor = 0;
        for (let h = 0; h < perFloor; h++) floor += w[(f - 1) * perFloor + h];
        expect(100 * floor).toBeCloseTo(pct[f - 1], 2);
      }
    },
  );
});

describe('validation 5b: Guangzhou floor coefficients, worked case', () => {
  // 6 storeys, 2 flats a floor; areas 60 m² on floors 1–2, 70 m² on 3–4, 80 m² on 5–6; cost
  // 550,000 RMB, subsidy 150,000 RMB: net 400,000 RMB.
  // Σ coef × area over paying floors = 2 × (0.7·70 + 0.8·70 + 0.9·80 + 1.0·80) = 2 × 257 = 514.
  // Per flat: 3F 0.7·70/514·400,000 = 38,132.30; 4F 43,579.77; 5F 56,031.13; 6F 62,256.81 RMB.
  const result = shareElevatorCost({
    storeys: 6,
    householdsPerFloor: 2,
    areas: [60, 60, 70, 70, 80, 80],
    totalCost: 550_000,
    subsidy: 150_000,
    rule: { kind: 'floor-coefficients' },
  });
  const byFloor = (f: number) => result.rows.filter((r) => r.floor === f).map((r) => r.share);

  it('floors 1–2 pay nothing; floors 3–6 pay coefficient × area × net cost ÷ 514 (within 1 fen)', () => {
    expect(byFloor(1)).toEqual([0, 0]);
    expect(byFloor(2)).toEqual([0, 0]);
    const hand = { 3: 38_132.3, 4: 43_579.77, 5: 56_031.13, 6: 62_256.81 } as Record<number, number>;
    // Settled to the fen by largest remainder: a share may differ from the rounded hand value by 1 fen.
    for (const f of [3, 4, 5, 6]) {
      for (const s of byFloor(f)) {
        expect(Math.abs(Math.round(s * 100) - Math.round(hand[f] * 100))).toBeLessThanOrEqual(1);
      }
    }
  });

  it('the shares sum to the net cost exactly', () => {
    const total = result.rows.reduce((a, r) => a + Math.round(r.share * 100), 0);
    expect(total).toBe(40_000_000);
    expect(result.netCost).toBe(400_000);
  });
});

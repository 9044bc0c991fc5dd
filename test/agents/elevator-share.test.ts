import { describe, expect, it } from 'vitest';
import {
  type ElevatorShareInput,
  type ElevatorShareResult,
  largestRemainder,
  type ShareRule,
  shareElevatorCost,
  shareWeights,
} from '../../agents/elevator-share.js';

const fen = (rmb: number): number => Math.round(rmb * 100);
const sumFen = (r: ElevatorShareResult, pick: (row: ElevatorShareResult['rows'][number]) => number): number =>
  r.rows.reduce((acc, row) => acc + fen(pick(row)), 0);

/** Percent of the net cost paid by each floor (floor 1 first). */
function floorPercents(r: ElevatorShareResult, storeys: number): number[] {
  const out = new Array<number>(storeys).fill(0);
  for (const row of r.rows) out[row.floor - 1] += 100 * row.shareOfNet;
  return out;
}

/** Small deterministic generator for the property test (mulberry32). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('shapley (airport game over shaft segments)', () => {
  it('6 storeys, 1F exempt, equal segments: 2F..6F = 4.0 / 9.0 / 15.7 / 25.7 / 45.7 %', () => {
    const r = shareElevatorCost({
      storeys: 6,
      householdsPerFloor: 2,
      areas: 70,
      totalCost: 500_000,
      subsidy: 150_000,
      rule: { kind: 'shapley' },
    });
    const pct = floorPercents(r, 6);
    const target = [0, 4.0, 9.0, 15.7, 25.7, 45.7];
    for (let f = 0; f < 6; f++) expect(Math.abs(pct[f] - target[f])).toBeLessThan(0.1);
  });

  it('7 storeys: hand-computed airport-game values', () => {
    // Six segments (floors 2..7), each 1/6 of the net cost; segment k is shared by the 8 − k
    // paying floors at or above k:
    //   2F = 1/6·1/6                         = 1/36        = 2.7778 %
    //   3F = 2F + 1/6·1/5  = 1/36 + 1/30     = 11/180      = 6.1111 %
    //   4F = 3F + 1/6·1/4  = 11/180 + 1/24   = 37/360      = 10.2778 %
    //   5F = 4F + 1/6·1/3  = 37/360 + 1/18   = 57/360      = 15.8333 %
    //   6F = 5F + 1/6·1/2  = 57/360 + 1/12   = 87/360      = 24.1667 %
    //   7F = 6F + 1/6      = 87/360 + 1/6    = 147/360     = 40.8333 %   (sum = 1)
    const w = shareWeights({
      storeys: 7,
      householdsPerFloor: 1,
      areas: 60,
      totalCost: 1,
      rule: { kind: 'shapley' },
    });
    const expected = [0, 1 / 36, 11 / 180, 37 / 360, 57 / 360, 87 / 360, 147 / 360];
    for (let f = 0; f < 7; f++) expect(w[f]).toBeCloseTo(expected[f], 12);
  });

  it('splits each segment equally per household, ignoring area', () => {
    const r = shareElevatorCost({
      storeys: 3,
      householdsPerFloor: 2,
      areas: [50, 50, 40, 90, 60, 120],
      totalCost: 80_000,
      rule: { kind: 'shapley', segmentCosts: [1, 3] },
    });
    // Segment 1→2 costs 20 000 shared by 4 households; segment 2→3 costs 60 000 shared by 2.
    expect(r.rows.map((x) => x.share)).toEqual([0, 0, 5_000, 5_000, 35_000, 35_000]);
  });
});

describe('floor-coefficients (Guangzhou)', () => {
  it('7 storeys, 2 hh/floor, equal areas, cost 600 000, subsidy 150 000', () => {
    const r = shareElevatorCost({
      storeys: 7,
      householdsPerFloor: 2,
      areas: 70,
      totalCost: 600_000,
      subsidy: 150_000,
      rule: { kind: 'floor-coefficients' },
    });
    // Σ coef × area over floors 3–7 = 2 × 70 × (0.7 + 0.8 + 0.9 + 1.0 + 1.1) = 630 m²;
    // each household pays coef × 70 × 450 000 / 630 = coef × 50 000.
    const perHousehold = [0, 0, 35_000, 40_000, 45_000, 50_000, 55_000];
    for (const row of r.rows) expect(row.share).toBe(perHousehold[row.floor - 1]);
    expect(r.netCost).toBe(450_000);
  });

  it('unequal areas: each share is coef × area × net / Σ coef × area to the fen', () => {
    const coef: Record<number, number> = { 3: 0.7, 4: 0.8, 5: 0.9, 6: 1.0, 7: 1.1, 8: 1.2, 9: 1.3 };
    const areas = [55.2, 61.35, 70.1, 48.8, 90.05, 66.6, 72.4, 59.9, 81.3];
    const r = shareElevatorCost({
      storeys: 9,
      householdsPerFloor: 1,
      areas,
      totalCost: 612_345.67,
      subsidy: 150_000,
      rule: { kind: 'floor-coefficients' },
    });
    const denom = areas.reduce((acc, a, i) => acc + (coef[i + 1] ?? 0) * a, 0);
    for (const row of r.rows) {
      const exact = ((coef[row.floor] ?? 0) * row.area * 462_345.67) / denom;
      expect(Math.abs(row.share - exact)).toBeLessThan(0.01 + 1e-9);
    }
  });

  it('accepts coefficient overrides and exempt floors', () => {
    const rule: ShareRule = {
      kind: 'floor-coefficients',
      coefficients: { 2: 0.5, 3: 1.5 },
      exemptFloors: [1],
    };
    const w = shareWeights({ storeys: 3, householdsPerFloor: 1, areas: 10, totalCost: 1, rule });
    expect(Array.from(w)).toEqual([0, 0.25, 0.75]);
  });
});

describe('negotiated (Nanjing)', () => {
  it('6 storeys: 0 / 3 / 8 / 18 / 30 / 41 %', () => {
    const r = shareElevatorCost({
      storeys: 6,
      householdsPerFloor: 1,
      areas: 65,
      totalCost: 100_000,
      rule: { kind: 'negotiated' },
    });
    expect(r.rows.map((x) => x.share)).toEqual([0, 3_000, 8_000, 18_000, 30_000, 41_000]);
  });

  it('renormalises the table to a 5-storey unit and splits a floor by area', () => {
    const w = shareWeights({
      storeys: 5,
      householdsPerFloor: 2,
      areas: [1, 1, 1, 3, 1, 1, 1, 1, 1, 1],
      totalCost: 1,
      rule: { kind: 'negotiated' },
    });
    expect(w[2] + w[3]).toBeCloseTo(3 / 59, 12);
    expect(w[3]).toBeCloseTo((3 / 59) * 0.75, 12);
    expect(w[8] + w[9]).toBeCloseTo(30 / 59, 12);
  });

  it('needs a percentage for every floor', () => {
    const input: ElevatorShareInput = {
      storeys: 7,
      householdsPerFloor: 1,
      areas: 60,
      totalCost: 1,
      rule: { kind: 'negotiated' },
    };
    expect(() => shareWeights(input)).toThrow(/floor 7/);
    const custom = {
      ...input,
      rule: { kind: 'negotiated', floorPercent: [0, 2, 6, 12, 20, 25, 35] } as const,
    };
    expect(shareWeights(custom)[6]).toBeCloseTo(0.35, 12);
  });
});

describe('compensation fund', () => {
  const base: ElevatorShareInput = {
    storeys: 6,
    householdsPerFloor: 2,
    areas: [60, 80, 61, 79, 62, 78, 63, 77, 64, 76, 65, 75],
    totalCost: 523_456.78,
    subsidy: 150_000,
    rule: { kind: 'shapley' },
  };

  it('a share of cost: raised pro rata to shares, paid equally to floor 1, balances to the fen', () => {
    const r = shareElevatorCost({ ...base, compensation: { costShare: 0.05 } });
    expect(fen(r.fund)).toBe(Math.round(0.05 * fen(523_456.78)));
    expect(sumFen(r, (x) => x.fundContribution)).toBe(fen(r.fund));
    expect(sumFen(r, (x) => x.compensation)).toBe(fen(r.fund));
    expect(sumFen(r, (x) => x.netPayment)).toBe(fen(r.netCost));
    const ground = r.rows.filter((x) => x.floor === 1);
    expect(Math.abs(ground[0].compensation - ground[1].compensation)).toBeLessThanOrEqual(0.01);
    for (const row of r.rows) {
      expect(Math.abs(row.fundContribution - r.fund * row.shareOfNet)).toBeLessThan(0.01 + 1e-9);
      expect(fen(row.netPayment)).toBe(fen(row.share) + fen(row.fundContribution) - fen(row.compensation));
    }
  });

  it('a fixed amount to floors 1–2 by area', () => {
    const r = shareElevatorCost({
      ...base,
      compensation: { amount: 30_000, recipientFloors: [1, 2], split: 'area' },
    });
    expect(r.fund).toBe(30_000);
    expect(sumFen(r, (x) => x.compensation)).toBe(3_000_000);
    expect(sumFen(r, (x) => x.fundContribution)).toBe(3_000_000);
    const receivers = r.rows.filter((x) => x.compensation > 0);
    expect(receivers.map((x) => x.floor)).toEqual([1, 1, 2, 2]);
    expect(receivers[0].compensation).toBeCloseTo((30_000 * 60) / 280, 2);
  });

  it('raises nothing when the subsidy covers the cost', () => {
    const r = shareElevatorCost({ ...base, subsidy: 600_000, compensation: { amount: 10_000 } });
    expect(r.netCost).toBe(0);
    expect(r.subsidy).toBe(523_456.78);
    expect(r.fund).toBe(0);
    expect(r.rows.every((x) => x.netPayment === 0)).toBe(true);
  });

  it('wants exactly one of amount and costShare', () => {
    expect(() => shareElevatorCost({ ...base, compensation: {} })).toThrow(RangeError);
    expect(() => shareElevatorCost({ ...base, compensation: { amount: 1, costShare: 0.1 } })).toThrow(
      RangeError,
    );
  });
});

describe('conservation to the fen', () => {
  it('holds for 600 random units under all three rules', () => {
    const rand = mulberry32(20240601);
    const pick = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
    for (let k = 0; k < 600; k++) {
      const kind = (['floor-coefficients', 'negotiated', 'shapley'] as const)[k % 3];
      const storeys = pick(kind === 'floor-coefficients' ? 3 : 2, 12);
      const h = pick(1, 4);
      const areas = Array.from({ length: storeys * h }, () => pick(3_000, 12_000) / 100);
      const totalCost = pick(30_000_000, 80_000_000) / 100;
      const subsidy = pick(0, 1) === 0 ? 150_000 : pick(0, 90_000_000) / 100;
      const rule: ShareRule =
        kind === 'negotiated'
          ? { kind, floorPercent: Array.from({ length: storeys }, (_, f) => (f === 0 ? 0 : pick(1, 50))) }
          : kind === 'shapley'
            ? { kind, segmentCosts: Array.from({ length: storeys - 1 }, () => pick(1, 9)) }
            : { kind };
      const compensation =
        pick(0, 1) === 0 ? { costShare: pick(0, 10) / 100 } : { amount: pick(0, 5_000_000) / 100 };
      const input: ElevatorShareInput = {
        storeys,
        householdsPerFloor: h,
        areas,
        totalCost,
        subsidy,
        rule,
        compensation,
      };
      const r = shareElevatorCost(input);
      const netFen = Math.max(0, fen(totalCost) - fen(subsidy));
      expect(fen(r.netCost)).toBe(netFen);
      expect(sumFen(r, (x) => x.share)).toBe(netFen);
      expect(sumFen(r, (x) => x.fundContribution)).toBe(fen(r.fund));
      expect(sumFen(r, (x) => x.compensation)).toBe(fen(r.fund));
      const w = shareWeights(input);
      r.rows.forEach((row, i) => {
        expect(row.share).toBeGreaterThanOrEqual(0);
        expect(Math.abs(fen(row.share) - netFen * w[i])).toBeLessThan(1 + 1e-6);
        expect(Math.abs(row.share * 100 - fen(row.share))).toBeLessThan(1e-6);
      });
    }
  });

  it('largestRemainder sums exactly and breaks ties toward the lower index', () => {
    expect(Array.from(largestRemainder(100, [1, 1, 1]))).toEqual([34, 33, 33]);
    expect(Array.from(largestRemainder(0, [1, 2]))).toEqual([0, 0]);
    expect(Array.from(largestRemainder(7, [0, 0, 1]))).toEqual([0, 0, 7]);
  });
});

describe('input checks', () => {
  const ok: ElevatorShareInput = {
    storeys: 6,
    householdsPerFloor: 2,
    areas: 70,
    totalCost: 1,
    rule: { kind: 'shapley' },
  };
  it.each([
    ['13 storeys', { ...ok, storeys: 13 }],
    ['1 storey', { ...ok, storeys: 1 }],
    ['0 households', { ...ok, householdsPerFloor: 0 }],
    ['wrong number of areas', { ...ok, areas: [70, 70, 70] }],
    ['negative area', { ...ok, areas: -1 }],
    ['negative subsidy', { ...ok, subsidy: -5 }],
    [
      '2-storey Guangzhou (nobody pays)',
      { ...ok, storeys: 2, rule: { kind: 'floor-coefficients' } as const },
    ],
    ['wrong segment count', { ...ok, rule: { kind: 'shapley', segmentCosts: [1, 2] } as const }],
  ])('rejects %s', (_name, input) => {
    expect(() => shareElevatorCost(input)).toThrow(RangeError);
  });
});

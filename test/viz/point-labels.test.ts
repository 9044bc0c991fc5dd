import { describe, expect, it } from 'vitest';
import { placeLabels, withPointLabels } from '../../viz/page/point-labels.js';

const AREA = { left: 0, top: 0, right: 400, bottom: 300 };

describe('labels beside scatter points (μ*–σ plane)', () => {
  it('puts a label above the point’s right, or its left near the right edge', () => {
    const [a, b] = placeLabels(
      [
        { x: 100, y: 150, width: 30 },
        { x: 390, y: 50, width: 30 },
      ],
      AREA,
    );
    expect(a.x).toBeGreaterThan(100);
    expect(a.y).toBeLessThan(150);
    expect(b.x + 30).toBeLessThan(390);
  });

  it('moves labels of coinciding points apart so none overlaps another', () => {
    const places = placeLabels(
      Array.from({ length: 4 }, () => ({ x: 10, y: 290, width: 40 })),
      AREA,
    );
    const ys = places.map((p) => p.y);
    expect(new Set(ys).size).toBe(4);
    const sorted = [...ys].sort((p, q) => p - q);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(14);
    for (const y of ys) expect(y).toBeLessThanOrEqual(AREA.bottom);
  });

  it('adds the plugin only to charts whose datasets carry a label', () => {
    const plain = withPointLabels({ data: { datasets: [{ label: 'x' }] } });
    expect('plugins' in plain).toBe(false);
    const labelled = withPointLabels({ data: { datasets: [{ label: 'x', cogovLabel: 'x' }] } }) as {
      plugins?: { id: string }[];
    };
    expect(labelled.plugins?.map((p) => p.id)).toEqual(['cogovPointLabels']);
  });
});

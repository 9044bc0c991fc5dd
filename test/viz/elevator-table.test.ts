/** The terminal table of `cogov elevator` (viz/elevator-table.ts). */
import { describe, expect, it } from 'vitest';
import { shareElevatorCost } from '../../agents/elevator-share.js';
import { formatShareTable } from '../../viz/elevator-table.js';

describe('formatShareTable', () => {
  const r = shareElevatorCost({
    storeys: 6,
    householdsPerFloor: 2,
    areas: 70,
    totalCost: 500_000,
    subsidy: 150_000,
    rule: { kind: 'shapley' },
    compensation: { costShare: 0.05 },
  });

  it('prints Chinese headers, one line per household and a total', () => {
    const text = formatShareTable(r, { lang: 'zh' });
    for (const h of [
      '楼层',
      '户',
      '面积(m²)',
      '分摊(元)',
      '占比',
      '补偿(元)',
      '净支付(元)',
      '补偿出资(元)',
      '合计',
    ]) {
      expect(text).toContain(h);
    }
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 2 + 12 + 2);
    expect(lines.at(-1)).toContain('350000.00');
    expect(lines.at(-1)).toContain('100.00%');
  });

  it('prints English headers and omits the fund column without a fund', () => {
    const plain = shareElevatorCost({
      storeys: 6,
      householdsPerFloor: 2,
      areas: 70,
      totalCost: 500_000,
      subsidy: 150_000,
      rule: { kind: 'shapley' },
    });
    const text = formatShareTable(plain, { lang: 'en' });
    expect(text).toContain('Net payment (RMB)');
    expect(text).not.toContain('Fund paid');
    expect(text.split('\n')[5]).toMatch(/^\s+2\s+1\s+70\.00\s+7000\.00\s+2\.00%\s+0\.00\s+7000\.00$/);
  });
});

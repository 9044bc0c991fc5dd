import { describe, expect, it } from 'vitest';
import { parameterDifferences } from '../../scenarios/diff.js';
import { parseScenarioText } from '../../scenarios/parse.js';
import { ScenarioSchema } from '../../scenarios/schema.js';
import { parameterSource } from '../../viz/compare-params.js';

describe('parameters that differ between resolved scenarios', () => {
  it('lists leaf paths, deep inside objects and arrays of objects, null where absent', () => {
    const a = {
      name: { en: 'A' },
      ensemble: { runs: 4 },
      government: { subsidy: { enabled: true, rmb: 20000 }, districts: ['x', 'y'] },
      city: { communities: [{ households: 80, name: 'c1' }] },
      shared: 1,
    };
    const b = {
      name: { en: 'B' },
      ensemble: { runs: 8 },
      government: { subsidy: { enabled: true, rmb: 0 }, districts: ['x', 'z'] },
      city: {
        communities: [
          { households: 80, name: 'c1' },
          { households: 90, name: 'c2' },
        ],
      },
      shared: 1,
      extra: { on: false },
    };
    expect(parameterDifferences([a, b])).toEqual([
      { path: 'government.subsidy.rmb', values: [20000, 0] },
      {
        path: 'government.districts',
        values: [
          ['x', 'y'],
          ['x', 'z'],
        ],
      },
      { path: 'city.communities[1].households', values: [null, 90] },
      { path: 'city.communities[1].name', values: [null, 'c2'] },
      { path: 'extra.on', values: [null, false] },
    ]);
    expect(parameterDifferences([a, a, a])).toEqual([]);
  });

  it('compares the resolved values: a default written out is no difference, a changed one is', () => {
    const parse = (extra: string) =>
      parseScenarioText(
        `name: { en: T, zh: 测 }\ndescription: { en: d, zh: 述 }\ncity:\n  generate:\n    communities: 8\n${extra}`,
        't.yaml',
        ScenarioSchema,
      );
    const base = parse('');
    const same = parse('calendar: { keyYear: 2027 }\n');
    const other = parse('government:\n  householdSubsidy: { enabled: false }\n');
    expect(base.ok && same.ok && other.ok).toBe(true);
    if (!base.ok || !same.ok || !other.ok) return;
    expect(parameterDifferences([base.value, same.value])).toEqual([]);
    const d = parameterDifferences([base.value, other.value]);
    expect(d).toEqual([{ path: 'government.householdSubsidy.enabled', values: [true, false] }]);
    expect(parameterSource(d[0].path)).toBe('sourced');
    expect(parameterSource('government.specialBonds.issues[2].amountRmb')).toBe('assumed');
    expect(parameterSource('no.such.path')).toBeNull();
  });
});

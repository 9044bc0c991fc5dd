import { describe, expect, it } from 'vitest';
import { verdictOf } from '../../sim/experiments/lever-effects.js';
import { countVerdicts } from '../../sim/experiments/lever-summary.js';
import { pairedDifference } from '../../sim/analysis/paired.js';
import { leversAnswer, parseLevers } from '../../viz/levers.js';

const base = [10, 12, 11, 13];

describe('lever verdicts', () => {
  it('a difference whose interval excludes 0 is as expected on the expected side, opposite on the other', () => {
    const up = pairedDifference(base, [15, 16, 16, 18]);
    expect(up.distinguishable).toBe(true);
    expect(up.ci95[0]).toBeGreaterThan(0);
    expect(verdictOf(up, 1)).toBe('asExpected');
    expect(verdictOf(up, -1)).toBe('opposite');
    const down = pairedDifference(base, [8, 9, 9, 10]);
    expect(verdictOf(down, -1)).toBe('asExpected');
    expect(verdictOf(down, 1)).toBe('opposite');
  });

  it('an interval containing 0, no difference at all or fewer than two runs is not distinguishable', () => {
    const noisy = pairedDifference(base, [14, 9, 15, 10]);
    expect(noisy.ci95[0]).toBeLessThan(0);
    expect(noisy.ci95[1]).toBeGreaterThan(0);
    expect(verdictOf(noisy, 1)).toBe('notDistinguishable');
    expect(verdictOf(pairedDifference(base, base), -1)).toBe('notDistinguishable');
    expect(verdictOf(pairedDifference([1], [5]), 1)).toBe('notDistinguishable');
    expect(verdictOf(pairedDifference([Number.NaN, 1], [2, Number.NaN]), 1)).toBe('notDistinguishable');
  });

  it('counts verdicts, and the report names the checks that did not move as expected', () => {
    expect(
      countVerdicts([{ verdict: 'asExpected' }, { verdict: 'opposite' }, { verdict: 'asExpected' }]),
    ).toEqual({ checks: 3, asExpected: 2, notDistinguishable: 0, opposite: 1 });
    const check = (indicator: string, verdict: string) => ({
      indicator,
      unit: 'disputes',
      expected: 1,
      n: 4,
      difference: 1,
      ci95: [0.5, 1.5],
      scenarioMean: 0,
      relative: null,
      verdict,
    });
    const doc = {
      cogovVersion: '0',
      scenario: { id: 'x', name: { en: 'Town X', zh: 'X镇' } },
      runs: 4,
      levers: [
        {
          id: 'insurance',
          name: { en: 'Cost-overrun insurance', zh: '工程造价超支保险' },
          variant: { en: 'off', zh: '关闭' },
          checks: [check('disputesOpened', 'opposite'), check('meanDisputeMonths', 'notDistinguishable')],
        },
      ],
    };
    const data = parseLevers(JSON.stringify(doc));
    expect(data.checks[0].relative).toBeNaN();
    const [tally, opposite, dead] = leversAnswer(data, 'en');
    expect(tally).toBe(
      'Of 2 checks on 4 paired runs of Town X, 0 moved as expected, 1 could not be told from zero and 1 moved the opposite way.',
    );
    expect(opposite).toBe('Moved the opposite way: Cost-overrun insurance (off) on Disputes opened.');
    expect(dead).toBe(
      'Not distinguishable from zero: Cost-overrun insurance (off) on Mean dispute duration.',
    );
    expect(leversAnswer(data, 'zh')[1]).toBe('方向相反：工程造价超支保险（关闭）对发生纠纷数。');
    expect(() =>
      parseLevers(JSON.stringify({ levers: [{ id: 'a', checks: [{ verdict: 'maybe' }] }] })),
    ).toThrow(/verdict "maybe"/);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { runHeadline } from '../../viz/headline-run.js';
import { fireTargetOf } from '../../viz/parse.js';
import type { ReportData } from '../../viz/types.js';
import type { SummaryIndicator } from '../../sim/outputs/ensemble.js';
import { constantSummary, fixtureReportData } from './fixture.js';

let data: ReportData;

beforeAll(() => {
  data = fixtureReportData('cogov-headline-fire-');
});

const summary = constantSummary;

/** The fixture's data with the target's indicators set (met share, month reached, compliance at the deadline). */
function withTarget(
  met: number,
  month: SummaryIndicator | null,
  atDeadline: number,
  enabled = true,
): ReportData {
  const indicators = new Map(data.indicators);
  indicators.set('fireTargetMet', summary(met, 10));
  indicators.set('fireTargetMonth', month ?? { ...summary(Number.NaN, 0), mean: Number.NaN });
  indicators.set('fireComplianceAtDeadline', summary(atDeadline, 10));
  return { ...data, indicators, fireTarget: { deadline: '2027-12', targetShare: 1, enabled } };
}

const fireSentence = (d: ReportData, lang: 'en' | 'zh') =>
  runHeadline(d, lang).answers.find((a) =>
    a.includes(lang === 'en' ? 'fire-safety target' : '消防设施达标目标'),
  );

describe('the fire-safety target in the run headline', () => {
  it('reads the target from the resolved scenario', () => {
    expect(
      fireTargetOf({
        government: { fireSafetyTarget: { enabled: true, deadline: '2027-12', targetShare: 1 } },
      }),
    ).toEqual({ enabled: true, deadline: '2027-12', targetShare: 1 });
    expect(fireTargetOf({ government: {} })).toBeNull();
    expect(fireTargetOf(null)).toBeNull();
  });

  it('met in every run: says so and when (the mean month reached, as a date)', () => {
    const d = withTarget(1, summary(38.6, 10), 1);
    const en = fireSentence(d, 'en');
    expect(en).toContain('was reached in all 10 runs');
    expect(en).toContain('by 2027-12');
    expect(en).toContain('on average in 2027-10'); // 2024-07 + 39 months
    expect(en).toContain('the city works toward it');
    expect(fireSentence(d, 'zh')).toContain('在全部10次运行中实现，平均实现于2027-10');
  });

  it('met in some runs: how many, and the compliance at the deadline', () => {
    const d = withTarget(0.7, summary(40, 9), 0.983);
    const en = fireSentence(d, 'en');
    expect(en).toContain('was reached in 7 of 10 runs and missed in the others');
    expect(en).toContain('compliance in 2027-12: 98.3%');
    expect(fireSentence(d, 'zh')).toContain('在10次运行中的7次按期实现');
  });

  it('missed in every run: the compliance at the deadline, and when it was reached later if ever', () => {
    const never = fireSentence(withTarget(0, null, 0.992, false), 'en');
    expect(never).toContain('was missed in all 10 runs: compliance in 2027-12 was 99.2%');
    expect(never).toContain('no instrument aims at it');
    expect(never).not.toContain('reached later');
    const later = fireSentence(withTarget(0, summary(67, 10), 0.998), 'en');
    expect(later).toContain('It was reached later, on average in 2030-02, in 10 of 10 runs.');
    expect(fireSentence(withTarget(0, summary(67, 10), 0.998), 'zh')).toContain('均未按期实现');
  });

  it('falls back to the compliance at the end of the key year when the manifest does not say the target', () => {
    const h = runHeadline({ ...data, fireTarget: null }, 'en');
    expect(h.answers.some((a) => a.startsWith('Fire-safety compliance at the end of 2027'))).toBe(true);
  });
});

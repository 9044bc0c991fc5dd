import { describe, expect, it } from 'vitest';
import { KEY_INDICATORS, METRICS } from '../../sim/model/metrics.js';
import { INDICATOR_LABELS, METRIC_LABELS } from '../../viz/i18n-metrics.js';
import { indicatorLabel, metricLabel, t, UI, UNITS } from '../../viz/i18n.js';

const HAN = /\p{Script=Han}/u;

describe('i18n', () => {
  it('has every UI word in English and Chinese, the Chinese written in Chinese', () => {
    const keys = Object.keys(UI.en);
    expect(Object.keys(UI.zh).sort()).toEqual(keys.sort());
    for (const k of keys as (keyof typeof UI.en)[]) {
      expect(UI.en[k].trim(), k).not.toBe('');
      expect(UI.zh[k].trim(), k).not.toBe('');
      if (!['unknown', 'yearLabel', 'seconds', 'version', 'sha256'].includes(k))
        expect(UI.zh[k], k).toMatch(HAN);
      // Placeholders agree between the languages.
      const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(ph(UI.zh[k]), k).toEqual(ph(UI.en[k]));
    }
  });

  it('labels every metric of METRICS and every key indicator in both languages', () => {
    for (const m of METRICS) {
      const label = METRIC_LABELS[m.name];
      expect(label, `missing label for metric ${m.name}`).toBeDefined();
      expect(label.en.trim(), m.name).not.toBe('');
      expect(label.zh, m.name).toMatch(HAN);
      expect(metricLabel('zh', m.name)).toBe(label.zh);
    }
    for (const k of KEY_INDICATORS) {
      const label = INDICATOR_LABELS[k.name];
      expect(label, `missing label for indicator ${k.name}`).toBeDefined();
      expect(label.zh, k.name).toMatch(HAN);
    }
    expect(Object.keys(METRIC_LABELS).filter((n) => !METRICS.some((m) => m.name === n))).toEqual([]);
  });

  it('knows every unit of METRICS and KEY_INDICATORS', () => {
    for (const u of new Set([...METRICS.map((m) => m.unit), ...KEY_INDICATORS.map((k) => k.unit)])) {
      expect(UNITS[u], `missing unit ${u}`).toBeDefined();
      if (UNITS[u].kind === 'number') expect(UNITS[u].text.zh, u).toMatch(HAN);
    }
  });

  it('uses the seed paper’s terms in Chinese', () => {
    expect(metricLabel('zh', 'projects.consultation')).toContain('三上三下');
    expect(metricLabel('zh', 'projects.operation')).toContain('改建+运营');
    expect(metricLabel('zh', 'funding.valueUplift')).toContain('增值收益共享');
    expect(metricLabel('zh', 'funding.use.feeRelief')).toContain('志愿者积分');
    expect(metricLabel('zh', 'funding.use.salaries')).toContain('社区规划师');
    expect(t('zh', 'resilience')).toBe('韧性');
  });

  it('fills the key year into indicator labels, and says "key year" when unknown', () => {
    expect(indicatorLabel('en', 'householdsRenovatedByKeyYear', 2027)).toBe(
      'Households renovated by the end of 2027',
    );
    expect(indicatorLabel('zh', 'fireComplianceByKeyYear', 2027)).toBe('2027年末消防设施达标率');
    expect(indicatorLabel('zh', 'householdsRenovatedByKeyYear', null)).toContain('关键年份');
    expect(indicatorLabel('en', 'notAnIndicator', 2027)).toBe('notAnIndicator');
  });
});

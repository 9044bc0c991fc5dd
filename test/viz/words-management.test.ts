/** The run report's sentences on acceptance and long-term management (viz/words-management.ts). */
import { describe, expect, it } from 'vitest';
import type { SummaryIndicator } from '../../sim/outputs/ensemble.js';
import { MANAGEMENT_WORDS, managementSentences } from '../../viz/words-management.js';
import { constantSummary } from './fixture.js';

const one = (mean: number, n = 20) => constantSummary(mean, n);

describe('management sentences of the run headline', () => {
  it('has every word in English and Chinese, the Chinese written in Chinese', () => {
    for (const key of Object.keys(MANAGEMENT_WORDS.en) as (keyof typeof MANAGEMENT_WORDS.en)[]) {
      expect(MANAGEMENT_WORDS.en[key].length, key).toBeGreaterThan(0);
      expect(MANAGEMENT_WORDS.zh[key], key).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('states coverage, committees and collection at the end, and the evaluations held and failed, in one sentence', () => {
    const ind = new Map<string, SummaryIndicator>([
      ['managementCoverage', one(0.9)],
      ['ownersCommittees', one(0.75)],
      ['feeCollection', one(0.66)],
      ['acceptanceEvaluations', one(49.5)],
      ['acceptanceFailed', one(15.2)],
    ]);
    const [management] = managementSentences((n) => ind.get(n), 'en');
    expect(management).toContain('90');
    expect(management).toContain('75');
    expect(management).toContain('66');
    expect(management).toContain('49.5');
    expect(management).toContain('15.2');
    expect(managementSentences((n) => ind.get(n), 'zh')[0]).toContain('业委会');
  });

  it('says nothing when management was not modelled, and "—" for an undefined collection rate', () => {
    const off = new Map<string, SummaryIndicator>([
      ['managementCoverage', one(Number.NaN, 0)],
      ['acceptanceEvaluations', one(0)],
      ['acceptanceFailed', one(0)],
    ]);
    expect(managementSentences((n) => off.get(n), 'en')).toEqual([]);
    const noCompany = new Map<string, SummaryIndicator>([
      ['managementCoverage', one(1)],
      ['ownersCommittees', one(0.5)],
      ['feeCollection', one(Number.NaN, 0)],
    ]);
    expect(managementSentences((n) => noCompany.get(n), 'en')[0]).toContain('—');
  });
});

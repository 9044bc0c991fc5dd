/**
 * The output files' columns, spelled once in sim/outputs and imported by writers, readers and the
 * other tests, are pinned here: a change to a header is a change to every file written.
 */
import { describe, expect, it } from 'vitest';
import { CURVE_QUANTILES } from '../../sim/analysis/aggregate.js';
import { KEY_INDICATORS } from '../../sim/model/metrics.js';
import { DIFFERENCE_CURVES_COLUMNS, DIFFERENCES_COLUMNS } from '../../sim/outputs/compare.js';
import {
  CURVE_STAT_COLUMNS,
  CURVES_COLUMNS,
  runsColumns,
  TRAJECTORIES_COLUMNS,
} from '../../sim/outputs/ensemble.js';
import { MORRIS_COLUMNS, pointsColumns, SOBOL_COLUMNS } from '../../sim/outputs/experiments.js';
import { LEVERS_CSV_COLUMNS } from '../../sim/outputs/levers.js';
import { sensitivityJson } from '../../sim/batch/experiment-io.js';

const names = KEY_INDICATORS.map((k) => k.name).join(',');

describe('the output files’ columns', () => {
  it('of an ensemble', () => {
    expect(CURVES_COLUMNS.join(',')).toBe('scenario,metric,tick,date,n,mean,sd,p05,p25,p50,p75,p95');
    expect(runsColumns().join(',')).toBe(`scenario,run,seed,${names}`);
    expect(TRAJECTORIES_COLUMNS.join(',')).toBe('scenario,run,seed,metric,tick,date,value');
  });

  it('name the quantiles the aggregator computes, in its order', () => {
    const q = CURVE_QUANTILES.map((p) => `p${String(Math.round(p * 100)).padStart(2, '0')}`);
    expect(CURVE_STAT_COLUMNS.slice(3)).toEqual(q);
  });

  it('of a comparison', () => {
    expect(DIFFERENCES_COLUMNS.join(',')).toBe(
      'scenario,baseline,indicator,unit,n,baselineMean,scenarioMean,difference,sd,ciLow,ciHigh,relative,distinguishable',
    );
    expect(DIFFERENCE_CURVES_COLUMNS.join(',')).toBe(
      'scenario,baseline,metric,tick,date,n,mean,sd,ciLow,ciHigh',
    );
  });

  it('of experiments and lever checks', () => {
    expect(pointsColumns(['a', 'b']).join(',')).toBe(`run,point,replicate,seed,a,b,${names}`);
    expect(MORRIS_COLUMNS.join(',')).toBe('indicator,factor,mu,muStar,sigma,muStarCiLow,muStarCiHigh,n,rank');
    expect(SOBOL_COLUMNS.join(',')).toBe('indicator,factor,S1,S1CiLow,S1CiHigh,ST,STCiLow,STCiHigh,rank');
    expect(LEVERS_CSV_COLUMNS.join(',')).toBe(
      'lever,path,variant,indicator,unit,expected,n,difference,ciLow,ciHigh,scenarioMean,relative,verdict',
    );
  });

  it('of sensitivity.json: the head records the bootstrap resamples and the calendar', () => {
    const report = { design: 'morris' as const, factors: ['a'], indicators: [] };
    const head = {
      experiment: 'e.yaml',
      seed: 1,
      runs: 4,
      bootstrap: 1000,
      calendar: { start: '2024-07', end: '2030-12', keyYear: 2027 },
    };
    expect(Object.keys(JSON.parse(sensitivityJson(report, head))).join(',')).toBe(
      'experiment,seed,runs,bootstrap,calendar,design,output,methods,factors,indicators',
    );
  });
});

/**
 * The data dictionary's structure: for every metric of METRICS and every key indicator of
 * KEY_INDICATORS, its kind (a flow per month, a cumulative stock, a level, a ratio) and its
 * desirable direction (which way is better for the renewal programme, or neither where more or
 * less is not in itself better: money by source, pipeline states in progress, public money
 * committed). Reports use the direction to mark a difference better or worse; dictionary.csv
 * (written in every output folder) and docs/DICTIONARY.md carry both with units and definitions.
 */
import { KEY_INDICATORS, type KeyIndicator, METRICS, type MetricName } from '../model/metrics.js';

/** How a value accumulates over time. */
export type ValueKind = 'flow' | 'stock' | 'level' | 'ratio';

/** Which way is better: higher, lower, or neither. */
export type Direction = 'higher' | 'lower' | 'neither';

/** Kind and direction of one metric or indicator. */
export interface Nature {
  kind: ValueKind;
  direction: Direction;
}

const flow = (direction: Direction = 'neither'): Nature => ({ kind: 'flow', direction });
const stock = (direction: Direction): Nature => ({ kind: 'stock', direction });
const level = (direction: Direction): Nature => ({ kind: 'level', direction });
const ratio = (direction: Direction): Nature => ({ kind: 'ratio', direction });

/** Kind and direction of a metric, by its name's prefix or its full name. */
function metricNature(name: MetricName): Nature {
  if (name.startsWith('funding.inflow.') || name.startsWith('funding.use.')) return flow();
  if (name.startsWith('funding.committed.')) return flow();
  if (name.startsWith('resilience.loss.')) return stock('lower');
  if (name.startsWith('projects.')) {
    if (name === 'projects.done' || name === 'projects.operation') return level('higher');
    if (name === 'projects.stalled') return level('lower');
    return level('neither');
  }
  const byName: Partial<Record<MetricName, Nature>> = {
    'funding.valueUplift': flow('higher'),
    'funding.capex.basic': flow(),
    'funding.capex.improvement': flow(),
    'funding.capex.upgrade': flow(),
    'funding.fireWorks': flow(),
    'funding.committedPublic': stock('neither'),
    'funding.committedPrivate': stock('higher'),
    'funding.fiscalOutlay': flow(),
    'funding.unmetNeed': level('lower'),
    'funding.leverage': ratio('higher'),
    'funding.cityFundBalance': level('neither'),
    'funding.maintenanceFundBalance': level('neither'),
    'funding.enterpriseIrr': ratio('higher'),
    'funding.insurancePayouts': stock('neither'),
    'participation.awareness': ratio('higher'),
    'participation.consultation': ratio('higher'),
    'participation.votePassRate': ratio('higher'),
    'participation.elevatorVotePassRate': ratio('higher'),
    'participation.consentShare': ratio('higher'),
    'participation.volunteerHours': flow('higher'),
    'participation.householdsRenovated': stock('higher'),
    'participation.elevatorsInstalled': stock('higher'),
    'participation.elevatorApplications': flow('higher'),
    'participation.elevatorProgrammeVotesPassed': flow('higher'),
    'participation.elevatorQueue': level('lower'),
    'participation.satisfaction': level('higher'),
    'participation.trust': level('higher'),
    'resilience.composite': level('higher'),
    'resilience.infrastructure': level('higher'),
    'resilience.social': level('higher'),
    'resilience.economic': level('higher'),
    'resilience.governance': level('higher'),
    'resilience.fireCompliance': ratio('higher'),
    'resilience.fireWorksCompleted': stock('higher'),
    'resilience.functionality': level('higher'),
    'resilience.recoveryTime': level('lower'),
    'governance.approvalMonths': level('lower'),
    'governance.disputesOpen': level('lower'),
    'governance.disputeMonths': level('lower'),
    'governance.takeovers': stock('lower'),
    'governance.acceptanceEvaluations': stock('neither'),
    'governance.acceptanceFailed': stock('lower'),
    'governance.managementCoverage': ratio('higher'),
    'governance.ownersCommittees': ratio('higher'),
    'governance.feeCollection': ratio('higher'),
  };
  const n = byName[name];
  if (!n) throw new Error(`dictionary: no kind for metric ${name}`);
  return n;
}

/** Kind and direction of each key indicator (its value at the run's end, or over the run). */
const INDICATOR_NATURE: Record<KeyIndicator, Nature> = {
  householdsRenovatedByKeyYear: stock('higher'),
  householdsRenovated: stock('higher'),
  householdsEligible: stock('neither'),
  communitiesRenovated: stock('higher'),
  elevatorOnlyProjects: stock('higher'),
  elevatorsInstalled: stock('higher'),
  elevatorsProgramme: stock('higher'),
  elevatorsPreRenovated: stock('higher'),
  elevatorsAfterKeyYear: stock('higher'),
  programmeVotePassRate: ratio('higher'),
  fireComplianceByKeyYear: ratio('higher'),
  fireComplianceAtDeadline: ratio('higher'),
  fireTargetMet: ratio('higher'),
  fireTargetMonth: level('lower'),
  fiscalCostPerHousehold: ratio('lower'),
  ownersPaymentPerHousehold: ratio('lower'),
  publicCommitted: stock('neither'),
  privateCommitted: stock('higher'),
  leverage: ratio('higher'),
  participation: ratio('higher'),
  votePassRate: ratio('higher'),
  satisfaction: level('higher'),
  acceptanceEvaluations: stock('neither'),
  acceptanceFailed: stock('lower'),
  managementCoverage: ratio('higher'),
  ownersCommittees: ratio('higher'),
  feeCollection: ratio('higher'),
  resilienceLoss: stock('lower'),
  resilienceComposite: level('higher'),
  meanDisputeMonths: level('lower'),
  unmetNeedEnd: level('lower'),
  awareness: ratio('higher'),
  trust: level('higher'),
  disputesOpened: stock('lower'),
  approvalMonths: level('lower'),
  pppShare: ratio('neither'),
  marketHhi: ratio('lower'),
  tenderPaymentPerHousehold: ratio('neither'),
  packagesTendered: stock('neither'),
  packagesWon: stock('neither'),
  packageFirmsIrr: ratio('neither'),
  bundledRenovatedShare: ratio('higher'),
  unbundledRenovatedShare: ratio('higher'),
  householdMonthsWaiting: stock('lower'),
};

/** Kind and direction of every metric, by name. */
export const METRIC_NATURE: ReadonlyMap<string, Nature> = new Map(
  METRICS.map((m) => [m.name, metricNature(m.name)]),
);

/** Kind and direction of every key indicator, by name. */
export const KEY_INDICATOR_NATURE: ReadonlyMap<string, Nature> = new Map(
  KEY_INDICATORS.map((k) => [k.name, INDICATOR_NATURE[k.name]]),
);

/**
 * The desirable direction of a metric or key indicator named in an output file (a name cogov does
 * not know, e.g. from a newer version, is 'neither': never marked better or worse).
 */
export function directionOf(name: string): Direction {
  return (METRIC_NATURE.get(name) ?? KEY_INDICATOR_NATURE.get(name))?.direction ?? 'neither';
}

/**
 * Whether a difference `d` (variant − baseline) of `name` is better (+1), worse (−1) or neither (0)
 * by the name's direction; 0 for a difference of zero, an undefined one, or a direction-less name.
 */
export function judge(name: string, d: number): 1 | -1 | 0 {
  if (!Number.isFinite(d) || d === 0) return 0;
  const dir = directionOf(name);
  if (dir === 'neither') return 0;
  return d > 0 === (dir === 'higher') ? 1 : -1;
}

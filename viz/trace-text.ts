/**
 * The event log as words: one dated sentence per event, a community's timeline, and the sentence
 * saying where and why a community that never completed stopped (words in viz/words-trace.ts).
 * Numbers as in the reports (viz/format.ts); undefined numbers read "—". Pure.
 */
import { message, type TemplateVars } from '../sim/kernel/i18n.js';
import type { StalledCommunity } from '../sim/model/trace.js';
import type { ProjectState } from '../sim/world/state.js';
import type { TraceEvent, VoteThreshold } from '../sim/world/trace.js';
import { formatNumber, formatValue } from './format.js';
import type { Lang } from './types.js';
import { PAYER_WORDS, TRACE_WORDS, type TraceWordKey } from './words-trace.js';

function w(lang: Lang, key: TraceWordKey, vars: TemplateVars = {}): string {
  return message(TRACE_WORDS, lang, key, vars);
}

const rmb = (lang: Lang, v: number) => formatValue(lang, 'RMB', v);
const pct = (lang: Lang, v: number) => formatValue(lang, 'share', v);
const num = (lang: Lang, v: number, digits = 0) => formatNumber(lang, v, digits);

/** The thresholds a vote missed, joined ("—" words when none was logged). */
export function thresholdWords(lang: Lang, failed: readonly VoteThreshold[]): string {
  if (failed.length === 0) return w(lang, 'unknownThresholds');
  return failed.map((f) => w(lang, f)).join(lang === 'zh' ? '；' : '; ');
}

function voteEnd(lang: Lang, passed: boolean, failed: readonly VoteThreshold[]): string {
  return passed ? w(lang, 'passed') : w(lang, 'failedBecause', { failed: thresholdWords(lang, failed) });
}

function join(lang: Lang, a: string, b: string): string {
  return lang === 'zh' ? `${a}${b}` : `${a} ${b}`;
}

/** One event as a sentence (without its date). */
export function eventSentence(lang: Lang, e: TraceEvent): string {
  switch (e.kind) {
    case 'listed':
      return w(lang, e.relisted ? 'relisted' : 'listed', {
        score: num(lang, e.needScore, 2),
        rank: num(lang, e.rank),
        eligible: num(lang, e.eligible),
        capacity: num(lang, e.capacity),
      });
    case 'consultationOpened':
      return w(lang, 'consultationOpened', {
        items: num(lang, e.items),
        capex: rmb(lang, e.capexRmb),
        share: pct(lang, e.residentShare),
        cover: pct(lang, e.maintenanceCover),
        units: num(lang, e.elevatorUnits),
      });
    case 'round': {
      const head = e.revised
        ? w(lang, 'roundRevised', {
            round: e.round,
            aware: pct(lang, e.awareShare),
            part: pct(lang, e.participationShare),
            support: pct(lang, e.support),
            itemsBefore: num(lang, e.itemsBefore),
            items: num(lang, e.items),
            shareBefore: pct(lang, e.residentShareBefore),
            share: pct(lang, e.residentShare),
            compensation: rmb(lang, e.groundCompensationRmb),
          })
        : w(lang, 'roundEmpty', { round: e.round, aware: pct(lang, e.awareShare) });
      return join(lang, head, w(lang, e.toVote ? 'roundToVote' : 'roundNext'));
    }
    case 'vote': {
      const vars = {
        unit: e.unit,
        pa: pct(lang, e.participatingAreaShare),
        ph: pct(lang, e.participatingHeadShare),
        ya: pct(lang, e.yesAreaShare),
        yh: pct(lang, e.yesHeadShare),
      };
      const head = w(lang, e.matter === 'renovation' ? 'voteRenovation' : 'voteElevator', vars);
      return join(lang, head, voteEnd(lang, e.passed, e.failed));
    }
    case 'stalled':
      return w(lang, e.cause === 'voteFailed' ? 'stalledVote' : 'stalledElevators', { date: e.relistDate });
    case 'tender': {
      const pkg = e.package >= 0 ? w(lang, 'tenderPackage', { package: e.package }) : '';
      if (e.winner < 0) return w(lang, 'tenderNone', { pkg });
      const terms =
        e.paymentRmb > 0
          ? w(lang, 'termsTopUp', { rmb: rmb(lang, e.paymentRmb) })
          : e.paymentRmb < 0
            ? w(lang, 'termsExtra', { rmb: rmb(lang, -e.paymentRmb) })
            : w(lang, 'termsReference');
      return w(lang, 'tenderWon', { pkg, bidders: num(lang, e.bidders), winner: e.winner, terms });
    }
    case 'fundingWait':
      return w(lang, 'fundingWait', { need: rmb(lang, e.needRmb), fund: rmb(lang, e.cityFundRmb) });
    case 'funded': {
      const payers = Object.entries(e.payers)
        .filter(([, v]) => v > 0.005)
        .map(([p, v]) => w(lang, 'payerList', { payer: PAYER_WORDS[p]?.[lang] ?? p, rmb: rmb(lang, v) }))
        .join(lang === 'zh' ? '，' : ', ');
      return w(lang, 'funded', {
        ppp: e.ppp ? w(lang, 'fundedPpp', { firm: e.enterprise }) : '',
        capex: rmb(lang, e.capexRmb),
        payers,
        waited: e.waitedMonths > 0 ? w(lang, 'fundedWaited', { months: e.waitedMonths }) : '',
      });
    }
    case 'constructionStarted':
      return w(lang, 'constructionStarted', { approval: e.approvalMonths, months: e.months });
    case 'overrun':
      return w(lang, e.unpaidRmb > 0 ? 'overrunUnpaid' : 'overrun', {
        overrun: rmb(lang, e.overrunRmb),
        insured: rmb(lang, e.insuredRmb),
        unpaid: rmb(lang, e.unpaidRmb),
      });
    case 'disputeOpened':
      return w(lang, 'disputeOpened', {
        firm: e.enterprise,
        amount: rmb(lang, e.amountRmb),
        months: e.months,
      });
    case 'disputeResolved':
      return w(lang, 'disputeResolved', { months: e.months, paid: rmb(lang, e.cityPaidRmb) });
    case 'acceptance':
      if (!e.passed) return w(lang, 'acceptanceFailed', { months: e.reworkMonths });
      return e.defect
        ? w(lang, 'acceptanceMissed', { chance: pct(lang, e.detectionChance) })
        : w(lang, 'acceptancePassed');
    case 'completed':
      if (!e.renovated) return w(lang, 'completedElevators', { elevators: num(lang, e.elevators) });
      return w(lang, 'completedRenovation', {
        households: num(lang, e.households),
        elevators: num(lang, e.elevators),
        quality: num(lang, e.quality, 2),
        delay: num(lang, e.delayMonths),
        fee: num(lang, e.feeChangeRmbPerM2, 2),
        satisfaction: num(lang, e.satisfaction, 2),
      });
    case 'concessionEnded':
      return w(lang, e.takeover ? 'concessionTakeover' : 'concessionEnded', { firm: e.enterprise });
    case 'shock':
      return w(lang, e.shock, { damage: num(lang, e.damage, 3), q: num(lang, e.q, 3) });
    case 'recovered':
      return w(lang, 'recovered', { months: e.months, q: num(lang, e.q, 3) });
    case 'fireWorks':
      return w(lang, 'fireWorks', { cost: rmb(lang, e.costRmb), months: e.months });
    case 'fireWorksDone':
      return w(lang, 'fireWorksDone');
    case 'elevatorApplied': {
      const head = w(lang, 'elevatorApplied', {
        unit: e.unit,
        cost: rmb(lang, e.costRmb),
        ya: pct(lang, e.yesAreaShare),
        yh: pct(lang, e.yesHeadShare),
      });
      return join(lang, head, voteEnd(lang, e.passed, e.failed));
    }
    case 'elevatorWait':
      return w(lang, e.cause === 'quota' ? 'elevatorWaitQuota' : 'elevatorWaitCity', { unit: e.unit });
    case 'elevatorFunded':
      return w(lang, 'elevatorFunded', {
        unit: e.unit,
        provincial: rmb(lang, e.provincialRmb),
        city: rmb(lang, e.cityRmb),
        residents: rmb(lang, e.residentsRmb),
        provident: rmb(lang, e.providentRmb),
      });
    case 'elevatorInstalled':
      return w(lang, 'elevatorInstalled', { unit: e.unit });
    case 'management':
      return w(lang, STATUS_KEYS[e.status]);
    case 'committeeFormed':
      return w(lang, 'committeeFormed');
    case 'feesYear':
      return w(lang, 'feesYear', {
        year: e.year,
        paid: rmb(lang, e.paidRmb),
        collection: pct(lang, e.collection),
      });
    case 'arrearsYear':
      return w(lang, 'arrearsYear', {
        year: e.year,
        owed: rmb(lang, e.owedRmb),
        arrears: rmb(lang, e.arrearsRmb),
        households: num(lang, e.householdsInArrears),
      });
  }
}

const STATUS_KEYS = {
  none: 'managementNone',
  trial: 'managementTrial',
  company: 'managementCompany',
  operator: 'managementOperator',
} as const satisfies Record<string, TraceWordKey>;

/** One event as a dated line: "2025-03  …". */
export function eventLine(lang: Lang, e: TraceEvent): string {
  return `${e.date}  ${eventSentence(lang, e)}`;
}

const STEP_KEYS = {
  unlisted: 'stepUnlisted',
  listed: 'stepListed',
  consultation: 'stepConsultation',
  vote: 'stepVote',
  funding: 'stepFunding',
  approval: 'stepApproval',
  construction: 'stepConstruction',
  operation: 'stepOperation',
  done: 'stepDone',
  stalled: 'stepStalled',
} as const satisfies Record<ProjectState, TraceWordKey>;

/** The name of a project step (state). */
export function stepLabel(lang: Lang, state: ProjectState): string {
  return w(lang, STEP_KEYS[state]);
}

const WHY_KEYS = {
  negativeList: 'whyNegativeList',
  needScore: 'whyNeedScore',
  consultation: 'whyConsultation',
  voteFailed: 'whyVoteFailed',
  elevatorsOnly: 'whyElevatorsOnly',
  noBidder: 'whyNoBidder',
  fundingQueue: 'whyFundingQueue',
  approval: 'whyApproval',
  dispute: 'whyDispute',
  rework: 'whyRework',
  construction: 'whyConstruction',
} as const satisfies Record<StalledCommunity['reason'], TraceWordKey>;

/** The sentence saying why a community that never completed stopped where it did. */
export function stallSentence(
  lang: Lang,
  s: Pick<
    StalledCommunity,
    | 'reason'
    | 'needScore'
    | 'cutScore'
    | 'sinceDate'
    | 'failed'
    | 'votes'
    | 'votesPassed'
    | 'waitedMonths'
    | 'needRmb'
  >,
): string {
  return w(lang, WHY_KEYS[s.reason], {
    score: num(lang, s.needScore, 2),
    cut: num(lang, s.cutScore, 2),
    date: s.sinceDate,
    failed: thresholdWords(lang, s.failed),
    votes: num(lang, s.votes),
    passed: num(lang, s.votesPassed),
    months: num(lang, s.waitedMonths),
    need: rmb(lang, s.needRmb),
  });
}

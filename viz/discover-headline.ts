/**
 * The discovery report's headline, pure: what was analysed (cases, source, factors, period), how
 * many cases meet the condition (with the denominator and those left out), where they concentrate
 * (the chosen box in words, with coverage and density as counts and shares), what the tree's
 * densest leaf says, how stable the box is under resampling with its quasi-p-values, and what the
 * box rests on.
 */
import { cartRules } from '../sim/analysis/cart.js';
import type { DiscoveryData } from './discover-data.js';
import { limitText, pct, pValue, ruleText } from './discover-text.js';
import { formatNumber } from './format.js';
import type { Headline } from './headline.js';
import { indicatorLabel } from './i18n.js';
import type { Lang } from './types.js';
import { dw } from './words-discover.js';

/** The unit word of the cases (runs or design points). */
export function unitWord(lang: Lang, data: DiscoveryData): string {
  return dw(lang, data.manifest.per === 'point' ? 'unitPoints' : 'unitRuns');
}

/** The chosen box's restrictions in words, joined by "and". */
export function boxConditions(lang: Lang, data: DiscoveryData): string {
  return data.limits
    .filter((l) => l.restricted)
    .map((l) => limitText(lang, l.name, l.limit, l.range))
    .filter((s) => s !== '')
    .join(dw(lang, 'and'));
}

/** Which limits of the box are clearly needed (quasi-p-value < 0.05) and which are weak. */
function significance(lang: Lang, data: DiscoveryData): string {
  const limits = data.limits.filter((l) => l.restricted);
  const text = (ls: typeof limits) =>
    ls.map((l) => limitText(lang, l.name, l.limit, l.range)).join(dw(lang, 'and'));
  const strong = limits.filter((l) => l.quasiP < 0.05);
  const weak = limits.filter((l) => !(l.quasiP < 0.05));
  if (weak.length === 0) return dw(lang, 'allSignificant');
  if (strong.length === 0) return dw(lang, 'noneSignificant');
  return dw(lang, 'significant', {
    strong: text(strong),
    strongVerb: dw(lang, strong.length === 1 ? 'isVerb' : 'areVerb'),
    weak: text(weak),
    weakPronoun: dw(lang, weak.length === 1 ? 'itPronoun' : 'themPronoun'),
  });
}

/** The headline of a discovery. */
export function discoverHeadline(lang: Lang, data: DiscoveryData): Headline {
  const m = data.manifest;
  const n = (v: number) => formatNumber(lang, v, 0);
  const unit = unitWord(lang, data);
  const cases = m.cases;
  const keyYear = m.calendar?.keyYear ?? null;
  const source = m.sourceName?.[lang] ?? m.source.dir;
  const ran = dw(lang, 'ran', {
    cases: dw(lang, m.per === 'point' ? 'casesPoints' : 'casesRuns', { n: n(cases.used) }),
    sourceKind: dw(lang, m.source.kind === 'optimisation' ? 'sourceOptimisation' : 'sourceSweep'),
    source: `“${source}”`,
    inputs: n(m.inputs.length),
    names: m.inputs.map((i) => i.name).join(', '),
    period: m.calendar ? dw(lang, 'period', { start: m.calendar.start, end: m.calendar.end }) : '',
  });
  const labels = m.whereNames
    .map((name) => ({ name, label: indicatorLabel(lang, name, keyYear) }))
    .filter((x) => x.label !== x.name)
    .map((x) => `${x.name}: ${x.label}`);
  const answers = [
    dw(lang, 'share', {
      used: n(cases.used),
      unit,
      h: n(cases.ofInterest),
      pct: pct(lang, cases.ofInterest / cases.used),
      where: m.where,
      names:
        labels.length > 0 ? dw(lang, 'whereNames', { list: labels.join(lang === 'zh' ? '；' : '; ') }) : '',
    }) +
      (cases.excluded === 1
        ? dw(lang, 'excludedOne')
        : cases.excluded > 0
          ? dw(lang, 'excluded', { n: n(cases.excluded) })
          : ''),
  ];
  const step = data.steps.find((s) => s.chosen) ?? data.steps[0];
  const base = pct(lang, cases.ofInterest / cases.used);
  const conditions = boxConditions(lang, data);
  if (conditions === '' && step.density >= m.parameters.threshold && data.steps.length > 1) {
    const suggest = formatNumber(lang, Math.min(0.99, Math.ceil((step.density + 0.05) * 20) / 20), 2);
    answers.push(
      dw(lang, 'baseMeets', { unit, base, threshold: pct(lang, m.parameters.threshold), suggest }),
    );
  } else if (conditions === '') {
    answers.push(dw(lang, 'boxNone', { base, unit }));
  } else {
    let box = dw(lang, 'box', {
      conditions,
      boxH: n(step.ofInterest),
      h: n(cases.ofInterest),
      coverage: pct(lang, step.coverage),
      boxN: n(step.n),
      unit,
      density: pct(lang, step.density),
      base,
    });
    if (m.parameters.box !== null) box += ` ${dw(lang, 'chosenByUser', { step: step.step })}`;
    else if (!m.thresholdMet)
      box += ` ${dw(lang, 'belowThreshold', { threshold: pct(lang, m.parameters.threshold) })}`;
    answers.push(box);
    answers.push(significance(lang, data));
  }
  const rules = cartRules(data.tree);
  const densest = [...rules].sort((a, b) => b.ofInterest / b.n - a.ofInterest / a.n || b.n - a.n)[0];
  answers.push(
    rules.length < 2
      ? dw(lang, 'treeNone')
      : dw(lang, 'tree', {
          rule: ruleText(lang, densest, data.names),
          h: n(densest.ofInterest),
          n: n(densest.n),
          pct: pct(lang, densest.ofInterest / densest.n),
        }),
  );
  const restricted = data.limits.filter((l) => l.restricted);
  const sharesOf = (ls: typeof data.limits) => {
    const text = ls
      .filter((l) => Number.isFinite(l.resampleShare))
      .map((l) => dw(lang, 'shareOf', { name: l.name, pct: pct(lang, l.resampleShare) }))
      .join(lang === 'zh' ? '，' : ', ');
    return text === '' ? '—' : text;
  };
  const sure =
    m.stability.usable > 0
      ? dw(lang, 'sure', {
          usable: n(m.stability.usable),
          same: pct(lang, m.stability.sameInputsShare ?? Number.NaN),
          boxShares: sharesOf(restricted),
          otherShares: sharesOf(data.limits.filter((l) => !l.restricted)),
          pvalues:
            restricted.length === 0
              ? '—'
              : restricted
                  .map((l) => `${l.name} ${pValue(lang, l.quasiP)}`)
                  .join(lang === 'zh' ? '，' : ', '),
        })
      : dw(lang, 'sureNone');
  return {
    title: dw(lang, 'headlineTitle'),
    ran,
    answers,
    money: [],
    sure,
    assumed: dw(lang, 'assumed', { used: n(cases.used), unit }),
  };
}

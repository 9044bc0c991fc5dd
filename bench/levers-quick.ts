// Quick lever table (in-process): tsx bench/levers-quick.ts SCENARIO RUNS [SEED]
import { loadScenarioFile as loadScenario } from '../scenarios/load.js';
import { runOne } from '../sim/run.js';
import { leversOf } from '../sim/experiments/levers.js';
import { leverEffects, leverScenario } from '../sim/experiments/lever-effects.js';
import { runSeed } from '../sim/kernel/rng.js';

const [file, runsArg, seedArg, only] = process.argv.slice(2);
const loaded = loadScenario(file);
const s = loaded.scenario;
const runs = Number(runsArg ?? 10);
const seed = Number(seedArg ?? s.ensemble.seed);
const seeds = Array.from({ length: runs }, (_, i) => runSeed(seed, i));
const levers = leversOf(s).filter((l) => !only || only.split(',').includes(l.id));
const base = seeds.map((sd) => runOne(s, sd).indicators);
const variants = levers.map((l) => {
  const v = leverScenario(s, l);
  return seeds.map((sd) => runOne(v, sd).indicators);
});
const fmt = (x: number) => (Math.abs(x) >= 1000 ? x.toFixed(0) : x.toPrecision(3));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(
  `base: renovated ${fmt(mean(base.map((b) => b.householdsRenovated)))} cost/hh ${fmt(mean(base.map((b) => b.fiscalCostPerHousehold)))} part ${fmt(mean(base.map((b) => b.participation)))} hhi ${fmt(mean(base.map((b) => b.marketHhi)))} ppp ${fmt(mean(base.map((b) => b.pppShare)))} trust ${fmt(mean(base.map((b) => b.trust)))} loss ${fmt(mean(base.map((b) => b.resilienceLoss)))}`,
);
for (const e of leverEffects(levers, base, variants)) {
  const d = e.difference;
  console.log(
    `${e.lever.id.padEnd(24)} ${e.indicator.padEnd(28)} exp ${e.expected > 0 ? '+' : '-'}  ${fmt(d.mean).padStart(10)} [${fmt(d.ci95[0])}, ${fmt(d.ci95[1])}] base ${fmt(d.baselineMean)}  ${e.verdict}`,
  );
}
if (process.env.ALL) {
  const { allDifferences } = await import('../sim/experiments/lever-effects.js');
  levers.forEach((l, i) => {
    console.log(`-- ${l.id}`);
    const all = allDifferences(base, variants[i]);
    for (const [k, d] of Object.entries(all))
      console.log(
        `   ${k.padEnd(28)} ${fmt(d.mean).padStart(10)} [${fmt(d.ci95[0])}, ${fmt(d.ci95[1])}] base ${fmt(d.baselineMean)}`,
      );
  });
}

/**
 * `cogov trace SCENARIO --seed S (--community ID | --stalled | --random N)`: one seeded run with the
 * event log on (sim/world/trace.ts), told as a dated timeline per community, or the communities that
 * never completed with the step where each stopped and why; text in English or Chinese, or JSON.
 */
import type { Command } from 'commander';
import { loadScenarioFile } from '../../scenarios/load.js';
import type { Lang } from '../kernel/i18n.js';
import { makeRng } from '../kernel/rng.js';
import { MAX_SEED } from '../ensemble/plan.js';
import { type CliSession, msg } from '../messages/catalog.js';
import { buildWorld } from '../model/build-world.js';
import { runOne } from '../model/run.js';
import { type StalledCommunity, timeline } from '../model/trace.js';
import type { Community } from '../world/state.js';
import { eventLine, stallSentence, stepLabel } from '../../viz/trace-text.js';
import { formatNumber } from '../../viz/format.js';
import { scenarioIdOf } from '../ensemble/ensemble.js';
import { intArg } from './args.js';
import { type CliIo, langArg } from './common.js';
import { usageError } from './errors.js';

interface TraceFlags {
  seed?: number;
  community?: string;
  stalled?: boolean;
  random?: number;
  json?: boolean;
  limit?: number;
  lang?: Lang;
}

/**
 * The community a user named: its exact name, else a whole number taken as its id; undefined when
 * neither matches.
 */
export function resolveCommunity(communities: readonly Community[], value: string): number | undefined {
  const byName = communities.find((c) => c.name === value);
  if (byName) return byName.id;
  if (/^\d+$/.test(value.trim())) {
    const id = Number(value.trim());
    if (id < communities.length) return id;
  }
  return undefined;
}

/** `n` distinct community ids out of `count`, chosen by a stream seeded with the run's seed (ascending). */
export function randomCommunities(count: number, n: number, seed: number): number[] {
  const rng = makeRng(seed, 'trace/random');
  const ids = Array.from({ length: count }, (_, i) => i);
  for (let i = 0; i < n; i++) {
    const j = i + rng.int(count - i);
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  return ids.slice(0, n).sort((a, b) => a - b);
}

function label(c: Community) {
  return { name: c.name, id: c.id, district: c.district, renovatedAtStart: c.renovatedAtStart };
}

function traceAction(file: string, opts: TraceFlags, io: CliIo, session: CliSession): void {
  const loaded = loadScenarioFile(file, { lang: opts.lang });
  const lang = opts.lang ?? loaded.scenario.language;
  session.lang = lang;
  const modes = [opts.community !== undefined, opts.stalled === true, opts.random !== undefined];
  if (modes.filter(Boolean).length !== 1) throw usageError(msg(lang, 'traceOneOf'));
  const scenario = scenarioIdOf(file);
  const seed = opts.seed ?? loaded.scenario.ensemble.seed;
  const before = buildWorld(loaded.scenario, seed);
  const cs = before.communities;
  let chosen: number[] | null = null;
  if (opts.community !== undefined) {
    const id = resolveCommunity(cs, opts.community);
    if (id === undefined) {
      const example = cs[Math.min(41, cs.length - 1)]?.name ?? 'C0001';
      throw usageError(
        msg(lang, 'traceUnknownCommunity', { value: opts.community, scenario, example, max: cs.length - 1 }),
      );
    }
    chosen = [id];
  } else if (opts.random !== undefined) {
    if (opts.random > cs.length) {
      throw usageError(msg(lang, 'traceRandomTooMany', { n: opts.random, scenario, count: cs.length }));
    }
    chosen = randomCommunities(cs.length, opts.random, seed);
  }
  const r = runOne(loaded.scenario, seed, {
    trace: chosen ? { communities: new Set(chosen) } : {},
  });
  const events = r.events ?? [];
  const span = { scenario, seed, from: r.dates[0] ?? '', to: r.dates[r.dates.length - 1] ?? '' };
  if (chosen) {
    const stories = chosen.map((id) => ({ ...label(cs[id]), events: timeline(events, id) }));
    if (opts.json) {
      io.out(`${JSON.stringify({ ...span, communities: stories }, null, 2)}\n`);
      return;
    }
    const blocks = stories.map((s) => {
      const head = msg(lang, 'traceHeader', {
        ...span,
        name: s.name,
        id: s.id,
        district: s.district,
        n: formatNumber(lang, s.events.length, 0),
      });
      const lines =
        s.events.length > 0 ? s.events.map((e) => eventLine(lang, e)) : [msg(lang, 'traceNoEvents')];
      const before = s.renovatedAtStart ? [msg(lang, 'traceRenovatedBefore')] : [];
      return [head, ...before, ...lines].join('\n');
    });
    io.out(`${blocks.join('\n\n')}\n`);
    return;
  }
  const stalled = r.stalled ?? [];
  const pending = cs.filter((c) => !c.renovatedAtStart).length;
  const shown = opts.limit !== undefined ? stalled.slice(0, opts.limit) : stalled;
  if (opts.json) {
    const out = { ...span, pending, total: stalled.length, stalled: shown };
    io.out(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  io.out(`${stalledText(lang, span, pending, stalled.length, shown)}\n`);
}

/** The --stalled text: a header with the count of all, then one paragraph per community shown. */
function stalledText(
  lang: Lang,
  span: { scenario: string; seed: number; from: string; to: string },
  pending: number,
  total: number,
  shown: readonly StalledCommunity[],
): string {
  const count = (v: number) => formatNumber(lang, v, 0);
  if (total === 0) return msg(lang, 'traceStalledNone', { ...span, pending: count(pending) });
  const more = shown.length < total ? msg(lang, 'traceStalledShown', { k: shown.length }) : '';
  const lines = [
    msg(lang, 'traceStalledHeader', { ...span, pending: count(pending), n: count(total), shown: more }),
  ];
  for (const s of shown) {
    lines.push(
      msg(lang, 'traceStalledRow', {
        name: s.name,
        id: s.community,
        district: s.district,
        step: stepLabel(lang, s.state),
        why: stallSentence(lang, s),
      }),
    );
    if (s.last) lines.push(msg(lang, 'traceStalledLast', { line: eventLine(lang, s.last) }));
  }
  return lines.join('\n');
}

/** Register `trace` on the program. */
export function registerTrace(program: Command, io: CliIo, session: CliSession = { lang: 'en' }): void {
  const flagLang = session.lang;
  program
    .command('trace')
    .description(msg(flagLang, 'help.trace.description'))
    .argument('<file>', msg(flagLang, 'help.arg.scenario'))
    .option('-s, --seed <n>', msg(flagLang, 'help.trace.opt.seed'), intArg('--seed', 0, MAX_SEED, flagLang))
    .option('--community <id>', msg(flagLang, 'help.trace.opt.community'))
    .option('--stalled', msg(flagLang, 'help.trace.opt.stalled'))
    .option(
      '--random <n>',
      msg(flagLang, 'help.trace.opt.random'),
      intArg('--random', 1, 1_000_000, flagLang),
    )
    .option('--json', msg(flagLang, 'help.trace.opt.json'))
    .option('--limit <k>', msg(flagLang, 'help.trace.opt.limit'), intArg('--limit', 1, 1_000_000, flagLang))
    .option('--lang <lang>', msg(flagLang, 'help.trace.opt.lang'), langArg)
    .action((file: string, opts: TraceFlags) => traceAction(file, opts, io, session));
}

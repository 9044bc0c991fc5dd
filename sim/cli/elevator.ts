/** `cogov elevator`: the elevator cost-sharing calculator (加装电梯费用分摊, seed §6.3.2). */
import type { Lang } from '../kernel/i18n.js';
import type { Command } from 'commander';
import { shareElevatorCost, type ShareRule } from '../../agents/elevator-share.js';
import { formatShareTable } from '../../viz/elevator-table.js';
import { intArg, numArg } from './args.js';
import { usageError } from './errors.js';
import type { CliIo } from './common.js';
import { type CliSession, msg } from '../messages/catalog.js';
import { langArg } from './common.js';

const RULES: Record<string, ShareRule> = {
  'floor-coefficients': { kind: 'floor-coefficients' },
  negotiated: { kind: 'negotiated' },
  shapley: { kind: 'shapley' },
};

interface ElevatorFlags {
  storeys: number;
  perFloor: number;
  area: number;
  cost: number;
  subsidy: number;
  rule: string;
  compensation: number;
  lang: Lang;
  json?: boolean;
}

/** Register `elevator` on the program. */
export function registerElevator(program: Command, io: CliIo, session: CliSession = { lang: 'en' }): void {
  const flagLang = session.lang;
  program
    .command('elevator')
    .description(msg(flagLang, 'help.elevator.description'))
    .option(
      '--storeys <n>',
      msg(flagLang, 'help.elevator.opt.storeys'),
      intArg('--storeys', 2, 12, flagLang),
      6,
    )
    .option(
      '--per-floor <n>',
      msg(flagLang, 'help.elevator.opt.perFloor'),
      intArg('--per-floor', 1, 8, flagLang),
      2,
    )
    .option('--area <m2>', msg(flagLang, 'help.elevator.opt.area'), numArg('--area', 1, 1000, flagLang), 70)
    .option(
      '--cost <rmb>',
      msg(flagLang, 'help.elevator.opt.cost'),
      numArg('--cost', 0, 1e8, flagLang),
      550_000,
    )
    .option(
      '--subsidy <rmb>',
      msg(flagLang, 'help.elevator.opt.subsidy'),
      numArg('--subsidy', 0, 1e8, flagLang),
      150_000,
    )
    .option('--rule <rule>', msg(flagLang, 'help.elevator.opt.rule'), 'shapley')
    .option(
      '--compensation <share>',
      msg(flagLang, 'help.elevator.opt.compensation'),
      numArg('--compensation', 0, 1, flagLang),
      0,
    )
    .option('--lang <lang>', msg(flagLang, 'help.elevator.opt.lang'), langArg, 'en')
    .option('--json', msg(flagLang, 'help.elevator.opt.json'))
    .action((opts: ElevatorFlags) => {
      session.lang = opts.lang;
      const rule = Object.hasOwn(RULES, opts.rule) ? RULES[opts.rule] : undefined;
      if (!rule) throw usageError(msg(opts.lang, 'elevatorRule', { value: opts.rule }));
      const result = shareElevatorCost({
        storeys: opts.storeys,
        householdsPerFloor: opts.perFloor,
        areas: opts.area,
        totalCost: opts.cost,
        subsidy: Math.min(opts.subsidy, opts.cost),
        rule,
        compensation: opts.compensation > 0 ? { costShare: opts.compensation } : undefined,
      });
      io.out(
        opts.json ? `${JSON.stringify(result, null, 2)}\n` : formatShareTable(result, { lang: opts.lang }),
      );
    });
}

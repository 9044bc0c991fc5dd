/** `cogov elevator`: the elevator cost-sharing calculator (加装电梯费用分摊, seed §6.3.2). */
import type { Command } from 'commander';
import { formatShareTable, shareElevatorCost, type ShareRule } from '../../agents/elevator-share.js';
import { intArg, numArg } from './args.js';
import { usageError } from './errors.js';
import type { CliIo } from './main.js';
import { type CliLang, type CliSession, msg } from './messages.js';
import { langArg } from './report.js';

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
  lang: CliLang;
  json?: boolean;
}

/** Register `elevator` on the program. */
export function registerElevator(program: Command, io: CliIo, session: CliSession = { lang: 'en' }): void {
  const flagLang = session.lang;
  program
    .command('elevator')
    .description('elevator cost-sharing calculator: per-household share table for one building unit')
    .option('--storeys <n>', 'storeys of the building', intArg('--storeys', 2, 12, flagLang), 6)
    .option('--per-floor <n>', 'households per floor', intArg('--per-floor', 1, 8, flagLang), 2)
    .option('--area <m2>', 'exclusive area per household (m²)', numArg('--area', 1, 1000, flagLang), 70)
    .option('--cost <rmb>', 'elevator cost (RMB)', numArg('--cost', 0, 1e8, flagLang), 550_000)
    .option('--subsidy <rmb>', 'public subsidies (RMB)', numArg('--subsidy', 0, 1e8, flagLang), 150_000)
    .option('--rule <rule>', 'floor-coefficients | negotiated | shapley', 'shapley')
    .option(
      '--compensation <share>',
      'ground-floor compensation fund as a share of cost',
      numArg('--compensation', 0, 1, flagLang),
      0,
    )
    .option('--lang <lang>', 'language of the table and messages, en | zh', langArg, 'en')
    .option('--json', 'print JSON instead of a table')
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

/**
 * The `cogov` command line: flag parsing over the library, and the only place that prints and sets
 * exit codes (0 success, 1 runtime failure, 2 invalid input or usage).
 */
import type { Lang } from '../kernel/i18n.js';
import { Command, CommanderError } from 'commander';
import { scenarioJsonSchemaText } from '../../scenarios/json-schema.js';
import { experimentJsonSchemaText } from '../experiments/json-schema.js';
import { optimisationJsonSchemaText } from '../experiments/optimisation-json-schema.js';
import { gameJsonSchemaText } from '../game/json-schema.js';
import { loadScenarioFile } from '../../scenarios/load.js';
import { ScenarioError } from '../../scenarios/issues.js';
import { localizedMessage } from '../../scenarios/messages.js';
import { writeFileAtomic } from '../io/atomic.js';
import { cogovWrote } from '../io/own-files.js';
import { existsSync } from 'node:fs';
import { CliError, EXIT, usageError } from './errors.js';
import { registerCommands } from './commands.js';
import { commanderErrorText } from './commander-errors.js';
import { chineseHelp } from './help-zh.js';
import { asLang, type CliSession, msg } from '../messages/catalog.js';
import { type CliIo, langArg } from './common.js';
import { cogovVersion } from '../io/version.js';

export type { CliIo } from './common.js';

const defaultIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/** The `--lang` given on the command line (`--lang zh` or `--lang=zh`), if any. */
export function argvLang(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    if (argv[i] === '--lang') return asLang(argv[i + 1]);
    if (argv[i].startsWith('--lang=')) return asLang(argv[i].slice('--lang='.length));
  }
  return undefined;
}

/** Flags of `cogov schema`. */
type SchemaFlags = {
  out?: string;
  experiment?: boolean;
  optimisation?: boolean;
  game?: boolean;
  lang?: Lang;
};

/**
 * Build the commander program; actions throw CliError instead of exiting. `session` carries the
 * language of the messages from the command line to the command and back to {@link main}; its
 * language when the program is built (the command line's `--lang`) is that of the help and of
 * commander's usage errors.
 */
export function buildProgram(io: CliIo = defaultIo, session: CliSession = { lang: 'en' }): Command {
  const flagLang = session.lang;
  // Before any command is added: subcommands copy the help option, output and help settings.
  const program = new Command('cogov')
    .description(msg(flagLang, 'help.program.description'))
    .version(cogovVersion(), '-V, --version', msg(flagLang, 'help.version'))
    .helpOption('-h, --help', msg(flagLang, 'help.help'))
    .helpCommand('help [command]', msg(flagLang, 'help.help'))
    .showHelpAfterError(msg(flagLang, 'help.afterError'))
    .configureOutput({
      writeOut: io.out,
      writeErr: io.err,
      outputError: (text, write) => write(commanderErrorText(flagLang, text)),
    })
    .exitOverride();
  if (flagLang === 'zh') program.configureHelp(chineseHelp());

  program
    .command('validate')
    .description(msg(flagLang, 'help.validate.description'))
    .argument('<files...>', msg(flagLang, 'help.arg.scenarios'))
    .option('-q, --quiet', msg(flagLang, 'help.validate.opt.quiet'))
    .option('--lang <lang>', msg(flagLang, 'help.validate.opt.lang'), langArg, 'en')
    .action((files: string[], opts: { quiet?: boolean; lang: Lang }) => {
      session.lang = opts.lang;
      const problems: string[] = [];
      for (const file of files) {
        try {
          const given = program.commands.find((c) => c.name() === 'validate')?.getOptionValueSource('lang');
          loadScenarioFile(file, given === 'cli' ? { lang: opts.lang } : {});
          if (!opts.quiet) io.out(`${msg(opts.lang, 'validOk', { file })}\n`);
        } catch (err) {
          if (err instanceof ScenarioError) problems.push(err.message);
          else throw err;
        }
      }
      if (problems.length > 0) throw usageError(problems.join('\n'));
    });

  program
    .command('schema')
    .description(msg(flagLang, 'help.schema.description'))
    .option('-o, --out <file>', msg(flagLang, 'help.schema.opt.out'))
    .option('--experiment', msg(flagLang, 'help.schema.opt.experiment'))
    .option('--optimisation', msg(flagLang, 'help.schema.opt.optimisation'))
    .option('--game', msg(flagLang, 'help.schema.opt.game'))
    .option('--lang <lang>', msg(flagLang, 'help.opt.langMessages'), langArg)
    .action((opts: SchemaFlags) => {
      session.lang = opts.lang ?? 'en';
      const text = opts.game
        ? gameJsonSchemaText()
        : opts.optimisation
          ? optimisationJsonSchemaText()
          : opts.experiment
            ? experimentJsonSchemaText()
            : scenarioJsonSchemaText();
      if (opts.out && existsSync(opts.out) && !cogovWrote(opts.out)) {
        throw usageError(msg(session.lang, 'fileForeign', { file: opts.out }));
      }
      if (opts.out) writeFileAtomic(opts.out, text);
      else io.out(text);
    });

  registerCommands(program, io, session);
  return program;
}

/** Run the CLI on `argv` (without node and script) and return the exit code. */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const session: CliSession = { lang: argvLang(argv) ?? 'en' };
  const program = buildProgram(io, session);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version') {
        return EXIT.ok;
      }
      return EXIT.usage;
    }
    if (err instanceof ScenarioError) {
      io.err(`${err.message}\n`);
      return EXIT.usage;
    }
    if (err instanceof CliError) {
      io.err(`${err.message}\n`);
      return err.exitCode;
    }
    const message = localizedMessage(err, session.lang);
    io.err(`${msg(session.lang, 'runtimeFailure', { message })}\n`);
    if (process.env['COGOV_DEBUG'] && err instanceof Error && err.stack) io.err(`${err.stack}\n`);
    return EXIT.failure;
  }
}

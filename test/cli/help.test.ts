import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { commanderErrorText } from '../../sim/cli/commander-errors.js';
import { wrapWide } from '../../sim/cli/help-zh.js';
import { buildProgram, type CliIo, main } from '../../sim/cli/main.js';
import { type CliKey, msg } from '../../sim/messages/catalog.js';
import { displayWidth } from '../../sim/kernel/text-width.js';
import { cogov } from './helpers.js';

const CJK = /\p{Script=Han}/u;
/** Text without blanks and line breaks, so a description matches however the help wrapped it. */
const squash = (s: string) => s.replace(/\s+/g, '');
const quiet: CliIo = { out: () => {}, err: () => {} };

/** The option and argument lines of a help text: [term, description], continuation lines joined. */
function items(help: string): [string, string][] {
  const rows: [string, string][] = [];
  let inList = false;
  for (const line of help.split('\n')) {
    if (/^\S/.test(line)) inList = /[:：]$/.test(line) && !/^(Usage|用法)/.test(line);
    else if (inList && /^ {2}\S/.test(line)) {
      const m = /^ {2}(\S(?:.*?\S)?)(?: {2,}(.*))?$/.exec(line);
      if (m) rows.push([m[1], m[2] ?? '']);
    } else if (inList && /^ {3,}\S/.test(line) && rows.length > 0) rows[rows.length - 1][1] += line.trim();
  }
  return rows;
}

/** The root program and every registered command. */
function allCommands(program: Command): Command[] {
  return [program, ...program.commands];
}

/** Run the CLI in-process and return its exit code and standard error. */
async function inProcess(argv: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const code = await main(argv, { out: () => {}, err: (t) => (err += t) });
  return { code, err };
}

describe('help in English and Chinese', () => {
  it('cogov --help --lang zh: Chinese titles and descriptions, no English left', () => {
    const r = cogov(['--help', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^用法：cogov \[选项\] \[命令\]\n/);
    for (const title of ['\n选项：\n', '\n命令：\n']) expect(r.stdout).toContain(title);
    const descriptions: CliKey[] = [
      'help.run.description',
      'help.validate.description',
      'help.sweep.description',
      'help.compare.description',
      'help.elevator.description',
    ];
    for (const key of descriptions) expect(squash(r.stdout)).toContain(squash(msg('zh', key)));
    expect(r.stdout).toContain('加装电梯费用分摊');
    for (const english of [
      'Usage:',
      'Options:',
      'Commands:',
      'display help for command',
      'output the version number',
      'run a seeded ensemble',
      'check scenario files',
      'experiment design',
      'co-governance',
      '[options]',
    ]) {
      expect(r.stdout).not.toContain(english);
    }
    const rows = items(r.stdout);
    expect(rows).toHaveLength(2 + 14 + 1); // --version, --help, the commands, help
    for (const [term, description] of rows) expect(description, term).toMatch(CJK);
  });

  it('cogov run --help --lang zh and cogov help run --lang zh: every option has a Chinese description', () => {
    for (const args of [
      ['run', '--help', '--lang', 'zh'],
      ['help', 'run', '--lang', 'zh'],
      ['run', '--lang', 'zh', '-h'],
    ]) {
      const r = cogov(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/^用法：cogov run \[选项\] <file>\n/);
      expect(r.stdout).toContain('\n参数：\n');
      const rows = items(r.stdout);
      const options = rows.filter(([term]) => term.startsWith('-'));
      expect(options.map(([term]) => term)).toEqual([
        '-n, --runs <n>',
        '-s, --seed <n>',
        '-w, --workers <n>',
        '-o, --out <dir>',
        '--resume',
        '--shard <k/n>',
        '--trajectories',
        '--format <format>',
        '--lang <lang>',
        '-q, --quiet',
        '-h, --help',
      ]);
      for (const [term, description] of rows) expect(description, term).toMatch(CJK);
      expect(squash(r.stdout)).toContain(squash('运行次数（默认：情景的 ensemble.runs）'));
    }
  });

  it('every command’s help in Chinese describes every option and argument in Chinese', () => {
    const program = buildProgram(quiet, { lang: 'zh' });
    expect(program.commands.map((c) => c.name()).sort()).toEqual(
      [
        'compare',
        'elevator',
        'explore',
        'game',
        'levers',
        'merge',
        'optimize',
        'report',
        'run',
        'schema',
        'sensitivity',
        'slurm',
        'sweep',
        'validate',
      ].sort(),
    );
    for (const cmd of allCommands(program)) {
      const help = cmd.createHelp();
      const text = cmd.helpInformation();
      expect(text, cmd.name()).toMatch(/^用法：cogov/);
      expect(help.commandDescription(cmd), cmd.name()).toMatch(CJK);
      for (const option of help.visibleOptions(cmd)) {
        expect(help.optionDescription(option), `${cmd.name()} ${option.flags}`).toMatch(CJK);
      }
      for (const argument of help.visibleArguments(cmd)) {
        expect(help.argumentDescription(argument), `${cmd.name()} <${argument.name()}>`).toMatch(CJK);
      }
      for (const [term, description] of items(text)) {
        expect(description, `${cmd.name()}: ${term}`).toMatch(CJK);
        expect(description, `${cmd.name()}: ${term}`).not.toMatch(/\(default: /);
      }
    }
  });

  it('the English help has no Chinese and is today’s text', () => {
    const program = buildProgram(quiet);
    for (const cmd of allCommands(program)) expect(cmd.helpInformation(), cmd.name()).not.toMatch(CJK);
    const run = cogov(['run', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: cogov run [options] <file>\n');
    expect(run.stdout).toContain(
      '  -n, --runs <n>     number of runs (default: the scenario ensemble runs)\n',
    );
    expect(run.stdout).toContain('  -h, --help         display help for command\n');
    const validate = cogov(['help', 'validate']);
    expect(validate.stdout).toBe(
      [
        'Usage: cogov validate [options] <files...>',
        '',
        'check scenario files and report every problem as FILE:LINE:COL: field: message',
        '',
        'Arguments:',
        '  files          scenario YAML files',
        '',
        'Options:',
        '  -q, --quiet    print nothing when the files are valid',
        '  --lang <lang>  language of the messages, en | zh (default: "en")',
        '  -h, --help     display help for command',
        '',
      ].join('\n'),
    );
    const root = cogov(['--help']);
    expect(root.stdout).toContain('  -V, --version                       output the version number\n');
    expect(root.stdout).toContain('  help [command]                      display help for command\n');
  });

  it('Chinese help fits 80 columns, CJK counted twice, with no line starting with closing punctuation', () => {
    for (const args of [['--help'], ['run', '--help'], ['slurm', '--help'], ['sensitivity', '--help']]) {
      const r = cogov([...args, '--lang', 'zh']);
      for (const line of r.stdout.split('\n')) {
        expect(displayWidth(line), line).toBeLessThanOrEqual(80);
        expect(line.trimStart(), line).not.toMatch(/^[，。、；：）]/);
      }
    }
    const wrapped = wrapWide('消息和报告的语言，en | zh（默认：第一个情景的语言）', 40).split('\n');
    expect(wrapped.length).toBeGreaterThan(1);
    for (const line of wrapped) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    expect(wrapped.join('')).toBe('消息和报告的语言，en | zh（默认：第一个情景的语言）');
    expect(wrapWide('short, narrow text', 30)).toBe('short, narrow text');
  });
});

describe("commander's usage errors in English and Chinese", () => {
  it('an unknown option: Chinese under --lang zh, naming the option; English otherwise (exit 2)', () => {
    const zh = cogov(['run', '--bogus', '-o', 'out-never-written', '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe('错误：未知选项 \'--bogus\'\n（运行 "cogov --help --lang zh" 查看用法）\n');
    const en = cogov(['run', '--bogus', '-o', 'out-never-written']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('error: unknown option \'--bogus\'\n(run "cogov --help" for usage)\n');
  });

  it('run --bogus without --out: the missing required option comes first, in either language', () => {
    const zh = cogov(['run', '--bogus', '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain("错误：未指定必需的选项 '-o, --out <dir>'");
    expect(cogov(['run', '--bogus']).stderr).toContain(
      "error: required option '-o, --out <dir>' not specified",
    );
  });

  it('an invalid option value: commander’s frame and our reason both in Chinese (exit 2)', () => {
    const zh = cogov(['run', '--runs', 'x', 'scenarios/demo-small.yaml', '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(
      "错误：选项 '-n, --runs <n>' 的参数值 'x' 无效。--runs 必须是 1 到 100000 之间的整数，收到 \"x\"\n",
    );
    expect(zh.stderr).not.toMatch(/error|invalid/);
    const en = cogov(['run', '--runs', 'x', 'scenarios/demo-small.yaml']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      "error: option '-n, --runs <n>' argument 'x' is invalid. --runs must be an integer between 1 and 100000, got \"x\"\n",
    );
  });

  it('an unknown command, with its suggestion (exit 2)', () => {
    const zh = cogov(['nosuch', '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain("错误：未知命令 'nosuch'\n");
    const near = cogov(['runn', '--lang', 'zh']);
    expect(near.stderr).toContain("错误：未知命令 'runn'\n（您是指 run 吗？）\n");
    const en = cogov(['nosuch']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('error: unknown command \'nosuch\'\n(run "cogov --help" for usage)\n');
  });

  it('every usage error commander raises here has its Chinese text (exit 2)', async () => {
    // --lang zh where each command reads it (an option's value would swallow it).
    const cases: [string[], string][] = [
      [['validate', '--lang', 'zh'], "错误：缺少必需的参数 'files'"],
      [['elevator', '--lang', 'zh', '--rule'], "错误：选项 '--rule <rule>' 缺少参数值"],
      [['sweep', 'x.yaml', '--lang', 'zh'], "错误：未指定必需的选项 '-o, --out <dir>'"],
      [
        ['run', 'a.yaml', 'b.yaml', '-o', 'o', '--lang', 'zh'],
        "错误：命令 'run' 的参数过多：应为 1 个，实际为 2 个。",
      ],
      [
        ['run', 'a.yaml', '-o', 'o', '--seeds', '1', '--lang', 'zh'],
        "错误：未知选项 '--seeds'\n（您是指 --seed 吗？）",
      ],
      [['--bogus', '--lang', 'zh'], "错误：未知选项 '--bogus'"],
      [
        ['elevator', '--storeys', '40', '--lang', 'zh'],
        "错误：选项 '--storeys <n>' 的参数值 '40' 无效。--storeys 必须是",
      ],
    ];
    for (const [args, chinese] of cases) {
      const what = args.join(' ');
      const zh = await inProcess(args);
      expect(zh.code, what).toBe(2);
      expect(zh.err, what).toContain(chinese);
      expect(zh.err, what).not.toContain('error:');
      const en = await inProcess(args.filter((a, i) => a !== '--lang' && args[i - 1] !== '--lang'));
      expect(en.code, what).toBe(2);
      expect(en.err, what).toMatch(/^error: /);
    }
  });

  it('translates the other known patterns and keeps unknown ones, English passing through unchanged', () => {
    const texts: [string, string][] = [
      [
        "error: unknown option '--x'\n(Did you mean one of --ab, --ac?)\n",
        "错误：未知选项 '--x'\n（您是指以下之一吗？--ab、--ac）\n",
      ],
      [
        "error: command-argument value 'q' is invalid for argument 'n'. why",
        "错误：参数 'n' 的值 'q' 无效。why",
      ],
      [
        'error: too many arguments. Expected 0 arguments but got 1.\n',
        '错误：参数过多：应为 0 个，实际为 1 个。\n',
      ],
      [
        "error: option '--a' cannot be used with option '--b'\n",
        "错误：选项 '--a' 不能与选项 '--b' 同时使用\n",
      ],
      ['error: something new\n', '错误：something new\n'],
    ];
    for (const [english, chinese] of texts) {
      expect(commanderErrorText('zh', english)).toBe(chinese);
      expect(commanderErrorText('en', english)).toBe(english);
    }
  });
});

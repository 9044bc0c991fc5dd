/**
 * The loader's messages in English and Chinese: both tables hold every key with the same
 * placeholders; every bad input gives the same FILE:LINE:COL and field path in both languages, the
 * Chinese one in Chinese; the language is the explicit option, else the file's own `language`,
 * else English; and the CLI passes `--lang` through.
 */
import type { Lang } from '../../sim/kernel/i18n.js';
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ALLOWED_FUNCTIONS, ALLOWED_VARIABLES } from '../../scenarios/expr-check.js';
import { type CompiledExpr, compileExpression, compilePolicy } from '../../scenarios/expr.js';
import { ScenarioError, type ScenarioIssue } from '../../scenarios/issues.js';
import { loadScenarioFile } from '../../scenarios/load.js';
import {
  LOADER_MESSAGES,
  LocalizedError,
  loaderMsg,
  localizedMessage,
  PARTS,
  placeholdersOf,
  renderMessage,
} from '../../scenarios/messages.js';
import { parseScenarioText } from '../../scenarios/parse.js';
import { ScenarioSchema } from '../../scenarios/schema.js';
import { loadExperimentFile } from '../../sim/batch/experiment-file.js';
import { ExperimentSchema } from '../../sim/experiments/schema.js';
import { cogov, hasStackTrace } from '../cli/helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BAD = 'test/fixtures/bad';
const fixtures = readdirSync(join(ROOT, BAD))
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const DEMO = readFileSync(join(ROOT, 'scenarios/demo-small.yaml'), 'utf8');

const dir = mkdtempSync(join(tmpdir(), 'cogov-messages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Han characters: what makes a message Chinese. */
const HAN = /[\u4e00-\u9fff]/;

function issuesOf(load: () => unknown): ScenarioIssue[] {
  try {
    load();
  } catch (err) {
    if (err instanceof ScenarioError) return err.issues;
    throw err;
  }
  throw new Error('the input was accepted');
}

const where = (issues: readonly ScenarioIssue[]) =>
  issues.map(({ file, line, col, path }) => ({ file, line, col, path }));

/** Keys of every mapping in a zod schema: field names may appear in a Chinese message as written. */
function schemaKeys(schema: unknown, keys = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (typeof schema !== 'object' || schema === null || seen.has(schema)) return keys;
  seen.add(schema);
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (!def) return keys;
  for (const k of Object.keys((def.shape as object | undefined) ?? {})) keys.add(k);
  for (const v of Object.values((def.shape as object | undefined) ?? {})) schemaKeys(v, keys, seen);
  for (const k of ['innerType', 'in', 'out', 'left', 'right', 'element', 'catchall', 'valueType', 'rest'])
    schemaKeys(def[k], keys, seen);
  for (const o of [...((def.options as unknown[]) ?? []), ...((def.items as unknown[]) ?? [])])
    schemaKeys(o, keys, seen);
  return keys;
}

const FIELD_NAMES = new Set([...schemaKeys(ScenarioSchema), ...schemaKeys(ExperimentSchema)]);

/** Words of the English templates: none may be left in a Chinese message outside quotes and field names. */
const ENGLISH_WORDS = new Set(
  Object.values(LOADER_MESSAGES.en)
    .flatMap((t) => t.replace(/\{\w+\}/g, ' ').match(/[A-Za-z][A-Za-z0-9]{2,}/g) ?? [])
    .map((w) => w.toLowerCase()),
);
/** Names a Chinese message keeps: encodings, YAML, the names of policy expressions, bounds of a range. */
const KEPT_NAMES = new Set<string>([
  ...['yaml', 'utf', 'gbk', 'gb18030', 'latin', 'nul', 'tab', 'true', 'false', 'null', 'min', 'max'],
  ...ALLOWED_VARIABLES,
  ...ALLOWED_FUNCTIONS,
]);

/** English template words left in `message` once quoted values, tags and field names are set aside. */
function leftoverEnglish(message: string): string[] {
  const bare = message
    .replace(/"(?:[^"\\]|\\.)*"/g, ' ')
    .replace(/“[^”]*”/g, ' ')
    .replace(/!\S+/g, ' ');
  return (bare.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []).filter(
    (w) => !FIELD_NAMES.has(w) && ENGLISH_WORDS.has(w.toLowerCase()) && !KEPT_NAMES.has(w.toLowerCase()),
  );
}

describe('message tables', () => {
  const en = LOADER_MESSAGES.en;
  const zh = LOADER_MESSAGES.zh;

  it('hold the same keys, each with the same placeholders, and a Chinese text that differs', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholdersOf(zh[key]), key).toEqual(placeholdersOf(en[key]));
      expect(zh[key], key).not.toBe(en[key]);
      // Text beyond the placeholders is Chinese (Han characters or full-width punctuation).
      const words = zh[key].replace(/\{\w+\}/g, '');
      if (words !== '') expect(words, key).toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
    }
  });

  it('repeat no key across their parts', () => {
    const keys = Object.values(PARTS).flatMap((part) => Object.keys(part.EN));
    expect(new Set(keys).size).toBe(keys.length);
    for (const part of Object.values(PARTS))
      expect(Object.keys(part.ZH).sort()).toEqual(Object.keys(part.EN).sort());
  });

  it('space a number or a quoted value from the Chinese around it, and leave values as written', () => {
    expect(loaderMsg('zh', 'issue.expectedGot', { expected: '数字', got: '1.5', hint: '' })).toBe(
      '应为数字，实际为 1.5',
    );
    expect(loaderMsg('zh', 'issue.expectedGot', { expected: '数字', got: '字符串 "三a"', hint: '' })).toBe(
      '应为数字，实际为字符串 "三a"',
    );
    expect(
      loaderMsg('zh', 'issue.size', { word: '恰好', limit: 12, noun: '项', unit: '', found: '11 项' }),
    ).toBe('应为恰好 12 项，实际为 11 项');
    expect(loaderMsg('en', 'issue.expectedGot', { expected: 'a number', got: '1.5', hint: '' })).toBe(
      'expected a number, got 1.5',
    );
  });

  it('render lists with the separator of the language and nested messages in the same language', () => {
    const vars = { name: 'yaer', variables: ['year', 'month', 't'], constants: ['pi', 'e'] };
    const hint = { key: 'hint.didYouMean', vars: { name: '"year"' } } as const;
    expect(loaderMsg('en', 'expr.unknownName', { ...vars, hint })).toBe(
      'unknown name "yaer" in expression; allowed variables: year, month, t (constants: pi, e, true, false); did you mean "year"?',
    );
    expect(loaderMsg('zh', 'expr.unknownName', { ...vars, hint })).toContain(
      '可用的变量：year、month、t（常量：pi、e、true、false）；是否想写 "year"？',
    );
  });
});

describe('every bad fixture, in Chinese', () => {
  it.each(fixtures)('%s: same positions and paths as in English, the message in Chinese', (name) => {
    const file = join(ROOT, BAD, name);
    const english = issuesOf(() => loadScenarioFile(file));
    const chinese = issuesOf(() => loadScenarioFile(file, { lang: 'zh' }));
    expect(where(chinese)).toEqual(where(english));
    for (const [k, issue] of chinese.entries()) {
      expect(issue.message).not.toBe(english[k].message);
      expect(issue.message).toMatch(HAN);
      expect(leftoverEnglish(issue.message), issue.message).toEqual([]);
    }
    // The pure parser says the same from the bytes.
    const pure = parseScenarioText(new Uint8Array(readFileSync(file)), file, ScenarioSchema, { lang: 'zh' });
    expect(pure.ok).toBe(false);
    if (!pure.ok) expect(pure.issues).toEqual(chinese);
  });
});

describe('each kind of problem, in both languages', () => {
  const kinds: [kind: string, fixture: string, english: string, chinese: string][] = [
    [
      'YAML syntax error',
      'syntax-error.yaml',
      'YAML syntax error: "[" is not closed',
      'YAML 语法错误："[" 没有闭合',
    ],
    ['tab indentation', 'tab-indent.yaml', 'Tabs are not allowed', '不能用制表符（Tab）缩进'],
    [
      'duplicate key',
      'duplicate-key.yaml',
      'duplicate key "constructionMonths" (first defined at line 44)',
      '重复的字段 "constructionMonths"（首次定义于第 44 行）',
    ],
    [
      'unknown key with a suggestion',
      'unknown-key-typo.yaml',
      'unknown key "rmbPerHousehld"; did you mean "rmbPerHousehold"?',
      '未知字段 "rmbPerHousehld"；是否想写 "rmbPerHousehold"？',
    ],
    [
      'wrong type',
      'wrong-type.yaml',
      'expected a whole number between 1 and 20 (items), got string "three"',
      '应为 1 到 20 之间的整数（项数），实际为字符串 "three"',
    ],
    [
      'out of range',
      'out-of-range.yaml',
      'expected a number between 0 and 1 (share), got 1.5',
      '应为 0 到 1 之间的数（比例），实际为 1.5',
    ],
    [
      'missing key',
      'missing-required.yaml',
      'missing required key "zh": expected a string',
      '缺少必填字段 "zh"：应为字符串',
    ],
    [
      'enum',
      'bad-enum.yaml',
      'did you mean "shapley"?',
      '应为 "floor-coefficients"、"negotiated"、"shapley" 之一',
    ],
    [
      'unknown name in an expression',
      'bad-expression-variable.yaml',
      'unknown name "growth"',
      '表达式中有未知的名称 "growth"',
    ],
    ['disallowed function', 'bad-expression.yaml', 'function "foo" is not allowed', '不允许使用函数 "foo"'],
    ['empty file', 'empty.yaml', 'file is empty', '文件为空：应为情景映射'],
    [
      'non-mapping top level',
      'top-level-list.yaml',
      'got a list',
      '顶层应为情景字段的映射（“键: 值”形式的行），实际为列表',
    ],
    [
      'non-finite number',
      'non-finite.yaml',
      'expected a finite number, got .inf',
      '应为有限的数，实际为 .inf',
    ],
    [
      'not UTF-8',
      'non-utf8.yaml',
      'byte 0xD1 at byte offset 466',
      '第 466 个字节 0xD1 不属于任何 UTF-8 字符',
    ],
    [
      'alias bomb',
      'alias-bomb.yaml',
      'too many alias expansions (limit 100)',
      '别名展开次数过多（上限 100）',
    ],
    ['cross-field rule', 'range-order.yaml', 'expected min ≤ max', '应满足 min ≤ max'],
    [
      'key year outside the run',
      'key-year-outside.yaml',
      'expected a year of the run, 2024 to 2030',
      '应为模拟期内的年份：2024 至 2030',
    ],
    [
      'scheduled shock outside the run',
      'shock-outside.yaml',
      'expected a month of the run',
      '应为模拟期内的月份',
    ],
  ];

  it.each(kinds)('%s (%s)', (_kind, fixture, english, chinese) => {
    const file = join(ROOT, BAD, fixture);
    const en = issuesOf(() => loadScenarioFile(file, { lang: 'en' }));
    const zh = issuesOf(() => loadScenarioFile(file, { lang: 'zh' }));
    expect(where(zh)).toEqual(where(en));
    expect(en[0].message).toContain(english);
    expect(zh[0].message).toContain(chinese);
  });

  it('a file over the size limit, refused from its size', () => {
    const file = join(dir, 'big.yaml');
    writeFileSync(file, '');
    truncateSync(file, 52_428_800);
    expect(new ScenarioError(issuesOf(() => loadScenarioFile(file, { lang: 'zh' }))).message).toBe(
      `${file}:1:1: (file): 文件大小为 52428800 字节，超过上限 1000000 字节（1 MB）`,
    );
    const text = parseScenarioText('a: 1\n'.repeat(100), 't.yaml', ScenarioSchema, {
      maxBytes: 50,
      lang: 'zh',
    });
    expect(!text.ok && text.issues[0].message).toBe('文件大小为 500 字节，超过上限 50 字节（50 B）');
  });

  it('a missing file and a directory', () => {
    expect(() => loadScenarioFile(join(dir, 'nope.yaml'), { lang: 'zh' })).toThrow(
      /nope\.yaml:1:1: \(file\): 找不到文件$/,
    );
    expect(() => loadScenarioFile(dir, { lang: 'zh' })).toThrow(
      /:1:1: \(file\): 这是一个目录；应为情景 YAML 文件$/,
    );
  });

  it('a top-level scalar, an unknown alias and a second document', () => {
    const zh = (text: string) => {
      const r = parseScenarioText(text, 't.yaml', ScenarioSchema, { lang: 'zh' });
      return r.ok ? [] : r.issues.map((i) => `${i.line}:${i.col}: ${i.path}: ${i.message}`);
    };
    expect(zh('5')).toEqual(['1:1: (root): 顶层应为情景字段的映射（“键: 值”形式的行），实际为数字 5']);
    expect(zh('*a')).toEqual(['1:1: (root): 未知的别名 "*a"：在它之前没有定义锚点 "&a"']);
    expect(zh('a: 1\n---\nb: 2')).toEqual([
      '2:1: (file): 文件包含多个 YAML 文档（出现了第二个 "---"）；一个情景文件只能包含一个文档',
    ]);
  });
});

describe('the language of the messages', () => {
  const zhScenario = (edit: (text: string) => string) => {
    const file = join(dir, `zh-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, edit(DEMO.replace(/^language: en\b/m, 'language: zh')));
    return file;
  };

  it('is the file’s own language when no option is given, and the option otherwise', () => {
    const file = zhScenario((t) => t.replace(/^ {2}runs: \d+/m, '  runs: 0'));
    const own = issuesOf(() => loadScenarioFile(file));
    expect(own.map((i) => i.message)).toEqual(['应为 1 到 100000 之间的整数（运行次数），实际为 0']);
    const english = issuesOf(() => loadScenarioFile(file, { lang: 'en' }));
    expect(english.map((i) => i.message)).toEqual([
      'expected a whole number between 1 and 100000 (runs), got 0',
    ]);
    expect(where(own)).toEqual(where(english));
  });

  it('follows the file’s language through a YAML syntax error and a bad byte', () => {
    const syntax = zhScenario((t) => `${t}\nextra: [1, 2\n`);
    expect(issuesOf(() => loadScenarioFile(syntax))[0].message).toMatch(/^YAML 语法错误："\[" 没有闭合/);
    const text = new TextEncoder().encode(DEMO.replace(/^language: en\b/m, 'language: zh'));
    const bytes = new Uint8Array(text.length + 1);
    bytes.set(text);
    bytes[text.length] = 0xd1;
    const file = join(dir, 'zh-gbk.yaml');
    writeFileSync(file, bytes);
    expect(issuesOf(() => loadScenarioFile(file))[0].message).toMatch(/^文件不是有效的 UTF-8/);
  });

  it('is English for a file without a language, or with a language the schema does not have', () => {
    expect(issuesOf(() => loadScenarioFile(join(ROOT, BAD, 'out-of-range.yaml')))[0].message).toMatch(
      /^expected/,
    );
    const experiment = parseScenarioText('language: zh\n', 'e.yaml', ExperimentSchema);
    expect(!experiment.ok && experiment.issues.map((i) => i.message)).toContain(
      'unknown key "language"; expected one of: name, description, scenario, factors, design, replicates, seed, indicators',
    );
  });
});

describe('policy expressions in Chinese', () => {
  it('refusals carry a message to render in either language, at the same offset', () => {
    const refused = compileExpression('yaer + foo(1)');
    expect(refused.kind).toBe('error');
    if (refused.kind !== 'error') return;
    expect(renderMessage('en', refused.detail)).toBe(refused.message);
    expect(renderMessage('zh', refused.detail)).toBe(
      '表达式中有未知的名称 "yaer"；可用的变量：year、month、t（常量：pi、e、true、false）；是否想写 "year"？',
    );
  });

  it('mathjs syntax errors are restated by their text, keeping the character position', () => {
    const cases: [string, string][] = [
      ['1 +', '表达式不完整：在第 4 个字符处意外结束'],
      ['(1 + 2', '第 7 个字符处缺少 ")"'],
      ['year ? 1', '条件表达式缺少 ":" 之后的部分（第 9 个字符）'],
      ['{a 1}', '表达式有语法错误（第 4 个字符）'],
    ];
    for (const [source, chinese] of cases) {
      const r = compileExpression(source);
      if (r.kind !== 'error') throw new Error(`${source} compiled`);
      expect(r.message).toMatch(/\(char \d+\)$/);
      expect(renderMessage('zh', r.detail)).toBe(chinese);
    }
  });

  it('evaluation errors are English as before and Chinese through localizedMessage', () => {
    const at = { year: 2027, month: 1, t: 30 };
    const failing = (source: string) => {
      try {
        (compilePolicy(source) as CompiledExpr).evaluate(at);
      } catch (err) {
        return err;
      }
      throw new Error(`${source} evaluated`);
    };
    const boolean = failing('year > 2026');
    expect(boolean).toBeInstanceOf(LocalizedError);
    expect((boolean as Error).message).toMatch(
      /gave boolean true at year=2027, month=1, t=30.*cond \? 1 : 0/,
    );
    expect(localizedMessage(boolean, 'zh')).toBe(
      '政策表达式 "year > 2026" 在 year=2027, month=1, t=30 时得到布尔值 true；结果必须是有限的数（若要得到 0/1 值，请写 "cond ? 1 : 0"）',
    );
    expect(localizedMessage(failing('clamp(1, 3, 2)'), 'zh')).toBe(
      '政策表达式 "clamp(1, 3, 2)" 在 year=2027, month=1, t=30 时计算失败：clamp(x, lo, hi) 要求 lo <= hi，实际为 lo=3, hi=2',
    );
    expect(localizedMessage(new Error('plain'), 'zh')).toBe('plain');
  });
});

describe('experiment files in Chinese', () => {
  const write = (text: string) => {
    const file = join(dir, `exp-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, text.replace('BASE', join(ROOT, 'scenarios/demo-small.yaml')));
    return file;
  };
  const EXPERIMENT = `scenario: BASE
factors:
  - path: residents.opinon.mu
    range: [0.1, 0.5]
  - path: government.householdSubsidy.rmbPerHousehold
    values: [0, -5]
design: { type: grid, levels: 2 }
`;

  it.each<[string, string]>([
    ['factor problems', EXPERIMENT],
    ['schema problems', `${EXPERIMENT}replicate: 2\n`],
  ])('%s: same positions and paths, Chinese messages', (_what, text) => {
    const file = write(text);
    const english = issuesOf(() => loadExperimentFile(file));
    const chinese = issuesOf(() => loadExperimentFile(file, { lang: 'zh' as Lang }));
    expect(where(chinese)).toEqual(where(english));
    for (const issue of chinese) {
      expect(issue.message).toMatch(HAN);
      expect(leftoverEnglish(issue.message), issue.message).toEqual([]);
    }
  });

  it('says which value of which factor breaks the scenario', () => {
    const issues = issuesOf(() => loadExperimentFile(write(EXPERIMENT), { lang: 'zh' }));
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'factors[0].path: 情景的 residents 中没有字段 "opinon"；是否想写 "opinion"？',
      'factors[1].values[1]: government.householdSubsidy.rmbPerHousehold 取 -5 时情景无效：government.householdSubsidy.rmbPerHousehold：应为 0 到 200000 之间的数，或由 year、month、t 组成的表达式；实际为 -5',
    ]);
  });
});

describe('cogov validate --lang (spawned; run `npm run build` first)', () => {
  it('prints Chinese messages at the same places with --lang zh, exit 2, no stack trace', () => {
    const file = `${BAD}/out-of-range.yaml`;
    const zh = cogov(['validate', file, '--lang', 'zh'], { cwd: ROOT });
    expect(zh.code).toBe(2);
    expect(hasStackTrace(zh.stderr)).toBe(false);
    expect(zh.stderr).toContain(
      `${file}:36:19: city.households.elderlyShare: 应为 0 到 1 之间的数（比例），实际为 1.5`,
    );
    const en = cogov(['validate', file], { cwd: ROOT });
    expect(en.stderr).toContain(
      `${file}:36:19: city.households.elderlyShare: expected a number between 0 and 1`,
    );
  });

  it('follows the scenario’s language: zh without --lang, and --lang en over it', () => {
    const file = join(dir, 'zh-cli.yaml');
    writeFileSync(
      file,
      DEMO.replace(/^language: en\b/m, 'language: zh').replace(/^ {2}runs: \d+/m, '  runs: 0'),
    );
    const own = cogov(['validate', file], { cwd: ROOT });
    expect(own.code).toBe(2);
    expect(hasStackTrace(own.stderr)).toBe(false);
    expect(own.stderr).toMatch(
      /zh-cli\.yaml:\d+:\d+: ensemble\.runs: 应为 1 到 100000 之间的整数（运行次数），实际为 0/,
    );
    const english = cogov(['validate', file, '--lang', 'en'], { cwd: ROOT });
    expect(english.code).toBe(2);
    expect(english.stderr).toMatch(
      /ensemble\.runs: expected a whole number between 1 and 100000 \(runs\), got 0/,
    );
  });
});

import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { unitOf } from '../../scenarios/describe.js';
import { formatIssue, formatPath, type ScenarioIssue, ScenarioError } from '../../scenarios/issues.js';
import { loadScenarioFile } from '../../scenarios/load.js';
import { MAX_SCENARIO_BYTES, parseScenarioText } from '../../scenarios/parse.js';
import { didYouMean, editDistance } from '../../scenarios/suggest.js';
import { firstInvalidUtf8 } from '../../scenarios/text.js';

/** A small strict schema standing in for the scenario schema: the loader is generic over zod schemas. */
const Toy = z.strictObject({
  name: z.string().min(1).describe('scenario name'),
  seed: z.number().int().min(0).max(1000).default(1).describe('base seed (seed)'),
  share: z.number().min(0).max(1).default(0.5).describe('share of households (share, 0..1) [0..1]'),
  kind: z.enum(['grid', 'list']).default('grid'),
  government: z
    .strictObject({
      subsidy: z.number().min(0).max(100_000).default(0).describe('subsidy (RMB per household)'),
      enabled: z.boolean().default(true),
      policy: z
        .union([z.number(), z.string()])
        .superRefine((v, ctx) => {
          if (typeof v === 'string' && v.includes('foo')) {
            ctx.addIssue({
              code: 'custom',
              message: 'unknown name "foo"',
              params: { index: v.indexOf('foo') },
            });
          }
        })
        .optional(),
    })
    .prefault({}),
  communities: z
    .array(z.strictObject({ name: z.string(), households: z.number().int().min(1) }))
    .max(3)
    .default([]),
  months: z.array(z.number()).length(3).optional(),
  items: z.record(z.string().max(5), z.number()).optional(),
  step: z.number().multipleOf(5).optional(),
  shock: z
    .discriminatedUnion('type', [
      z.strictObject({ type: z.literal('fire'), p: z.number() }),
      z.strictObject({ type: z.literal('flood'), depth: z.number().min(0) }),
    ])
    .optional(),
  sizing: z
    .union([
      z.strictObject({ fixed: z.number() }),
      z.strictObject({ perHousehold: z.number(), cap: z.number() }),
    ])
    .optional(),
});

function parse(text: string | Uint8Array, opts?: { maxBytes?: number }) {
  return parseScenarioText(text, 's.yaml', Toy, opts);
}

function issuesOf(text: string | Uint8Array, opts?: { maxBytes?: number }): ScenarioIssue[] {
  const result = parse(text, opts);
  if (result.ok) throw new Error('expected the text to be refused');
  return result.issues;
}

/** The only issue, checked for position and message fragments. */
function single(text: string | Uint8Array, line: number, col: number, ...fragments: string[]): ScenarioIssue {
  const issues = issuesOf(text);
  expect(issues.map(formatIssue)).toHaveLength(1);
  const [issue] = issues;
  expect({ line: issue.line, col: issue.col }).toEqual({ line, col });
  for (const f of fragments) expect(issue.message).toContain(f);
  return issue;
}

function billionLaughs(): string {
  const names = 'abcdefghi';
  let text = `a: &a [${Array(9).fill('"lol"').join(', ')}]\n`;
  for (let i = 1; i < names.length; i++) {
    text += `${names[i]}: &${names[i]} [${Array(9)
      .fill(`*${names[i - 1]}`)
      .join(', ')}]\n`;
  }
  return text;
}

describe('parseScenarioText: valid input', () => {
  it('returns the parsed value with defaults and the document', () => {
    const result = parse('name: demo\ncommunities:\n  - { name: A, households: 3 }\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ name: 'demo', seed: 1, share: 0.5, government: { subsidy: 0 } });
    expect(result.value.communities).toEqual([{ name: 'A', households: 3 }]);
    expect(result.doc.errors).toEqual([]);
  });

  it('accepts bytes, strips a UTF-8 byte-order mark and keeps columns right after it', () => {
    const bytes = new TextEncoder().encode('\uFEFFname: 名字\n');
    expect(parse(bytes).ok).toBe(true);
    single('\uFEFFname: x\nbad: 1\n', 2, 1, 'unknown key "bad"');
  });

  it('accepts anchors, aliases and merge keys within the alias limit', () => {
    const text = [
      'name: demo',
      'communities:',
      '  - &c { name: A, households: 3 }',
      '  - *c',
      'government:',
      '  <<: { subsidy: 5 }',
      '  enabled: false',
    ].join('\n');
    const result = parse(text);
    expect(result.ok && result.value.communities.length).toBe(2);
    expect(result.ok && result.value.government).toMatchObject({ subsidy: 5, enabled: false });
  });
});

describe('parseScenarioText: file-level problems', () => {
  it('refuses a file over the size limit, stating the limit', () => {
    expect(issuesOf('x'.repeat(101), { maxBytes: 100 })[0]).toMatchObject({
      line: 1,
      col: 1,
      path: '(file)',
    });
    expect(issuesOf('x'.repeat(101), { maxBytes: 100 })[0].message).toBe(
      'file is 101 bytes; the limit is 100 bytes (100 B)',
    );
    expect(issuesOf('名'.repeat(40), { maxBytes: 100 })[0].message).toContain('file is 120 bytes');
  });

  it('refuses 50 MB of bytes quickly with the default limit', () => {
    const t0 = performance.now();
    const issues = issuesOf(new Uint8Array(52_428_800).fill(0x61));
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toBe('file is 52428800 bytes; the limit is 1000000 bytes (1 MB)');
    expect(MAX_SCENARIO_BYTES).toBe(1_000_000);
  });

  it('reports the first byte that is not UTF-8 with its line and column', () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode('name: demo\nkind: caf'), 0xe9, 0x0a]);
    const issue = single(
      latin1,
      2,
      10,
      'not valid UTF-8',
      '0xE9',
      'byte offset 20',
      'save the file as UTF-8',
    );
    expect(issue.path).toBe('(file)');
    // GBK "你好" after CJK in UTF-8: the column counts characters, not bytes.
    const gbk = Uint8Array.from([...new TextEncoder().encode('name: 名字'), 0xc4, 0xe3, 0xba, 0xc3]);
    single(gbk, 1, 9, '0xC4');
  });

  it('finds the first malformed UTF-8 sequence, including overlongs and surrogates', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('ok 名字 😀'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x62, 0xe5, 0x90]))).toBe(2);
  });

  it('recognises UTF-16 and NUL bytes', () => {
    single(Uint8Array.from([0xff, 0xfe, 0x6e, 0x00]), 1, 1, 'UTF-16');
    single('name: a\nseed: 1\0\n', 2, 8, 'NUL');
  });

  it.each([
    ['nothing', ''],
    ['blank lines', '  \n\n\t\n'],
    ['comments only', '# a scenario\n# to come\n'],
    ['a bare document marker', '---\n'],
  ])('calls a file with %s empty and says what it should hold', (_label, text) => {
    const issue = single(text, 1, 1, 'file is empty', 'expected a scenario mapping', 'name');
    expect(issue.path).toBe('(file)');
  });

  it.each([
    ['a list', '- name: demo\n', 'got a list'],
    ['a string', 'just some words\n', 'got string "just some words"'],
    ['a number', '42\n', 'got number 42'],
    ['null', '~\n', 'got an empty value'],
  ])('refuses a top level that is %s', (_label, text, fragment) => {
    const issue = single(text, 1, 1, 'expected a mapping of scenario keys at the top level', fragment);
    expect(issue.path).toBe('(root)');
  });
});

describe('parseScenarioText: YAML problems', () => {
  it('reports a syntax error at its position', () => {
    const issues = issuesOf('name: demo\nseed: 1\n  share: 0.5\n');
    expect(issues[0]).toMatchObject({ file: 's.yaml', line: 2, col: 7, path: '(file)' });
    for (const issue of issues) expect(issue.message).toMatch(/^YAML syntax error: /);
  });

  it('reports an unclosed bracket where it opens', () => {
    single('name: demo\nmonths: [1, 2\nshare: 0.5\n', 2, 9, '"[" is not closed', 'must end with "]"');
    single('name: demo\ngovernment: { subsidy: 2\nshare: 0.5\n', 2, 13, '"{" is not closed');
  });

  it('reports tabs used for indentation', () => {
    const issues = issuesOf('name: demo\ngovernment:\n\tsubsidy: 3\n');
    expect(issues[0]).toMatchObject({ line: 3, col: 1 });
    expect(issues[0].message).toContain('Tabs');
  });

  it('suggests quoting an unquoted expression that YAML misreads', () => {
    const issues = issuesOf('name: demo\ngovernment:\n  policy: year < 2027 ? 1 : 2\n');
    expect(issues[0].line).toBe(3);
    expect(issues[0].message).toContain('in quotes');
  });

  it('reports every duplicate key with where it was first defined, along with schema problems', () => {
    const issues = issuesOf(
      'name: demo\nseed: 1\nshare: 0.2\nseed: 2\ngovernment:\n  subsidy: 1\n  subsidy: -1\n',
    );
    expect(issues.map((i) => [i.line, i.col, i.path])).toEqual([
      [4, 1, 'seed'],
      [7, 3, 'government.subsidy'],
      [7, 12, 'government.subsidy'],
    ]);
    expect(issues[0].message).toBe(
      'duplicate key "seed" (first defined at line 2); each key may appear once in a mapping',
    );
    expect(issues[2].message).toContain('expected a number between 0 and 100000 (RMB per household), got -1');
  });

  it('refuses a billion-laughs alias bomb quickly, at the first alias', () => {
    const t0 = performance.now();
    const issue = single(billionLaughs(), 2, 8, 'too many alias expansions (limit 100)', 'alias bomb');
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(issue.path).toBe('b[0]');
  });

  it('refuses deeply nested flow collections quickly', () => {
    const t0 = performance.now();
    const depth = 400_000;
    const issue = single(
      `name: ${'['.repeat(depth)}${']'.repeat(depth)}\n`,
      1,
      71,
      'nested more than 64 levels',
    );
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(issue.path).toBe('(file)');
  });

  it('ignores brackets inside quotes and comments when measuring nesting', () => {
    const text = `name: "${'['.repeat(100)}"\n# ${'{'.repeat(100)}\nkind: grid\n`;
    expect(parse(text).ok).toBe(true);
  });

  it('refuses a second document, tags and unknown aliases', () => {
    single('name: a\n---\nname: b\n', 2, 1, 'more than one YAML document');
    single('name: !secret a\n', 1, 7, 'Unresolved tag', 'without tags');
    single('name: *nope\n', 1, 7, 'unknown alias "*nope"');
  });

  it('refuses mappings used as keys', () => {
    single('name: a\n? [x, y]\n: 1\n', 2, 3, 'expected a plain key name');
  });
});

describe('parseScenarioText: schema problems', () => {
  it('says what type was expected and what was found', () => {
    const issue = single(
      'name: demo\nseed: abc\n',
      2,
      7,
      'expected a whole number between 0 and 1000 (seed)',
    );
    expect(issue.message).toContain('got string "abc"');
    expect(issue.path).toBe('seed');
    single('name: 12\n', 1, 7, 'expected a string, got 12');
    single('name: a\ngovernment:\n  enabled: yes\n', 3, 12, 'expected true or false', 'write true or false');
    single('name: a\nseed: "12"\n', 2, 7, 'remove the quotes');
    single('name: a\ngovernment:\n  subsidy: 1,000\n', 3, 12, 'without separators');
  });

  it('says what range was expected for out-of-range values', () => {
    const issue = single('name: demo\nshare: 1.5\n', 2, 8);
    expect(issue.message).toBe('expected a number between 0 and 1 (share), got 1.5');
    single('name: demo\nshare: 40\n', 2, 8, 'write 0.4 for 40%');
    single('name: demo\nshare: 40%\n', 2, 8, 'expected a number between 0 and 1 (share)', 'fractions');
    single('name: demo\nseed: 2.5\n', 2, 7, 'expected a whole number between 0 and 1000 (seed), got 2.5');
    single('name: demo\ncommunities:\n  - name: A\n    households: 0\n', 4, 17, 'at least 1, got 0');
  });

  it.each([
    ['.inf', '.inf'],
    ['-.inf', '-.Inf'],
    ['.nan', '.NaN'],
  ])('refuses %s once, as a non-finite number', (_label, literal) => {
    const issue = single(`name: demo\nshare: ${literal}\n`, 2, 8, `expected a finite number, got ${literal}`);
    expect(issue.path).toBe('share');
  });

  it('finds .inf inside lists and untyped places', () => {
    const issues = issuesOf('name: demo\nmonths: [1, .inf, 3]\n');
    expect(issues.map((i) => [i.line, i.col, i.path])).toEqual([[2, 13, 'months[1]']]);
  });

  it('points at an unknown key and suggests a close known key', () => {
    const issue = single('name: demo\ngovernment:\n  subsidey: 5\n', 3, 3);
    expect(issue.message).toBe('unknown key "subsidey"; did you mean "subsidy"?');
    expect(issue.path).toBe('government.subsidey');
    single('name: demo\nShare: 0.2\n', 2, 1, 'did you mean "share"?');
  });

  it('lists the known keys when no key is close', () => {
    const issue = single('name: demo\ngovernment:\n  xyzzy: 5\n', 3, 3, 'unknown key "xyzzy"');
    expect(issue.message).toContain('expected one of: subsidy, enabled, policy');
  });

  it('points a missing required key at the mapping that should hold it', () => {
    const item = single('name: demo\ncommunities:\n  - name: A\n    households: 2\n  - name: B\n', 5, 5);
    expect(item.path).toBe('communities[1].households');
    expect(item.message).toBe('missing required key "households": expected a whole number at least 1');
    const root = single('# header\nseed: 3\n', 2, 1, 'missing required key "name"');
    expect(root.path).toBe('name');
  });

  it('suggests the closest option of an enumeration', () => {
    single(
      'name: a\nkind: gird\n',
      2,
      7,
      'expected one of "grid", "list", got string "gird"; did you mean "grid"?',
    );
  });

  it('reports list lengths', () => {
    single('name: a\nmonths: [1, 2]\n', 2, 1, 'expected exactly 3 items, got 2 items');
    single(
      'name: a\ncommunities: [{name: A, households: 1}, {name: B, households: 1}, {name: C, households: 1}, {name: D, households: 1}]\n',
      2,
      1,
      'at most 3 items, got 4 items',
    );
  });

  it('explains an empty value where a mapping belongs', () => {
    single('name: a\ngovernment:\n', 2, 1, 'expected a mapping, got an empty value (null)');
  });

  it('names the alternatives of a union', () => {
    single('name: a\ngovernment:\n  policy: true\n', 3, 11, 'expected a number or a string, got true');
  });

  it('explains record keys, multiples, discriminated unions and unions of mappings', () => {
    single('name: a\nitems: { toolong: 1 }\n', 2, 10, 'invalid key "toolong": expected at most 5 characters');
    single('name: a\nstep: 7\n', 2, 7, 'expected a multiple of 5, got 7');
    single(
      'name: a\nshock: { type: fier, p: 0.1 }\n',
      2,
      16,
      'expected type to be one of "fire", "flood", got string "fier"',
    );
    single(
      'name: a\nshock: { p: 0.1 }\n',
      2,
      1,
      'missing required key "type": expected one of "fire", "flood"',
    );
    single('name: a\nshock: { type: flood, depth: -1 }\n', 2, 30, 'expected a number at least 0, got -1');
    single('name: a\nsizing: { perHousehold: 3, cap: x }\n', 2, 33, 'expected a number, got string "x"');
    const issues = issuesOf('name: a\nsizing: { perHousehld: 3, cap: 1 }\n');
    expect(issues.map((i) => `${i.line}:${i.col} ${i.path}`)).toEqual([
      '2:1 sizing.perHousehold',
      '2:11 sizing.perHousehld',
    ]);
    expect(issues[1].message).toContain('did you mean "perHousehold"?');
    single(
      'name: a\nshock: { type: flood, depth: 1, p: 3 }\n',
      2,
      33,
      'unknown key "p"; expected one of: type, depth',
    );
  });

  it('keeps the message of a custom issue and moves to its index in the expression', () => {
    single('name: a\ngovernment:\n  policy: "1 + foo"\n', 3, 16, 'unknown name "foo"');
    single("name: a\ngovernment:\n  policy: '2 * foo'\n", 3, 16, 'unknown name "foo"');
    single('name: a\ngovernment:\n  policy: 1 + foo\n', 3, 15, 'unknown name "foo"');
    // escapes break the 1:1 mapping from value to source: fall back to the start of the value
    single('name: a\ngovernment:\n  policy: "\\u0031 + foo"\n', 3, 11, 'unknown name "foo"');
    // block scalars: the start of the value
    single('name: a\ngovernment:\n  policy: >-\n    1 + foo\n', 3, 11, 'unknown name "foo"');
  });

  it('counts columns in characters after CJK and astral characters', () => {
    single('communities: [{name: 老旧小区😀, households: 0}]\nname: a\n', 1, 41, 'at least 1, got 0');
  });

  it('reports every problem at once, sorted by line and column', () => {
    const text = [
      'seed: -1', // out of range
      'kind: gird', // bad option
      'government:',
      '  subsidey: 5', // unknown key
      '  enabled: .inf', // non-finite
      'communities:',
      '  - { name: A }', // missing households
      'share: 2', // out of range
      'extra: 1', // unknown key
    ].join('\n');
    const issues = issuesOf(text);
    expect(issues.map((i) => `${i.line}:${i.col} ${i.path}`)).toEqual([
      '1:1 name',
      '1:7 seed',
      '2:7 kind',
      '4:3 government.subsidey',
      '5:12 government.enabled',
      '7:5 communities[0].households',
      '8:8 share',
      '9:1 extra',
    ]);
  });

  it('locates values reached through aliases and merge keys', () => {
    const issues = issuesOf('base: &b { subsidy: -3 }\nname: a\ngovernment:\n  <<: *b\n');
    expect(issues.map((i) => `${i.line}:${i.col} ${i.path}`)).toEqual([
      '1:1 base',
      '1:21 government.subsidy',
    ]);
  });
});

describe('issues: formatting and suggestions', () => {
  it('formats FILE:LINE:COL: path: message', () => {
    const issue = {
      file: 'a.yaml',
      line: 3,
      col: 7,
      path: 'government.subsidy',
      message: 'expected x, got y',
    };
    expect(formatIssue(issue)).toBe('a.yaml:3:7: government.subsidy: expected x, got y');
  });

  it('ScenarioError carries the sorted issues and prints one per line', () => {
    const a = { file: 'a.yaml', line: 9, col: 1, path: 'b', message: 'second' };
    const b = { file: 'a.yaml', line: 2, col: 5, path: 'a', message: 'first' };
    const err = new ScenarioError([a, b]);
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('ScenarioError');
    expect(err.issues).toEqual([b, a]);
    expect(err.message).toBe('a.yaml:2:5: a: first\na.yaml:9:1: b: second');
  });

  it('formats paths', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['communities', 3, 'households'])).toBe('communities[3].households');
    expect(formatPath(['renovation', 'items', 'x y'])).toBe('renovation.items["x y"]');
  });

  it('suggests only close words', () => {
    expect(editDistance('subsidey', 'subsidy')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(didYouMean('subsidey', ['seed', 'subsidy', 'share'])).toBe('subsidy');
    expect(didYouMean('amount_rmb', ['amountRmb', 'amount'])).toBe('amountRmb');
    expect(didYouMean('householdSubsidyRmb', ['householdSubsidy', 'elevatorSubsidy'])).toBe(
      'householdSubsidy',
    );
    expect(didYouMean('xyzzy', ['seed', 'share'])).toBeUndefined();
    expect(didYouMean('ab', ['cd'])).toBeUndefined();
  });

  it('reads units from descriptions', () => {
    expect(unitOf('share of households (share, 0..1) [0..1]')).toBe('share');
    expect(unitOf('budget (RMB per year) [0..1e12]')).toBe('RMB per year');
    expect(unitOf('weight of hazard exposure [0..10]')).toBeUndefined();
  });
});

describe('purity', () => {
  it.each([
    'scenarios/parse.ts',
    'scenarios/issues.ts',
    'scenarios/explain.ts',
    'scenarios/describe.ts',
    'scenarios/suggest.ts',
    'scenarios/zod-walk.ts',
    'scenarios/text.ts',
    'scenarios/yaml-tree.ts',
    'scenarios/yaml-errors.ts',
  ])('%s imports no node:* module and touches no process or console', (file) => {
    const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    expect(source).not.toMatch(/from ['"]node:/);
    expect(source).not.toMatch(/\b(process|console)\./);
  });
});

describe('loadScenarioFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cogov-loader-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a 50 MB file from its size, without reading it', () => {
    const file = join(dir, 'big.yaml');
    writeFileSync(file, '');
    truncateSync(file, 52_428_800);
    const t0 = performance.now();
    let err: unknown;
    try {
      loadScenarioFile(file);
    } catch (e) {
      err = e;
    }
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(err).toBeInstanceOf(ScenarioError);
    expect((err as ScenarioError).message).toBe(
      `${file}:1:1: (file): file is 52428800 bytes; the limit is 1000000 bytes (1 MB)`,
    );
  });

  it('reports a missing file and a directory as issues', () => {
    expect(() => loadScenarioFile(join(dir, 'nope.yaml'))).toThrow(
      /nope\.yaml:1:1: \(file\): file not found$/,
    );
    expect(() => loadScenarioFile(dir)).toThrow(/:1:1: \(file\): is a directory/);
  });

  it('throws every issue of a bad file as one ScenarioError', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'nmae: x\nlanguage: fr\n');
    try {
      loadScenarioFile(file);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScenarioError);
      const lines = (e as ScenarioError).message.split('\n');
      expect(
        lines.some((l) => l.startsWith(`${file}:1:1: nmae: unknown key "nmae"; did you mean "name"?`)),
      ).toBe(true);
      expect(lines.some((l) => l.startsWith(`${file}:2:11: language: expected one of "en", "zh"`))).toBe(
        true,
      );
    }
  });

  it('loads a shipped scenario with its text and hash', () => {
    const loaded = loadScenarioFile('scenarios/demo-small.yaml');
    expect(loaded.file).toBe('scenarios/demo-small.yaml');
    expect(loaded.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(loaded.text.length).toBeGreaterThan(100);
    expect(loaded.scenario.ensemble.runs).toBeGreaterThan(0);
  });
});

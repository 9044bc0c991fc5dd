/**
 * What a zod issue means, in words a scenario author can act on: each issue of
 * `safeParse(input, { reportInput: true })` becomes one message saying what was expected and what was
 * found, with the place to point at (`parse.ts` turns that into a line and column). Union failures
 * are narrowed to the branch the author most likely meant. Pure; imports nothing at run time but the
 * message tables.
 */
import type { Lang } from '../sim/kernel/i18n.js';
import type { z } from 'zod';
import {
  boundFromIssue,
  describeValue,
  expectedPhrase,
  expectedText,
  isRecord,
  nounOf,
  numberSpec,
  shareHint,
  sizeOf,
  typeHint,
  unitText,
  valueAt,
} from './describe.js';
import {
  joinList,
  type LoaderKey,
  type LoaderMessage,
  loaderMsg,
  type MsgVar,
  renderMessage,
} from './messages.js';
import { didYouMean } from './suggest.js';
import { descriptionAt, knownKeys } from './zod-walk.js';

type ZodIssue = z.core.$ZodIssue;

/** Where an explained issue belongs in the file: the value at `path`, the key ending `path`, or the mapping that lacks it. */
export type IssueAnchor = 'value' | 'key' | 'parent';

/** A zod issue restated: its full path, a message saying what was expected and found, and where to point. */
export interface ExplainedIssue {
  path: PropertyKey[];
  message: string;
  anchor: IssueAnchor;
  /** 0-based character offset inside a string value (e.g. the bad token of an expression). */
  index?: number;
}

/**
 * Restates zod issues (from `safeParse(input, { reportInput: true })`) for scenario authors, in
 * `lang`. `schema` is walked (`zod-walk.ts`) to find known keys for "did you
 * mean", both bounds of a number and its unit; `input` is the parsed value, to say what was found.
 */
export function explainZodIssues(
  issues: readonly ZodIssue[],
  schema: unknown,
  input: unknown,
  lang: Lang = 'en',
): ExplainedIssue[] {
  return flattenUnions(issues, []).flatMap((issue) => explainOne(issue, schema, input, lang));
}

/** Replaces each union failure by the issues of the branch the author most likely meant, when there is one. */
function flattenUnions(issues: readonly ZodIssue[], prefix: readonly PropertyKey[]): ZodIssue[] {
  const out: ZodIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const branch = likelyBranch(issue.errors);
      if (branch) {
        out.push(...flattenUnions(branch, path));
        continue;
      }
    }
    out.push({ ...issue, path });
  }
  return out;
}

/** A branch whose top-level type matched, with the fewest problems; a wrong literal tag counts heavily against it. */
function likelyBranch(branches: readonly ZodIssue[][]): ZodIssue[] | undefined {
  let best: ZodIssue[] | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const branch of branches) {
    if (
      branch.some((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value'))
    ) {
      continue;
    }
    const tagMisses = branch.filter(
      (i) => i.code === 'invalid_value' && i.path.length === 1 && i.values.length === 1,
    ).length;
    const problems = branch.reduce((n, i) => n + (i.code === 'unrecognized_keys' ? i.keys.length : 1), 0);
    const score = problems + 100 * tagMisses;
    if (score < bestScore) {
      best = branch;
      bestScore = score;
    }
  }
  return best;
}

function explainOne(issue: ZodIssue, schema: unknown, input: unknown, lang: Lang): ExplainedIssue[] {
  const m = (key: LoaderKey, vars?: Record<string, MsgVar>) => loaderMsg(lang, key, vars);
  const path = issue.path;
  const at = valueAt(input, path);
  const got = at.found ? at.value : issue.input;
  const here = (message: string, anchor: IssueAnchor = 'value'): ExplainedIssue[] => [
    { path, message, anchor },
  ];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(schema, path, got);
      const present = isRecord(got) ? Object.keys(got) : [];
      return issue.keys.map((key) => ({
        path: [...path, key],
        anchor: 'key' as const,
        message: unknownKeyMessage(key, known, present, lang),
      }));
    }
    case 'invalid_type': {
      const expected = expectedText(issue.expected, schema, path, lang);
      if (!at.found && path.length > 0 && issue.input === undefined) {
        const name = JSON.stringify(String(path[path.length - 1]));
        return here(m('issue.missingKey', { name, expected }), 'parent');
      }
      return here(
        m('issue.expectedGot', {
          expected,
          got: describeValue(got, lang),
          hint: typeHint(issue.expected, got, lang),
        }),
      );
    }
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'number' || issue.origin === 'int') {
        const spec = numberSpec(schema, path, lang) ?? boundFromIssue(issue, lang);
        return here(
          m('issue.expectedGot', {
            expected: spec.text,
            got: describeValue(got, lang),
            hint: shareHint(spec, got, lang),
          }),
        );
      }
      const count = sizeOf(got);
      const noun = issue.origin === 'string' ? 'character' : 'item';
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const word = issue.exact ? 'size.exactly' : issue.code === 'too_small' ? 'size.atLeast' : 'size.atMost';
      const found =
        count === undefined
          ? describeValue(got, lang)
          : m('issue.size.found', { count, noun: nounOf(noun, count, lang) });
      const unit = unitText(descriptionAt(schema, path), lang);
      return here(
        m('issue.size', {
          word: m(word),
          limit,
          noun: nounOf(noun, limit, lang),
          unit: unit ? m('issue.size.unit', { unit }) : '',
          found,
        }),
      );
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v));
      const expected = options.length === 1 ? options[0] : m('expect.oneOf', { options });
      const suggestion =
        typeof got === 'string'
          ? didYouMean(
              got,
              issue.values.filter((v): v is string => typeof v === 'string'),
            )
          : undefined;
      const hint = suggestion ? m('hint.didYouMean', { name: JSON.stringify(suggestion) }) : '';
      return here(m('issue.expectedGot', { expected, got: describeValue(got, lang), hint }));
    }
    case 'invalid_union': {
      const { options, discriminator: tag } = issue as unknown as {
        options?: unknown[];
        discriminator?: string;
      };
      if (issue.errors.length === 0 && options && tag) {
        const key = path[path.length - 1] === tag ? path : [...path, tag];
        const found = valueAt(input, key);
        const expected = m('expect.oneOf', { options: options.map((v) => JSON.stringify(v)) });
        return [
          found.found
            ? {
                path: key,
                anchor: 'value',
                message: m('issue.discriminator', { tag, expected, got: describeValue(found.value, lang) }),
              }
            : {
                path: key,
                anchor: 'parent',
                message: m('issue.missingKey', { name: JSON.stringify(tag), expected }),
              },
        ];
      }
      return here(
        m('issue.expectedGot', {
          expected: alternatives(issue.errors, lang),
          got: describeValue(got, lang),
          hint: '',
        }),
      );
    }
    case 'not_multiple_of':
      return here(m('issue.multipleOf', { divisor: String(issue.divisor), got: describeValue(got, lang) }));
    case 'invalid_format': {
      const expected = /^expected\b/i.test(issue.message)
        ? expectedPhrase(issue.message.replace(/^expected\s+/i, ''), lang)
        : issue.format === 'regex' && issue.pattern
          ? m('expect.matching', { pattern: issue.pattern })
          : m('expect.validFormat', { format: issue.format });
      return here(m('issue.expectedGot', { expected, got: describeValue(got, lang), hint: '' }));
    }
    case 'invalid_key': {
      const reasons = issue.issues.map((i) => innerReason(i, lang));
      return here(
        m('issue.invalidKey', {
          name: JSON.stringify(String(path[path.length - 1])),
          reasons: joinList(lang, reasons, 'sep.semicolon'),
        }),
        'key',
      );
    }
    case 'custom': {
      const params = issue.params as { index?: unknown; loaderMessage?: unknown } | undefined;
      const carried = params?.loaderMessage as LoaderMessage | undefined;
      const message = carried?.key ? renderMessage(lang, carried) : issue.message;
      const out: ExplainedIssue = { path, message, anchor: 'value' };
      const index = params?.index;
      if (typeof index === 'number' && Number.isInteger(index) && index >= 0) out.index = index;
      return [out];
    }
    default:
      return here((issue as { message: string }).message);
  }
}

/** A short reason for an issue nested inside another (a record key). */
function innerReason(issue: ZodIssue, lang: Lang): string {
  return explainOne({ ...issue, path: [] }, undefined, issue.input, lang)[0]?.message ?? issue.message;
}

function unknownKeyMessage(
  key: string,
  known: readonly string[],
  present: readonly string[],
  lang: Lang,
): string {
  const absent = known.filter((k) => !present.includes(k));
  const suggestion = didYouMean(key, absent) ?? didYouMean(key, known);
  const name = JSON.stringify(key);
  if (suggestion)
    return loaderMsg(lang, 'issue.unknownKey.suggest', { name, suggestion: JSON.stringify(suggestion) });
  if (known.length > 0 && known.length <= 20) {
    return loaderMsg(lang, 'issue.unknownKey.known', { name, known });
  }
  return loaderMsg(lang, 'issue.unknownKey', { name });
}

function alternatives(branches: readonly ZodIssue[][], lang: Lang): string {
  const names: string[] = [];
  for (const branch of branches) {
    for (const issue of branch) {
      if (issue.path.length !== 0) continue;
      const name =
        issue.code === 'invalid_type'
          ? expectedText(issue.expected, undefined, [], lang)
          : issue.code === 'invalid_value'
            ? joinList(
                lang,
                issue.values.map((v) => JSON.stringify(v)),
                'sep.or',
              )
            : undefined;
      if (name && !names.includes(name)) names.push(name);
    }
  }
  if (names.length === 0) return loaderMsg(lang, 'expect.severalForms');
  if (names.length === 1) return names[0];
  return loaderMsg(lang, 'expect.alternatives', {
    first: joinList(lang, names.slice(0, -1)),
    last: names[names.length - 1],
  });
}

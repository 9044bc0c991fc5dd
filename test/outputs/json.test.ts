import { describe, expect, it } from 'vitest';
import { ReportInputError } from '../../sim/outputs/errors.js';
import {
  arr,
  jsonNumber,
  num,
  numOrNull,
  pair,
  parseJsonObject,
  rec,
  recOrNull,
  str,
  strings,
} from '../../sim/outputs/json.js';

describe('JSON of the output files', () => {
  it('writes 12 significant digits and undefined as null', () => {
    expect(jsonNumber(0.1 + 0.2)).toBe(0.3);
    expect(jsonNumber(Number.NaN)).toBeNull();
    expect(jsonNumber(Number.POSITIVE_INFINITY)).toBeNull();
    expect(JSON.stringify({ v: jsonNumber(Number.NaN) })).toBe('{"v":null}');
  });

  it('reads null, absent and mistyped fields as undefined, never as 0', () => {
    const o = rec<{ n: number; mean: number; ci95: number[]; unit: string }>(
      JSON.parse('{"n": null, "ci95": [1, null], "unit": 3}'),
    );
    expect(num(o.n)).toBeNaN();
    expect(num(o.mean)).toBeNaN();
    expect(numOrNull(o.n)).toBeNull();
    expect(numOrNull('5')).toBeNull();
    expect(numOrNull(0)).toBe(0);
    expect(pair(o.ci95)).toEqual([1, Number.NaN]);
    expect(pair(undefined)).toEqual([Number.NaN, Number.NaN]);
    expect(str(o.unit)).toBeNull();
    expect(arr(null)).toEqual([]);
    expect(strings(['a', 1, null, 'b'])).toEqual(['a', 'b']);
    expect(recOrNull([1])).toBeNull();
    expect(rec(null)).toEqual({});
  });

  it('parses a JSON object or names the file', () => {
    expect(parseJsonObject('{"a": 1}', 'x.json')).toEqual({ a: 1 });
    expect(() => parseJsonObject('[1]', 'x.json')).toThrow(/x.json: expected a JSON object/);
    expect(() => parseJsonObject('{', 'x.json')).toThrow(ReportInputError);
  });
});

import { describe, expect, it } from 'vitest';
import { csvLine, parseCsv } from '../../sim/outputs/csv.js';
import { ReportInputError } from '../../sim/outputs/errors.js';

describe('the CSV writer and reader', () => {
  it('round-trip a quoted field with a newline, a doubled quote and a comma', () => {
    const rows = [
      ['scenario', 'note', 'value'],
      ['a "quoted"\nname', 'x,y', '1.5'],
      ['', 'cr\r\nlf', ''],
    ];
    const text = rows.map(csvLine).join('');
    expect(text).toBe('scenario,note,value\n"a ""quoted""\nname","x,y",1.5\n,"cr\r\nlf",\n');
    expect(parseCsv(text)).toEqual(rows);
  });

  it('prints numbers through fmt (NaN is an empty field) and reads them back as text', () => {
    expect(csvLine([0.1 + 0.2, Number.NaN, 3])).toBe('0.3,,3\n');
    expect(parseCsv('0.3,,3\n')).toEqual([['0.3', '', '3']]);
  });

  it('refuses an unterminated quoted field', () => {
    expect(() => parseCsv('a,"b\nc\n')).toThrow(ReportInputError);
  });
});

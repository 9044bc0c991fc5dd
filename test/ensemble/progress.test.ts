import { describe, expect, it } from 'vitest';
import { formatSeconds, progressReporter } from '../../sim/cli/progress.js';

const at = (done: number, total = 10) => ({
  done,
  total,
  resumed: 2,
  elapsedSeconds: done,
  runsPerSecond: 1.5,
  etaSeconds: (total - done) / 1.5,
});

describe('progress on stderr', () => {
  it('rewrites one line in place on a terminal, and ends it with a newline', () => {
    let text = '';
    const p = progressReporter((t) => {
      text += t;
    }, true);
    p.onProgress(at(2));
    p.onProgress(at(10));
    p.end();
    expect(text).toBe(
      '\r\x1b[Kruns 2/10 (2 resumed) · 1.50 runs/s · ETA 5 s' +
        '\r\x1b[Kruns 10/10 (2 resumed) · 1.50 runs/s · ETA 0 s\n',
    );
  });

  it('prints plain lines, at most every few seconds and at the end, without a terminal', () => {
    const lines: string[] = [];
    const p = progressReporter((t) => lines.push(t), false, 3600);
    for (let d = 2; d <= 10; d++) p.onProgress(at(d));
    p.end();
    expect(lines).toEqual([
      'cogov: runs 2/10 (2 resumed) · 1.50 runs/s · ETA 5 s\n',
      'cogov: runs 10/10 (2 resumed) · 1.50 runs/s · ETA 0 s\n',
    ]);
  });

  it('formats durations', () => {
    expect(formatSeconds(Number.NaN)).toBe('?');
    expect(formatSeconds(42.4)).toBe('42 s');
    expect(formatSeconds(185)).toBe('3 min 5 s');
    expect(formatSeconds(7800)).toBe('2 h 10 min');
  });
});

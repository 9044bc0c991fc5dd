/**
 * Progress of an ensemble on stderr: on a terminal one line rewritten in place (runs done, runs/s,
 * ETA); otherwise plain lines every few seconds and at the end, so logs of batch jobs stay readable.
 */
import type { Lang } from '../kernel/i18n.js';
import type { EnsembleProgress } from '../ensemble/ensemble.js';
import { msg } from '../messages/catalog.js';
import { countFigure } from '../../viz/console-figures.js';
import { formatNumber } from '../../viz/format.js';

/** Seconds as "42 s", "3 min 5 s" or "2 h 10 min" (in Chinese "42 秒", "3 分 5 秒", "2 小时 10 分"). */
export function formatSeconds(s: number, lang: Lang = 'en'): string {
  if (!Number.isFinite(s)) return '?';
  const r = Math.max(0, Math.round(s));
  if (r < 60) return msg(lang, 'seconds', { s: r });
  if (r < 3600) return msg(lang, 'minutesSeconds', { m: Math.floor(r / 60), s: r % 60 });
  return msg(lang, 'hoursMinutes', { h: Math.floor(r / 3600), m: Math.floor((r % 3600) / 60) });
}

function line(p: EnsembleProgress, lang: Lang): string {
  return msg(lang, 'progress', {
    done: countFigure(lang, p.done),
    total: countFigure(lang, p.total),
    resumed: p.resumed > 0 ? msg(lang, 'progressResumed', { n: countFigure(lang, p.resumed) }) : '',
    rate: formatNumber(lang, p.runsPerSecond, 2),
    eta: formatSeconds(p.etaSeconds, lang),
  });
}

/** A progress callback writing to `err`; `tty` selects the in-place line. */
export function progressReporter(
  err: (text: string) => void,
  tty: boolean,
  everySeconds = 5,
  lang: Lang = 'en',
): { onProgress: (p: EnsembleProgress) => void; end: () => void } {
  let lastPrint = Number.NEGATIVE_INFINITY;
  let drawn = false;
  return {
    onProgress(p) {
      const finished = p.done >= p.total;
      const now = performance.now() / 1000;
      if (tty) {
        if (!finished && now - lastPrint < 0.1) return;
        lastPrint = now;
        err(`\r\x1b[K${line(p, lang)}`);
        drawn = true;
        return;
      }
      if (!finished && now - lastPrint < everySeconds) return;
      lastPrint = now;
      err(`${msg(lang, 'notice', { text: line(p, lang) })}\n`);
    },
    end() {
      if (drawn) err('\n');
      drawn = false;
    },
  };
}

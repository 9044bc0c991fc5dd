/**
 * Headless Debian Chromium for the report's end-to-end test, driven by playwright-core (which never
 * downloads a browser): a fresh profile, the flags of shared/STACK.md, and every request recorded.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** Where Debian's chromium package puts the browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Chromium quiet and offline (shared/STACK.md). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A browser context on a fresh profile; fails with a clear message when Chromium is missing. */
export async function launchChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: the report's end-to-end test needs Debian's chromium ` +
        '(apt-get install -y --no-install-recommends chromium; .ci/run installs it)',
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'cogov-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 900 },
    offline: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * At 1280×800 (a laptop screen), the page's headline block (#headline) starts above the fold and its
 * first answer is wholly visible without scrolling; a screenshot of that first screen goes to `shot`.
 * Returns the headline's box (CSS pixels) for the caller's own checks.
 */
export async function expectHeadlineAboveFold(
  page: import('playwright-core').Page,
  shot: string,
): Promise<{ top: number; bottom: number; firstAnswerBottom: number }> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate('window.scrollTo(0, 0)');
  const box = (await page.evaluate(`(function () {
    var h = document.getElementById('headline');
    if (!h) return null;
    var r = h.getBoundingClientRect();
    var a = h.querySelector('ul.answers li') || h.querySelector('p.ran');
    return { top: r.top, bottom: r.bottom, firstAnswerBottom: a ? a.getBoundingClientRect().bottom : r.bottom };
  })()`)) as { top: number; bottom: number; firstAnswerBottom: number } | null;
  if (box === null) throw new Error('the page has no #headline block');
  await page.screenshot({ path: shot });
  if (box.top >= 800 || box.firstAnswerBottom > 800) {
    throw new Error(`headline not above the fold at 1280×800: ${JSON.stringify(box)}`);
  }
  return box;
}

/**
 * Headless Debian Chromium for the explorer's tests and benchmark: the report test's flags and
 * binary, but online for 127.0.0.1 only (the explorer is served over HTTP); every other request is
 * aborted and recorded, so a page that reaches for the network fails its test.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../viz/browser.js';

/** A fresh-profile browser context that may reach 127.0.0.1 only. */
export async function launchLocalChromium(): Promise<{
  context: BrowserContext;
  blocked: string[];
  close: () => Promise<void>;
}> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
  const profile = mkdtempSync(join(tmpdir(), 'cogov-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(https?:\/\/127\.0\.0\.1[:/]|blob:|data:)/.test(url)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  return {
    context,
    blocked,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

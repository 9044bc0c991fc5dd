/**
 * `cogov explore [--port P] [--rebuild]`: serve the browser explorer (the static folder
 * `npm run build:web` writes to dist-web/) on 127.0.0.1 only, print its URL and run until Ctrl-C.
 * When the folder is missing (or with --rebuild) and the web sources are present, it is built first
 * with esbuild (web/build.mjs).
 * The server answers only requests addressed to itself (Host 127.0.0.1:PORT, localhost:PORT or
 * [::1]:PORT; anything else, as in DNS rebinding, gets 403) and sends a Content-Security-Policy
 * that lets the page load nothing but its own files.
 */
import type { Lang } from '../kernel/i18n.js';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Command, InvalidArgumentError } from 'commander';
import { usageError } from './errors.js';
import type { CliIo } from './common.js';
import { type CliSession, msg } from '../messages/catalog.js';
import { langArg } from './common.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.yaml': 'text/yaml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** The repository (or installed package) root: the nearest folder above this file with package.json. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the cogov package root');
    dir = up;
  }
  return dir;
}

/**
 * The explorer's Content-Security-Policy: scripts, the worker and data from the page's own origin
 * only; inline styles (the page's <style> and style attributes); images from itself, data: and
 * blob: (chart downloads); no frames, forms, plugins or other hosts. Kept equal to the meta tag of
 * web/index.html.
 */
export const EXPLORER_CSP =
  "default-src 'none'; script-src 'self'; worker-src 'self'; connect-src 'self'; " +
  "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Whether a Host header names this server itself (loopback name and its port), not a rebound name. */
export function isOwnHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  const h = host.toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}` || h === `[::1]:${port}`;
}

/**
 * Serve the files of `dir` on 127.0.0.1:`port` (0 = any free port); GET and HEAD only, to requests
 * whose Host is this server (see {@link isOwnHost}), with the {@link EXPLORER_CSP} header.
 */
export function serveStatic(dir: string, port: number): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const { port: own } = server.address() as AddressInfo;
    if (!isOwnHost(req.headers.host, own)) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden host');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!(file === root || file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
      'content-security-policy': EXPLORER_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address() as AddressInfo;
      ok({ server, url: `http://127.0.0.1:${p}/` });
    });
  });
}

/** The explorer's static folder: dist-web/ under the package root, built when missing or asked. */
export async function webFolder(rebuild: boolean, lang: Lang = 'en'): Promise<string> {
  const root = packageRoot();
  const out = join(root, 'dist-web');
  const script = join(root, 'web', 'build.mjs');
  if (!rebuild && existsSync(join(out, 'index.html'))) return out;
  if (!existsSync(script)) {
    throw usageError(msg(lang, 'exploreNotBuilt', { out }));
  }
  const { buildWeb } = (await import(pathToFileURL(script).href)) as {
    buildWeb: (dir: string) => Promise<string>;
  };
  return buildWeb(out);
}

function portArg(lang: Lang) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(msg(lang, 'explorePort'));
    return n;
  };
}

/** Register `cogov explore` on the program. */
export function registerExplore(program: Command, io: CliIo, session: CliSession = { lang: 'en' }): void {
  const flagLang = session.lang;
  program
    .command('explore')
    .description(msg(flagLang, 'help.explore.description'))
    .option('--port <port>', msg(flagLang, 'help.explore.opt.port'), portArg(flagLang), 8731)
    .option('--rebuild', msg(flagLang, 'help.explore.opt.rebuild'))
    .option('--lang <lang>', msg(flagLang, 'help.opt.langMessages'), langArg)
    .action(async (opts: { port: number; rebuild?: boolean; lang?: Lang }) => {
      const lang = opts.lang ?? 'en';
      session.lang = lang;
      const dir = await webFolder(opts.rebuild ?? false, lang);
      const { server, url } = await serveStatic(dir, opts.port);
      io.out(`${msg(lang, 'exploreUrl', { url })}\n`);
      await new Promise<void>((done) => {
        const stop = () => server.close(() => done());
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}

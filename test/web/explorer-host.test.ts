/**
 * The explorer's server answers only requests addressed to itself (DNS rebinding: a page of another
 * site whose name resolves to 127.0.0.1 must not read the explorer) and sends a CSP that lets the
 * page load nothing from other hosts; web/index.html carries the same policy as a meta tag.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLORER_CSP, serveStatic } from '../../sim/cli/explore.js';

let dir = '';
let server: Server;
let port = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cogov-host-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
  ({ server } = await serveStatic(dir, 0));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((done) => server?.close(done));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function get(host: string | undefined): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path: '/', method: 'GET', setHost: false }, (res) => {
      res.resume();
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    if (host !== undefined) req.setHeader('host', host);
    req.on('error', fail);
    req.end();
  });
}

describe('explorer server', () => {
  it('serves its own names with the CSP header', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      const r = await get(host);
      expect(r.status, host).toBe(200);
      expect(r.headers['content-security-policy']).toBe(EXPLORER_CSP);
    }
  });

  it('refuses any other Host (DNS rebinding), a wrong port and a missing Host', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1']) {
      expect((await get(host)).status, host).toBe(403);
    }
    // Node itself answers 400 to an HTTP/1.1 request without Host.
    expect([400, 403]).toContain((await get(undefined)).status);
  });

  it('the policy forbids other hosts, and index.html carries it as a meta tag', () => {
    expect(EXPLORER_CSP).toMatch(/default-src 'none'/);
    expect(EXPLORER_CSP).not.toMatch(/https?:|\*/);
    const html = readFileSync(new URL('../../web/index.html', import.meta.url), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    expect(meta?.[1]).toBe(EXPLORER_CSP.replace(/; frame-ancestors 'none'$/, ''));
  });
});

// @vitest-environment node
// The test and demo server serves files under its folders only: no "..", encoded or not, reaches a sibling.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { isWithin, type StaticServer, serveDirs } from '../../support/static-server.ts';

let dir: string;
let server: StaticServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lyssna-static-'));
  mkdirSync(join(dir, 'pages'));
  mkdirSync(join(dir, 'pages-private'));
  writeFileSync(join(dir, 'pages', 'a.html'), '<p>Hej</p>');
  writeFileSync(join(dir, 'pages-private', 'secret.txt'), 'hemligt');
  writeFileSync(join(dir, 'top.txt'), 'hemligt');
  server = await serveDirs({ '/p/': join(dir, 'pages') });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The raw path is sent as written (fetch would normalise "..", which is what an attacker avoids). */
function get(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((done, fail) => {
    const req = request({ hostname, port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        body += c;
      });
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

test.each([
  ['/p/a.html', 200],
  ['/p/..%2fpages-private/secret.txt', 404],
  ['/p/..%2F..%2Ftop.txt', 404],
  ['/p/%2e%2e/pages-private/secret.txt', 404],
  ['/p/../pages-private/secret.txt', 404],
  ['/p/%E0%A4%A', 400],
])('GET %s → %i', async (path, status) => {
  const res = await get(path);
  expect(res.status).toBe(status);
  expect(res.body).not.toContain('hemligt');
});

test.each([
  ['/site/pages', '/site/pages/a.html', true],
  ['/site/pages', '/site/pages', true],
  ['/site/pages', '/site/pages-private/a', false],
  ['/site/pages', '/site/a', false],
])('isWithin(%s, %s) = %s', (base, file, within) => expect(isWithin(base, file)).toBe(within));

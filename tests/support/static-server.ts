// A tiny static file server on loopback for real-browser tests and the demo (no dependencies).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  /** Every path requested, in order (tests check that no unexpected request was made). */
  requests: string[];
  close(): Promise<void>;
}

export type Route = (req: IncomingMessage, res: ServerResponse) => boolean;

/** A route answering each path of `pages` with its HTML (test pages written inline). */
export function htmlPages(pages: Record<string, string>): Route {
  return (req, res) => {
    const html = pages[new URL(req.url ?? '/', 'http://x').pathname];
    if (html === undefined) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
    return true;
  };
}

/** The request's path, percent-decoded; null when the encoding is malformed ("%E0%A4%A"). */
function decodedPath(url: string | undefined): string | null {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://x').pathname);
  } catch {
    return null;
  }
}

/**
 * Is `file` inside folder `base`? A prefix test is not enough: "/site/pages-private" starts with "/site/pages",
 * and an encoded "..%2f" survives URL parsing to climb into such a sibling.
 */
export function isWithin(base: string, file: string): boolean {
  const rel = relative(base, file);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Serves files under `mounts` ("/prefix" → folder); `routes` answer first (return true when handled). */
export async function serveDirs(
  mounts: Record<string, string>,
  options: { port?: number; host?: string; routes?: Route[]; headers?: Record<string, string> } = {},
): Promise<StaticServer> {
  const requests: string[] = [];
  const entries = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length);
  const server = createServer((req, res) => {
    const path = decodedPath(req.url);
    if (path === null) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Bad request');
      return;
    }
    requests.push(path);
    for (const [k, v] of Object.entries(options.headers ?? {})) res.setHeader(k, v);
    for (const route of options.routes ?? []) if (route(req, res)) return;
    for (const [prefix, dir] of entries) {
      if (!path.startsWith(prefix)) continue;
      const base = resolve(dir);
      let file = join(base, path.slice(prefix.length));
      if (!isWithin(base, file)) break;
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) continue;
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  });
  await new Promise<void>((r) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    requests,
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        // A browser may keep an idle keep-alive connection open for minutes; close() alone waits for it.
        server.closeAllConnections();
      }),
  };
}

export function serveDir(dir: string): Promise<StaticServer> {
  return serveDirs({ '/': dir });
}

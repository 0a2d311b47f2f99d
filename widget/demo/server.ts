// The demo municipal site: an index, every fixture page with the widget embedded (the loader, and the player
// it fetches, both at the root), a strict-CSP page, an SPA page and an own-button page. Used by `npm start`
// (serve.ts) and by the real-browser tests.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { type Route, type StaticServer, serveDirs } from '../../tests/support/static-server.ts';
import { PLAYER_FILE } from '../boot.ts';

const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE_PAGES = join(ROOT, 'tests/fixtures/pages');
export const WIDGET_DIR = join(ROOT, 'dist/widget');
/** The loader the owner pastes; it fetches the player (PLAYER_JS) from its own directory on first intent. */
export const WIDGET_JS = join(WIDGET_DIR, 'lyssna.js');
export const PLAYER_JS = join(WIDGET_DIR, PLAYER_FILE);
const DEMO_PAGES = join(import.meta.dirname, 'pages');

/** What public-sector sites run: scripts and styles from the site only, no inline code, no eval. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

export interface DemoServer extends StaticServer {
  /** Fixture page names served under /sidor/<name>/. */
  pages: string[];
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `?theme=dark&position=bottom-left` on a demo URL → `data-theme="dark" data-position="bottom-left"`. */
export function scriptTag(query: URLSearchParams): string {
  const attrs = [...query.entries()]
    .filter(([k]) => /^[a-z][a-z-]*$/.test(k))
    .map(([k, v]) => ` data-${k}="${escapeHtml(v)}"`)
    .join('');
  return `<script src="/lyssna.js" defer${attrs}></script>`;
}

/** Put the widget's script tag at the end of <body> (or of the document). */
export function injectScript(html: string, tag: string): string {
  const i = html.lastIndexOf('</body>');
  return i < 0 ? `${html}\n${tag}\n` : `${html.slice(0, i)}${tag}\n${html.slice(i)}`;
}

function titleOf(html: string): string {
  return /<title>([^<]*)<\/title>/i.exec(html)?.[1]?.trim() ?? '';
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

const HTML = 'text/html; charset=utf-8';

function indexPage(pages: { name: string; title: string }[]): string {
  const items = pages
    .map((p) => `<li><a href="/sidor/${p.name}/">${escapeHtml(p.title || p.name)}</a></li>`)
    .join('\n        ');
  return `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Lyssna – demokommunen</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="/demo/demo.css">
  </head>
  <body>
    <header><p class="logo">Demokommunen</p></header>
    <main>
      <h1>Lyssna – uppläsning utan moln</h1>
      <p>Det här är en demowebbplats för Lyssna. Varje sida nedan har fått en enda rad:
        <code>&lt;script src="/lyssna.js" defer&gt;&lt;/script&gt;</code>.
        Tryck på knappen <strong>Lyssna</strong> för att få sidan uppläst med webbläsarens egna röster.
        Ingen text skickas någonstans.</p>
      <h2>Sidor från kommunwebbar</h2>
      <ul>
        ${items}
      </ul>
      <h2>Specialfall</h2>
      <ul>
        <li><a href="/csp/">Strikt innehållspolicy (Content-Security-Policy)</a></li>
        <li><a href="/spa/">Enkelsidesapp som byter vy utan att ladda om sidan</a></li>
        <li><a href="/egen-knapp/">Egen knapp och JavaScript-gränssnittet</a></li>
      </ul>
      <p>Prova inställningar direkt i adressen, till exempel
        <a href="/sidor/perstorp-delegationen/?theme=dark&amp;position=bottom-left">mörkt tema till vänster</a>
        eller <a href="/sidor/perstorp-delegationen/?ui-lang=en&amp;rate=1.25">engelska knappar och snabbare tal</a>.</p>
    </main>
  </body>
</html>
`;
}

export async function startDemoServer(options: { port?: number; host?: string } = {}): Promise<DemoServer> {
  const pages = existsSync(FIXTURE_PAGES)
    ? readdirSync(FIXTURE_PAGES)
        .filter((n) => existsSync(join(FIXTURE_PAGES, n, 'page.html')))
        .sort()
    : [];
  const routes: Route[] = [
    (req, res) => {
      const url = new URL(req.url ?? '/', 'http://demo');
      const path = url.pathname;
      if (path === '/' || path === '/index.html') {
        const list = pages.map((name) => ({
          name,
          title: titleOf(readFileSync(join(FIXTURE_PAGES, name, 'page.html'), 'utf8')),
        }));
        send(res, 200, HTML, indexPage(list));
        return true;
      }
      // The two widget files, served together from one directory (the site root here).
      const file = path === '/lyssna.js' ? WIDGET_JS : path === `/${PLAYER_FILE}` ? PLAYER_JS : null;
      if (file) {
        if (!existsSync(file)) {
          send(res, 404, 'text/plain; charset=utf-8', 'Build the widget first: npx vite build --mode widget');
          return true;
        }
        send(res, 200, 'text/javascript; charset=utf-8', readFileSync(file, 'utf8'));
        return true;
      }
      const page = /^\/sidor\/([a-z0-9-]+)\/?$/.exec(path);
      if (page) {
        const name = page[1]!;
        if (!pages.includes(name)) return false;
        if (!path.endsWith('/')) {
          res.writeHead(301, { location: `${path}/${url.search}` });
          res.end();
          return true;
        }
        const html = readFileSync(join(FIXTURE_PAGES, name, 'page.html'), 'utf8');
        send(res, 200, HTML, injectScript(html, scriptTag(url.searchParams)));
        return true;
      }
      const special = /^\/(csp|spa|egen-knapp)\/?$/.exec(path);
      if (special) {
        const name = special[1]!;
        const html = readFileSync(join(DEMO_PAGES, `${name}.html`), 'utf8');
        const headers: Record<string, string> =
          name === 'csp' ? { 'content-security-policy': STRICT_CSP } : {};
        send(res, 200, HTML, injectScript(html, scriptTag(url.searchParams)), headers);
        return true;
      }
      return false;
    },
  ];
  const server = await serveDirs({ '/demo/': DEMO_PAGES }, { routes, ...options });
  return { ...server, pages };
}

// Fetching the player: a classic <script> from the loader's own directory (no ES module, no fetch(): a
// classic script needs no CORS, so any CDN or folder works, and `script-src` already allows that origin).

import { PLAYER_FILE } from './boot.ts';

/**
 * A player that has not arrived after this long is treated as failed (the reader gets the retry): long enough
 * for a 40 kB file on a slow mobile link, short enough that a blocked request does not leave the button
 * waiting forever.
 */
export const PLAYER_TIMEOUT_MS = 20_000;

/**
 * The player's URL: the loader's own URL with the file name swapped, so the two files are always served from
 * one directory. The version keeps a cached player from another release out; `attempt` makes a retry bypass a
 * cached failure.
 */
export function playerUrl(loaderSrc: string, base: string, version: string, attempt: number): string {
  const url = new URL(PLAYER_FILE, new URL(loaderSrc || PLAYER_FILE, base));
  url.search = `?v=${encodeURIComponent(version)}${attempt > 0 ? `&retry=${attempt}` : ''}`;
  return url.href;
}

/** Adds the script; resolves once it has run, rejects on a network error, a CSP block, a 404 or the timeout. */
export function injectScript(doc: Document, src: string, nonce: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = src;
    script.async = true;
    // A nonce-based policy allows the loader by its nonce: the player carries the same one.
    if (nonce) script.nonce = nonce;
    const timer = setTimeout(() => done(new Error('timeout')), PLAYER_TIMEOUT_MS);
    const done = (err?: Error) => {
      clearTimeout(timer);
      script.onload = script.onerror = null;
      script.remove(); // it has run (or never will): the element is not needed in the page
      if (err) reject(err);
      else resolve();
    };
    script.onload = () => done();
    script.onerror = () => done(new Error('failed'));
    (doc.head ?? doc.documentElement).append(script);
  });
}

// Watching the page under the reader: content mutations (in batches) and single-page-app route changes.

import type { ExtractedArticle } from '../extract/types.ts';

/** Mutations are handled in one batch after this pause (pages often mutate in bursts). */
const MUTATION_SETTLE_MS = 100;

export interface PageWatchOptions {
  /** Our own player and buttons: their changes are not the page's. */
  isOwn(node: Node): boolean;
  /** Something in the article changed: re-read it on the next play, without interrupting the listener. */
  onArticleChanged(): void;
  /** The blocks being read changed, or the route did: what is being read is gone. */
  onReadTextChanged(): void;
}

export interface PageWatch {
  /** Watch this article's root (the body when it has none) from now on. */
  watch(article: ExtractedArticle): void;
  /** Stop watching mutations until the next watch() (routes stay watched). */
  pause(): void;
  dispose(): void;
}

export function watchPage(
  doc: Document,
  win: Window & typeof globalThis,
  options: PageWatchOptions,
): PageWatch {
  const cleanups: (() => void)[] = [];
  let article: ExtractedArticle | null = null;
  let observer: MutationObserver | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: MutationRecord[] = [];

  const onlyOwnNodes = (r: MutationRecord): boolean => {
    const nodes = [...r.addedNodes, ...r.removedNodes];
    return nodes.length > 0 && nodes.every((n) => options.isOwn(n));
  };

  function check(): void {
    timer = null;
    const records = pending;
    pending = [];
    const a = article;
    if (!a || records.length === 0) return;
    const blocksGone = a.blocks.some((b) => !b.element.isConnected);
    const inBlock = records.some((r) => a.blocks.some((b) => b.element.contains(r.target)));
    options.onArticleChanged();
    if (blocksGone || inBlock) options.onReadTextChanged();
  }

  // Single-page apps: a new route means a new page.
  const pathOf = () => `${win.location.pathname}${win.location.search}`;
  let lastPath = pathOf();
  const onRoute = () => {
    const now = pathOf();
    if (now === lastPath) return;
    lastPath = now;
    options.onReadTextChanged();
  };
  win.addEventListener('popstate', onRoute);
  cleanups.push(() => win.removeEventListener('popstate', onRoute));
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    nav.addEventListener('currententrychange', onRoute);
    cleanups.push(() => nav.removeEventListener('currententrychange', onRoute));
  } else {
    // Without the Navigation API, watch pushState/replaceState (wrapped, original behaviour kept).
    const history = win.history;
    for (const method of ['pushState', 'replaceState'] as const) {
      const original = history[method];
      history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
        const result = original.apply(this, args);
        onRoute();
        return result;
      };
      cleanups.push(() => {
        history[method] = original;
      });
    }
  }

  return {
    watch(next) {
      article = next;
      if (typeof win.MutationObserver !== 'function') return;
      observer ??= new win.MutationObserver((records) => {
        pending.push(...records.filter((r) => !options.isOwn(r.target) && !onlyOwnNodes(r)));
        if (pending.length === 0 || timer) return;
        timer = setTimeout(check, MUTATION_SETTLE_MS);
      });
      observer.disconnect();
      observer.observe(next.root ?? doc.body, { childList: true, subtree: true, characterData: true });
    },
    pause() {
      observer?.disconnect();
    },
    dispose() {
      observer?.disconnect();
      if (timer) clearTimeout(timer);
      for (const c of cleanups) c();
    },
  };
}

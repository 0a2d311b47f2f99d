// Auto-scroll: keeps the sentence being read in view, and stops following as soon as the reader scrolls.

/** Keep the sentence between these fractions of the viewport height; outside, scroll it to READ_LINE. */
const COMFORT_TOP = 0.1;
const COMFORT_BOTTOM = 0.75;
/** Where a scrolled-to sentence lands: a third down, where reading is comfortable. */
const READ_LINE = 1 / 3;
/** Scroll events within this time after our own scroll are ours (smooth scrolling lasts ~300–600 ms). */
const OWN_SCROLL_MS = 1000;
/** Keys that scroll the page: pressing one outside the player means the reader is moving on their own. */
const SCROLL_KEYS = new Set(['PageUp', 'PageDown', 'Home', 'End', 'ArrowUp', 'ArrowDown', ' ']);

export interface ScrollFollower {
  /** Scroll so the range is in view, if following. */
  follow(range: Range | null): void;
  readonly following: boolean;
  /** Start following again (play or "follow" pressed) and bring `range` into view. */
  resume(range: Range | null): void;
  dispose(): void;
}

/** Where to scroll for a rectangle in a viewport of `height`, or null when it is comfortably visible. */
export function scrollDelta(rect: { top: number; bottom: number }, height: number): number | null {
  if (rect.top >= height * COMFORT_TOP && rect.bottom <= height * COMFORT_BOTTOM) return null;
  return Math.round(rect.top - height * READ_LINE);
}

export function createScrollFollower(
  win: Window,
  options: { isOwnTarget(target: EventTarget | null): boolean; onStopFollowing(): void },
): ScrollFollower {
  let following = true;
  let ownScrollUntil = 0;
  const reducedMotion = win.matchMedia?.('(prefers-reduced-motion: reduce)');

  const stop = () => {
    if (!following) return;
    following = false;
    options.onStopFollowing();
  };
  const onUser = (e: Event) => {
    if (options.isOwnTarget(e.target)) return;
    stop();
  };
  const onKey = (e: KeyboardEvent) => {
    if (!SCROLL_KEYS.has(e.key) || options.isOwnTarget(e.target)) return;
    const t = e.target as Element | null;
    if (t && typeof t.closest === 'function' && t.closest('input,textarea,select,[contenteditable]')) return;
    stop();
  };
  const onScroll = (e: Event) => {
    // Only the page's own scrolling counts: a carousel or a scrolling box elsewhere is not the reader.
    if (e.target !== win.document && e.target !== win) return;
    if (win.performance.now() < ownScrollUntil) return;
    stop();
  };
  const opts = { passive: true, capture: true } as const;
  win.addEventListener('wheel', onUser, opts);
  win.addEventListener('touchmove', onUser, opts);
  win.addEventListener('keydown', onKey, true);
  win.addEventListener('scroll', onScroll, opts);

  const scrollTo = (range: Range | null) => {
    if (!range) return;
    const rects = range.getClientRects();
    const rect = rects[0] ?? range.getBoundingClientRect();
    const delta = scrollDelta(rect, win.innerHeight);
    if (delta === null) return;
    ownScrollUntil = win.performance.now() + OWN_SCROLL_MS;
    win.scrollBy({ top: delta, behavior: reducedMotion?.matches ? 'auto' : 'smooth' });
  };

  return {
    get following() {
      return following;
    },
    follow(range) {
      if (following) scrollTo(range);
    },
    resume(range) {
      following = true;
      scrollTo(range);
    },
    dispose() {
      win.removeEventListener('wheel', onUser, opts);
      win.removeEventListener('touchmove', onUser, opts);
      win.removeEventListener('keydown', onKey, true);
      win.removeEventListener('scroll', onScroll, opts);
    },
  };
}

// The plan being read: built from the page (or one element, or a selection) inside the click, filled in idle
// time, re-read when the page changed, and mapped back to the page for highlights and click-to-read.

import { fillPlan } from '../core/lazy-plan.ts';
import type { PlanPosition, ReadingPlan } from '../core/plan.ts';
import { segmentCount } from '../core/plan-cursor.ts';
import type { Player } from '../core/player-types.ts';
import type { Steps } from '../core/steps.ts';
import { articleFromRange, selectorFor } from '../extract/range-article.ts';
import type { ExtractedArticle } from '../extract/types.ts';
import type { PagePlan, PlanOptions } from '../pipeline.ts';
import type { Lexicon } from '../text/types.ts';
import { runSliced, type SlicedRun } from './sliced.ts';
import { remapLanguages } from './stand-ins.ts';

/**
 * The page plan's later blocks are cut into segments in idle slices of at most this long: well under the
 * 50 ms that counts as a long task, so reading and scrolling stay smooth while the plan fills in.
 */
const FILL_SLICE_MS = 8;
/** An idle callback waits at most this long on a busy page before a slice runs anyway. */
const FILL_IDLE_TIMEOUT_MS = 1000;

export interface PlanSessionDeps {
  doc: Document;
  win: Window & typeof globalThis;
  player: Player;
  /** The site owner's content selector and language (widget data-content, data-lang). */
  contentSelector: string | null;
  lang: string | null;
  lexicon: Lexicon | undefined;
  buildPagePlan(doc: Document, options: PlanOptions): PagePlan;
  /** The same as steps, to read a huge page in slices (without it, the page is read at once). */
  buildPagePlanSteps?(doc: Document, options: PlanOptions): Steps<PagePlan>;
  planFromArticle(article: ExtractedArticle, options: PlanOptions): ReadingPlan;
  /** Languages read with another language's voice ("sv" → "nb"), as the reader chose. */
  standIns(): Readonly<Record<string, string>>;
  isOwn(node: Node): boolean;
  /** A plan was loaded into the player. */
  onLoaded(article: ExtractedArticle): void;
  /** Every block of the plan has its segments (the voice list can name all its languages). */
  onFilled(): void;
}

export interface PlanSession {
  readonly plan: ReadingPlan | null;
  readonly article: ExtractedArticle | null;
  /** False while a lazily planned page still has blocks without segments. */
  readonly filled: boolean;
  /** The segment being read (from the player's segment events), for following and highlights. */
  current: PlanPosition | null;
  /** No plan yet, the page changed, or only a part of it (a selection, one element) is loaded. */
  readonly needsPagePlan: boolean;
  /** The page changed: the next page play reads it again. */
  markStale(): void;
  setLexicon(lexicon: Lexicon): void;
  /** Read the page (or the owner's content area) now and load it. Synchronous: runs inside the click. */
  loadPage(): ReadingPlan;
  /**
   * Read the page in slices and load it, then call `then` with the plan (and every `then` passed while it
   * was being read). A page read within the first slice, as almost every page is, is loaded and `then`
   * called before this returns; a huge one later, without a long task. loadPage() meanwhile finishes it.
   */
  loadPageSliced(then?: (plan: ReadingPlan) => void): void;
  /** Load one element's blocks (what the extractor reads there, else its text as is); false if none. */
  loadElement(el: Element): boolean;
  /** Load the text of a range (a selection); false when there is nothing to read in it. */
  loadRange(range: Range): boolean;
  /** Load the same plan again (after a stand-in voice was chosen). */
  reload(): void;
  /** Page range of display offsets [start, end) in block `block`. */
  rangeFor(block: number, start: number, end: number): Range | null;
  /** Where reading from this point of the page starts, or null when it is not in the plan. */
  positionAt(node: Node, offset: number | null): PlanPosition | null;
  dispose(): void;
}

export function createPlanSession(deps: PlanSessionDeps): PlanSession {
  const { doc, win, player } = deps;
  let lexicon = deps.lexicon;
  let article: ExtractedArticle | null = null;
  let plan: ReadingPlan | null = null;
  let stale = true;
  let partial = false;
  let filled = true;
  let cancelFill: (() => void) | null = null;
  let reading: SlicedRun | null = null;
  let whenRead: Array<(plan: ReadingPlan) => void> = [];

  /** The options every plan is built with; `extra` names what to read. */
  function planOptions(extra: PlanOptions = {}): PlanOptions {
    return {
      ...(deps.lang ? { lang: deps.lang } : {}),
      ...(lexicon ? { lexicon } : {}),
      ...extra,
    };
  }

  function load(next: ReadingPlan, nextArticle: ExtractedArticle): void {
    article = nextArticle;
    plan = remapLanguages(next, deps.standIns());
    session.current = null;
    player.load(plan);
    deps.onLoaded(nextArticle);
    fillInIdle(plan);
  }

  /**
   * Cut the plan's remaining blocks into segments in idle time, in reading order, so they are ready long
   * before the reader gets there (and before progress needs the total).
   */
  function fillInIdle(p: ReadingPlan): void {
    cancelFill?.();
    filled = false;
    const w = win as {
      requestIdleCallback?: Window['requestIdleCallback'];
      cancelIdleCallback?: (id: number) => void;
    };
    const schedule = (step: (deadline?: IdleDeadline) => void): void => {
      if (typeof w.requestIdleCallback === 'function' && typeof w.cancelIdleCallback === 'function') {
        const id = w.requestIdleCallback.call(win, step, { timeout: FILL_IDLE_TIMEOUT_MS });
        cancelFill = () => w.cancelIdleCallback?.call(win, id);
      } else {
        const id = setTimeout(step, 0);
        cancelFill = () => clearTimeout(id);
      }
    };
    const step = (deadline?: IdleDeadline): void => {
      if (plan !== p) return; // a newer plan took over and fills itself
      const until = win.performance.now() + FILL_SLICE_MS;
      // At least one block per slice, so a busy page still makes progress.
      let first = true;
      const hasTime = () => {
        const ok =
          first ||
          (win.performance.now() < until &&
            (!deadline || deadline.didTimeout || deadline.timeRemaining() > 0));
        first = false;
        return ok;
      };
      if (!fillPlan(p, hasTime)) {
        schedule(step);
        return;
      }
      filled = true;
      cancelFill = null;
      deps.onFilled();
    };
    schedule(step);
  }

  /** The options a page plan is built with: only the first block is cut into segments inside the click. */
  function pageOptions(): PlanOptions {
    return planOptions({
      lazySegments: true,
      ...(deps.contentSelector ? { contentSelector: deps.contentSelector } : {}),
    });
  }

  /** An empty plan for a page whose reading failed; the error is reported without stopping the caller. */
  function failedPage(err: unknown): PagePlan {
    queueMicrotask(() => {
      throw err;
    });
    const lang = deps.lang ?? doc.documentElement.getAttribute('lang') ?? 'und';
    return {
      plan: { title: '', lang, blocks: [] },
      article: { title: '', declaredLang: null, root: null, blocks: [] },
    };
  }

  function loadBuilt(built: PagePlan): void {
    stale = false;
    partial = false;
    load(built.plan, built.article);
  }

  /** Hand the loaded page plan to everyone who waited for it. */
  function afterRead(): void {
    const waiting = whenRead;
    whenRead = [];
    for (const then of waiting) if (plan) then(plan);
  }

  function loadPartial(next: ReadingPlan, nextArticle: ExtractedArticle): boolean {
    if (segmentCount(next) === 0) return false;
    partial = true;
    load(next, nextArticle);
    return true;
  }

  const session: PlanSession = {
    get plan() {
      return plan;
    },
    get article() {
      return article;
    },
    get filled() {
      return filled;
    },
    current: null,
    get needsPagePlan() {
      return !plan || stale || partial;
    },
    markStale() {
      stale = true;
    },
    setLexicon(next) {
      lexicon = next;
      stale = true;
    },
    loadPage() {
      if (reading) {
        reading.finish(); // loads the plan and calls the waiting `then`s
        return plan!;
      }
      let built: PagePlan;
      try {
        built = deps.buildPagePlan(doc, pageOptions());
      } catch (err) {
        built = failedPage(err);
      }
      loadBuilt(built);
      return built.plan;
    },
    loadPageSliced(then) {
      if (then) whenRead.push(then);
      if (reading) {
        // Asked again (the click after the hover that started it): one slice in this task, where a page
        // that is nearly read ends, so it still speaks inside the click.
        reading.sliceNow();
        return;
      }
      if (!deps.buildPagePlanSteps) {
        session.loadPage();
        afterRead();
        return;
      }
      const run = runSliced(
        deps.buildPagePlanSteps(doc, pageOptions()),
        win,
        (built) => {
          reading = null;
          loadBuilt(built);
          afterRead();
        },
        (err) => {
          reading = null;
          loadBuilt(failedPage(err));
          afterRead();
        },
      );
      if (!run.done) reading = run;
    },
    loadElement(el) {
      const built = onlyInside(
        deps.buildPagePlan(doc, planOptions({ contentSelector: selectorFor(el) })),
        el,
      );
      if (segmentCount(built.plan) > 0) return loadPartial(built.plan, built.article);
      // The extractor found nothing it would read there (e.g. a bare text element): read its text as is.
      const range = doc.createRange();
      range.selectNodeContents(el);
      return session.loadRange(range);
    },
    loadRange(range) {
      const picked = articleFromRange(range, deps.isOwn);
      return loadPartial(deps.planFromArticle(picked, planOptions()), picked);
    },
    reload() {
      if (plan && article) load(plan, article);
    },
    rangeFor(block, start, end) {
      return article?.blocks[block]?.toRange(start, end) ?? null;
    },
    positionAt(node, offset) {
      if (!article || !plan) return null;
      const first = blockIndexFor(article, node);
      if (first < 0) return null;
      let block = first;
      let segment = 0;
      if (offset === null) return { block, segment };
      // A huge block's windows share one article block: the point is in the last window that starts at or
      // before it (windows past it are not cut).
      const source = article.blocks[first];
      for (let b = first; b < plan.blocks.length && article.blocks[b] === source; b++) {
        let reached = false;
        (plan.blocks[b]?.segments ?? []).forEach((s, i) => {
          const r = session.rangeFor(b, s.start, s.end);
          if (r && r.comparePoint(node, offset) >= 0) {
            block = b;
            segment = i;
            reached = true;
          }
        });
        if (!reached && b > first) break;
      }
      return { block, segment };
    },
    dispose() {
      cancelFill?.();
      reading?.cancel();
      reading = null;
      whenRead = [];
    },
  };
  return session;
}

/** The innermost block of the article that holds `node`, or -1. */
function blockIndexFor(article: ExtractedArticle, node: Node): number {
  let best = -1;
  let bestDepth = -1;
  article.blocks.forEach((b, i) => {
    if (!b.element.contains(node)) return;
    let depth = 0;
    for (let e: Node | null = b.element; e; e = e.parentNode) depth++;
    if (depth > bestDepth) {
      best = i;
      bestDepth = depth;
    }
  });
  return best;
}

/** Keep only the blocks inside `el` (the extractor adds the page's H1 as the title even outside it). */
function onlyInside(built: PagePlan, el: Element): PagePlan {
  const keep = built.article.blocks.map((b) => el.contains(b.element));
  if (keep.every(Boolean)) return built;
  return {
    plan: { ...built.plan, blocks: built.plan.blocks.filter((_, i) => keep[i]) },
    article: { ...built.article, blocks: built.article.blocks.filter((_, i) => keep[i]) },
  };
}

// The plan session on a page with a huge paragraph: its windows map back to the page, and click-to-read finds
// the window and sentence holding the point.
import { afterAll, expect, test } from 'vitest';
import { buildPagePlan, buildPagePlanSteps, planFromArticle, WINDOW_CHARS } from '../../../src/pipeline.ts';
import { createPlanSession } from '../../../src/ui/plan-session.ts';
import { type LoadedPage, loadHtml } from '../extract/load.ts';
import { createFakePlayer } from './fake-player.ts';

const opened: LoadedPage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((p) => p.close()));
});

const SENTENCE = 'Kommunen plogar gatorna när det snöar mycket, kl. 7 t.ex. på Storgatan 12.';

test('a point deep in a 60,000-character paragraph is read from its own window and sentence', () => {
  const text = `${SENTENCE} `.repeat(Math.ceil(60_000 / (SENTENCE.length + 1))).trimEnd();
  const page = loadHtml(`<html lang="sv"><body><main><h1>Rubrik</h1><p>${text}</p></main></body></html>`);
  opened.push(page);
  const doc = page.document;
  const session = createPlanSession({
    doc,
    win: doc.defaultView as Window & typeof globalThis,
    player: createFakePlayer(),
    contentSelector: null,
    lang: null,
    lexicon: undefined,
    buildPagePlan,
    buildPagePlanSteps,
    planFromArticle,
    standIns: () => ({}),
    isOwn: () => false,
    onLoaded: () => {},
    onFilled: () => {},
  });
  const plan = session.loadPage();
  expect(plan.blocks.length).toBe(1 + Math.ceil(text.length / WINDOW_CHARS));
  const node = doc.querySelector('p')!.firstChild!;
  const offset = 45_000 + 10;
  const at = session.positionAt(node, offset)!;
  expect(at.block).toBe(1 + Math.floor(45_000 / WINDOW_CHARS));
  const seg = plan.blocks[at.block]!.segments[at.segment]!;
  expect(seg.start).toBeLessThanOrEqual(offset);
  expect(seg.end).toBeGreaterThan(offset - SENTENCE.length);
  expect(session.rangeFor(at.block, seg.start, seg.end)?.toString()).toBe(text.slice(seg.start, seg.end));
  session.dispose();
});

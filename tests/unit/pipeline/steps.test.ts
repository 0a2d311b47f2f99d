// The page → plan pipeline as steps: stepping through it yields often on a long page and gives the same plan
// and article as the synchronous buildPagePlan, which drains the same steps.
import { afterAll, expect, test } from 'vitest';
import { drain, STEP_UNITS } from '../../../src/core/steps.ts';
import { buildPagePlan, buildPagePlanSteps } from '../../../src/pipeline.ts';
import { type LoadedPage, loadHtml } from '../extract/load.ts';

const opened: LoadedPage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((p) => p.close()));
});

const PARAGRAPHS = 2_000;
function longPage(): Document {
  const ps = Array.from(
    { length: PARAGRAPHS },
    (_, i) =>
      `<p>Stycke ${i}. Kommunen plogar gatorna när det snöar mycket, kl. 7 t.ex. på Storgatan 12.</p>`,
  );
  const page = loadHtml(
    `<html lang="sv"><body><nav><a href="/">Start</a></nav><main><h1>Många stycken</h1>${ps.join('')}` +
      `<h2>English</h2><p lang="en">This paragraph is written in English for the readers of the page.</p>` +
      '</main></body></html>',
  );
  opened.push(page);
  return page.document;
}

test('a long page yields every few dozen nodes and blocks, and stepping gives the synchronous plan', () => {
  const doc = longPage();
  const steps = buildPagePlanSteps(doc, { lazySegments: true });
  let yields = 0;
  let next = steps.next();
  while (!next.done) {
    yields++;
    next = steps.next();
  }
  expect(yields).toBeGreaterThan((3 * PARAGRAPHS) / STEP_UNITS);
  const sync = buildPagePlan(doc, { lazySegments: true });
  expect(next.value.plan).toEqual(sync.plan);
  expect(next.value.article.blocks.map((b) => b.text)).toEqual(sync.article.blocks.map((b) => b.text));
  expect(next.value.plan.blocks.at(-1)!.lang).toBe('en');
  expect(drain(buildPagePlanSteps(doc)).plan).toEqual(buildPagePlan(doc).plan);
});

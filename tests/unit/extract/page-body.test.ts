// pageBody on a lenient parser's tree: markup before <head> must not make the page read as empty.
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { pageBody } from '../../../src/extract/dom.ts';
import { extractArticle } from '../../../src/extract/index.ts';

const story = 'The council voted on Tuesday to keep the library open on Sundays through the winter.';

test('a script before <head> (linkedom keeps it outside <html>): the parsed body is read, not an empty one', () => {
  const { document } = parseHTML(
    `<!DOCTYPE html><script src="/a.js"></script><head><title>T</title></head><body><h1>Library stays open</h1><p>${story}</p></body>`,
  );
  const doc = document as unknown as Document;
  expect(pageBody(doc)?.textContent).toContain(story);
  expect(extractArticle(doc).blocks.map((b) => b.text)).toEqual(['Library stays open', story]);
});

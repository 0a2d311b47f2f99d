// A selection as an article: one block per block element, text collapsed like extraction, ranges back to the page.
import { beforeEach, describe, expect, test } from 'vitest';
import { articleFromRange, selectorFor } from '../../../src/extract/range-article.ts';

beforeEach(() => {
  document.documentElement.setAttribute('lang', 'sv');
  document.body.innerHTML = `<main>
  <h2 id="h">Avgifter</h2>
  <p id="a">Avgiften   beror på
    hushållets <a href="#">in\u00adkomst</a>.<script>var x = 1;</script> Den är låg.</p>
  <p id="b" lang="en">The fee <span aria-hidden="true">★</span>depends on income.</p>
</main>`;
});

const select = (startNode: Node, startOffset: number, endNode: Node, endOffset: number) => {
  const r = document.createRange();
  r.setStart(startNode, startOffset);
  r.setEnd(endNode, endOffset);
  return r;
};

describe('articleFromRange', () => {
  test('a selection over three block elements gives three blocks with collapsed text and their languages', () => {
    const h = document.getElementById('h')!;
    const b = document.getElementById('b')!;
    const article = articleFromRange(
      select(h.firstChild!, 0, b.lastChild!, b.lastChild!.textContent!.length),
    );
    expect(article.blocks.map((x) => [x.kind, x.text, x.declaredLang, x.ownLang])).toEqual([
      ['heading', 'Avgifter', 'sv', false],
      ['paragraph', 'Avgiften beror på hushållets inkomst. Den är låg.', 'sv', false],
      ['paragraph', 'The fee depends on income.', 'en', true],
    ]);
  });

  test('a partial selection keeps only the selected characters', () => {
    const a = document.getElementById('a')!;
    const article = articleFromRange(select(a.firstChild!, 11, a.firstChild!, 19));
    expect(article.blocks.map((x) => x.text)).toEqual(['beror på']);
  });

  test('toRange maps display offsets back to the live text (across elements, skipped text inside)', () => {
    const a = document.getElementById('a')!;
    const article = articleFromRange(select(a, 0, a, a.childNodes.length));
    const block = article.blocks[0]!;
    const start = block.text.indexOf('hushållets');
    const end = block.text.indexOf('.') + 1;
    const range = block.toRange(start, end)!;
    expect(range.toString().replace(/\s+/g, ' ')).toBe('hushållets in\u00adkomst.');
    expect(block.toRange(block.text.indexOf('Den'), block.text.length)!.toString()).toBe('Den är låg.');
  });

  test("by the extractor's rules: a row is one block, owner-skipped and screen-reader-only text is not read, NFC", () => {
    document.body.innerHTML = `<table><tr><td>Taxa</td><td>120 kr</td></tr></table>
<p>Cafe\u0301 <span class="sr-only">(öppnas i nytt fönster)</span>idag<span data-lyssna-skip> Dela</span></p>`;
    const article = articleFromRange(
      select(document.body, 0, document.body, document.body.childNodes.length),
    );
    expect(article.blocks.map((x) => [x.kind, x.text])).toEqual([
      ['table-row', 'Taxa 120 kr'],
      ['paragraph', 'Café idag'],
    ]);
  });

  test('nodes the caller excludes (the widget itself) are not read', () => {
    const own = document.createElement('p');
    own.textContent = 'Lyssna';
    document.querySelector('main')!.append(own);
    const main = document.querySelector('main')!;
    const article = articleFromRange(select(main, 0, main, main.childNodes.length), (n) => own.contains(n));
    expect(article.blocks.map((x) => x.text)).not.toContain('Lyssna');
  });
});

describe('selectorFor', () => {
  test.each(['h', 'a', 'b'])('finds #%s exactly', (id) => {
    const el = document.getElementById(id)!;
    expect(document.querySelectorAll(selectorFor(el))).toHaveLength(1);
    expect(document.querySelector(selectorFor(el))).toBe(el);
  });
  test('an element without id gets a structural path', () => {
    const link = document.querySelector('a')!;
    expect(document.querySelector(selectorFor(link))).toBe(link);
  });
});

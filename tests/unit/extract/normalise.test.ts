// R6: what "equal" means — whitespace, invisible characters, NFC — and that offsets still map to the page.
import { afterAll, describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';
import { normaliseText } from '../../../src/extract/normalise.ts';
import { type LoadedPage, loadHtml } from './load.ts';

const opened: LoadedPage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((p) => p.close()));
});

function block(paragraphHtml: string) {
  const page = loadHtml(
    `<!DOCTYPE html><html lang="sv"><body><main><h1>R</h1>${paragraphHtml}</main></body></html>`,
  );
  opened.push(page);
  return extractArticle(page.document).blocks[1]!;
}

describe('R6 text normalisation', () => {
  test.each([
    ['runs of spaces, tabs and newlines', 'a  \t\n  b', 'a b'],
    ['&nbsp; inside a number', '31&nbsp;500 kronor', '31 500 kronor'],
    ['narrow no-break space U+202F', '10\u202f000 kr', '10 000 kr'],
    ['leading and trailing space trimmed', '  \n Hej  ', 'Hej'],
    ['soft hyphen removed', 'utjämnings&shy;systemet', 'utjämningssystemet'],
    ['zero-width space removed', 'e\u200bpost', 'epost'],
    ['byte-order mark removed', '\ufeffText', 'Text'],
    ['NFC: e + combining acute becomes é', 'Cafe\u0301', 'Café'],
    [
      'dashes, quotes and "..." kept as written',
      '– Vi har… sa hon ... "ja" - nej',
      '– Vi har… sa hon ... "ja" - nej',
    ],
    [
      'abbreviations, URLs and e-mail kept',
      'ca 5 st. t.ex. www.x.se/a?b=1 och info@x.se',
      'ca 5 st. t.ex. www.x.se/a?b=1 och info@x.se',
    ],
  ])('%s', (_name, html, expected) => {
    expect(block(`<p>${html}</p>`).text).toBe(expected);
  });

  test.each([
    ['plain string helper agrees', 'a\u00a0\u00ad b\u200b\n', 'a b'],
    ['empty after normalisation', ' \u00a0\u200b ', ''],
  ])('normaliseText: %s', (_name, raw, expected) => {
    expect(normaliseText(raw)).toBe(expected);
  });
});

describe('offsets survive normalisation (display → live text node)', () => {
  test('a word after collapsed whitespace maps to its own characters', () => {
    const b = block('<p>Hej   \n  <b>värld</b></p>');
    expect(b.text).toBe('Hej värld');
    expect(b.toRange(4, 9)!.toString()).toBe('värld');
  });
  test('a word with a soft hyphen maps to the source span, hyphen included', () => {
    const b = block('<p>Det s.k. utjämnings&shy;systemet gäller.</p>');
    const start = b.text.indexOf('utjämningssystemet');
    expect(b.toRange(start, start + 'utjämningssystemet'.length)!.toString()).toBe(
      'utjämnings\u00adsystemet',
    );
  });
  test('a composed character maps back to its decomposed source', () => {
    const b = block('<p>Ett cafe\u0301 i stan</p>');
    const start = b.text.indexOf('café');
    expect(b.toRange(start, start + 4)!.toString()).toBe('cafe\u0301');
    expect(b.toRange(start + 4, start + 6)!.toString()).toBe(' i');
  });
  test('a range across inline elements spans both text nodes', () => {
    const b = block('<p><a href="/x">Stor</a>gatan 5</p>');
    const r = b.toRange(0, 9)!;
    expect(r.toString()).toBe('Storgatan');
    expect(r.startContainer).not.toBe(r.endContainer);
  });
  test('a changed page makes ranges null instead of pointing at the wrong text', () => {
    const b = block('<p id="p">Före ändring</p>');
    b.element.firstChild!.textContent = 'Något helt annat';
    expect(b.toRange(0, 4)).toBeNull();
  });
});

// The reading rules R1–R5 one at a time, on small HTML snippets (each row must fail if its rule is broken).
import { afterAll, describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';
import type { ExtractOptions } from '../../../src/extract/types.ts';
import { type LoadedPage, loadHtml } from './load.ts';

const opened: LoadedPage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((p) => p.close()));
});

function doc(html: string): Document {
  const page = loadHtml(
    html.startsWith('<!')
      ? html
      : `<!DOCTYPE html><html lang="sv"><head><title>T</title></head><body>${html}</body></html>`,
  );
  opened.push(page);
  return page.document;
}

function texts(html: string, options?: ExtractOptions): string[] {
  return extractArticle(doc(html), options).blocks.map((b) => b.text);
}

/** An article with a title and one paragraph, plus `extra` inside the article. */
const inArticle = (extra: string) => `<main><h1>Rubrik</h1><p>Brödtext här.</p>${extra}</main>`;
const BASE = ['Rubrik', 'Brödtext här.'];

describe('R2: never read, wherever it sits (block-level chrome inside the article)', () => {
  test.each([
    ['nav', '<nav><ul><li><a href="/a">Meny A</a></li></ul></nav>'],
    ['role=navigation', '<div role="navigation"><a href="/a">Meny A</a></div>'],
    ['aside', '<aside><h2>Kontakt</h2><p>Ring oss.</p></aside>'],
    ['role=complementary', '<div role="complementary"><p>Ring oss.</p></div>'],
    ['footer inside the article', '<footer><p>Dela sidan</p><p>Redigera</p></footer>'],
    ['header without the H1', '<header><p>Nyhet från kommunen</p></header>'],
    ['role=banner', '<div role="banner">Webbplatsens namn</div>'],
    ['role=contentinfo', '<div role="contentinfo">Kommunhuset</div>'],
    ['role=search', '<div role="search">Sök här</div>'],
    ['breadcrumb class', '<ol class="breadcrumbs"><li><a href="/">Start</a></li><li>Rubrik</li></ol>'],
    ['breadcrumb label line', '<div>Du är här: <a href="/">Start</a> / Rubrik</div>'],
    ['skip link class', '<a class="skip-link" href="#c">Till innehåll</a>'],
    [
      'Sitevision TOC portlet',
      '<div class="sv-toc-portlet"><p>Innehåll på sidan</p><ul><li><a href="#a">A</a></li></ul></div>',
    ],
    [
      'in-page anchor list (TOC)',
      '<ul><li><a href="#a">Avsnitt A</a></li><li><a href="#b">Avsnitt B</a></li><li><a href="#c">Avsnitt C</a></li></ul>',
    ],
    [
      '"Innehåll på sidan" heading and its list',
      '<h2>Innehåll på sidan</h2><ul><li><a href="/x">X</a></li></ul>',
    ],
    [
      'related portlet',
      '<div class="sv-related-portlet"><h2>Relaterat</h2><ul><li><a href="/x">Annan sida</a></li></ul></div>',
    ],
    ['"Se även" heading and its list', '<h2>Se även</h2><ul><li><a href="/x">Boverket</a></li></ul>'],
    [
      '"Fler nyheter" section',
      '<div><h2>Fler nyheter</h2><ul><li><a href="/n">Simhallen stänger</a> 3 mars</li></ul><p><a href="/n">Alla nyheter</a></p></div>',
    ],
    ['language switcher link', '<p><a href="/en/" hreflang="en">In English</a></p>'],
    ['language picker', '<div class="language-picker"><a href="/en">English</a></div>'],
    ['Google Translate widget', '<div id="google_translate_element">Välj språk</div>'],
    ['cookie dialog', '<dialog open><h2>Vi använder kakor</h2><p>Godkänn.</p></dialog>'],
    ['role=dialog', '<div role="dialog"><p>Nyhetsbrev</p></div>'],
    ['aria-modal', '<div aria-modal="true"><p>Nyhetsbrev</p></div>'],
    ['Complianz banner', '<div class="cmplz-cookiebanner"><p>Vi använder kakor.</p></div>'],
    ['cookie id', '<div id="cookie-notice"><p>Vi använder kakor.</p></div>'],
    ['role=alert banner', '<div role="alert"><h2>Viktigt meddelande</h2><p>Växeln är stängd.</p></div>'],
    ['rs_skip', '<div class="rs_skip"><p>Se kartan</p></div>'],
    [
      'ReadSpeaker button',
      '<div id="readspeaker_button1" class="rsbtn"><a class="rsbtn_play" href="#">Lyssna</a></div>',
    ],
    ['Lyssna button', '<button type="button">Lyssna</button>'],
    ['print link', '<p><a href="javascript:window.print()">Skriv ut sidan</a></p>'],
    ['share bar', '<div class="share"><a href="https://facebook.com/">Facebook</a></div>'],
    ['copy-link button', '<button type="button">Kopiera länk</button>'],
    ['"Tipsa en vän" line', '<p><a href="/tipsa">Tipsa en vän</a></p>'],
    ['share row with its label', '<p>Dela sidan: <a href="/f">Facebook</a> <a href="/m">E-post</a></p>'],
    ["a channel's name alone, as a link", '<p><a href="https://facebook.com/kommunen">Facebook</a></p>'],
    [
      'form with legend, label, help text',
      '<form><fieldset><legend>Hjälpte informationen dig?</legend><label>Ja <input type="radio"></label><p>Svara gärna.</p></fieldset></form>',
    ],
    ['button', '<button>Skicka</button>'],
    ['select', '<select><option>Välj</option></select>'],
    ['textarea', '<textarea>Skriv här</textarea>'],
    ['link styled as a button', '<p><a class="env-button" href="/e">Till e-tjänsten</a></p>'],
    ['role=button link', '<p><a role="button" href="#">Visa karta</a></p>'],
    ['"Senast uppdaterad" line', '<p>Senast uppdaterad: 3 februari 2025</p>'],
    ['"Sidan uppdaterades" line', '<p>Sidan uppdaterades: <time>11 februari 2025</time></p>'],
    ['"Senast granskad" line', '<p>Senast granskad: 4 november 2024</p>'],
    ['"Sidansvarig" line', '<p>Sidansvarig: Bygglovsenheten</p>'],
    ['"Publicerad" line', '<p>Publicerad <time>14 mars 2025</time></p>'],
    ['byline "Text:"', '<p>Text: Maria Lindqvist</p>'],
    ['credit "Foto:"', '<p>Foto: Johan Ek</p>'],
    ['credit "Bild:"', '<p>Bild: Kommunen</p>'],
    ['"Ämnesord" line', '<p>Ämnesord: <a href="/t">Bibliotek</a></p>'],
    ['"Last updated" line', '<p>Last updated: 12 March 2025</p>'],
    ['metadata line with no date', '<p>Senast uppdaterad: <span></span></p>'],
    ['aria-hidden subtree', '<div aria-hidden="true"><p>Dekor</p></div>'],
    ['hidden attribute', '<p hidden>Dold</p>'],
    ['inline display:none', '<p style="display:none">Utskriven från webben</p>'],
    ['inline visibility:hidden', '<p style="visibility: hidden">Dold</p>'],
    ['Drupal .hidden', '<p class="hidden">Dold</p>'],
    ['script', '<script>var dold = 1;</script>'],
    ['style', '<style>p { color: red }</style>'],
    ['noscript', '<noscript>Aktivera JavaScript</noscript>'],
    ['template', '<template><p>Mall</p></template>'],
    ['svg with title', '<svg><title>Ikon</title><text>Text i bild</text></svg>'],
    ['iframe', '<iframe title="Karta">Karta</iframe>'],
    ['object', '<object data="x.pdf">PDF-fil</object>'],
    ['video', '<video>Din webbläsare saknar video</video>'],
    ['audio', '<audio>Ljudfil</audio>'],
    ['canvas', '<canvas>Diagram</canvas>'],
    ['image alt and title', '<p><img alt="Fyll i beskrivning av bilden" title="Bildtitel" src="data:,"></p>'],
    ['empty paragraph (&nbsp;)', '<p>&nbsp;</p>'],
    ['data-lyssna-skip', '<div data-lyssna-skip><p>Hoppa över mig</p></div>'],
    [
      'reader comments (comment-thread class)',
      '<div id="comments" class="comments-area"><p>Bra artikel!</p></div>',
    ],
    [
      'reader comments (heading opens the section)',
      '<section><h2>3 kommentarer till “Rubrik”</h2><p>Bra artikel!</p></section>',
    ],
    ['loose chrome class with little text', '<div class="related-posts"><a href="/x">Annan nyhet</a></div>'],
  ])('%s', (_name, snippet) => {
    expect(texts(inArticle(snippet))).toEqual(BASE);
  });
});

describe('R2: hidden inline text inside a read paragraph', () => {
  test.each([
    ['env-assistive-text', 'env-assistive-text'],
    ['sr-only', 'sr-only'],
    ['visually-hidden', 'visually-hidden'],
    ['visuallyhidden', 'visuallyhidden'],
    ['screen-reader-text', 'screen-reader-text'],
    ['element-invisible', 'element-invisible'],
    ['show-for-sr', 'show-for-sr'],
    ['u-sr__only', 'u-sr__only'],
  ])('%s is dropped and the link text runs on', (_name, cls) => {
    const html = inArticle(
      `<p><a href="https://x.se/">Delegationen<span class="${cls}"> Länk till annan webbplats, öppnas i nytt fönster.</span></a> ska träffa kommunen.</p>`,
    );
    const article = extractArticle(doc(html));
    expect(article.blocks.map((b) => b.text)).toEqual([...BASE, 'Delegationen ska träffa kommunen.']);
    expect(article.blocks[2]!.skippedInside).toBe(true);
  });
});

describe('class names are hints, text is evidence', () => {
  test.each([
    [
      'a long unlinked text is read even when a loose class name says sidebar/toc',
      `<div class="toc-chapters"><p>${'Kommunen ansvarar för vatten och avlopp i hela tätorten. '.repeat(16)}</p></div>`,
      1,
    ],
    [
      'a content heading that merely starts with "Svar" is read',
      '<h2>Svar på vanliga frågor</h2><p>Här är svaren.</p>',
      2,
    ],
  ])('%s', (_name, snippet, added) => {
    expect(texts(inArticle(snippet)).length).toBe(BASE.length + added);
  });
});

describe('R3: collapsed disclosures are read, unless R2 skips them', () => {
  test.each([
    [
      'closed <details>: summary, then content',
      '<details><summary>Vad händer sedan?</summary><p>Beslutet kungörs.</p></details>',
      ['Vad händer sedan?', 'Beslutet kungörs.'],
    ],
    [
      'open <details>',
      '<details open><summary>Vad händer sedan?</summary><p>Beslutet kungörs.</p></details>',
      ['Vad händer sedan?', 'Beslutet kungörs.'],
    ],
    [
      'toggle + panel hidden by the hidden attribute (sr suffix and icon dropped)',
      '<button aria-expanded="false" aria-controls="p1"><span>Så lång tid tar det</span><span class="env-assistive-text">, visa mer</span><span aria-hidden="true">+</span></button><div id="p1" hidden><p>Tio veckor.</p></div>',
      ['Så lång tid tar det', 'Tio veckor.'],
    ],
    [
      'toggle inside a heading + panel hidden by display:none',
      '<h3><button aria-expanded="false" aria-controls="p2">Det här ska ansökan innehålla</button></h3><div id="p2" style="display: none;"><ul><li>ritningar</li></ul></div>',
      ['Det här ska ansökan innehålla', 'ritningar'],
    ],
    [
      'panel marked aria-hidden by its collapsed toggle',
      '<button aria-expanded="false" aria-controls="p3">Avgifter</button><div id="p3" aria-hidden="true" hidden><p>Avgiften är 500 kronor.</p></div>',
      ['Avgifter', 'Avgiften är 500 kronor.'],
    ],
    [
      'a hidden element nothing controls stays hidden',
      '<div id="p4" hidden><p>Utskriven från webben.</p></div>',
      [],
    ],
    [
      'a disclosure inside a form is still skipped (R2 beats R3)',
      '<form><button aria-expanded="false" aria-controls="p5">Visa karta</button><div id="p5" hidden><p>Karta</p></div></form>',
      [],
    ],
    [
      'a disclosure inside rs_skip is still skipped',
      '<div class="rs_skip"><button aria-expanded="false" aria-controls="p6">Verktyg</button><div id="p6" hidden><p>Inställningar</p></div></div>',
      [],
    ],
  ])('%s', (_name, snippet, extra) => {
    expect(texts(inArticle(snippet))).toEqual([...BASE, ...extra]);
  });

  test('a header menu toggle and its hidden menu are not read', () => {
    const html = `<header><button aria-expanded="false" aria-controls="m">MENY</button><nav id="m" hidden><a href="/">Barn</a></nav></header>${inArticle('')}`;
    expect(texts(html)).toEqual(BASE);
  });
});

describe('R4: blocks', () => {
  test.each([
    [
      'table: caption, then one block per row (header row included), cells joined by a space, &nbsp; normalised',
      '<table><caption>Avgifter 2025</caption><thead><tr><th>Åtgärd</th><th>Avgift</th></tr></thead><tbody><tr><td>Nybyggnad, 100–150 kvm</td><td>31&nbsp;500 kronor</td></tr></tbody></table>',
      ['Avgifter 2025', 'Åtgärd Avgift', 'Nybyggnad, 100–150 kvm 31 500 kronor'],
    ],
    [
      'WordPress table in a figure: rows, then the figcaption (DOM order)',
      '<figure class="wp-block-table"><table><tr><td>A</td><td>1</td></tr></table><figcaption>Tabell 1</figcaption></figure>',
      ['A 1', 'Tabell 1'],
    ],
    [
      'layout table: same rule, one block per row',
      '<table><tr><td>Telefon</td><td>031-390 06 00</td></tr><tr><td>E-post</td><td>info@x.se</td></tr></table>',
      ['Telefon 031-390 06 00', 'E-post info@x.se'],
    ],
    [
      "nested lists: the item's own text, then each nested item",
      '<ul><li>Frukt<ul><li>Äpple</li><li>Päron</li></ul></li><li>Grönsaker</li></ul>',
      ['Frukt', 'Äpple', 'Päron', 'Grönsaker'],
    ],
    ['one <br> is a space', '<p>Storgatan 1<br>999 01 Lindbacka</p>', ['Storgatan 1 999 01 Lindbacka']],
    [
      'two <br> in a row split a div into blocks',
      '<div>Första stycket.<br><br>Andra stycket.<br>\n<br>Tredje.</div>',
      ['Första stycket.', 'Andra stycket.', 'Tredje.'],
    ],
    [
      'div soup: a div with its own text is a block, nested divs too',
      '<div>Inledning.<div>Mittdel.</div>Avslutning.</div>',
      ['Inledning.', 'Mittdel.', 'Avslutning.'],
    ],
    ['definition list', '<dl><dt>Adress</dt><dd>Torggatan 4</dd></dl>', ['Adress', 'Torggatan 4']],
    [
      'contact lines headed by a channel name are content, not share tools',
      '<dl><dt>Fritidsgården</dt><dd>E-post: <a href="mailto:a@x.se">a@x.se</a></dd><dd>Facebook: Fritidsgården Tornet</dd></dl>',
      ['Fritidsgården', 'E-post: a@x.se', 'Facebook: Fritidsgården Tornet'],
    ],
    [
      "a channel's name as plain text labels what follows (a contact list term)",
      '<dl><dt>Telefon</dt><dd>031-390 06 00</dd><dt>E-post</dt><dd><a href="mailto:a@x.se">a@x.se</a></dd></dl>',
      ['Telefon', '031-390 06 00', 'E-post', 'a@x.se'],
    ],
    [
      'blockquote paragraphs',
      '<blockquote><p>– Vi har lyssnat.</p><p>Det gav resultat.</p></blockquote>',
      ['– Vi har lyssnat.', 'Det gav resultat.'],
    ],
    [
      'inline elements add no space',
      '<p><b>Stor</b>gatan <abbr title="ungefär">ca</abbr> <a href="/x">5</a><em>0</em> m</p>',
      ['Storgatan ca 50 m'],
    ],
    [
      'editor link list in the body is read as list items, visible text as written',
      '<ul><li><a href="/a.pdf">Ansökan (pdf, 184 kB)</a></li><li><a href="/b.pdf">Intyg (pdf, 96 kB)</a></li></ul>',
      ['Ansökan (pdf, 184 kB)', 'Intyg (pdf, 96 kB)'],
    ],
  ])('%s', (_name, snippet, extra) => {
    expect(texts(inArticle(snippet))).toEqual([...BASE, ...extra]);
  });

  test('a heading with <br> is one block with a space, and it is the title', () => {
    const a = extractArticle(doc('<main><h1>Stadsbiblioteket öppnar<br>igen</h1><p>Text.</p></main>'));
    expect(a.title).toBe('Stadsbiblioteket öppnar igen');
    expect(a.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Stadsbiblioteket öppnar igen'],
      ['paragraph', 'Text.'],
    ]);
  });

  test('the title is the H1, not <title>, and reading starts there (a kicker above it is dropped)', () => {
    const a = extractArticle(doc('<main><p>Nyhet</p><h1>Ny skola</h1><p>Text.</p></main>'));
    expect(a.title).toBe('Ny skola');
    expect(a.blocks.map((b) => b.text)).toEqual(['Ny skola', 'Text.']);
  });

  test('block kinds follow their elements', () => {
    const a = extractArticle(
      doc(
        inArticle(
          '<ul><li>punkt</li></ul><table><caption>Tab</caption><tr><td>cell</td></tr></table><figure><figcaption>Bildtext</figcaption></figure><dl><dt>Term</dt><dd>Def</dd></dl><details><summary>Sammanfattning</summary></details><blockquote>Citat</blockquote>',
        ),
      ),
    );
    expect(a.blocks.map((b) => b.kind)).toEqual([
      'heading',
      'paragraph',
      'list-item',
      'caption',
      'table-row',
      'figcaption',
      'term',
      'definition',
      'summary',
      'quote',
    ]);
  });
});

describe('R5: alt text is never read, visible captions are', () => {
  test.each([
    ['placeholder alt', '<img alt="Fyll i beskrivning av bilden" src="data:,">', []],
    ['file-name alt', '<img alt="parkeringsskylt_1200x675.jpg" src="data:,">', []],
    [
      'figure: only the figcaption, not the alt nor a credit outside it',
      '<figure><img alt="Två barn läser." src="data:,"><span class="credit">Foto: Johan Ek</span><figcaption>Populära läsplatser.</figcaption></figure>',
      ['Populära läsplatser.'],
    ],
    ['image link title', '<p><a href="/x" title="Gå till x"><img alt="Logotyp" src="data:,"></a></p>', []],
  ])('%s', (_name, snippet, extra) => {
    expect(texts(inArticle(snippet))).toEqual([...BASE, ...extra]);
  });
});

describe('R1: finding the article', () => {
  const chrome = '<header><p>Kommunen</p><nav><a href="/">Start</a></nav></header>';
  const foot = '<footer><p>Kommunhuset</p></footer>';
  test.each([
    [
      'site owner selector beats everything',
      `${chrome}<div class="x"><h2>Egen</h2><p>Vald text.</p></div><main><h1>Rubrik</h1><p>Annat.</p></main>${foot}`,
      { contentSelector: '.x' },
      ['Egen', 'Vald text.'],
    ],
    [
      'data-lyssna-content',
      `${chrome}<div data-lyssna-content><h2>Märkt</h2><p>Märkt text.</p></div><main><h1>Rubrik</h1><p>Annat.</p></main>${foot}`,
      {},
      ['Märkt', 'Märkt text.'],
    ],
    [
      'ReadSpeaker readid',
      `${chrome}<div id="rsbtn"><a class="rsbtn_play" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=1&amp;readid=c&amp;url=x">Lyssna</a></div><div id="c"><h1>Rubrik</h1><p>Läs detta.</p></div><div><p>Inte detta.</p></div>${foot}`,
      {},
      ['Rubrik', 'Läs detta.'],
    ],
    [
      'ReadSpeaker readclass',
      `${chrome}<a class="rsbtn_play" href="https://app-eu.readspeaker.com/cgi-bin/rsent?readclass=lasbar&amp;url=x">Lyssna</a><div class="lasbar"><h1>Rubrik</h1><p>Läs detta.</p></div><div><p>Inte detta.</p></div>${foot}`,
      {},
      ['Rubrik', 'Läs detta.'],
    ],
    [
      '#rs_read_this',
      `${chrome}<div id="rs_read_this"><h1>Rubrik</h1><p>Läs detta.</p></div><div><p>Inte detta.</p></div>${foot}`,
      {},
      ['Rubrik', 'Läs detta.'],
    ],
    [
      'an <article> holding the H1 (a form and a sidebar in <main> are not read)',
      `${chrome}<main><article><h1>Rubrik</h1><p>Artikeltext.</p></article><form><h2>Tyck till</h2></form><div class="kontakt"><p>Ring oss på 031-390 06 00 om du undrar något alls.</p></div></main>${foot}`,
      {},
      ['Rubrik', 'Artikeltext.'],
    ],
    [
      'a <main> holding the H1',
      `${chrome}<div><p>Utanför main står det något annat.</p></div><main><h1>Rubrik</h1><p>Huvudtexten på sidan är längre än den utanför.</p></main>${foot}`,
      {},
      ['Rubrik', 'Huvudtexten på sidan är längre än den utanför.'],
    ],
    [
      'an H1 in a title band above <main>: read first, then <main>',
      `${chrome}<header class="hero"><h1>Rubrik</h1></header><main><p>Huvudtexten står i main.</p></main>${foot}`,
      {},
      ['Rubrik', 'Huvudtexten står i main.'],
    ],
    [
      "no main/article: the H1's container, climbing while the parent holds no header/footer/nav",
      `<div class="page">${chrome}<div class="row"><div class="pagecontent"><div><h1>Rubrik</h1></div><div><p>Innehåll.</p></div></div></div>${foot}</div>`,
      {},
      ['Rubrik', 'Innehåll.'],
    ],
    [
      'no H1 (div soup): text density picks the prose, a heading-like first line is the title',
      `<div class="menu"><a href="/a">Start</a> <a href="/b">Om oss</a> <a href="/c">Kontakt</a></div><div class="text"><h2>Öppettider i sommar</h2><div>Under sommaren har kontoret öppet måndag till torsdag, klockan nio till tolv, och fredagar stänger vi redan klockan elva.</div><div>Välkommen att besöka oss, eller ring växeln om du har frågor om något som rör kommunens verksamheter.</div></div><div class="links"><a href="/d">Länk</a></div>`,
      {},
      [
        'Öppettider i sommar',
        'Under sommaren har kontoret öppet måndag till torsdag, klockan nio till tolv, och fredagar stänger vi redan klockan elva.',
        'Välkommen att besöka oss, eller ring växeln om du har frågor om något som rör kommunens verksamheter.',
      ],
    ],
  ])('%s', (_name, body, options, expected) => {
    const a = extractArticle(doc(body), options as ExtractOptions);
    expect(a.blocks.map((b) => b.text)).toEqual(expected);
    expect(a.title).toBe(expected[0]);
  });

  test('an invalid site-owner selector falls back to the page hints instead of throwing', () => {
    expect(texts(inArticle(''), { contentSelector: '[[[' })).toEqual(BASE);
  });

  test('a cookie dialog first in <body> does not become the title', () => {
    const html = `<dialog open><h1>Vi använder kakor</h1><p>Godkänn alla.</p></dialog><main><h1>Rubrik</h1><p>Text.</p></main>`;
    expect(texts(html)).toEqual(['Rubrik', 'Text.']);
  });
});

describe('languages per block', () => {
  test.each([
    ['inherits <html lang>, not own', '<main><h1>Rubrik</h1><p>Text.</p></main>', 'Text.', 'sv', false],
    ['lang on the block', '<main><h1>Rubrik</h1><p lang="en">Text.</p></main>', 'Text.', 'en', true],
    [
      'lang on a section inside the article',
      '<main><h1>Rubrik</h1><section lang="fi"><p>Teksti.</p></section></main>',
      'Teksti.',
      'fi',
      true,
    ],
    [
      'lang on a wrapper outside the article is in force but not own',
      '<div lang="en-GB"><main><h1>Rubrik</h1><p>Text.</p></main></div>',
      'Text.',
      'en-GB',
      false,
    ],
    [
      'an inline lang span does not change the block',
      '<main><h1>Rubrik</h1><p>Ask <span lang="sv">Skatteverket</span> now.</p></main>',
      'Ask Skatteverket now.',
      'sv',
      false,
    ],
  ])('%s', (_name, body, text, declaredLang, ownLang) => {
    const a = extractArticle(doc(body));
    expect(a.blocks.find((b) => b.text === text)).toMatchObject({ declaredLang, ownLang });
  });
});

describe('computed styles (a DOM with a cascade)', () => {
  const page = `<!DOCTYPE html><html lang="sv"><head><style>.print{display:none}.fold{display:none}.ghost{visibility:hidden}</style></head><body><main><h1>Rubrik</h1><p>Text.</p><p class="print">Utskriven från webben.</p><p class="ghost">Osynlig.</p><button aria-expanded="false" aria-controls="f">Mer</button><div id="f" class="fold"><p>Hopfälld text.</p></div></main></body></html>`;
  test('stylesheet-hidden text is skipped, a collapsed disclosure panel is still read', () => {
    expect(texts(page, { computedStyle: true })).toEqual(['Rubrik', 'Text.', 'Mer', 'Hopfälld text.']);
  });
  test('without computed styles only markup counts (the default without a layout engine)', () => {
    expect(texts(page)).toEqual([
      'Rubrik',
      'Text.',
      'Utskriven från webben.',
      'Osynlig.',
      'Mer',
      'Hopfälld text.',
    ]);
  });
});

describe('bad input never throws and reads nothing', () => {
  test.each([
    ['empty body', '<!DOCTYPE html><html><body></body></html>'],
    [
      'no text at all',
      '<!DOCTYPE html><html><body><div><img src="data:,"><span> </span></div></body></html>',
    ],
    [
      'only chrome',
      '<!DOCTYPE html><html><body><nav><a href="/">Start</a></nav><footer>Kommunen</footer></body></html>',
    ],
    ['broken markup', '<!DOCTYPE html><html><body><div><p>Utan slut<div><span></table></li></ul>'],
  ])('%s', (name, html) => {
    const a = extractArticle(doc(html));
    if (name === 'broken markup') expect(a.blocks.map((b) => b.text)).toEqual(['Utan slut']);
    else expect(a.blocks).toEqual([]);
    expect(a.error).toBeUndefined();
  });

  /** Nest `depth` divs under <main> with DOM calls (happy-dom's own parser recurses per level). */
  function deepPage(depth: number): Document {
    const d = doc('<main><h1>Rubrik</h1></main>');
    let cur: Element = d.querySelector('main')!;
    for (let i = 0; i < depth; i++) cur = cur.appendChild(d.createElement('div'));
    cur.appendChild(d.createElement('p')).textContent = 'Längst in.';
    return d;
  }

  test('deep nesting is walked without recursion (Chromium caps parser nesting at 512)', () => {
    const a = extractArticle(deepPage(1000));
    expect(a.blocks.map((b) => b.text)).toEqual(['Rubrik', 'Längst in.']);
  });

  test('a DOM that throws gives an error value, not a throw', () => {
    const broken = new Proxy(
      {},
      {
        get() {
          throw new Error('DOM gone');
        },
      },
    ) as Document;
    const a = extractArticle(broken);
    expect(a.blocks).toEqual([]);
    expect(a.error).toBe('DOM gone');
  });

  test('a wide page is read in full', () => {
    const paras = Array.from({ length: 5000 }, (_, i) => `<p>Stycke ${i}.</p>`).join('');
    const wide = texts(`<main><h1>Rubrik</h1>${paras}</main>`);
    expect(wide.length).toBe(5001);
    expect(wide[5000]).toBe('Stycke 4999.');
  });
});

describe('whole pages of other CMS shapes (the rules, not the fixtures)', () => {
  test.each([
    [
      'listing page: each item title, date and lead are read; filter form and paging are not',
      `<!DOCTYPE html><html lang="sv"><head><title>Nyheter - Kommunen</title></head><body><header><nav><a href="/">Start</a></nav></header><main><h1>Nyheter</h1>
<form class="filter"><label>Kategori</label><select><option>Alla</option></select><button>Filtrera</button></form>
<div class="sv-archive-portlet"><ul class="sv-channel">
<li class="sv-channel-item"><h2><a href="/n1">Ny förskola öppnar i Solby</a></h2><time datetime="2025-03-03">3 mars 2025</time><p>Den nya förskolan tar emot 120 barn från augusti.</p></li>
<li class="sv-channel-item"><h2><a href="/n2">Simhallen stänger för underhåll</a></h2><time>1 mars 2025</time><p>Simhallen är stängd i två veckor.</p></li>
</ul></div>
<nav class="pagination" aria-label="Sidnumrering"><a href="?p=1">1</a><a href="?p=2">2</a><a href="?p=2">Nästa</a></nav>
</main><footer>Kommunen</footer></body></html>`,
      [
        'Nyheter',
        'Ny förskola öppnar i Solby',
        '3 mars 2025',
        'Den nya förskolan tar emot 120 barn från augusti.',
        'Simhallen stänger för underhåll',
        '1 mars 2025',
        'Simhallen är stängd i två veckor.',
      ],
    ],
    [
      'a Driftinformation page: its items are read whatever a banner would be called; the site banner is not',
      `<!DOCTYPE html><html lang="sv"><head><title>Driftinformation</title></head><body><header><div class="driftinfo" role="alert"><p>Vattenavstängning i centrum i dag.</p></div></header><main><h1>Driftinformation</h1>
<article class="disruption"><h2 class="disruption__title"><a href="/d1">Vattenläcka på Kvarngatan</a></h2><p class="disruption__meta"><time>3 december 2026</time></p><p>Hushållen på Kvarngatan saknar vatten medan vi lagar ledningen.</p></article>
<article class="disruption"><h2 class="disruption__title"><a href="/d2">Gatubelysningen släckt</a></h2><p class="disruption__meta"><time>2 december 2026</time></p><p>En kabel skadades vid ett grävarbete.</p></article>
<article class="disruption"><h2 class="disruption__title"><a href="/d3">Lågt vattentryck i Hagalund</a></h2><p class="disruption__meta"><time>3 december 2026</time></p><p>Vi spolar ledningsnätet.</p></article>
</main></body></html>`,
      [
        'Driftinformation',
        'Vattenläcka på Kvarngatan',
        '3 december 2026',
        'Hushållen på Kvarngatan saknar vatten medan vi lagar ledningen.',
        'Gatubelysningen släckt',
        '2 december 2026',
        'En kabel skadades vid ett grävarbete.',
        'Lågt vattentryck i Hagalund',
        '3 december 2026',
        'Vi spolar ledningsnätet.',
      ],
    ],
    [
      "a page builder: contact lines after the story's densest widget are the page's, not furniture",
      `<!DOCTYPE html><html lang="sv"><body><header><nav><a href="/">Start</a></nav></header><main><div class="elementor">
<div class="elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h1>Sophämtning</h1></div></div>
<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>Kärlen för mat- och restavfall töms varannan vecka under hela året. Ställ ut kärlet vid tomtgränsen senast klockan sex på morgonen den dag hämtningen sker, med handtaget utåt mot gatan. Håll fritt runt kärlet så att chauffören kan komma fram, och skotta vid behov en gång fram till det på vintern. Är kärlet överfullt eller står det fel kan det bli kvar till nästa hämtning.</p></div></div>
<div class="elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2>Det här lägger du i kärlet</h2></div></div>
<div class="elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container"><ul><li>Matavfall i den bruna papperspåsen</li><li>Restavfall i en knuten plastpåse</li><li>Inga batterier, lampor eller kemikalier</li><li>Inga trädgårdsrester eller stora föremål</li><li>Aska först när den har svalnat helt</li></ul></div></div>
<div class="elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2>Frågor om sophämtningen?</h2></div></div>
<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>Kundtjänst för avfall svarar på frågor om hämtning, kärl och fakturor.</p></div></div>
<div class="elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container"><ul><li><a href="tel:+46313900612">Telefon: 031-390 06 12</a></li><li><a href="mailto:avfall@granhamn.se">E-post: avfall@granhamn.se</a></li><li>Telefontid: vardagar kl. 08.00–12.00</li></ul></div></div>
</div></main><footer><p>Granhamns kommun, 031-390 06 00</p><ul><li><a href="/a">Om webbplatsen</a></li><li><a href="/b">Kakor</a></li><li><a href="/c">Tillgänglighet</a></li></ul></footer></body></html>`,
      [
        'Sophämtning',
        'Kärlen för mat- och restavfall töms varannan vecka under hela året. Ställ ut kärlet vid tomtgränsen senast klockan sex på morgonen den dag hämtningen sker, med handtaget utåt mot gatan. Håll fritt runt kärlet så att chauffören kan komma fram, och skotta vid behov en gång fram till det på vintern. Är kärlet överfullt eller står det fel kan det bli kvar till nästa hämtning.',
        'Det här lägger du i kärlet',
        'Matavfall i den bruna papperspåsen',
        'Restavfall i en knuten plastpåse',
        'Inga batterier, lampor eller kemikalier',
        'Inga trädgårdsrester eller stora föremål',
        'Aska först när den har svalnat helt',
        'Frågor om sophämtningen?',
        'Kundtjänst för avfall svarar på frågor om hämtning, kärl och fakturor.',
        'Telefon: 031-390 06 12',
        'E-post: avfall@granhamn.se',
        'Telefontid: vardagar kl. 08.00–12.00',
      ],
    ],
    [
      'old custom CMS: layout table, <font>/<b> title, <br><br> paragraphs, no H1',
      `<html><head><title>Sophämtning - Mossby kommun</title></head><body bgcolor="#ffffff"><table width="100%"><tr><td colspan="2"><img src="logo.gif" alt="Mossby kommun"></td></tr><tr><td class="meny" valign="top"><a href="/">Startsida</a><br><a href="/bo">Bo och bygga</a><br><a href="/omsorg">Omsorg</a><br><a href="/kontakt">Kontakt</a></td><td class="innehall" valign="top"><font size="5"><b>Sophämtning</b></font><br><br>Soporna hämtas varannan vecka under vintern och varje vecka under sommaren. Ställ ut kärlet senast klockan sju på hämtningsdagen.<br><br>Har du frågor om sophämtningen kan du ringa kommunens växel, 0980-319 200, vardagar mellan klockan åtta och fyra.<br><br><i>Senast uppdaterad 2019-04-02</i></td></tr></table></body></html>`,
      [
        'Sophämtning',
        'Soporna hämtas varannan vecka under vintern och varje vecka under sommaren. Ställ ut kärlet senast klockan sju på hämtningsdagen.',
        'Har du frågor om sophämtningen kan du ringa kommunens växel, 0980-319 200, vardagar mellan klockan åtta och fyra.',
      ],
    ],
    [
      'Drupal: H1 in a title block above the node, .hidden and visually-hidden skip link',
      `<!DOCTYPE html><html lang="sv"><body><div class="dialog-off-canvas-main-canvas"><header role="banner"><a href="#main-content" class="visually-hidden focusable skip-link">Hoppa till huvudinnehåll</a></header><div class="layout-container"><main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content"><div id="block-page-title"><h1 class="page-title"><span>Avfall och återvinning</span></h1></div><article class="node"><div class="field field--name-body"><p>Här kan du läsa om hur du sorterar ditt avfall.</p><p class="hidden">Dold text i Drupal.</p><h2>Återvinningscentral</h2><p>Återvinningscentralen är öppen tisdag till lördag.</p></div></article></div></main></div></div></body></html>`,
      [
        'Avfall och återvinning',
        'Här kan du läsa om hur du sorterar ditt avfall.',
        'Återvinningscentral',
        'Återvinningscentralen är öppen tisdag till lördag.',
      ],
    ],
  ])('%s', (_name, html, expected) => {
    const a = extractArticle(doc(html));
    expect(a.blocks.map((b) => b.text)).toEqual(expected);
    expect(a.title).toBe(expected[0]);
  });
});

// General page-shape rules found on real pages (WCXB), one table row per case; each row fails if its rule breaks.
import { afterAll, describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';
import { type LoadedPage, loadHtml } from './load.ts';

const opened: LoadedPage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((p) => p.close()));
});

function texts(body: string): string[] {
  const page = loadHtml(
    `<!DOCTYPE html><html lang="en"><head><title>T</title></head><body>${body}</body></html>`,
  );
  opened.push(page);
  return extractArticle(page.document).blocks.map((b) => b.text);
}

/** A sentence long enough to count as prose; `n` keeps copies distinct. */
const prose = (n: number) =>
  `Post ${n} explains in plain words how the update changed the settings page and what to try next.`;
const posts = (k: number) =>
  Array.from({ length: k }, (_, i) => `<div class="post"><p>${prose(i)}</p></div>`).join('');

describe('script shells: the <noscript> copy is the content when the visible page is empty', () => {
  test.each([
    [
      'empty app shell with a crawler copy in <noscript> (Discourse-style): read the copy',
      `<div id="app"></div><noscript><div class="crawler"><h1>Update broke the app</h1>${posts(8)}</div></noscript>`,
      ['Update broke the app', prose(0), prose(7)],
    ],
    [
      'a page with its own text ignores <noscript>',
      `<main><h1>Title</h1><p>${prose(0)} ${prose(1)} ${prose(2)} ${prose(3)}</p></main><noscript><p>${prose(9)} ${prose(8)} ${prose(7)} ${prose(6)} ${prose(5)} ${prose(4)}</p></noscript>`,
      ['Title', `${prose(0)} ${prose(1)} ${prose(2)} ${prose(3)}`, null],
    ],
    [
      'a short "enable JavaScript" notice is not content',
      '<div id="app"></div><noscript><p>Please enable JavaScript to use this site.</p></noscript>',
      [],
    ],
  ])('%s', (_name, body, expected) => {
    const got = texts(body);
    if (expected.length === 0) expect(got).toEqual([]);
    else {
      expect(got[0]).toBe(expected[0]);
      expect(got).toContain(expected[1]);
      if (expected[2] === null) expect(got.join(' ')).not.toContain(prose(9));
      else expect(got).toContain(expected[2]);
    }
  });
});

test('a live browser keeps <noscript> as raw markup text: it is never read as the article', () => {
  const page = loadHtml(
    `<!DOCTYPE html><html lang="en"><head><title>T</title></head><body><div id="app"></div><noscript></noscript></body></html>`,
  );
  opened.push(page);
  const d = page.document;
  // What a scripting-enabled parser builds: one text node holding the markup.
  d.querySelector('noscript')!.appendChild(d.createTextNode(`<div><h1>Shell</h1>${posts(8)}</div>`));
  expect(
    extractArticle(d)
      .blocks.map((b) => b.text)
      .join(' '),
  ).not.toContain('<div>');
});

describe('forum topics: a thread marked as comments is read when it is the page', () => {
  test.each([
    [
      'topic page: the thread (#comments) holds nearly all the text, so its posts are read',
      `<main><h1>Wrong refresh rate</h1><div id="comments">${posts(6)}</div></main>`,
      true,
    ],
    [
      'blog post: its own prose is long, so the comment thread stays skipped',
      `<main><h1>Title</h1>${Array.from({ length: 8 }, (_, i) => `<p>${prose(100 + i)}</p>`).join('')}<div id="comments">${posts(6)}</div></main>`,
      false,
    ],
    [
      'short post under a short thread: the thread stays skipped',
      `<main><h1>Title</h1><p>${prose(100)}</p><div class="comments-area"><p>${prose(0)}</p></div></main>`,
      false,
    ],
  ])('%s', (_name, body, readsThread) => {
    const got = texts(body);
    expect(got.includes(prose(0))).toBe(readsThread);
  });
});

describe('React streaming: a hidden `S:n` boundary is content waiting for its script', () => {
  test.each([
    [
      'streamed boundary <div hidden id="S:0"> is read',
      `<div><template id="B:0"></template></div><div hidden id="S:0"><main><h1>Query tuning</h1><p>${prose(0)}</p></main></div>`,
      ['Query tuning', prose(0)],
    ],
    [
      'any other hidden div stays hidden',
      `<main><h1>Query tuning</h1><p>${prose(1)}</p><div hidden id="S-0"><p>${prose(0)}</p></div></main>`,
      ['Query tuning', prose(1)],
    ],
  ])('%s', (_name, body, expected) => {
    expect(texts(body)).toEqual(expected);
  });
});

describe('pages without running prose: a grid of short cards is read from the main landmark', () => {
  const cards = Array.from(
    { length: 40 },
    (_, i) => `<div class="card"><a href="/p${i}">Product ${i}</a><span>$${i}9</span></div>`,
  ).join('');
  test.each([
    [
      'card grid with one short blurb: the cards are read, not only the blurb',
      `<header><a href="/">Shop</a></header><main><div class="intro"><p>Bags for every trip, from day hikes to long hauls.</p></div><div class="grid">${cards}</div></main>`,
      ['Product 0', 'Product 39'],
    ],
    [
      'old layout-table page whose one prose cell holds most of the text: only that cell',
      '<table><tr><td class="menu"><a href="/">Start</a><br><a href="/b">Bo</a></td><td><b>Sophämtning</b><br><br>Soporna hämtas varannan vecka under vintern och varje vecka under sommaren.</td></tr></table>',
      ['Soporna hämtas varannan vecka under vintern och varje vecka under sommaren.'],
    ],
  ])('%s', (_name, body, mustRead) => {
    const got = texts(body).join('\n');
    for (const m of mustRead) expect(got).toContain(m);
    expect(got).not.toContain('Start');
  });
});

describe('a navigation label heads a section only when the section is not long prose', () => {
  const body = Array.from({ length: 10 }, (_, i) => `<p>${prose(i)}</p>`).join('');
  test.each([
    [
      'post body opening with a "Share this" bar: the body is read, the bar is not',
      `<article><h1>Title</h1><div class="entry-content"><div class="sharebar"><div>Share this</div><a href="https://facebook.com/sharer">Facebook</a></div>${body}</div></article>`,
    ],
    [
      'a short "Related posts" section is still skipped',
      `<article><h1>Title</h1>${body}<div><p>Related posts</p><ul><li><a href="/a">${prose(99)}</a></li></ul></div></article>`,
    ],
  ])('%s', (_name, html) => {
    const got = texts(html);
    expect(got).toContain(prose(0));
    expect(got.join(' ')).not.toContain('Share this');
    expect(got.join(' ')).not.toContain(prose(99));
  });
});

describe('metadata lines and teaser rails by their labels (R2)', () => {
  const article = (extra: string) =>
    `<main><h1>Title</h1><p>${prose(0)}</p>${extra}<p>${prose(1)}</p></main>`;
  test.each([
    [
      'dated byline',
      '<p>By Jane Doe, CFP – Updated Mar 5, 2026 at 4:28 PM EST | Fact-checked by Ann Lee</p>',
    ],
    ['review line', '<p>Medically reviewed by Kim Rose, RDN — Written by Jill Kay, MS</p>'],
    ['fact-check line', '<p>Fact-checked by Frank Bass</p>'],
    ['"Written By:" line', '<div>Written By: Tom May</div>'],
    ['reading time', '<p>Estimated reading time: 4 minutes</p>'],
    ['photographer credit', '<p>Photographer: Firmbee.com | Source: Unsplash</p>'],
    ['hero image credit', '<p>Hero image by Neosha Gardner</p>'],
    ['photo-by credit', '<p>Photo by Lisa Jennings</p>'],
    [
      '"Editor\'s Picks" rail',
      '<section><h2>Editor\'s Picks</h2><ul><li><a href="/a">Ten tips for freelancers</a></li></ul></section>',
    ],
    [
      '"Featured articles" rail',
      '<div><h3>Featured articles</h3><h4><a href="/b">A sales process in 14 steps</a></h4></div>',
    ],
    [
      '"Don\'t miss" teaser rail',
      '<div><h3>Don\'t Miss</h3><div><a href="/c">Stark Mars terrain awaits Curiosity</a></div><p>Slideshow</p></div>',
    ],
    [
      '"Sponsored links" rail',
      '<div><p>Sponsored Links</p><ul><li><a href="/ad">Lower your rate today</a></li></ul></div>',
    ],
    [
      'newsletter box by its heading',
      '<div><h2>Subscribe to our newsletter</h2><p>Get the best stories weekly.</p></div>',
    ],
  ])('%s is not read', (_name, extra) => {
    expect(texts(article(extra))).toEqual(['Title', prose(0), prose(1)]);
  });

  test.each([
    ['a sentence starting with "By"', 'By March 5, 2026 the new rules apply to every driver in the state.'],
    ['"by default" before a date', 'By default, Mar 5, 2026 is the day the new rules apply to every driver.'],
    ['"Reviewed by" without a name', 'Reviewed by hand, every entry was checked twice before print.'],
  ])('%s is read', (_name, line) => {
    expect(texts(article(`<p>${line}</p>`))).toEqual(['Title', prose(0), line, prose(1)]);
  });
});

describe('on a page of running prose, a block that is only a link is navigation', () => {
  const body = Array.from({ length: 6 }, (_, i) => `<p>${prose(i)}</p>`).join('');
  test.each([
    ['teaser heading', `<h3><a href="/other">Ten more tips for spring</a></h3>`, false],
    ['"Read more" line', `<p><a href="/more">Read more</a></p>`, false],
    ['category line', `<div><a href="/c/gardening">Gardening</a></div>`, false],
    [
      'link inside a sentence stays',
      `<p>See <a href="/guide">the full guide</a> for the rest of the steps.</p>`,
      true,
    ],
    [
      'editor link list item stays (R3)',
      `<ul><li><a href="/form.pdf">Application form (pdf, 184 kB)</a></li></ul>`,
      true,
    ],
  ])('%s', (_name, extra, read) => {
    const got = texts(`<main><h1>Title</h1>${body}${extra}</main>`);
    const line = extra.replace(/<[^>]+>/g, '');
    expect(got.includes(line)).toBe(read);
  });

  test('a listing page (much of its text in links) keeps its linked item titles', () => {
    const items = Array.from(
      { length: 6 },
      (_, i) => `<h2><a href="/n${i}">News item ${i} title</a></h2><p>Short lead ${i}.</p>`,
    ).join('');
    expect(texts(`<main><h1>News</h1>${items}</main>`)).toContain('News item 3 title');
  });
});

describe('a short post in its marked wrapper is the story, however long the sidebars (dragnet-style blogs)', () => {
  // Sidebars of short blurbs and link lists: more text than the post, each blurb shorter than it.
  const sidebar = (label: string) =>
    `<div class="column"><h2>${label}</h2><div><p>Writer, rider and tea drinker in Portland.</p></div><div><p>${prose(90)}</p></div><ul>${Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/m${i}">Month ${i} of the archive</a></li>`,
    ).join('')}</ul></div>`;
  const short =
    'A storm closed the shop for two days, and the roads are still flooded. We reopen on Monday at nine.';
  test.each([
    [
      'Blogger: the post sits in a "date-outer" wrapper (a loose "date" class): it is read',
      `<div class="main"><div class="date-outer"><h2 class="date-header">Monday, October 29</h2><div class="date-posts"><div class="post hentry"><h3 class="post-title">Open or closed</h3><div class="post-body entry-content"><p>${short}</p></div></div></div></div></div>${sidebar('About me')}`,
    ],
    [
      'Typepad: a site-name H1 in the banner, a sidebar of blurbs before the post: only the post is read',
      `<div id="banner"><h1 id="banner-header">My Blog</h1></div>${sidebar('Books')}<div class="entry"><h3 class="entry-header">Open or closed</h3><div class="entry-content"><div class="entry-body"><p>${short}</p></div></div></div>`,
    ],
  ])('%s', (_name, body) => {
    const got = texts(body).join('\n');
    expect(got).toContain(short);
    expect(got).toContain('Open or closed');
    expect(got).not.toContain(prose(90));
  });
});

describe('reader comments by the names blog engines give them, with no "comments" list around them', () => {
  const story = Array.from({ length: 4 }, (_, i) => `<p>${prose(i)}</p>`).join('');
  test.each([
    ['a comment body', `<div class="commentbody by-reader"><p>${prose(80)}</p></div>`],
    ['a thread named for the engine', `<div id="atp-comments"><p>${prose(81)}</p></div>`],
    ['trackbacks', `<div class="trackbacks"><h3>TrackBack</h3><p>${prose(82)}</p></div>`],
  ])('%s is not read', (_name, thread) => {
    const got = texts(`<main><h1>Title</h1>${story}${thread}</main>`).join('\n');
    expect(got).toContain(prose(3));
    expect(got).not.toMatch(/Post 8\d/);
  });
});

test('a short marked post outranks a denser note in the sidebar (the page marks its one post)', () => {
  const note = `<div class="box"><p>${prose(70)} ${prose(71)} ${prose(72)}</p></div>`;
  const short =
    'Happy Friday! We love this inspiration board and are excited to celebrate with a chic couple this weekend.';
  const got = texts(
    `<div id="banner"><h1>Bee blog</h1></div><div id="alpha">${note}</div><div id="beta"><div class="entry"><h3>City chic</h3><div class="entry-content"><p>${short}</p></div></div></div>`,
  ).join('\n');
  expect(got).toContain(short);
  expect(got).not.toContain(prose(70));
});

test('a long quotation is part of a post, not the post: the lines around it are read', () => {
  const quote = Array.from({ length: 8 }, (_, i) => `<p>${prose(i)}</p>`).join('');
  const intro = 'Her husband published this statement on Monday, and it is worth reading whole.';
  const got = texts(
    `<div class="menu"><a href="/">Home</a> <a href="/a">About</a></div><div class="story"><p>${intro}</p><blockquote>${quote}</blockquote><p>He ends with a call to act.</p></div>`,
  );
  expect(got).toContain(intro);
  expect(got).toContain(prose(7));
  expect(got).toContain('He ends with a call to act.');
});

test('a theme that puts its post column in an <aside> (long running prose) is read; a short <aside> is not', () => {
  const post = Array.from({ length: 9 }, (_, i) => `<p>${prose(i)}</p>`).join('');
  const links = Array.from(
    { length: 60 },
    (_, i) => `<li><a href="/s${i}">Celebrity story ${i}</a></li>`,
  ).join('');
  const got = texts(
    `<div class="wrap"><aside class="blogPost"><h1>Star hates pop star</h1>${post}</aside><aside><p>${prose(50)}</p></aside><div class="rail"><ul>${links}</ul></div></div>`,
  );
  expect(got).toContain(prose(0));
  expect(got).toContain(prose(8));
  expect(got).not.toContain(prose(50));
});

test('a table layout row holding the story beside a sidebar cell is layout, not a data row', () => {
  const story = Array.from({ length: 6 }, (_, i) => `<p>${prose(i)}</p>`).join('');
  const got = texts(
    `<table><tr><td colspan="2"><h1>Apophenia</h1></td></tr><tr><td><div class="post"><h2>Participatory culture</h2>${story}</div></td><td><p>Archive</p><ul><li><a href="/a">May</a></li><li><a href="/b">June</a></li></ul></td></tr></table>`,
  );
  expect(got).toContain(prose(0));
  expect(got).toContain(prose(5));
});

// R2 "never read" rules for one element, decided from the element alone (tag, role, attributes, class/id):
// each check is O(1) so the whole walk stays linear.

import { classOf } from './dom.ts';

/** Our own markup: a site owner marks regions that are never read (documented in the README). */
export const LYSSNA_SKIP_ATTR = 'data-lyssna-skip';

/** Why an element (and everything in it) is not read. */
export type SkipReason =
  | 'non-text'
  | 'control'
  | 'landmark'
  | 'overlay'
  | 'navigation'
  | 'page-tool'
  | 'owner-skip'
  | 'language-switch'
  /** Only a loose class/id hint: overridden when the element holds long unlinked prose. */
  | 'weak-class'
  | 'comments';

/** Never text to read (R2 "Non-text"): media, embeds, code, and document machinery. */
export const NON_TEXT_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'img',
  'picture',
  'map',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'slot',
]);

/** Form controls and everything form-shaped (R2 "Forms and controls"). `button` is handled apart (R3). */
export const CONTROL_TAGS = new Set([
  'form',
  'input',
  'select',
  'option',
  'optgroup',
  'datalist',
  'textarea',
  'label',
  'fieldset',
  'legend',
  'output',
  'progress',
  'meter',
]);

/** Site chrome landmarks (R2 "Chrome landmarks"); `header` is handled apart (read when it holds the H1). */
export const LANDMARK_TAGS = new Set(['nav', 'aside', 'footer', 'menu']);

/** Overlays: dialogs are never article content, open or not (R2 "Overlays and banners"). */
export const OVERLAY_TAGS = new Set(['dialog']);

/** ARIA roles that mark chrome, overlays, banners or controls. */
export const SKIP_ROLES = new Set([
  'navigation',
  'complementary',
  'banner',
  'contentinfo',
  'search',
  'dialog',
  'alertdialog',
  'alert',
  'status',
  'marquee',
  'timer',
  'tooltip',
  'menu',
  'menubar',
  'toolbar',
  'tablist',
  'button',
  'switch',
  'checkbox',
  'radio',
  'slider',
  'combobox',
  'listbox',
  'searchbox',
  'textbox',
  'progressbar',
  'scrollbar',
]);

/**
 * Class/id fragments that are explicit chrome markers: vendors' and CMSes' own names for consent dialogs,
 * breadcrumbs, skip links, TOC/related portlets, ReadSpeaker tools, language switchers. Always skipped
 * (unless the element is a layout wrapper holding most of the page's text).
 */
const STRONG_CLASS_PARTS = [
  'cookies?',
  'consent',
  'gdpr',
  'cmplz',
  'onetrust',
  'breadcrumbs?',
  'brodsmulor',
  'skip-?links?',
  'skip-to-[a-z-]+',
  'skiplink',
  'sv-toc-portlet',
  'sv-related-portlet',
  'rs_skip',
  'rsbtn',
  'readspeaker(?:_button\\d*)?',
  'lang(?:uage)?-?(?:picker|switcher|switch|selector|chooser)',
  'google_translate_element',
  'gtranslate',
  'wpml-ls',
  'addthis',
  'a2a_kit',
  'tipsa',
];

/**
 * Reader comments and their forms are not the article (blogs, news): WordPress, Disqus, Blogger names.
 * Kept apart because a long comment thread can hold most of a page's text and still not be the article.
 */
const COMMENTS_CLASS_PARTS = [
  'comments(?:-area|-section|-list|-wrapper|-container)?',
  // One reader comment's body, by the names blog engines give it (with no list class around it). Not a bare
  // `comment`: forums (Lobsters, Reddit) name every post so, and there the thread is the page.
  'comment-?(?:body|content|text|entry|item|thread)',
  // The thread named for what it hangs under, or for the engine (Typepad's `atp-comments`, Facebook's).
  '(?:post|article|story|entry|reader|user|atp|fb)-comments',
  // Old blogs' list of other blogs linking to the post: the comments' neighbour, not the story.
  'trackbacks?',
  'pingbacks?',
  'commentlist',
  'comment-list',
  'comment-respond',
  'disqus_thread',
];

/**
 * Site-wide alert and disruption banners by class (R2 "Overlays and banners"). A page listing disruptions
 * (Driftinformation) names its own items so too: there they are the content (blocks.ts, listing pages).
 */
const BANNER_CLASS_PARTS = [
  'alert-?banner',
  'site-?alert',
  'global-?alert',
  'driftinfo',
  'driftstorning',
  'disruption',
];

/**
 * Class/id fragments that usually mean chrome but are also used loosely in layout names ("toc-page",
 * "nav-sidebar", "social-impact"). They yield to evidence: an element holding long, mostly unlinked prose
 * is read anyway (see PageFacts.isProse).
 */
const WEAK_CLASS_PARTS = [
  'toc',
  'table-of-contents',
  'related',
  'subnav',
  'sub-?menu',
  'sidebar',
  'pagination',
  'pager',
  'translate',
  'share',
  'shares',
  'sharing',
  'social',
  'print-?(?:button|link|page)',
  'page-?tools',
  'article-?tools',
  ...BANNER_CLASS_PARTS,
  'ads?',
  'advert(?:isement)?s?',
  'sponsored',
  // Post furniture around the article body: previous/next links, author boxes, newsletter sign-ups.
  'post-?navigation',
  'nav-links',
  'next-post',
  'previous-post',
  'prev-post',
  'post-nav',
  'author-?box',
  'author-?bio',
  'about-?author',
  'newsletter',
  'subscribe',
  'sharedaddy',
  'likes-widget-placeholder',
  'jp-relatedposts',
  // Calls to action, pop-ups and page chrome built from <div>s instead of landmark tags.
  'cta',
  'call-?to-?action',
  'promo',
  'signup',
  'sign-up',
  'popup',
  'modal',
  'site-?header',
  'site-?footer',
  'page-?footer',
  'footer',
  'masthead',
  'navbar',
  'nav',
  'menu',
  'mega-?menu',
  // Post metadata blocks (R2 "Page metadata lines" by class): bylines, tags, categories.
  'byline',
  'meta',
  'author',
  'tags',
  'tag-?list',
  'categories',
  'date',
  'dateline',
  'timestamp',
  'posted-on',
  'read(?:ing)?-?time',
  'credits?',
  'copyright',
  'disclaimer',
  // Teaser lists beside the article.
  'recommended',
  'recommendations',
  'more-(?:stories|articles|news|posts)',
  'read-?next',
  'trending',
  'popular',
  'rail',
  'widget-area',
  'feedback',
];

/**
 * Build a class/id matcher: a fragment must sit at a class-token edge (start/end, space, `-`/`_`), and is
 * not a layout modifier ("has-sidebar", "with-share", BEM "grid--sidebar") that describes a wrapper.
 */
function classMatcher(parts: string[]): RegExp {
  return new RegExp(
    `(?:^|[\\s_-])(?<!(?:has|with|without|no|show|hide)[-_])(?<!--)(?:${parts.join('|')})(?=$|[\\s_-])`,
    'i',
  );
}

export const STRONG_CHROME_CLASS = classMatcher(STRONG_CLASS_PARTS);
/** Comment names must be a whole class token: "comments-open" on <body> is a WordPress state, not a thread. */
export const COMMENTS_CLASS = new RegExp(`(?:^|\\s)(?:${COMMENTS_CLASS_PARTS.join('|')})(?=$|\\s)`, 'i');
export const WEAK_CHROME_CLASS = classMatcher(WEAK_CLASS_PARTS);
export const BANNER_CLASS = classMatcher(BANNER_CLASS_PARTS);
/** Either kind: for "is this toggle itself chrome?" checks. */
export const CHROME_CLASS = classMatcher([
  ...STRONG_CLASS_PARTS,
  ...COMMENTS_CLASS_PARTS,
  ...WEAK_CLASS_PARTS,
]);

/** Visually hidden screen-reader-only text (R2 "Hidden text"), as whole class tokens with optional affixes. */
export const SR_ONLY_CLASS =
  /(?:^|\s)(?:[a-z0-9]+[-_]{1,2})*(?:sr[-_]{0,2}only|visually-?hidden|screen-?reader(?:-?(?:text|only))?|element-invisible|show-for-sr|assistive-?text|a11y-?hidden|hidden-?visually|hidden-?accessible|hide-?visually|offscreen)(?:[-_]{1,2}[a-z0-9]+)*(?=$|\s)/i;

/** Hidden-by-class patterns (Drupal `.hidden`, Bootstrap `d-none`, `is-hidden`) — not disclosure panels. */
export const HIDDEN_CLASS = /(?:^|\s)(?:hidden|is-hidden|u-hidden|hide|d-none)(?=$|\s)/i;
/** Bootstrap shows `d-none` elements again at a breakpoint with `d-md-block` etc.: then it is not hidden. */
const RESPONSIVE_SHOW =
  /(?:^|\s)d-(?:sm|md|lg|xl|xxl)-(?:block|flex|inline|inline-block|grid|table)(?=$|\s)/i;

/** Links styled as buttons (R2): a class token containing `button`/`btn`, e.g. `env-button`, `btn-primary`. */
const BUTTON_CLASS = /(?:^|[\s_-])(?:[a-z]*button|btn)(?=$|[\s_-])/i;

/** The local (element-only) R2 decision; `null` means "read, unless an ancestor or a later rule says no". */
export function chromeSkipReason(el: Element, tag: string): SkipReason | null {
  if (NON_TEXT_TAGS.has(tag)) return 'non-text';
  if (CONTROL_TAGS.has(tag)) return 'control';
  if (LANDMARK_TAGS.has(tag)) return 'landmark';
  if (OVERLAY_TAGS.has(tag)) return 'overlay';
  if (el.hasAttribute(LYSSNA_SKIP_ATTR)) return 'owner-skip';
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role.trim().toLowerCase())) return 'landmark';
  if (el.getAttribute('aria-modal') === 'true') return 'overlay';
  if (tag === 'a') {
    if (el.hasAttribute('hreflang')) return 'language-switch';
    const href = el.getAttribute('href');
    if (href && /^\s*javascript:/i.test(href)) return 'page-tool';
    if (BUTTON_CLASS.test(classOf(el))) return 'control';
  }
  const cls = classOf(el);
  // Heading ids are often generated from their text ("h-Socialtjanst…"): not a chrome signal.
  const id = tag.length === 2 && tag[0] === 'h' ? null : el.getAttribute('id');
  if (cls || id) {
    const both = id ? `${cls} ${id}` : cls;
    if (STRONG_CHROME_CLASS.test(both)) return 'navigation';
    if (COMMENTS_CLASS.test(both)) return 'comments';
    if (WEAK_CHROME_CLASS.test(both)) return 'weak-class';
  }
  return null;
}

/** Static hidden-ness (R2 "Hidden text"): attribute, inline style, aria-hidden, hidden/sr-only classes. */
export type HiddenKind = 'hidden' | 'hidden-class' | 'aria-hidden' | 'sr-only' | null;

const INLINE_HIDDEN =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i;

/**
 * React's streaming server rendering sends each finished Suspense boundary as `<div hidden id="S:0">` at
 * the end of the body, and a script moves it into place. On a static copy of the page it is still there,
 * hidden only until that script runs: it is the page's content, not hidden text.
 */
const REACT_STREAMED_ID = /^S:\d+$/;

export function staticHidden(el: Element): HiddenKind {
  const hidden = el.getAttribute('hidden');
  // hidden="until-found" content is findable by the browser's find-in-page: it is folded, not removed.
  if (hidden !== null && hidden.toLowerCase() !== 'until-found' && !REACT_STREAMED_ID.test(el.id))
    return 'hidden';
  if (el.getAttribute('aria-hidden') === 'true') return 'aria-hidden';
  const style = el.getAttribute('style');
  if (style && INLINE_HIDDEN.test(style)) return 'hidden';
  const cls = classOf(el);
  if (cls) {
    if (SR_ONLY_CLASS.test(cls)) return 'sr-only';
    if (HIDDEN_CLASS.test(cls) && !RESPONSIVE_SHOW.test(cls)) return 'hidden-class';
  }
  return null;
}

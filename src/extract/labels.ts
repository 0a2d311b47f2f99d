// Text labels that mark a line or a section as page chrome (R2), matched on normalised text.
// Only generic labels that recur across sites: never strings from one particular page.

/**
 * Page metadata lines, recognised by their leading label (R2 "Page metadata lines"): the whole line,
 * date included, is skipped. Swedish first (the widget's home), then the English equivalents.
 */
export const METADATA_LINE = new RegExp(
  '^(?:' +
    [
      'senast (?:uppdaterad|ändrad|granskad|publicerad)',
      'sidan (?:är )?(?:senast )?(?:uppdaterad(?:es)?|granskad|ändrad)',
      'uppdaterad:',
      'sidansvarig',
      'sidägare',
      'innehållsansvarig',
      'publicerad',
      'publicerades',
      'text:',
      'text och foto:',
      'foto:',
      'fotograf:',
      'bild:',
      'ämnesord',
      'taggar:',
      'kategori(?:er)?:',
      'last (?:updated|modified|reviewed)',
      'page last (?:updated|reviewed)',
      'published:',
      'updated:',
      'photo:',
      'image:',
      'illustration:',
      '(?:image|photo|picture)s? (?:source|credit|by)s?:?',
      'tags:',
      'tagged(?: with)?:',
      'labels:',
      'categor(?:y|ies):',
      'filed under',
      'posted (?:on|in|by)',
      'published on',
      'updated on',
      '(?:last )?updated (?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d)',
      '\\d+ min(?:ute)?s?\\.? read$',
      // Image credits written as their own line under a picture (R5: a credit is not a caption).
      'photographer:',
      '(?:hero|feature[d]?|header|cover|lead|top) (?:image|photo)s? (?:by|via|from|courtesy)',
      '(?:estimated )?read(?:ing)? time:',
    ].join('|') +
    // The label must end at a word boundary: "Publicerad 14 mars", not "Publicerade handlingar".
    ')(?![\\p{L}\\p{N}])',
  'iu',
);

/** Page tools that act (R2 "ReadSpeaker and other page tools"): as a whole line, or as "Label:" before its items. */
const TOOL_ACTIONS = [
  'lyssna',
  'lyssna på sidan',
  'lyssna på texten',
  'listen',
  'listen to this page',
  'skriv ut',
  'skriv ut sidan',
  'print',
  'print this page',
  'dela',
  'dela sidan',
  'dela artikeln',
  'share',
  'share this',
  'share this page',
  'share this article',
  'kopiera länk',
  'copy link',
  'tipsa en vän',
  'tipsa',
  'translate',
  'välj språk',
  'select language',
];

/**
 * Share channels: a line that is only a channel's name is a share or follow link. As a "Label:" they head a
 * contact line ("E-post: info@kommun.se", "Facebook: Fritidsgården Tornet"), which is content.
 */
const SHARE_CHANNELS = [
  'facebook',
  'twitter',
  'x',
  'linkedin',
  'reddit',
  'flipboard',
  'pinterest',
  'whatsapp',
  'instagram',
  'threads',
  'bluesky',
  'e-post',
  'email',
];

const lowerSet = (labels: readonly string[]) => new Set(labels.map((s) => s.toLocaleLowerCase('sv')));

/** Whole-line page tools; matched as the entire line, or as a row of them ("Dela: Facebook E-post"). */
const TOOL_LABELS = lowerSet([...TOOL_ACTIONS, ...SHARE_CHANNELS]);
/** The tool labels that act, alone or introducing their items after a colon ("Dela sidan: Facebook E-post"). */
const TOOL_HEADS = lowerSet(TOOL_ACTIONS);
/** Share channels' names. */
const CHANNEL_LABELS = lowerSet(SHARE_CHANNELS);

/**
 * Whole lines that are widget or advertising furniture inside a story, not its text: ad labels, error-report
 * links, video rails, and the bare values a broken widget prints ("false", "null").
 */
export const WIDGET_LINES = new Set(
  [
    'annons',
    'annonser',
    'annonsörsinnehåll',
    'sponsrat',
    'sponsrat innehåll',
    'advertisement',
    'advertisements',
    'ad',
    'sponsored',
    'sponsored content',
    'report error',
    'report an error',
    'report a correction',
    'rapportera fel',
    'top video',
    'top videos',
    'false',
    'true',
    'null',
    'undefined',
    'nan',
    'loading',
    'loading...',
    'laddar',
    'laddar...',
  ].map((s) => s.toLocaleLowerCase('sv')),
);

/** Paywall and teaser lines that stand for the rest of a story ("To read the full story, subscribe"). */
const PAYWALL_LINE =
  /^(?:to (?:read|continue reading|see) the (?:full|rest of the|entire) (?:story|article)|(?:subscribe|log in|sign in) to (?:read|continue)|för att läsa (?:hela|resten av) (?:artikeln|texten))\b/iu;

/** Separators between page tools written in one row ("Skriv ut | Tipsa en vän"). */
const TOOL_SEPARATORS = /[|·•/,]+/gu;
/** A row of page tools is short: a few labels. */
const MAX_TOOL_ROW_CHARS = 80;
/** The longest tool label, in words ("share this page" and "lyssna på sidan" have three). */
const MAX_TOOL_LABEL_WORDS = 4;

/**
 * Is the whole line a row of page tools, however written ("Skriv ut | Tipsa en vän", "Dela Skriv ut")?
 * The words must split, left to right, into tool labels and nothing else.
 */
function isToolRow(text: string): boolean {
  if (text.length > MAX_TOOL_ROW_CHARS) return false;
  const words = text.toLocaleLowerCase('sv').replace(TOOL_SEPARATORS, ' ').split(/\s+/u).filter(Boolean);
  if (words.length < 2) return false;
  // ok[i]: the first i words split into labels.
  const ok = [true, ...words.map(() => false)];
  for (let i = 1; i <= words.length; i++)
    for (let k = 1; k <= Math.min(MAX_TOOL_LABEL_WORDS, i) && !ok[i]; k++)
      if (ok[i - k] && TOOL_LABELS.has(words.slice(i - k, i).join(' '))) ok[i] = true;
  return ok[words.length]!;
}

/** A short line naming the author ("By Jane Doe", "Av Maria Lindqvist"): a byline, metadata (R2 "Text:"). */
const BYLINE = /^(?:by|av|written by|skriven av)\s+\p{Lu}[^.!?]*$/u;
/** Bylines are short; a longer line starting with "By" is a sentence. */
const MAX_BYLINE_CHARS = 60;
/**
 * A byline that carries its date ("By Jane Doe, CFP – Updated Mar 5, 2026 at 4:28 PM") runs longer; the
 * name (a capital: case-sensitive, as /i would let \p{Lu} match any letter) and the date after it tell it
 * from a sentence that starts with "By".
 */
const DATED_BYLINE =
  /^(?:[Bb]y|[Aa]v|[Ww]ritten by|[Ss]kriven av)\s+\p{Lu}.*\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}\b/u;
const MAX_DATED_BYLINE_CHARS = 160;
/**
 * Review, fact-check and credit lines of health, finance and news sites: bylines by another name. A name
 * (capital letter) must follow, so "Reviewed by hand, …" stays a sentence. Case-sensitive on purpose.
 */
const CREDIT_LINE =
  /^(?:(?:Medically |Expert )?[Rr]eviewed by|Fact[- ][Cc]hecked by|Written [Bb]y:|(?:Photo(?:graph)?|Image|Illustration)s? (?:by|courtesy of|via)) ?\p{Lu}/u;

/** Lines that start a breadcrumb or similar navigation (R2 "Navigation inside content"). */
export const NAV_LINE = /^(?:du är här|brödsmulor|breadcrumbs?|you are here)\b/iu;

/**
 * Headings that introduce navigation rather than content (related links, more news, in-page contents…).
 * A heading with exactly this text (optional trailing colon) is skipped with the list or section it heads.
 */
export const NAV_SECTION_LABELS = new Set(
  [
    'fler nyheter',
    'fler artiklar',
    'aktuellt',
    'relaterat',
    'relaterade sidor',
    'relaterad information',
    'relaterade länkar',
    'relaterade nyheter',
    'se även',
    'läs också',
    'läs även',
    'mer om',
    'innehåll på sidan',
    'innehåll på denna sida',
    'på den här sidan',
    'på denna sida',
    'innehållsförteckning',
    'dela',
    'dela sidan',
    'genvägar',
    'snabblänkar',
    'related',
    'related articles',
    'related posts',
    'related content',
    'related links',
    'related stories',
    'related pages',
    'see also',
    'more news',
    'more stories',
    'more articles',
    'read next',
    'read more',
    'recommended',
    'recommended for you',
    'you may also like',
    'you might also like',
    'popular posts',
    'most popular',
    'most read',
    'trending',
    'latest news',
    'latest posts',
    'recent posts',
    'share this',
    'share this article',
    'share this post',
    'table of contents',
    'on this page',
    'in this article',
    'follow us',
    'tags',
    'article tags',
    'categories',
    'about the author',
    'about the authors',
    'about the reviewer',
    'latest articles',
    'recent articles',
    'popular articles',
    'related blog posts',
    'related topics',
    'more like this',
    'keep reading',
    'recommended reading',
    'next post',
    'previous post',
    'other interesting articles',
    'om skribenten',
    'quick links',
    'helpful links',
    'continue reading',
    'top stories',
    'latest insights',
    'like this',
    'leave a comment',
    'leave a reply',
    // Teaser rails under a post, by their usual headings.
    "editor's picks",
    'editors picks',
    'featured articles',
    'featured posts',
    'featured stories',
    'latest blogs',
    'related reads',
    'related reading',
    'you might like',
    'you may like',
    'more to explore',
    'more to read',
    'up next',
    'follow us on social media',
    'join our newsletter',
    'subscribe to our newsletter',
    'sign up for our newsletter',
    // News sites' teaser and sponsored rails (the end of a story in old layouts has no <aside> to say so).
    "don't miss",
    'must read',
    'must reads',
    'most viewed',
    'most emailed',
    'most shared',
    'most commented',
    'popular stories',
    'popular now',
    'top headlines',
    'more headlines',
    'latest headlines',
    'related coverage',
    'more coverage',
    'more on this story',
    'in case you missed it',
    'you may have missed',
    'around the web',
    'from around the web',
    'elsewhere on the web',
    'sponsored links',
    'sponsored stories',
    'promoted stories',
  ].map((s) => s.toLocaleLowerCase('sv')),
);

/**
 * Headings that open a reader-comment thread: "Comments", "59 Comments on “…”", "Kommentarer",
 * "12 thoughts on …". Whole-label patterns, so "Response times" or "Svar på vanliga frågor" stay content.
 */
export const COMMENTS_HEADING =
  /^(?:(?:\d+\s+)?(?:comments?|kommentarer|replies)(?:\s+(?:on|to|till)\s.*)?|\d+\s+(?:responses?|thoughts)\s+(?:on|to)\s.*)$/iu;

/** Lower-case a label for lookups and strip one trailing colon. */
export function labelKey(text: string): string {
  return text
    .toLocaleLowerCase('sv')
    .replace(/\s*:\s*$/u, '')
    .trim();
}

/** Longest text we treat as a possible label: labels are short, and this bounds the work per heading. */
export const MAX_LABEL_CHARS = 60;

/**
 * Is this whole block a metadata line, a page tool, a breadcrumb line, or a "Label:" line of a tool?
 * `linked`: the line is a link. A channel's name alone is a share or follow link only as a link: as plain
 * text it labels what follows (a contact list's `<dt>E-post</dt>`).
 */
export function isChromeLine(text: string, linked: boolean): boolean {
  if (METADATA_LINE.test(text)) return true;
  if (text.length <= MAX_BYLINE_CHARS && BYLINE.test(text)) return true;
  if (text.length <= MAX_DATED_BYLINE_CHARS && (DATED_BYLINE.test(text) || CREDIT_LINE.test(text)))
    return true;
  if (NAV_LINE.test(text)) return true;
  if (text.length <= MAX_LABEL_CHARS) {
    const key = labelKey(text);
    if (TOOL_HEADS.has(key) || (linked && CHANNEL_LABELS.has(key)) || WIDGET_LINES.has(key)) return true;
  }
  if (PAYWALL_LINE.test(text) || isToolRow(text)) return true;
  // "Dela sidan: Facebook E-post", "Se även: …" — a tool or nav label followed by its items.
  const colon = text.indexOf(':');
  if (colon > 0 && colon <= MAX_LABEL_CHARS) {
    const head = labelKey(text.slice(0, colon));
    if (TOOL_HEADS.has(head) || NAV_SECTION_LABELS.has(head)) return true;
  }
  return false;
}

// Language per block of an article (rule R7): own `lang` trusted, the page's language (declared, or detected
// over the whole article) as a prior, short blocks follow their section.

import { primarySubtag } from '../core/lang-tag.ts';
import type { BlockKind } from '../core/plan.ts';
import { drain, STEP_UNITS, type Steps } from '../core/steps.ts';
import { detectLanguage, type LanguageDetector } from './detect.ts';
import { bcp47ToIso3, iso3ToBcp47, UNDETERMINED } from './languages.ts';
import { scriptAllows } from './script.ts';
import type { BlockLangInput } from './types.ts';

/**
 * Blocks with fewer letters than this are not detected: they take the language of the next long block, then
 * the previous one, then the declared language. Headings such as "Tietoa suomeksi" or "Behöver du tolk?"
 * carry too few trigrams to tell Swedish from Norwegian or Finnish reliably, and a heading is almost always in
 * the language of the text it introduces. Counted in letters, not characters: digits, spaces and punctuation
 * carry no language ("Customer service: +46 31 390 06 00" is 34 characters but 15 letters). Tuned by
 * tests/bench/lang.bench.ts: from ~30 letters detection against a wrong declared language comes within 10 % of
 * its accuracy on long texts.
 */
export const SHORT_BLOCK_CHARS = 30;

/**
 * Headings, list items, table rows, captions and terms with fewer letters than this follow their section
 * too. Such lines are names and labels ("Kommunfullmäktiges sammanträden", "prova bibliotekets nya
 * poddstudio", "Årsredovisning 2025 (pdf, 6,3 MB)") that franc's models, trained on the Declaration of Human
 * Rights, score as Danish, Bosnian or Romani; on held-out municipal pages 3 of ~400 blocks were misread so.
 * A heading in another language than its section is rare, and its script still decides (fits()).
 */
export const LINE_BLOCK_CHARS = 60;
const LINE_KINDS: ReadonlySet<BlockKind> = new Set([
  'heading',
  'list-item',
  'table-row',
  'caption',
  'figcaption',
  'term',
  'summary',
]);

const LETTER = /\p{L}/gu;

/** Letters in `text`: the length that matters for detection. */
export function letterCount(text: string): number {
  return text.match(LETTER)?.length ?? 0;
}

/** Whether a block is too short to detect on its own (see SHORT_BLOCK_CHARS). */
export function isShortBlock(text: string): boolean {
  return letterCount(text) < SHORT_BLOCK_CHARS;
}

/**
 * A block longer than this is judged on its first this-many characters (cut at a space): detection, the
 * script check and the short-block test. Every signal (trigrams, letters, function words) is settled long
 * before that (franc itself reads 2048 units), while a 2 MB paragraph scanned whole cost ~70 ms of a click.
 * Far above any real paragraph, so blocks of real pages are judged on their whole text.
 */
export const LANG_SAMPLE_CHARS = 16_384;

/**
 * Words that are web or e-mail addresses ("barnochutbildning@hagmark.se", "https://…", "www.…"): they carry
 * no language (the world scope read "E-post: barnochutbildning@hagmark.se" as Sesotho), so they are left out
 * of what a block's language is judged on, letters counted included.
 */
const ADDRESS_MARK = /@|:\/\/|www\./u;

/** The part of a block's text its language is judged on (see LANG_SAMPLE_CHARS), addresses left out. */
export function languageSample(text: string): string {
  let sample = text;
  if (text.length > LANG_SAMPLE_CHARS) {
    const space = text.lastIndexOf(' ', LANG_SAMPLE_CHARS);
    sample = text.slice(0, space > LANG_SAMPLE_CHARS / 2 ? space : LANG_SAMPLE_CHARS);
  }
  if (!ADDRESS_MARK.test(sample)) return sample;
  // Word by word (a pattern around the mark would backtrack over a long unbroken "word": quadratic).
  return sample
    .split(/\s+/u)
    .filter((word) => !ADDRESS_MARK.test(word))
    .join(' ');
}

/** A declared tag as it should be output: "sv-SE" → "sv", "no" → "nb", an unknown "ja-JP" → "ja". */
function declaredBcp47(tag: string | null): string | null {
  if (!tag) return null;
  const iso3 = bcp47ToIso3(tag);
  if (iso3) return iso3ToBcp47(iso3);
  const primary = primarySubtag(tag);
  return primary === '' || primary === UNDETERMINED ? null : primary;
}

/**
 * The whole-article sample detected before any block: franc looks at the first 2048 UTF-16 units anyway, and
 * two thousand characters of prose leave no doubt about the article's language.
 */
export const ARTICLE_SAMPLE_CHARS = 2048;

/**
 * The page's language, to use as every block's prior: `<html lang>` unless the article's text plainly
 * contradicts it (a long German article under a CMS default `lang="en-US"`), and without a declaration the
 * language of the whole article. Blocks with their own `lang` are left out: they are another voice.
 */
export function articleLanguage(
  blocks: readonly BlockLangInput[],
  pageDeclared: string | null,
  detect: LanguageDetector = detectLanguage,
): string | null {
  const declared = declaredBcp47(pageDeclared);
  // Joined only until the sample is full: a page of 20,000 paragraphs is not copied for 2048 characters.
  let text = '';
  for (const block of blocks) {
    if (text.length >= ARTICLE_SAMPLE_CHARS) break;
    if (!block.ownLang)
      text += (text ? '\n' : '') + languageSample(block.text.slice(0, ARTICLE_SAMPLE_CHARS));
  }
  text = text.slice(0, ARTICLE_SAMPLE_CHARS);
  if (isShortBlock(text)) return declared;
  // A declaration the detector has no model for cannot be contradicted by it, only by the script.
  if (declared && detect.knows?.(declared) === false && fits(declared, text)) return declared;
  // The declaration is the prior: it stands within the detector's margin (close relatives, mixed pages).
  const found = detect(text, { prior: declared });
  return found.bcp47 === UNDETERMINED ? declared : found.bcp47;
}

/** Whether a BCP 47 language may be written in the text's script (unknown languages: yes). */
function fits(bcp47: string, text: string): boolean {
  const iso3 = bcp47ToIso3(bcp47);
  return iso3 === null || scriptAllows(iso3, text);
}

/**
 * BCP 47 language of each block, in order. `pageDeclared` is `<html lang>`; each block's `declaredLang` is
 * the `lang` in force on it (null: none), `ownLang` whether the block (or its section) declares it itself.
 * `detect` is the scope: detectLanguage (municipal) or detect-world.ts's detectWorldLanguage (all).
 */
export function assignBlockLanguages(
  blocks: readonly BlockLangInput[],
  pageDeclared: string | null,
  detect: LanguageDetector = detectLanguage,
): string[] {
  return drain(assignBlockLanguagesSteps(blocks, pageDeclared, detect));
}

/** assignBlockLanguages as steps: it yields every STEP_UNITS blocks (a page of 20,000 paragraphs). */
export function* assignBlockLanguagesSteps(
  blocks: readonly BlockLangInput[],
  pageDeclared: string | null,
  detect: LanguageDetector = detectLanguage,
): Steps<string[]> {
  const pageLang = articleLanguage(blocks, pageDeclared, detect);
  const pageUnknown = pageLang !== null && detect.knows?.(pageLang) === false;
  const texts = blocks.map((block) => languageSample(block.text));
  // An element's own lang is its section's; every other block has the page's language as its prior.
  const declaredOf = (block: BlockLangInput): string | null =>
    (block.ownLang ? declaredBcp47(block.declaredLang) : null) ?? pageLang;
  // Counted once per block: the neighbour scans below ask again for every short block they pass.
  const short = blocks.map(
    (block, index) =>
      isShortBlock(texts[index]!) ||
      (block.kind !== undefined &&
        LINE_KINDS.has(block.kind) &&
        letterCount(texts[index]!) < LINE_BLOCK_CHARS),
  );

  // First pass: decide what can be decided from the block alone; null = inherit from a neighbour.
  const decide = (block: BlockLangInput, index: number): string | null => {
    const text = texts[index]!;
    const declared = declaredOf(block);
    const own = block.ownLang ? declaredBcp47(block.declaredLang) : null;
    if (own && fits(own, text)) return own;
    const plainlyWrong = own !== null; // an own lang the script contradicts (lang=sv on Arabic text)
    if (!block.ownLang && pageUnknown && pageLang && fits(pageLang, text)) return pageLang;
    if (!plainlyWrong && short[index]) return null;
    const found = detect(text, { prior: plainlyWrong ? null : declared });
    return found.bcp47 === UNDETERMINED ? null : found.bcp47;
  };
  const decided: Array<string | null> = [];
  for (let index = 0; index < blocks.length; index++) {
    decided.push(decide(blocks[index]!, index));
    if ((index + 1) % STEP_UNITS === 0) yield;
  }

  // Only long blocks lend their language: a short neighbour's guess is no better than ours. A section
  // with its own lang (an English quote in a German article) lends only to its own blocks. The nearest
  // lender on each side is found for all blocks in two linear passes (a walk from each block was quadratic on
  // a page of short blocks only).
  const lends = (index: number) => short[index] === false && decided[index] != null;
  const plain = (index: number) => !blocks[index]?.ownLang;
  const nextAny = nearest(blocks.length, 1, lends);
  const previousAny = nearest(blocks.length, -1, lends);
  const nextPlain = nearest(blocks.length, 1, (i) => lends(i) && plain(i));
  const previousPlain = nearest(blocks.length, -1, (i) => lends(i) && plain(i));
  const isHeading = (index: number) => blocks[index]!.kind === 'heading';
  const previousHeading = nearest(blocks.length, -1, isHeading);
  const nextHeading = nearest(blocks.length, 1, isHeading);
  const nextBody = nearest(blocks.length, 1, (index) => !isHeading(index));

  /**
   * Where a short block looks for its language, in order. A heading opens the section after it: its long
   * block's language, else the page's (a heading with no text of its own is not a neighbour's). A short
   * line (a document link, "Ring 112") ends the section before it, unless a heading stands between them: then
   * it is in that heading's section ("Kontakt" and its phone lines after an English quote), which speaks the
   * heading's own language, or its own long block's, or the page's. Unknown kinds keep the older order.
   */
  const at = (lender: number): string | null => (lender < 0 ? null : decided[lender]!);
  const inheritance = (block: BlockLangInput, index: number): Array<string | null> => {
    const nextAt = (block.ownLang ? nextAny : nextPlain)[index]!;
    const previousAt = (block.ownLang ? previousAny : previousPlain)[index]!;
    const page = declaredOf(block);
    if (block.kind === undefined) return [at(nextAt), at(previousAt), page];
    // A section ends at the first heading after some text of its own: a heading right under a heading (h2,
    // then h3) is still the same section's.
    const bodyAt = block.kind === 'heading' ? nextBody[index]! : index;
    const sectionEnd = bodyAt < 0 ? -1 : nextHeading[bodyAt]!;
    const nextInSection = sectionEnd < 0 || nextAt < sectionEnd ? at(nextAt) : null;
    if (block.kind === 'heading') return [nextInSection, page, at(previousAt)];
    const headingAt = previousHeading[index]!;
    if (headingAt <= previousAt) return [at(previousAt), at(nextAt), page];
    return [at(headingAt), nextInSection, page, at(previousAt)];
  };

  const final = (block: BlockLangInput, index: number): string => {
    const own = decided[index];
    if (own) return own;
    // Never inherit a language the block's own script rules out (a short Arabic line among Swedish ones).
    const inherited = inheritance(block, index).find(
      (lang): lang is string => lang !== null && fits(lang, texts[index]!),
    );
    if (inherited) return inherited;
    const guess = detect(texts[index]!, { prior: null });
    return guess.bcp47;
  };
  const out: string[] = [];
  for (let index = 0; index < blocks.length; index++) {
    out.push(final(blocks[index]!, index));
    if ((index + 1) % STEP_UNITS === 0) yield;
  }
  return out;
}

/**
 * For each index, the nearest other index in `direction` (1: after, -1: before) where `matches` holds, or -1;
 * one pass over the indices.
 */
function nearest(length: number, direction: 1 | -1, matches: (index: number) => boolean): Int32Array {
  const out = new Int32Array(length);
  let last = -1;
  const start = direction === 1 ? length - 1 : 0;
  for (let i = start; i >= 0 && i < length; i -= direction) {
    out[i] = last;
    if (matches(i)) last = i;
  }
  return out;
}

/**
 * The article's language: the block language covering the most characters (first wins a tie), or "und".
 * Blocks with their own `lang` (sections in other languages) count only when every block has one: on a
 * Swedish page "in other languages" the sections outweigh the Swedish text, yet the article is Swedish.
 */
export function detectPageLanguage(
  blocks: readonly { text: string; ownLang?: boolean }[],
  langs: readonly string[],
): string {
  const pageVoice = blocks.some((block) => !block.ownLang);
  const chars = new Map<string, number>();
  blocks.forEach((block, index) => {
    const lang = langs[index];
    if (pageVoice && block.ownLang) return;
    if (lang && lang !== UNDETERMINED) chars.set(lang, (chars.get(lang) ?? 0) + block.text.length);
  });
  let best: string = UNDETERMINED;
  let bestChars = 0;
  for (const [lang, count] of chars) {
    if (count > bestChars) {
      best = lang;
      bestChars = count;
    }
  }
  return best;
}

// Language detection contracts: per text, and per block with the page's declared hints.

export interface Detection {
  /** ISO 639-3 code franc uses ("swe", "eng", "arb"…) or "und". */
  iso3: string;
  /** BCP 47 for voices ("sv", "en", "ar", "nb"…) or "und". */
  bcp47: string;
  /** franc's normalised score for the winner (1 = best), 0 for script rules / und. */
  score: number;
}

export interface BlockLangInput {
  text: string;
  /** The `lang` in force on the block, as written ("sv-SE", "en", null). */
  declaredLang: string | null;
  /** True when the block itself (not just the page) declares `lang`. */
  ownLang: boolean;
  /**
   * False for a block known not to be a heading (a paragraph, a list item): a short one then follows the
   * section before it, where a heading follows the one after. Unknown (undefined) counts as a heading.
   */
  heading?: boolean;
}

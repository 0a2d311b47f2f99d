// Language detection contracts: per text, and per block with the page's declared hints.
import type { BlockKind } from '../core/plan.ts';

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
   * What the block is, when known: a short heading follows the section after it, a short line (a list item,
   * a paragraph) the one before; headings and list-like lines follow their section up to LINE_BLOCK_CHARS.
   * Unknown counts as a heading of ordinary length rules.
   */
  kind?: BlockKind;
}

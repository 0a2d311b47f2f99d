// Language tags, one home: the primary subtag as written ("sv-SE" → "sv", "swe" → "swe"), and the language
// Lyssna means by a tag, aliases resolved ("sv_SE", "SV-se", "swe" → "sv"), as voices and plans use it.

import { ISO3_TO_BCP47 } from '../lang/languages.ts';

/**
 * The primary subtag as written, trimmed and lower-cased ("sv-SE" → "sv", "EN_gb" → "en", "swe" → "swe").
 * For tables keyed by what the page or browser wrote (UI strings, rule tables); for "which language is
 * this", use primaryLanguage.
 */
export function primarySubtag(tag: string | null | undefined): string {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * Tags engines write besides the ISO 639-3 codes detection uses (ISO3_TO_BCP47): ISO 639-2/B and macrolanguage
 * codes, and legacy 2-letter ones → the primary subtag Lyssna uses.
 */
const EXTRA_ALIASES: Record<string, string> = {
  nor: 'nb',
  no: 'nb',
  nn: 'nb', // Nynorsk voices are rare: a Bokmål voice reads Nynorsk well enough
  ara: 'ar',
  fas: 'fa',
  per: 'fa',
  kur: 'ckb',
  rom: 'rom',
  rmy: 'rom',
  yid: 'yi',
  ji: 'yi',
  ger: 'de',
  fre: 'fr',
  dut: 'nl',
  est: 'et',
  lav: 'lv',
  lit: 'lt',
  isl: 'is',
  ice: 'is',
  sme: 'se',
  fit: 'fit',
  fkv: 'fkv',
  // The world scope's voices: eSpeak names Mandarin "cmn"; Android still writes Java's old "in"/"iw".
  cmn: 'zh',
  zho: 'zh',
  chi: 'zh',
  in: 'id',
  iw: 'he',
  fil: 'tl',
  msa: 'ms',
  may: 'ms',
  ces: 'cs',
  cze: 'cs',
  slk: 'sk',
  slo: 'sk',
};

let allAliases: Record<string, string> | undefined;
/** Built on first use, so a bundle that only needs primarySubtag leaves the tables out. */
function aliases(): Record<string, string> {
  allAliases ??= { ...ISO3_TO_BCP47, ...EXTRA_ALIASES };
  return allAliases;
}

export interface LanguageTag {
  /** Lowercase primary subtag after aliasing ("sv", "nb", "ckb"). */
  primary: string;
  /** Uppercase region ("SE", "FI", "419") when the tag has one. */
  region?: string;
}

/** Parse any engine tag ("sv_SE", "SV-se", "swe", "sv-Latn-SE") into primary + region. */
export function parseLanguageTag(tag: string): LanguageTag {
  const parts = tag.trim().toLowerCase().replace(/_/g, '-').split('-').filter(Boolean);
  const raw = parts[0] ?? '';
  const primary = aliases()[raw] ?? raw;
  const region = parts.slice(1).find((p) => /^[a-z]{2}$|^\d{3}$/.test(p));
  return region ? { primary, region: region.toUpperCase() } : { primary };
}

/** The language a tag means, aliases resolved: "swe" → "sv", "no" → "nb", "sv_SE" → "sv". */
export function primaryLanguage(tag: string): string {
  return parseLanguageTag(tag).primary;
}

/** A normalised BCP 47 tag ("sv_SE" → "sv-SE", "swe" → "sv"). */
export function normalizeLanguageTag(tag: string): string {
  const { primary, region } = parseLanguageTag(tag);
  return region ? `${primary}-${region}` : primary;
}

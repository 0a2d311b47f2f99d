// Which languages Lyssna detects, and the ISO 639-3 ↔ BCP 47 mapping between franc's codes and voice tags.

/**
 * The languages Swedish municipalities publish in (the national minority languages, the largest immigrant
 * languages, English and the Nordic neighbours). Detection is restricted to these: a whitelist lifts accuracy
 * on short texts a lot, because a 25-character Swedish sentence no longer "looks like" Frisian or Scots.
 */
export const MUNICIPAL_LANGUAGES = [
  'swe',
  'nob',
  'nno',
  'dan',
  'eng',
  'fin',
  'arb',
  'som',
  'pes',
  'prs',
  'tir',
  'pol',
  'bos',
  'hrv',
  'srp',
  'ckb',
  'rmn',
  'ydd',
] as const;

/**
 * ISO 639-3 (franc) → BCP 47 (voices). Choices:
 * - nob and nno both → "nb": speech engines ship Norwegian voices as nb-NO (Chrome, Windows, macOS, eSpeak's
 *   "nb"); nn-NO voices practically do not exist, and a Bokmål voice reads Nynorsk text well.
 * - pes and prs both → "fa": Dari voices exist at best as fa-AF, which most engines lack; a Persian voice reads
 *   Dari, and "fa" lets the voice picker fall back to any Persian voice.
 * - rmn (Balkan Romani) → "rom" (the macrolanguage tag; no engine has a voice, but the tag is honest).
 */
export const ISO3_TO_BCP47: Readonly<Record<string, string>> = {
  swe: 'sv',
  nob: 'nb',
  nno: 'nb',
  dan: 'da',
  eng: 'en',
  fin: 'fi',
  arb: 'ar',
  som: 'so',
  pes: 'fa',
  prs: 'fa',
  tir: 'ti',
  pol: 'pl',
  bos: 'bs',
  hrv: 'hr',
  srp: 'sr',
  ckb: 'ckb',
  rmn: 'rom',
  ydd: 'yi',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  nld: 'nl',
  por: 'pt',
  rus: 'ru',
  tur: 'tr',
  ukr: 'uk',
};

/**
 * BCP 47 primary subtag (lower case) → ISO 639-3, for declared `lang` attributes used as priors. Covers the
 * tags pages really write: "no" (generic Norwegian) and "nb" → Bokmål, "nn" → Nynorsk, "ar" → Standard
 * Arabic, "fa" → Iranian Persian (a "fa-AF" region turns it into Dari, see bcp47ToIso3), "ku"/"ckb" → Sorani
 * (municipal Kurdish pages are Sorani in Arabic script), "rom"/"rmn" → Romani, "yi"/"ydd" → Yiddish,
 * "sh" (Serbo-Croatian) → Croatian.
 */
export const BCP47_TO_ISO3: Readonly<Record<string, string>> = {
  sv: 'swe',
  nb: 'nob',
  no: 'nob',
  nn: 'nno',
  da: 'dan',
  en: 'eng',
  fi: 'fin',
  ar: 'arb',
  so: 'som',
  fa: 'pes',
  prs: 'prs',
  ti: 'tir',
  pl: 'pol',
  bs: 'bos',
  hr: 'hrv',
  sh: 'hrv',
  sr: 'srp',
  ckb: 'ckb',
  ku: 'ckb',
  rom: 'rmn',
  yi: 'ydd',
  de: 'deu',
  fr: 'fra',
  es: 'spa',
  it: 'ita',
  nl: 'nld',
  pt: 'por',
  ru: 'rus',
  tr: 'tur',
  uk: 'ukr',
};

/** "und" is BCP 47's and ISO 639's code for "undetermined". */
export const UNDETERMINED = 'und';

/** ISO 639-3 → BCP 47; unknown codes pass through unchanged (franc codes outside the table are rare). */
export function iso3ToBcp47(iso3: string): string {
  return ISO3_TO_BCP47[iso3] ?? iso3;
}

/**
 * A declared language ("sv-SE", "fa-AF", "nob", "EN") → ISO 639-3, or null when unknown or empty. Accepts
 * ISO 639-3 codes as written so callers can pass either form.
 */
export function bcp47ToIso3(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const parts = tag.trim().toLowerCase().split(/[-_]/);
  const primary = parts[0] ?? '';
  if (primary === '' || primary === UNDETERMINED) return null;
  // Dari is written "fa-AF" on Afghan-facing pages: keep the distinction for detection.
  if (primary === 'fa' && parts.slice(1).includes('af')) return 'prs';
  if (BCP47_TO_ISO3[primary]) return BCP47_TO_ISO3[primary];
  if (primary.length === 3 && ISO3_TO_BCP47[primary]) return primary;
  return null;
}

/** Normalise a declared tag for output: its BCP 47 form when known ("sv-SE" → "sv", "no" → "nb"). */
export function normaliseDeclared(tag: string | null | undefined): string | null {
  const iso3 = bcp47ToIso3(tag);
  return iso3 ? iso3ToBcp47(iso3) : null;
}

/** The scopes a plan is detected in: the widget's municipal whitelist, or the extension's world (world-languages.ts). */
export type LanguageScope = 'municipal' | 'all';

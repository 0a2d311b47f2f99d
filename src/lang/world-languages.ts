// The extension's language scope: which languages it detects, and their ISO 639-3 ↔ BCP 47 mapping.
// A module of its own so the widget, which reads municipal pages only, never bundles it.
import { BCP47_TO_ISO3, ISO3_TO_BCP47, MUNICIPAL_LANGUAGES, UNDETERMINED } from './languages.ts';

/**
 * The languages readers meet on the open web that some platform has a voice for (Windows, macOS, ChromeOS,
 * Android or Linux espeak-ng; see docs/speech-platform.md): every language of the world-dev yardstick (79),
 * the municipal ones it lacks (Romani, Yiddish, Sorani, Dari, Nynorsk), and Galician, Nepali, Kannada,
 * Malayalam, Burmese, Khmer and Lao, which espeak-ng and Android read. Codes are franc's ISO 639-3.
 */
export const WORLD_LANGUAGES: readonly string[] = [
  ...MUNICIPAL_LANGUAGES,
  ...['deu', 'fra', 'spa', 'ita', 'nld', 'por', 'cat', 'glg', 'ron', 'lat', 'epo'],
  ...['isl', 'ekk', 'lvs', 'lit', 'ces', 'slk', 'slv', 'hun', 'als', 'gle', 'cym', 'eus'],
  ...['rus', 'ukr', 'bel', 'bul', 'mkd', 'kaz', 'khk', 'tur', 'azj', 'ell', 'hye', 'kat'],
  ...['heb', 'urd', 'hin', 'mar', 'npi', 'ben', 'guj', 'pan', 'tam', 'tel', 'kan', 'mal', 'sin'],
  ...['cmn', 'jpn', 'kor', 'tha', 'vie', 'ind', 'zlm', 'tgl', 'mya', 'khm', 'lao', 'mri'],
  ...['amh', 'gaz', 'swh', 'yor', 'afr', 'zul', 'xho', 'sna', 'sot', 'tsn', 'tso', 'lug'],
];

/**
 * ISO 639-3 → BCP 47 for the world scope: the municipal table plus one voice tag per language. franc's
 * individual-language codes map to the tags voices carry: zlm → ms (Malay), ekk → et, lvs → lv, als → sq,
 * khk → mn, gaz → om, azj → az, swh → sw, npi → ne, cmn → zh.
 */
export const WORLD_ISO3_TO_BCP47: Readonly<Record<string, string>> = {
  ...ISO3_TO_BCP47,
  ...{ cat: 'ca', glg: 'gl', ron: 'ro', lat: 'la', epo: 'eo', isl: 'is', ekk: 'et', lvs: 'lv', lit: 'lt' },
  ...{ ces: 'cs', slk: 'sk', slv: 'sl', hun: 'hu', als: 'sq', gle: 'ga', cym: 'cy', eus: 'eu' },
  ...{ bel: 'be', bul: 'bg', mkd: 'mk', kaz: 'kk', khk: 'mn', azj: 'az', ell: 'el', hye: 'hy', kat: 'ka' },
  ...{ heb: 'he', urd: 'ur', hin: 'hi', mar: 'mr', npi: 'ne', ben: 'bn', guj: 'gu', pan: 'pa', tam: 'ta' },
  ...{ tel: 'te', kan: 'kn', mal: 'ml', sin: 'si', cmn: 'zh', jpn: 'ja', kor: 'ko', tha: 'th', vie: 'vi' },
  ...{ ind: 'id', zlm: 'ms', tgl: 'tl', mya: 'my', khm: 'km', lao: 'lo', mri: 'mi', amh: 'am', gaz: 'om' },
  ...{ swh: 'sw', yor: 'yo', afr: 'af', zul: 'zu', xho: 'xh', sna: 'sn', sot: 'st', tsn: 'tn', tso: 'ts' },
  lug: 'lg',
};

/**
 * BCP 47 primary subtag → ISO 639-3 for declared `lang` in the world scope: the municipal table (its
 * choices for no/fa/ku/sh win), every world language by its voice tag, and legacy tags pages still write.
 */
const WORLD_BCP47_TO_ISO3: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(WORLD_ISO3_TO_BCP47).map(([iso3, bcp47]) => [bcp47, iso3])),
  ...{ fil: 'tgl', iw: 'heb', in: 'ind', zsm: 'zlm', est: 'ekk', lav: 'lvs', sqi: 'als', mon: 'khk' },
  ...{ zho: 'cmn', msa: 'zlm', swa: 'swh', nep: 'npi', aze: 'azj', orm: 'gaz' },
  ...BCP47_TO_ISO3,
};

/** ISO 639-3 → BCP 47 in the world scope; unknown codes pass through. */
export function worldIso3ToBcp47(iso3: string): string {
  return WORLD_ISO3_TO_BCP47[iso3] ?? iso3;
}

/** A declared tag ("de-AT", "fa-AF", "ces") → ISO 639-3 in the world scope, or null when unknown or empty. */
export function worldBcp47ToIso3(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const parts = tag.trim().toLowerCase().split(/[-_]/);
  const primary = parts[0] ?? '';
  if (primary === '' || primary === UNDETERMINED) return null;
  if (primary === 'fa' && parts.slice(1).includes('af')) return 'prs';
  return WORLD_BCP47_TO_ISO3[primary] ?? (WORLD_ISO3_TO_BCP47[primary] ? primary : null);
}

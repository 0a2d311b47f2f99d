// The extension's detector: municipal languages plus EXTENSION_LANGUAGES. A separate module so the widget,
// which imports only detect.ts, never bundles the extra trigram data.
import { EXTENSION_TRIGRAMS, MUNICIPAL_TRIGRAMS } from './data/trigrams.generated.ts';
import { createLanguageDetector, type LanguageDetector } from './detect.ts';
import { createFrancLite, type FrancLite } from './franc-lite.ts';

export const extendedFrancLite: FrancLite = createFrancLite(MUNICIPAL_TRIGRAMS, EXTENSION_TRIGRAMS);

/**
 * Like detectLanguage, over all ALL_LANGUAGES. Pass `only` = the municipal languages plus those the
 * browser has voices for, so a page is never labelled with a language nobody can read aloud.
 */
export const detectLanguageExtended: LanguageDetector = createLanguageDetector(extendedFrancLite);

// The voices Lyssna röster offers: one row per voice, naming the eSpeak NG voice and the data files it needs.
// The build trims the eSpeak NG data to these files; manifest.json lists the same voices (a unit test checks).

export interface EngineVoice {
  /** What readers see in voice menus: "Lyssna <language> (offline)". */
  name: string;
  /** BCP 47 tag Chrome matches utterances against. */
  lang: string;
  /** eSpeak NG voice file under espeak-ng-data/lang/. */
  espeakVoice: string;
  /** eSpeak NG dictionary the voice loads (its first `language`, or its `dictionary` line). */
  dictionary: string;
}

/**
 * The municipal languages eSpeak NG has, plus English. Not here because eSpeak NG has no voice for them:
 * Somali, Sorani (Central Kurdish), Northern Sami, Romani, Yiddish. Kurdish is eSpeak NG's Kurmanji (Latin
 * script), tagged "kmr" so that Sorani pages tagged "ku" are not read by it. Dari is read by the Persian voice.
 */
export const ENGINE_VOICES: readonly EngineVoice[] = [
  { name: 'Lyssna svenska (offline)', lang: 'sv-SE', espeakVoice: 'gmq/sv', dictionary: 'sv' },
  { name: 'Lyssna norska (offline)', lang: 'nb-NO', espeakVoice: 'gmq/nb', dictionary: 'no' },
  { name: 'Lyssna danska (offline)', lang: 'da-DK', espeakVoice: 'gmq/da', dictionary: 'da' },
  { name: 'Lyssna finska (offline)', lang: 'fi-FI', espeakVoice: 'urj/fi', dictionary: 'fi' },
  { name: 'Lyssna engelska (offline)', lang: 'en-GB', espeakVoice: 'gmw/en', dictionary: 'en' },
  { name: 'Lyssna amerikansk engelska (offline)', lang: 'en-US', espeakVoice: 'gmw/en-US', dictionary: 'en' },
  { name: 'Lyssna arabiska (offline)', lang: 'ar', espeakVoice: 'sem/ar', dictionary: 'ar' },
  { name: 'Lyssna persiska (offline)', lang: 'fa', espeakVoice: 'ira/fa', dictionary: 'fa' },
  { name: 'Lyssna tigrinja (offline)', lang: 'ti', espeakVoice: 'sem/ti', dictionary: 'ti' },
  { name: 'Lyssna polska (offline)', lang: 'pl-PL', espeakVoice: 'zlw/pl', dictionary: 'pl' },
  { name: 'Lyssna bosniska (offline)', lang: 'bs', espeakVoice: 'zls/bs', dictionary: 'bs' },
  { name: 'Lyssna kroatiska (offline)', lang: 'hr', espeakVoice: 'zls/hr', dictionary: 'hr' },
  { name: 'Lyssna serbiska (offline)', lang: 'sr', espeakVoice: 'zls/sr', dictionary: 'sr' },
  { name: 'Lyssna kurdiska kurmanji (offline)', lang: 'kmr', espeakVoice: 'ira/ku', dictionary: 'ku' },
];

/** Shared by every voice: phoneme tables and intonation. */
export const SHARED_DATA_FILES = ['phondata', 'phonindex', 'phontab', 'intonations'] as const;

/** Data files (relative to espeak-ng-data/) one voice needs besides the shared ones. */
export function voiceDataFiles(voice: EngineVoice): string[] {
  return [`lang/${voice.espeakVoice}`, `${voice.dictionary}_dict`];
}

/** The voice a request names, else the first whose language matches, else null (Chrome checks this too). */
export function findVoice(voiceName: string | undefined, lang: string | undefined): EngineVoice | null {
  if (voiceName) {
    const byName = ENGINE_VOICES.find((v) => v.name === voiceName);
    if (byName) return byName;
  }
  if (lang) {
    const want = lang.toLowerCase().replace(/_/g, '-');
    const exact = ENGINE_VOICES.find((v) => v.lang.toLowerCase() === want);
    if (exact) return exact;
    const primary = want.split('-')[0];
    const same = ENGINE_VOICES.find((v) => v.lang.toLowerCase().split('-')[0] === primary);
    if (same) return same;
  }
  return null;
}

// The listener's settings, saved per site in localStorage; works (in memory) when storage is blocked.

export interface WidgetSettings {
  rate: number;
  /** Chosen voice per primary language ("sv" → {name, lang}); voiceURI is not unique, so name + lang. */
  voices: Record<string, { name: string; lang: string }>;
  sentenceHighlight: boolean;
  wordHighlight: boolean;
  /** Named colour choice ("site", "yellow"…), see HIGHLIGHT_COLORS. */
  sentenceColor: string;
  wordColor: string;
  autoScroll: boolean;
  /** Languages read with another language's voice, as the reader accepted ("sv" → "nb"). */
  standIns?: Record<string, string>;
}

export const SETTINGS_KEY = 'lyssna:settings:v1';

export interface SettingsStore {
  load(): WidgetSettings;
  save(settings: WidgetSettings): void;
  /** False when the browser refused storage (private mode, blocked cookies): settings last the visit only. */
  readonly persistent: boolean;
}

/** Keeps only fields of the right type, so an old or tampered entry cannot break the player. */
export function sanitize(raw: unknown, defaults: WidgetSettings): WidgetSettings {
  const out: WidgetSettings = { ...defaults, voices: { ...defaults.voices } };
  if (!raw || typeof raw !== 'object') return out;
  const r = raw as Record<string, unknown>;
  if (typeof r.rate === 'number' && Number.isFinite(r.rate)) out.rate = r.rate;
  for (const key of ['sentenceHighlight', 'wordHighlight', 'autoScroll'] as const) {
    if (typeof r[key] === 'boolean') out[key] = r[key];
  }
  for (const key of ['sentenceColor', 'wordColor'] as const) {
    if (typeof r[key] === 'string') out[key] = r[key];
  }
  if (r.standIns && typeof r.standIns === 'object') {
    const standIns = Object.entries(r.standIns as Record<string, unknown>).filter(
      (e): e is [string, string] => typeof e[1] === 'string',
    );
    if (standIns.length) out.standIns = Object.fromEntries(standIns);
  }
  if (r.voices && typeof r.voices === 'object') {
    for (const [lang, v] of Object.entries(r.voices as Record<string, unknown>)) {
      const voice = v as Record<string, unknown> | null;
      if (voice && typeof voice.name === 'string' && typeof voice.lang === 'string') {
        out.voices[lang] = { name: voice.name, lang: voice.lang };
      }
    }
  }
  return out;
}

/** `getStorage` may throw (a SecurityError when storage is blocked): it is asked inside try. */
export function createSettingsStore(
  getStorage: () => Storage | null | undefined,
  defaults: WidgetSettings,
): SettingsStore {
  let memory: WidgetSettings | null = null;
  let persistent = true;
  const storage = (): Storage | null => {
    try {
      return getStorage() ?? null;
    } catch {
      return null;
    }
  };
  return {
    get persistent() {
      return persistent;
    },
    load() {
      if (memory) return sanitize(memory, defaults);
      try {
        const raw = storage()?.getItem(SETTINGS_KEY);
        return sanitize(raw ? JSON.parse(raw) : null, defaults);
      } catch {
        persistent = false;
        return sanitize(null, defaults);
      }
    },
    save(settings) {
      try {
        const s = storage();
        if (!s) throw new Error('no storage');
        s.setItem(SETTINGS_KEY, JSON.stringify(settings));
        memory = null;
      } catch {
        // Blocked or full: keep the settings for this visit.
        persistent = false;
        memory = sanitize(settings, defaults);
      }
    },
  };
}

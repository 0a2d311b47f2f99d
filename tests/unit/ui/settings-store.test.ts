// Settings per site in localStorage, and what happens when the browser refuses storage.
import { describe, expect, test } from 'vitest';
import {
  createSettingsStore,
  SETTINGS_KEY,
  sanitize,
  type WidgetSettings,
} from '../../../src/ui/settings-store.ts';

const DEFAULTS: WidgetSettings = {
  rate: 1,
  voices: {},
  sentenceHighlight: true,
  wordHighlight: true,
  sentenceColor: 'yellow',
  wordColor: 'orange',
  autoScroll: true,
};

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

describe('settings store', () => {
  test('saves and loads under one key per site', () => {
    const storage = memoryStorage();
    const store = createSettingsStore(() => storage, DEFAULTS);
    const changed = {
      ...DEFAULTS,
      rate: 1.5,
      voices: { sv: { name: 'Alva', lang: 'sv-SE' } },
      autoScroll: false,
    };
    store.save(changed);
    expect(JSON.parse(storage.getItem(SETTINGS_KEY)!)).toEqual(changed);
    expect(createSettingsStore(() => storage, DEFAULTS).load()).toEqual(changed);
    expect(store.persistent).toBe(true);
  });

  test('storage that throws on access (blocked cookies): defaults, then the visit keeps its changes', () => {
    const store = createSettingsStore(() => {
      throw new DOMException('blocked', 'SecurityError');
    }, DEFAULTS);
    expect(store.load()).toEqual(DEFAULTS);
    store.save({ ...DEFAULTS, rate: 0.75 });
    expect(store.load().rate).toBe(0.75);
    expect(store.persistent).toBe(false);
  });

  test('storage that is full (setItem throws) keeps the settings in memory', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const store = createSettingsStore(() => storage, DEFAULTS);
    store.save({ ...DEFAULTS, wordHighlight: false });
    expect(store.load().wordHighlight).toBe(false);
  });

  test('a corrupt entry gives the defaults', () => {
    const storage = memoryStorage();
    storage.setItem(SETTINGS_KEY, '{not json');
    expect(createSettingsStore(() => storage, DEFAULTS).load()).toEqual(DEFAULTS);
  });
});

describe('sanitize', () => {
  test.each([
    [{ rate: '2' }, DEFAULTS],
    [{ rate: Number.NaN }, DEFAULTS],
    [{ rate: 1.25 }, { ...DEFAULTS, rate: 1.25 }],
    [{ autoScroll: 'no' }, DEFAULTS],
    [{ sentenceColor: 3 }, DEFAULTS],
    [{ voices: { sv: { name: 'Alva' } } }, DEFAULTS],
    [
      { voices: { sv: { name: 'Alva', lang: 'sv-SE' } } },
      { ...DEFAULTS, voices: { sv: { name: 'Alva', lang: 'sv-SE' } } },
    ],
    [null, DEFAULTS],
    ['text', DEFAULTS],
  ])('%j → %j', (raw, expected) => expect(sanitize(raw, DEFAULTS)).toEqual(expected));
});

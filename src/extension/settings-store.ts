// chrome.storage.sync edge for the settings: load (merged over defaults), save a patch, watch changes.

import { type ExtensionSettings, mergeSettings, updateSettings } from './settings.ts';

/** One key holds everything: one read, one write, one change event. */
export const SETTINGS_KEY = 'lyssna.settings';

export async function loadSettings(): Promise<ExtensionSettings> {
  try {
    const got = await chrome.storage.sync.get(SETTINGS_KEY);
    return mergeSettings(got[SETTINGS_KEY]);
  } catch {
    // Sync disabled by policy or quota errors: the defaults still let the user listen.
    return mergeSettings(undefined);
  }
}

export async function saveSettings(patch: unknown): Promise<ExtensionSettings> {
  const next = updateSettings(await loadSettings(), patch);
  await chrome.storage.sync.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls back with the merged settings whenever another context saves them; returns an unsubscribe. */
export function watchSettings(listener: (settings: ExtensionSettings) => void): () => void {
  const onChanged = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area !== 'sync' || !(SETTINGS_KEY in changes)) return;
    listener(mergeSettings(changes[SETTINGS_KEY]?.newValue));
  };
  chrome.storage.onChanged.addListener(onChanged);
  return () => chrome.storage.onChanged.removeListener(onChanged);
}

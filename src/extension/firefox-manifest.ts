// The Firefox MV3 manifest derived from Chrome's: background scripts instead of a service worker (Firefox has
// none for extensions), the gecko settings addons.mozilla.org requires, and no `tts` permission (Firefox has
// no chrome.tts).

/** The add-on id AMO signs under (an email-like id is what Firefox expects for self-chosen ids). */
export const GECKO_ID = 'lyssna@lyssna.se';
/**
 * Firefox 140 ESR: the first version that knows `data_collection_permissions` (127 and older refuse to install
 * a manifest carrying it, 128–139 ignore it, and `web-ext lint` warns below 140); MV3 with scripting, action,
 * commands and storage.sync has been in place since 128.
 */
export const GECKO_MIN_VERSION = '140.0';
/** Firefox for Android learned `data_collection_permissions` in 142. */
export const GECKO_ANDROID_MIN_VERSION = '142.0';
/**
 * AMO's data-collection declaration, required for new extensions since November 2025: Lyssna collects and
 * transmits nothing ("none"); the text is read by the voices on the reader's own device.
 */
export const DATA_COLLECTION = { required: ['none'] } as const;

export type Manifest = Record<string, unknown> & {
  background: { service_worker: string; type?: string };
  permissions: string[];
};

export function firefoxManifest(chrome: Manifest): Record<string, unknown> {
  const { background, minimum_chrome_version: _min, ...rest } = chrome;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    permissions: chrome.permissions.filter((p) => p !== 'tts'),
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        data_collection_permissions: DATA_COLLECTION,
      },
      gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
    },
  };
}

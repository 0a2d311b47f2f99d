// The Firefox MV3 manifest derived from Chrome's: background scripts instead of a service worker (Firefox has
// none for extensions), a gecko id, and no `tts` permission (Firefox has no chrome.tts).

/** The add-on id AMO signs under (an email-like id is what Firefox expects for self-chosen ids). */
export const GECKO_ID = 'lyssna@lyssna.se';
/** Firefox 128 ESR: MV3 with scripting, action, commands and storage.sync all in place. */
export const GECKO_MIN_VERSION = '128.0';

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
    browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: GECKO_MIN_VERSION } },
  };
}

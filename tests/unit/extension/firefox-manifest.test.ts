// The Firefox build's manifest: same extension, Firefox's background model, a gecko id, no chrome.tts.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { firefoxManifest, GECKO_ID, type Manifest } from '../../../src/extension/firefox-manifest.ts';

const chrome = JSON.parse(readFileSync('manifest.json', 'utf8')) as Manifest;
const firefox = firefoxManifest(chrome) as Record<string, unknown> & { permissions: string[] };

describe('firefoxManifest', () => {
  test('background scripts instead of a service worker', () => {
    expect(firefox.background).toEqual({ scripts: [chrome.background.service_worker], type: 'module' });
  });
  test('a gecko id, minimum versions that know the data-collection declaration, and "collects nothing"', () => {
    expect(firefox.browser_specific_settings).toEqual({
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    });
  });
  test('no tts permission (Firefox has no chrome.tts), every other permission kept', () => {
    expect(firefox.permissions).toEqual(chrome.permissions.filter((p) => p !== 'tts'));
    expect(chrome.permissions).toContain('tts');
  });
  test('no Chrome-only keys; everything else unchanged', () => {
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    for (const key of [
      'name',
      'version',
      'default_locale',
      'icons',
      'action',
      'commands',
      'options_ui',
      'content_security_policy',
    ]) {
      expect(firefox[key], key).toEqual(chrome[key]);
    }
  });
});

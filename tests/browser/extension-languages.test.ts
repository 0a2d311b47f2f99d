// The built extension reads a page in another language with that language's voice: a German article under a
// CMS default lang="en-US", with an English quote marked lang="en", is spoken sentence by sentence through
// chrome.tts with the German espeak-ng voice, and the quote with an English one; a French page without lang
// and a Spanish one with lang="es" (the misreads) start in French and Spanish (real Chromium, voices).

import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type SpeechEnv, startSpeechEnv } from '../support/speech-env.ts';
import { htmlPages, type StaticServer, serveDirs } from '../support/static-server.ts';
import {
  callWorker,
  type ExtensionBrowser,
  launchWithExtension,
  tabOf,
  waitUntil,
} from './extension-support.ts';

/** Cold start of speech-dispatcher took up to 11 s here; a sentence takes 2–5 s with espeak-ng. */
const SPEECH_TIMEOUT_MS = 60_000;

const GERMAN = {
  title: 'Die Stadt baut neue Radwege',
  p: [
    'Die Stadtverwaltung hat am Dienstag neue Radwege beschlossen.',
    'Die Arbeiten beginnen im Frühjahr in der Innenstadt.',
  ],
};
const QUOTE = 'We are very happy that the city finally listens to cyclists.';

const FRENCH =
  'Le conseil municipal a décidé mardi de construire douze kilomètres de nouvelles pistes cyclables.';
const SPANISH =
  'El ayuntamiento decidió el martes construir doce kilómetros de nuevos carriles para bicicletas.';

const ROUTES: Record<string, string> = {
  '/lang/fr-undeclared.html': `<!doctype html><html><head><meta charset="utf-8"><title>Pistes</title></head>
    <body><main><p>${FRENCH}</p><p>${FRENCH}</p></main></body></html>`,
  '/lang/es-declared.html': `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Carriles</title></head>
    <body><main><p>${SPANISH}</p><p>${SPANISH}</p></main></body></html>`,
  '/lang/de-under-en-us.html': `<!doctype html><html lang="en-US"><head><meta charset="utf-8">
    <title>${GERMAN.title}</title></head><body><main><article><h1>${GERMAN.title}</h1>
    <p>${GERMAN.p.join(' ')}</p><blockquote lang="en"><p>${QUOTE}</p></blockquote></article></main></body></html>`,
};

interface Spoken {
  kind: string;
  text: string;
  lang?: string;
  voiceName?: string;
}

/** Log each chrome.tts.speak with the voice and language it was given, and its end event. */
async function recordVoices(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as { spoken?: unknown[]; voicesPatched?: boolean };
    g.spoken = [];
    if (g.voicesPatched) return;
    g.voicesPatched = true;
    const tts = chrome.tts as unknown as { speak(text: string, options: chrome.tts.TtsOptions): unknown };
    const speak = tts.speak.bind(tts);
    tts.speak = (text, options) => {
      (g.spoken as object[]).push({ kind: 'speak', text, lang: options.lang, voiceName: options.voiceName });
      const onEvent = options.onEvent;
      return speak(text, {
        ...options,
        onEvent: (e) => {
          (g.spoken as object[]).push({ kind: e.type, text });
          onEvent?.(e);
        },
      });
    };
  });
}

const spoken = (worker: Worker): Promise<Spoken[]> =>
  worker.evaluate(() => (globalThis as unknown as { spoken: Spoken[] }).spoken ?? []);

let speech: SpeechEnv;
let ext: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  speech = await startSpeechEnv();
  ext = await launchWithExtension(speech);
  server = await serveDirs({}, { routes: [htmlPages(ROUTES)] });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  await speech?.stop();
});

describe('the extension reads a page in its own language', () => {
  test('a German article under lang="en-US" gets the German espeak-ng voice; its English quote an English one', async () => {
    const page = await ext.browser.context.newPage();
    await page.goto(`${server.url}/lang/de-under-en-us.html`);
    const worker = await ext.worker();
    await recordVoices(worker);
    // speech-dispatcher lists its voices once it has started (seconds, cold): espeak-ng's German among them.
    const voices = await waitUntil(
      () =>
        worker.evaluate(() => new Promise<chrome.tts.TtsVoice[]>((resolve) => chrome.tts.getVoices(resolve))),
      (list) => list.some((v) => /^de\b/i.test(v.lang ?? '')),
      SPEECH_TIMEOUT_MS,
      'a German voice in chrome.tts',
    );
    const langOf = (name?: string) => voices.find((v) => v.voiceName === name)?.lang ?? '';

    const reply = await callWorker<{ ok: boolean }>(worker, 'onAction', await tabOf(worker, page));
    expect(reply.ok).toBe(true);
    const sentences = [GERMAN.title, ...GERMAN.p, QUOTE];
    const log = await waitUntil(
      () => spoken(worker),
      (l) => l.filter((e) => e.kind === 'end').length >= sentences.length,
      SPEECH_TIMEOUT_MS * 3,
      'every sentence spoken',
    );
    const speaks = log.filter((e) => e.kind === 'speak');
    expect(speaks.map((e) => e.text)).toEqual(sentences);
    expect(speaks.map((e) => e.lang?.split('-')[0])).toEqual(['de', 'de', 'de', 'en']);
    for (const e of speaks.slice(0, 3)) {
      expect(e.voiceName).toMatch(/german/i);
      expect(langOf(e.voiceName)).toMatch(/^de/i);
    }
    expect(langOf(speaks[3]!.voiceName)).toMatch(/^en/i);
    await page.close();
  });

  test.each([
    ['/lang/fr-undeclared.html', 'fr', /french/i, FRENCH],
    ['/lang/es-declared.html', 'es', /spanish/i, SPANISH],
  ])('%s starts in %s, with its voice', async (path, lang, voice, sentence) => {
    const page = await ext.browser.context.newPage();
    await page.goto(`${server.url}${path}`);
    const worker = await ext.worker();
    await recordVoices(worker);
    const tab = await tabOf(worker, page);
    await callWorker(worker, 'onAction', tab);
    const log = await waitUntil(
      () => spoken(worker),
      (l) => l.some((e) => e.kind === 'start'),
      SPEECH_TIMEOUT_MS,
      'the first sentence',
    );
    // One sentence is enough to know the language and voice: stop there.
    await callWorker(worker, 'runTabCommand', tab.id, { name: 'stop' });
    const first = log.find((e) => e.kind === 'speak');
    expect(first).toMatchObject({ text: sentence, lang: expect.stringMatching(new RegExp(`^${lang}`)) });
    expect(first?.voiceName).toMatch(voice);
    await page.close();
  });
});

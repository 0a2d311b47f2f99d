// @vitest-environment node
// Lyssna röster's text path with the real eSpeak NG module: normalised text in, word events mapped back to
// the page's own text (non-ASCII, Arabic and Ge'ez script included), and Web Speech rate/pitch → eSpeak NG.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { createSynth, type EspeakFactory, type Synth } from '../../../src/voices-engine/synth.ts';
import {
  codePointOffsets,
  espeakSettings,
  mapChunkEvents,
  prepareUtterance,
  type TimedEvent,
} from '../../../src/voices-engine/utterance.ts';
import { findVoice } from '../../../src/voices-engine/voices.ts';

let synth: Synth;

beforeAll(async () => {
  // The untrimmed package: this test must not depend on a build.
  const pkg = dirname(
    createRequire(import.meta.url).resolve('@echogarden/espeak-ng-emscripten/package.json'),
  );
  const module = (await import(pathToFileURL(join(pkg, 'espeak-ng.js')).href)) as { default: EspeakFactory };
  synth = await createSynth(module.default);
});

/** Speak `text` with the voice for `lang`: every event, mapped to the original text, timed from its start. */
function speakEvents(text: string, lang: string): TimedEvent[] {
  const voice = findVoice(undefined, lang)!;
  expect(synth.setVoice(voice.espeakVoice)).toBeNull();
  const u = prepareUtterance(text, voice.lang);
  let elapsedMs = 0;
  return u.chunks.flatMap((chunk) => {
    const s = synth.synthesize(chunk.text, 175, 50);
    const events = mapChunkEvents(u, chunk, s.events).map((e) => ({ ...e, atMs: e.atMs + elapsedMs }));
    elapsedMs += (s.samples.length / s.sampleRate) * 1000;
    return events;
  });
}

const words = (text: string, events: TimedEvent[]) =>
  events.filter((e) => e.type === 'word').map((e) => text.slice(e.charIndex, e.charIndex + e.length!));

describe('word events point at the words of the original text', () => {
  test.each([
    ['sv', 'Vi går längs ån.', ['Vi', 'går', 'längs', 'ån']],
    ['sv', 'Öppet kl. 8–16 på måndag.', ['Öppet', 'kl.', '8', '–', '16', 'på', 'måndag']],
    [
      'sv',
      'Biblioteket\u00ad stänger. Sedan öppnar simhallen.',
      ['Biblioteket', 'stänger', 'Sedan', 'öppnar', 'simhallen'],
    ],
    ['ar', 'مرحبا بكم في المكتبة العامة.', ['مرحبا', 'بكم', 'في', 'المكتبة', 'العامة']],
    ['ti', 'ሰላም እንቋዕ ብደሓን መጻእኩም።', ['ሰላም', 'እንቋዕ', 'ብደሓን', 'መጻእኩም']],
    ['fi', 'Kirjasto on auki tänään.', ['Kirjasto', 'on', 'auki', 'tänään']],
    // eSpeak NG reads a year as several words, reporting positions inside it: the page sees the year once.
    ['sv', 'Sedan 2018 och 425 dagar.', ['Sedan', '2018', 'och', '425', 'dagar']],
  ])('%s: %s', (lang, text, expected) => {
    const events = speakEvents(text, lang);
    expect(words(text, events)).toEqual(expected);
    // Time moves forward with the text.
    const times = events.map((e) => e.atMs);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  test('a sentence event starts each sentence, at its first character', () => {
    const text = 'Vi går hem. Sedan äter vi.';
    const sentences = speakEvents(text, 'sv').filter((e) => e.type === 'sentence');
    expect(sentences.map((e) => text.slice(e.charIndex, e.charIndex + 5))).toEqual(['Vi gå', 'Sedan']);
  });

  test('characters outside the Basic Multilingual Plane count once for eSpeak, twice for JavaScript', () => {
    expect(codePointOffsets('a😀b')).toEqual([0, 1, 3, 4]);
    const text = 'Kul 😀 längs ån.';
    expect(words(text, speakEvents(text, 'sv'))).toContain('längs');
  });
});

describe('prepareUtterance', () => {
  test('the text goes through Lyssna’s speech normalisation', () => {
    expect(prepareUtterance('Öppet kl. 8–16.', 'sv').speech.spoken).toBe('Öppet klockan 8 till 16.');
  });

  test('normalising text that Lyssna’s player already normalised changes nothing', () => {
    const once = prepareUtterance('Öppet kl. 8–16.', 'sv').speech.spoken;
    expect(prepareUtterance(once, 'sv').speech.spoken).toBe(once);
  });

  test.each([
    ['Ett. Två! Tre? Fyra', ['Ett.', 'Två!', 'Tre?', 'Fyra']],
    ['ሰላም። ደሓን', ['ሰላም።', 'ደሓን']],
    ['   ', []],
  ])('%j is cut into sentences %j', (text, chunks) => {
    const u = prepareUtterance(text, 'sv');
    expect(u.chunks.map((c) => c.text)).toEqual(chunks);
    for (const c of u.chunks)
      expect(u.speech.spoken.slice(c.spokenStart, c.spokenStart + c.text.length)).toBe(c.text);
  });
});

describe('espeakSettings', () => {
  test.each([
    [undefined, undefined, 175, 50],
    [1, 1, 175, 50],
    [2, 1.5, 350, 75],
    [0.1, 0, 80, 0],
    [10, 2, 450, 99],
  ])('rate %s, pitch %s → %i wpm, pitch %i', (rate, pitch, wpm, espeakPitch) => {
    expect(espeakSettings(rate, pitch)).toEqual({ wpm, pitch: espeakPitch });
  });
});

describe('rate and pitch reach eSpeak NG', () => {
  const seconds = (wpm: number, pitch: number) => {
    synth.setVoice('gmq/sv');
    const s = synth.synthesize('Biblioteket har öppet till klockan åtta på torsdagar.', wpm, pitch);
    return s.samples.length / s.sampleRate;
  };

  test('twice the rate, about half the time', () => {
    const normal = seconds(espeakSettings(1).wpm, 50);
    const fast = seconds(espeakSettings(2).wpm, 50);
    expect(fast / normal).toBeGreaterThan(0.4);
    expect(fast / normal).toBeLessThan(0.65);
  });

  test('pitch changes the sound, not the length much', () => {
    const low = synth.synthesize('Hej på dig.', 175, espeakSettings(1, 0.5).pitch);
    const high = synth.synthesize('Hej på dig.', 175, espeakSettings(1, 1.5).pitch);
    expect(Buffer.from(low.samples.buffer).equals(Buffer.from(high.samples.buffer))).toBe(false);
    expect(high.samples.length / low.samples.length).toBeGreaterThan(0.8);
    expect(high.samples.length / low.samples.length).toBeLessThan(1.25);
  });
});

describe('voices', () => {
  test('an unknown eSpeak voice is an error, not a silent fall-back to the previous voice', () => {
    expect(synth.setVoice('gmq/sv')).toBeNull();
    expect(synth.setVoice('xx/nonexistent')).toMatch(/kunde inte laddas/);
  });

  test.each([
    ['Lyssna arabiska (offline)', 'sv', 'Lyssna arabiska (offline)'],
    [undefined, 'sv', 'Lyssna svenska (offline)'],
    [undefined, 'en', 'Lyssna engelska (offline)'],
    [undefined, 'en-US', 'Lyssna amerikansk engelska (offline)'],
    [undefined, 'nb_NO', 'Lyssna norska (offline)'],
    [undefined, 'so', null],
  ])('findVoice(%s, %s) → %s', (name, lang, expected) => {
    expect(findVoice(name, lang)?.name ?? null).toBe(expected);
  });
});

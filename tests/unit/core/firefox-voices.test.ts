// Firefox on Linux as measured (the fake's FIREFOX_LINUX profile): the plain voice is chosen over ~100
// variants, menus collapse the variants, and the player reads every sentence once, all with that voice.

import { describe, expect, test } from 'vitest';
import type { VoiceInfo } from '../../../src/core/engine.ts';
import { toVoiceInfo } from '../../../src/core/engines/web-speech.ts';
import { baseVoiceName, collapseVoiceVariants } from '../../../src/core/voice-menu.ts';
import { chooseVoice, rankVoices } from '../../../src/core/voices.ts';
import { FIREFOX_LINUX, fakeVoice, firefoxLinuxVoices } from '../../fakes/fake-speech-synthesis.ts';
import { createHarness, UA } from '../../fakes/player-harness.ts';

const FIREFOX = firefoxLinuxVoices().map((v) => toVoiceInfo(v as unknown as SpeechSynthesisVoice));
const CHROMIUM_LINUX: VoiceInfo[] = [
  fakeVoice('Swedish+Adam espeak-ng', 'sv'),
  fakeVoice('Swedish espeak-ng', 'sv'),
  fakeVoice('Swedish+Hugo espeak-ng', 'sv'),
].map((v) => ({ id: v.voiceURI, name: v.name, lang: v.lang, localService: true, default: false }));
const MAC: VoiceInfo[] = ['Alva', 'Klara', 'Oskar'].map((name) => ({
  id: name,
  name,
  lang: 'sv-SE',
  localService: true,
  default: false,
}));

const names = (voices: readonly VoiceInfo[]) => voices.map((v) => v.name);

describe('Firefox voice names ("Swedish+Hugo": no "espeak" in them)', () => {
  test.each([
    ['Swedish', 'sv', 'Swedish'],
    ['Norwegian', 'nb', 'Norwegian Bokmål'],
    ['English', 'en-GB', 'English (Great Britain)'],
  ])('%s: the plain voice, listed after its variants, is chosen', (_name, lang, expected) => {
    expect(chooseVoice(FIREFOX, lang)?.name).toBe(expected);
  });

  test('variants rank after the plain voice, in list order', () => {
    expect(names(rankVoices(FIREFOX, 'sv')).slice(0, 3)).toEqual(['Swedish', 'Swedish+Hugo', 'Swedish+Adam']);
  });

  test('a saved variant still wins', () => {
    expect(chooseVoice(FIREFOX, 'sv', { name: 'Swedish+Annie', lang: 'sv' })?.name).toBe('Swedish+Annie');
  });

  test('every voice is local (speech-dispatcher), though Firefox says localService: false', () => {
    expect(FIREFOX.every((v) => v.localService)).toBe(true);
  });
});

describe('the voice menu collapses eSpeak variants', () => {
  test.each([
    ['"Swedish+Hugo" → "Swedish"', 'Swedish+Hugo', 'Swedish'],
    ['"Swedish+Adam espeak-ng" → "Swedish espeak-ng"', 'Swedish+Adam espeak-ng', 'Swedish espeak-ng'],
    [
      '"Microsoft Bengt - Swedish (Sweden)" stays',
      'Microsoft Bengt - Swedish (Sweden)',
      'Microsoft Bengt - Swedish (Sweden)',
    ],
  ])('base name: %s', (_name, name, base) => {
    expect(baseVoiceName(name)).toBe(base);
  });

  test.each<[string, VoiceInfo[], string, string | undefined, string[]]>([
    ['Firefox: 10 Swedish voices → the plain one', FIREFOX, 'sv', undefined, ['Swedish']],
    [
      'Firefox: a chosen variant stays beside it',
      FIREFOX,
      'sv',
      'Swedish+Annie',
      ['Swedish', 'Swedish+Annie'],
    ],
    ['Chromium on Linux: "Swedish espeak-ng"', CHROMIUM_LINUX, 'sv', undefined, ['Swedish espeak-ng']],
    ['macOS: nothing to collapse', MAC, 'sv', undefined, ['Alva', 'Klara', 'Oskar']],
    [
      'only variants: the best-ranked one stands for them',
      FIREFOX.filter((v) => v.name !== 'Swedish'),
      'sv',
      undefined,
      ['Swedish+Hugo'],
    ],
  ])('%s', (_name, voices, lang, keep, expected) => {
    expect(names(collapseVoiceVariants(rankVoices(voices, lang), keep))).toEqual(expected);
  });
});

describe('the player on Firefox/Linux (late, growing voice list; late end after cancel)', () => {
  test('waits for the list, then reads every sentence once, in order, all with the plain voice', async () => {
    const h = createHarness({ ua: UA.firefoxLinux, fake: FIREFOX_LINUX });
    h.player.play();
    await h.settle();
    expect(h.player.status).toBe('ended');
    const all = h.plan.blocks.flatMap((b) => b.segments).map((_, i) => i);
    expect(h.startedOrdinals()).toEqual(all);
    expect(new Set(h.synth.spoken.map((r) => r.voice))).toEqual(new Set(['Swedish']));
    expect(h.events.filter((e) => e.type === 'error')).toEqual([]);
  });

  test('pause and resume re-speak the sentence from its start (no boundaries), nothing twice after', async () => {
    const h = createHarness({ ua: UA.firefoxLinux, fake: FIREFOX_LINUX });
    h.player.play();
    h.whenStarted(1, 500, () => h.player.pause());
    await h.advance(30_000);
    expect(h.player.status).toBe('paused');
    h.player.resume();
    await h.settle();
    const all = h.plan.blocks.flatMap((b) => b.segments).map((_, i) => i);
    expect(h.startedOrdinals()).toEqual([0, 1, ...all.slice(1)]);
    expect(h.synth.calls.filter((c) => c === 'pause' || c === 'resume')).toEqual([]);
  });
});

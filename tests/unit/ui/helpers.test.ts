// Pure helpers of the shared UI: plan tools, colours and contrast, scrolling, the selection button's place,
// related voices, key bindings and speed labels.
import { describe, expect, test } from 'vitest';
import type { VoiceInfo } from '../../../src/core/engine.ts';
import { lazyBlock, segmentsReady } from '../../../src/core/lazy-plan.ts';
import type { ReadingPlan } from '../../../src/core/plan.ts';
import { forwardFrom, planLanguages, segmentCount } from '../../../src/core/plan-cursor.ts';
import { contrastRatio, SENTENCE_COLORS, textColorFor, WORD_COLORS } from '../../../src/ui/color.ts';
import { highlightCss, resolveColor } from '../../../src/ui/highlighter.ts';
import { STRINGS } from '../../../src/ui/i18n.ts';
import { keyCommand } from '../../../src/ui/player-view.ts';
import { scrollDelta } from '../../../src/ui/scroll-follow.ts';
import { placeButton } from '../../../src/ui/selection-button.ts';
import { rateLabel } from '../../../src/ui/speeds.ts';
import { remapLanguages } from '../../../src/ui/stand-ins.ts';
import { noVoiceMessage, relatedVoice } from '../../../src/ui/voice-help.ts';

const seg = (text: string, lang: string) => ({ start: 0, end: text.length, spoken: text, lang });
const PLAN: ReadingPlan = {
  title: 'Rubrik',
  lang: 'sv',
  blocks: [
    { kind: 'heading', text: 'Rubrik', lang: 'sv', segments: [seg('Rubrik', 'sv')] },
    { kind: 'paragraph', text: '', lang: 'sv', segments: [] },
    {
      kind: 'paragraph',
      text: 'Hello. There.',
      lang: 'en',
      segments: [seg('Hello.', 'en'), seg('There.', 'en-GB')],
    },
    { kind: 'paragraph', text: 'Hej då.', lang: 'sv-SE', segments: [seg('Hej då.', 'sv-SE')] },
  ],
};

describe('plan tools', () => {
  test('languages in order of appearance, by primary subtag', () => {
    expect(planLanguages(PLAN)).toEqual(['sv', 'en']);
  });
  test('segment count', () => expect(segmentCount(PLAN)).toBe(4));
  test('remapLanguages re-tags segments for a stand-in voice and leaves display text alone', () => {
    const mapped = remapLanguages(PLAN, { sv: 'nb' });
    expect(mapped.blocks.flatMap((b) => b.segments.map((s) => s.lang))).toEqual(['nb', 'en', 'en-GB', 'nb']);
    expect(mapped.blocks.map((b) => b.text)).toEqual(PLAN.blocks.map((b) => b.text));
    expect(remapLanguages(PLAN, {})).toBe(PLAN);
  });
  test('remapLanguages keeps a lazy block lazy, and does not report it ready', () => {
    let computed = 0;
    const block = lazyBlock({ kind: 'paragraph', text: 'Hej.', lang: 'sv' }, () => {
      computed++;
      return [seg('Hej.', 'sv')];
    });
    const mapped = remapLanguages({ title: '', lang: 'sv', blocks: [block] }, { sv: 'nb' }).blocks[0]!;
    expect([computed, segmentsReady(mapped)]).toEqual([0, false]);
    expect(mapped.segments.map((s) => s.lang)).toEqual(['nb']);
    expect([computed, segmentsReady(mapped)]).toEqual([1, true]);
  });
  test.each([
    [0, 0, { block: 0, segment: 0 }],
    [1, 0, { block: 2, segment: 0 }], // an empty block passes to the next readable one
    [2, 1, { block: 2, segment: 1 }],
    [2, 9, { block: 3, segment: 0 }], // past a block's last segment: the next block
    [4, 0, null],
  ])('forwardFrom(block %s, segment %s)', (block, segment, expected) => {
    expect(forwardFrom(PLAN, { block, segment })).toEqual(expected);
  });
});

describe('colours', () => {
  test('every preset keeps black text at AAA contrast (7:1)', () => {
    for (const hex of [...Object.values(SENTENCE_COLORS), ...Object.values(WORD_COLORS)]) {
      const n = Number.parseInt(hex.slice(1), 16);
      const rgb: [number, number, number] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
      expect(textColorFor(rgb), hex).toBe('#000000');
      expect(contrastRatio(rgb, [0, 0, 0]), hex).toBeGreaterThanOrEqual(7);
    }
  });
  test.each([
    [[29, 78, 216], '#ffffff'],
    [[147, 197, 253], '#000000'],
    [[0, 0, 0], '#ffffff'],
  ] as [[number, number, number], string][])('text on %j is %s', (bg, fg) =>
    expect(textColorFor(bg)).toBe(fg),
  );
  test.each([
    ['green', SENTENCE_COLORS.green],
    ['site', 'FALLBACK'],
    ['#123456', '#123456'],
  ])('resolveColor(%s)', (choice, css) =>
    expect(resolveColor(choice, SENTENCE_COLORS, 'FALLBACK')).toBe(css),
  );
  test('page rules: both highlights, the word underlined, system colours in forced-colors mode', () => {
    const css = highlightCss('#fff59d', '#ffb347');
    expect(css).toContain('::highlight(lyssna-sentence){background-color:#fff59d');
    expect(css).toContain('::highlight(lyssna-word){background-color:#ffb347');
    expect(css).toContain('text-decoration-line:underline');
    expect(css).toMatch(
      /@media \(forced-colors:active\)\{::highlight\(lyssna-sentence\)\{background-color:Mark/,
    );
  });
});

describe('auto-scroll', () => {
  test.each([
    [{ top: 300, bottom: 330 }, 900, null],
    [{ top: 50, bottom: 80 }, 900, 50 - 300],
    [{ top: 800, bottom: 830 }, 900, 800 - 300],
    [{ top: -200, bottom: -170 }, 900, -200 - 300],
  ])('rect %j in a %s px viewport scrolls by %s', (rect, height, delta) => {
    expect(scrollDelta(rect, height)).toBe(delta);
  });
});

describe('selection button placement', () => {
  const view = { width: 320, height: 600 };
  const size = { width: 120, height: 44 };
  test.each([
    [
      { left: 20, right: 200, top: 100, bottom: 120 },
      { left: 80, top: 128 },
    ],
    [
      { left: 0, right: 30, top: 100, bottom: 120 },
      { left: 8, top: 128 },
    ], // clamped at the start edge
    [
      { left: 200, right: 400, top: 100, bottom: 120 },
      { left: 192, top: 128 },
    ], // clamped at the end edge
    [
      { left: 20, right: 200, top: 560, bottom: 580 },
      { left: 80, top: 508 },
    ], // no room below: above
  ])('under %j → %j', (rect, place) => expect(placeButton(rect, view, size)).toEqual(place));
});

describe('related voices', () => {
  const v = (name: string, lang: string): VoiceInfo => ({
    id: name,
    name,
    lang,
    localService: true,
    default: false,
  });
  test.each([
    ['sv', [v('Norsk', 'nb-NO'), v('Dansk', 'da-DK')], 'Norsk'],
    ['sv', [v('Dansk', 'da-DK')], 'Dansk'],
    ['sv-SE', [v('English', 'en-US')], null],
    ['nb', [v('Svensk', 'sv_SE')], 'Svensk'],
    ['hr', [v('Srpski', 'sr-RS')], 'Srpski'],
    ['so', [v('Norsk', 'nb-NO')], null],
  ] as [string, VoiceInfo[], string | null][])('%s with %j → %s', (lang, voices, name) => {
    expect(relatedVoice(voices, lang)?.name ?? null).toBe(name);
  });

  // The extension reads any language: the message names it in the UI language, and offers only a voice
  // readers of that language understand.
  test.each([
    ['sv', 'cs', [v('Slovak', 'sk')], 'Det finns ingen röst för tjeckiska på den här enheten.', 'Slovak'],
    ['sv', 'de', [v('Svensk', 'sv-SE')], 'Det finns ingen röst för tyska på den här enheten.', null],
    ['en', 'ms', [v('Indonesia', 'id-ID')], 'There is no Malay voice on this device.', 'Indonesia'],
    ['en', 'ka', [v('English', 'en-US')], 'There is no Georgian voice on this device.', null],
  ] as const)('UI %s, text in %s: %j, offers %s', (ui, lang, voices, text, offered) => {
    const message = noVoiceMessage(STRINGS[ui], lang, voices);
    expect(message.text).toBe(text);
    expect(message.actions?.[0]?.label.includes(offered ?? '\u0000') ?? false).toBe(offered !== null);
  });
});

describe('keys and labels', () => {
  test.each([
    ['ArrowRight', 'ltr', 'next-sentence'],
    ['ArrowLeft', 'ltr', 'prev-sentence'],
    ['ArrowRight', 'rtl', 'prev-sentence'],
    ['ArrowLeft', 'rtl', 'next-sentence'],
    ['ArrowDown', 'ltr', 'next-block'],
    ['ArrowUp', 'rtl', 'prev-block'],
    ['Enter', 'ltr', null],
  ] as const)('%s in %s → %s', (key, dir, command) => {
    expect(keyCommand(key, dir)?.command ?? null).toBe(command);
  });
  test.each([
    [0.75, ',', '0,75×'],
    [1, ',', '1×'],
    [1.5, '.', '1.5×'],
  ])('rateLabel(%s, %j) = %s', (rate, decimal, label) => expect(rateLabel(rate, decimal)).toBe(label));
});

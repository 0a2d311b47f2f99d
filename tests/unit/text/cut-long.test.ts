import { describe, expect, test } from 'vitest';
import { MAX_SEGMENT_CHARS } from '../../../src/core/plan.ts';
import { cutLong } from '../../../src/text/cut-long.ts';
import { toSpeechText } from '../../../src/text/speech-text.ts';
import type { Lexicon } from '../../../src/text/types.ts';
import { expectValidMap } from './map-properties.ts';

const speakSv = (lexicon?: Lexicon) => (display: string) => toSpeechText(display, 'sv', lexicon);

function cut(text: string, lexicon?: Lexicon, max = MAX_SEGMENT_CHARS) {
  return cutLong(text, { start: 0, end: text.length }, speakSv(lexicon), max);
}

/** A run-on sentence of real clauses from the budget article, joined without a full stop. */
function runOn(chars: number, joiner: string): string {
  const clauses = [
    'kommunen satsar bl.a. 3,5 mnkr på näringslivsfrämjande åtgärder under 2026',
    'ungefär 45 kr går till förskola och skola och 33 kr till vård och omsorg',
    'telefontiden är måndag–fredag 08:30–16:00 på tel. 0980-319 200',
    'det innebär att ca 27 400 invånare och drygt 2 300 medarbetare berörs',
    'läs mer på www.bergvik.se/budget eller mejla ekonomi@bergvik.se',
    'säger Karin Å. Lindgren (C) som är ordförande i nämnden',
  ];
  let text = 'Budgeten';
  for (let i = 0; text.length < chars; i++) text += `${joiner}${clauses[i % clauses.length]}`;
  return `${text}.`;
}

describe('every piece fits one utterance', () => {
  test.each([
    ['commas', runOn(2000, ', ')],
    ['semicolons', runOn(2000, '; ')],
    ['spaced dashes', runOn(2000, ' – ')],
    ['no clause punctuation at all', runOn(2000, ' och ')],
  ])('a 2 000-character run-on sentence joined by %s', (_name, text) => {
    expect(text.length).toBeGreaterThanOrEqual(2000);
    const pieces = cut(text);
    expect(pieces.length).toBeGreaterThanOrEqual(
      Math.ceil(toSpeechText(text, 'sv').spoken.length / MAX_SEGMENT_CHARS),
    );
    for (const p of pieces) {
      expect(p.speech.spoken.length).toBeLessThanOrEqual(MAX_SEGMENT_CHARS);
      expect(p.speech.spoken.trim().length).toBeGreaterThan(0);
      expectValidMap(p.speech.spoken, p.speech.map, text.slice(p.start, p.end));
      // Each piece is spoken on its own, exactly as the normaliser says it.
      expect(p.speech).toEqual(toSpeechText(text.slice(p.start, p.end), 'sv'));
    }
    // Cut only at spaces: the pieces, joined by one space, are the sentence again.
    expect(pieces.map((p) => text.slice(p.start, p.end)).join(' ')).toBe(text);
  });

  test('no cut splits a grouped number, a phone number or an address', () => {
    const text = runOn(2000, ' och ');
    for (const p of cut(text)) {
      const shown = text.slice(p.start, p.end);
      expect(shown).not.toMatch(/^(?:000|400|300|319|200)\b/u);
      expect(shown).not.toMatch(/(?:27|2|0980-319)$/u);
    }
  });
});

describe('where it cuts', () => {
  test('a short sentence is one piece', () => {
    const text = 'Kommunen har som mål att vara fossilfri senast 2035.';
    expect(cut(text)).toEqual([{ start: 0, end: text.length, speech: toSpeechText(text, 'sv') }]);
  });

  test('at the clause comma rather than between words', () => {
    const first = `${'ett ord '.repeat(14)}slut,`;
    const second = `${'ett annat ord '.repeat(9)}sist.`;
    const text = `${first} ${second}`;
    expect(text.length).toBeGreaterThan(MAX_SEGMENT_CHARS);
    expect(cut(text).map((p) => text.slice(p.start, p.end))).toEqual([first, second]);
  });

  test('a comma that would leave a choppy first piece is passed over for a balanced word cut', () => {
    const text = `Ja, ${'mycket långa ord här '.repeat(12)}slut.`;
    const pieces = cut(text);
    expect(text.slice(pieces[0]!.start, pieces[0]!.end)).not.toBe('Ja,');
    expect(pieces).toHaveLength(2);
  });

  test('the cut respects the SPOKEN length: short display, long speech', () => {
    const text = `Vi har ${'bl.a. t.ex. fr.o.m. '.repeat(9)}slut.`;
    expect(text.length).toBeLessThanOrEqual(MAX_SEGMENT_CHARS);
    const pieces = cut(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.speech.spoken.length).toBeLessThanOrEqual(MAX_SEGMENT_CHARS);
  });

  test('a single token longer than the limit is cut between characters', () => {
    const text = 'x'.repeat(450);
    const pieces = cut(text);
    expect(pieces.map((p) => p.speech.spoken.length)).toEqual([200, 200, 50]);
    expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
  });

  test('a lexicon entry longer than the limit is split in what is said, still mapped to its word', () => {
    const lexicon = { X: 'lång uttalsform '.repeat(30).trim() };
    const pieces = cut('X', lexicon);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(p.speech.spoken.length).toBeLessThanOrEqual(MAX_SEGMENT_CHARS);
      expect([p.start, p.end]).toEqual([0, 1]);
    }
    expect(pieces.map((p) => p.speech.spoken).join(' ')).toBe(lexicon.X);
  });

  test('a smaller limit is honoured too', () => {
    const text = runOn(600, ', ');
    for (const p of cut(text, undefined, 80)) expect(p.speech.spoken.length).toBeLessThanOrEqual(80);
  });
});

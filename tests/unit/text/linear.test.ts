// Text processing stays linear in the length of a paragraph: the work is counted (characters copied out of
// strings by the text code), never timed. A page's 2 MB paragraph or 1 MB lexicon value once froze the tab.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { MAX_SEGMENT_CHARS } from '../../../src/core/plan.ts';
import { MAX_LEXICON_SPOKEN_CHARS } from '../../../src/text/rules/lexicon.ts';
import { buildSegments } from '../../../src/text/segments.ts';
import { SEGMENT_WINDOW_CHARS, segmentStarts, splitSentences } from '../../../src/text/sentences.ts';
import { toSpeechText } from '../../../src/text/speech-text.ts';
import { budgetGold } from './gold.ts';

/** Methods that copy characters out of a string (result length), or scan it whole (receiver length). */
const COPYING = ['slice', 'substring', 'substr', 'split', 'trim', 'trimStart', 'trimEnd', 'toLowerCase'];
const COPYING_ALL = [...COPYING, 'toLocaleLowerCase', 'replace', 'replaceAll'] as const;
const SCANNING = ['endsWith'] as const;

const originals = new Map<string, unknown>();
afterEach(() => {
  for (const [name, fn] of originals) (String.prototype as unknown as Record<string, unknown>)[name] = fn;
  originals.clear();
});

/** Characters the text code copies or scans while `run` runs. */
function work(run: () => void): number {
  let chars = 0;
  const proto = String.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (const name of [...COPYING_ALL, ...SCANNING]) {
    const original = proto[name]!;
    originals.set(name, original);
    proto[name] = function (this: string, ...args: unknown[]) {
      const result = original.apply(this, args);
      if ((SCANNING as readonly string[]).includes(name)) chars += this.length;
      else if (typeof result === 'string') chars += result.length;
      else if (Array.isArray(result)) for (const r of result) chars += String(r).length;
      return result;
    };
  }
  try {
    run();
  } finally {
    for (const [name, fn] of originals) proto[name] = fn as (...a: unknown[]) => unknown;
    originals.clear();
  }
  return chars;
}

/** Work for the input of size n and of size 4n: linear gives a ratio near 4, quadratic near 16. */
function growth(make: (n: number) => string, run: (text: string) => void, n: number): number {
  const small = make(n);
  const large = make(4 * n);
  return (
    work(() => run(large)) /
    Math.max(
      1,
      work(() => run(small)),
    )
  );
}

const sentences = (n: number) => {
  let s = '';
  for (let i = 0; s.length < n; i++) s += `Det här är mening nummer ${i}, kl. 9 t.ex. på www.bergvik.se. `;
  return s;
};
/** One run-on "sentence": no full stop, no comma, only words. */
const runOn = (n: number) => 'ord '.repeat(n / 4);
const oneWord = (n: number) => 'a'.repeat(n);

describe('work grows linearly with the paragraph', () => {
  test.each([
    ['sentence splitting, many sentences', sentences, (t: string) => void splitSentences(t, 'sv')],
    ['segments, many sentences', sentences, (t: string) => void buildSegments(t, 'sv')],
    ['segments, one run-on sentence', runOn, (t: string) => void buildSegments(t, 'sv')],
    ['segments, one huge word', oneWord, (t: string) => void buildSegments(t, 'sv')],
    ['speech text of a long run', runOn, (t: string) => void toSpeechText(t, 'sv')],
  ])('%s', (_name, make, run) => {
    expect(growth(make, run, 20_000)).toBeLessThan(6);
  });
});

describe('a huge lexicon entry', () => {
  test('a value longer than a pronunciation is dropped; the word is read as written', () => {
    const lexicon = { Bergvik: 'x'.repeat(1_000_000), Perstorp: 'Pärstorp' };
    const segments = buildSegments('Bergvik och Perstorp.', 'sv', lexicon);
    expect(segments.map((s) => s.spoken)).toEqual(['Bergvik och Pärstorp.']);
  });

  test('a value just within the limit is spoken, in utterances of at most the segment limit', () => {
    const long = 'ett ord '.repeat(MAX_LEXICON_SPOKEN_CHARS / 8).trim();
    const segments = buildSegments('Bergvik.', 'sv', { Bergvik: long });
    expect(segments.every((s) => s.spoken.length <= MAX_SEGMENT_CHARS)).toBe(true);
    expect(segments.map((s) => s.spoken).join(' ')).toContain('ett ord ett ord');
  });
});

describe('Intl.Segmenter in windows (its iteration is quadratic in V8)', () => {
  /** Real sentences of varied length and punctuation, repeated past several windows. */
  const long = budgetGold.text.join(' ').repeat(4);

  test('no segment() call sees more than one window, however long the paragraph', () => {
    const seen: number[] = [];
    const segment = Intl.Segmenter.prototype.segment;
    const spy = vi.spyOn(Intl.Segmenter.prototype, 'segment').mockImplementation(function (
      this: Intl.Segmenter,
      s,
    ) {
      seen.push(s.length);
      return segment.call(this, s);
    });
    splitSentences(long, 'sv');
    spy.mockRestore();
    expect(long.length).toBeGreaterThan(4 * SEGMENT_WINDOW_CHARS);
    expect(Math.max(...seen)).toBeLessThanOrEqual(SEGMENT_WINDOW_CHARS);
  });

  test.each(['sv', 'en'])(
    'the windows find exactly the boundaries of one pass over the whole text (%s)',
    (lang) => {
      const whole = [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(long)]
        .map((s) => s.index)
        .filter((i) => i > 0);
      expect([...segmentStarts(long, lang)]).toEqual(whole);
    },
  );
});

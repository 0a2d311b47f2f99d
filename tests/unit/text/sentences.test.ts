import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../../src/text/sentences.ts';
import { budgetGold } from './gold.ts';

const split = (text: string, lang = 'sv'): string[] =>
  splitSentences(text, lang).map((r) => text.slice(r.start, r.end));

describe('sentence gold: budget-lang-artikel', () => {
  test('the article has a sentence list for every block', () => {
    expect(budgetGold.sentences).toHaveLength(budgetGold.text.length);
    expect(budgetGold.text.length).toBeGreaterThan(100);
  });

  test.each(budgetGold.text.map((text, i) => [i, text, budgetGold.sentences[i]!] as const))(
    'block %i splits exactly as the gold',
    (_i, text, sentences) => {
      expect(split(text)).toEqual(sentences);
    },
  );

  test.each(budgetGold.text.map((text, i) => [i, text] as const))(
    'block %i: ranges are trimmed, in order, and joined by " " give the block',
    (_i, text) => {
      const ranges = splitSentences(text, 'sv');
      for (const [k, r] of ranges.entries()) {
        expect(r.end).toBeGreaterThan(r.start);
        expect(text.slice(r.start, r.end)).toBe(text.slice(r.start, r.end).trim());
        if (k > 0) expect(r.start).toBeGreaterThan(ranges[k - 1]!.end);
      }
      expect(ranges.map((r) => text.slice(r.start, r.end)).join(' ')).toBe(text);
    },
  );
});

describe('Swedish: an introducing abbreviation before a capital or digit is not a boundary', () => {
  test.each([
    ['Under 2026 prioriteras bl.a. Storgatan och Kyrkvägen.'],
    ['Du kan ringa tel. 0980-319 200 i dag.'],
    ['Dialogen hålls kl. 18.00 i stora salen.'],
    ['Vi tar t.ex. Region Skåne som förebild.'],
    ['Det gäller fr.o.m. 1 januari och t.o.m. 31 mars.'],
    ['Det är dvs. Ekbacken som avses.'],
    ['Han ringer p.g.a. Storgatans skick.'],
    ['Kostnaden är ca. 300 kr per år.'],
    ['Ärendet har dnr. 2025/0412 i diariet.'],
    ['Jämför med den f.d. Stationsbyggnaden här.'],
    ['Kl. 8 öppnar vi.'],
  ])('%s', (text) => {
    expect(split(text)).toEqual([text]);
  });
});

describe('Swedish: abbreviations before a number', () => {
  test.each([
    ['Utbyggnaden beräknas vara klar i sept. 2026. Sedan flyttar de in.', 2],
    ['Senast den 31 dec. 2026. Sedan gäller nya regler.', 2],
    ['Se protokollet, s. 14–32, för detaljer.', 1],
    ['Bygget är klart i dec. Därefter flyttar eleverna in.', 2],
  ])('%s → %i sentence(s)', (text, count) => {
    expect(split(text)).toHaveLength(count);
  });
});

describe('Swedish: a list-ending abbreviation before a capital ends the sentence', () => {
  test.each([
    [
      'Vi bygger en ny plaskdamm m.m. Den beräknas öppna i juni.',
      ['Vi bygger en ny plaskdamm m.m.', 'Den beräknas öppna i juni.'],
    ],
    [
      'Där finns gungor, rutschkanor osv. Allt är nytt.',
      ['Där finns gungor, rutschkanor osv.', 'Allt är nytt.'],
    ],
    ['Med Karin, Per m.fl. Alla är välkomna.', ['Med Karin, Per m.fl.', 'Alla är välkomna.']],
    ['Vi köper bänkar, bord m.m. till parken.', ['Vi köper bänkar, bord m.m. till parken.']],
  ])('%s', (text, sentences) => {
    expect(split(text)).toEqual(sentences);
  });
});

describe('never split inside initials, numbers, times, ordinals or addresses', () => {
  test.each([
    ['säger Karin Å. Lindgren, ordförande.'],
    ['Boken skrevs av J. R. R. Tolkien för länge sedan.'],
    ['Budgeten är 2,2 miljarder kronor.'],
    ['Telefontiden är 08:30–16:00 varje dag.'],
    ['Öppet hus kl. 10.00–15.00 på lördag.'],
    ['Bussen går var 15:e minut.'],
    ['Han gick ut 1:a året på gymnasiet.'],
    ['Läs mer på www.Bergvik.SE/Budget. Tack.'],
    ['Mejla Info@Bergvik.Se. Tack.'],
    ['Se https://www.bergvik.se/a?id=B.C för detaljer.'],
    ['Läs på perstorp.se eller sjovik.nu om detta.'],
    ['En del går till S:t Olofs boende.'],
  ])('%s', (text) => {
    const sentences = split(text);
    // Where a second sentence is expected ("Tack."), the address still ends the first one whole.
    expect(sentences[0]).toBe(text.replace(/ Tack\.$/u, ''));
  });

  test('an initial after a lower-case word is a sentence end ("plan C. Det")', () => {
    expect(split('Vi väljer plan C. Det blir billigast.')).toHaveLength(2);
  });
});

describe('plain boundaries are kept', () => {
  test.each([
    ['Kan jag se det? Ja. Fördelningen redovisas i planen.', 3],
    ['Ja. Fördelningen till varje skola redovisas.', 2],
    ['Vad kostar det? Det beror på. Fråga oss!', 3],
    ['Priset blir 68 kr. Det gäller från mars.', 2],
  ])('%s → %i', (text, count) => {
    expect(split(text)).toHaveLength(count);
  });
});

describe('a quoted exclamation or question and its reporting clause are one sentence', () => {
  test.each<[string, string, string[]]>([
    [
      'sv',
      '– Välkommen till oss! säger bibliotekarien Karin Å. Lindgren. Hon har arbetat här i 15 år.',
      ['– Välkommen till oss! säger bibliotekarien Karin Å. Lindgren.', 'Hon har arbetat här i 15 år.'],
    ],
    ['sv', '– Vad kostar det? frågade hon. Inget.', ['– Vad kostar det? frågade hon.', 'Inget.']],
    ['sv', '”Kom in!” ropade han.', ['”Kom in!” ropade han.']],
    ['en', '"Stop!" she shouted. Then she left.', ['"Stop!" she shouted.', 'Then she left.']],
    // A capital after "!" or "?" still starts a sentence.
    ['sv', 'Välkommen! Säg till om du behöver hjälp.', ['Välkommen!', 'Säg till om du behöver hjälp.']],
  ])('%s: %s', (lang, text, sentences) => {
    expect(split(text, lang)).toEqual(sentences);
  });
});

describe('English', () => {
  test.each([
    ['Bring documents, e.g. Passport and ID card.', 1],
    ['That is, i.e. The town hall on Storgatan.', 1],
    ['Mr. Smith met Dr. Jones at St. Olof church.', 1],
    ['We sell chairs, tables etc. The shop opens at nine.', 2],
    ['See page No. 5 in the brochure.', 1],
    ['I said no. Then I left.', 2],
    ['It opens on Sept. 14 this year.', 1],
    ['Contact info@sjovik.se. We reply within a day.', 2],
    ['The office at www.sjovik.se/Moving is open. Welcome!', 2],
    ['He lives in the U.S. The weather is fine.', 2],
    ['We open at 9 a.m. The queue starts early.', 2],
    ['We open at 9 a.m. on Mondays.', 1],
  ])('%s → %i', (text, count) => {
    expect(split(text, 'en')).toHaveLength(count);
  });
});

test('an unknown or malformed language tag still splits', () => {
  expect(split('Ett. Två.', 'xx-!!')).toEqual(['Ett.', 'Två.']);
  expect(split('', 'sv')).toEqual([]);
  expect(split('   ', 'sv')).toEqual([]);
});

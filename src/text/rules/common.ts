// Speech rules every language shares, worded through a small vocabulary: addresses, phone numbers, dates,
// times, ranges, grouped numbers and symbols.

import { findAddresses } from '../patterns.ts';
import { HAS_NUMBER, regexRule, whole } from './regex-rule.ts';
import type { Edit, RuleMatch, SpeechRule, SpeechVocabulary } from './types.ts';

/** A readable URL path: one short word ("/budget", "/e-forslag"). Longer paths are noise when heard. */
const READABLE_PATH = /^\/[\p{L}-]{1,24}\/?$/u;
const URL_PREFIX = /^(?:https?:\/\/)?(?:www\.)?/iu;

/** Dots inside [from, to) of `text` become " dot "; other characters are read as written. */
function dots(text: string, from: number, to: number, vocab: SpeechVocabulary): Edit[] {
  const edits: Edit[] = [];
  for (let i = from; i < to; i++)
    if (text[i] === '.') edits.push({ start: i, end: i + 1, spoken: ` ${vocab.dot} ` });
  return edits;
}

/**
 * URLs are read as their host ("https://www.perstorp.se/nyheter/…" → "perstorp punkt se"), keeping a
 * one-word path that is meant to be said ("www.bergvik.se/budget" → "… snedstreck budget"). E-mail is read
 * whole with "snabel-a"/"at" and "punkt"/"dot". Small edits rather than one replacement, so each spoken word
 * highlights its own part of the address.
 */
export function addressRule(vocab: SpeechVocabulary): SpeechRule {
  return {
    name: 'addresses',
    splittable: true,
    find(text): RuleMatch[] {
      return findAddresses(text).map(({ start, end, kind }) => {
        const edits: Edit[] = [];
        if (kind === 'email') {
          const at = text.indexOf('@', start);
          edits.push(...dots(text, start, at, vocab), { start: at, end: at + 1, spoken: ` ${vocab.at} ` });
          edits.push(...dots(text, at + 1, end, vocab));
          return { start, end, edits };
        }
        const source = text.slice(start, end);
        const prefix = source.match(URL_PREFIX)?.[0].length ?? 0;
        if (prefix > 0) edits.push({ start, end: start + prefix, spoken: '' });
        const hostLength = source.slice(prefix).match(/^[^/?#:]*/u)?.[0].length ?? 0;
        const hostEnd = start + prefix + hostLength;
        edits.push(...dots(text, start + prefix, hostEnd, vocab));
        const path = text.slice(hostEnd, end);
        if (path && READABLE_PATH.test(path)) {
          edits.push({ start: hostEnd, end: hostEnd + 1, spoken: ` ${vocab.slash} ` });
          if (path.endsWith('/') && path.length > 1) edits.push({ start: end - 1, end, spoken: '' });
        } else if (path) {
          edits.push({ start: hostEnd, end, spoken: '' });
        }
        return { start, end, edits };
      });
    },
  };
}

/** Swedish numbers have 7–10 digits, area code included; fewer is a range such as "08-12", not a phone. */
const PHONE_MIN_DIGITS = 7;
const PHONE_MAX_DIGITS = 10;
/**
 * The subscriber part (after the area code) is at least 5 digits, grouped ("319 200") or not ("0900-123456",
 * "08-1234567": the first group may hold them all; the 7–10 total still tells a phone from a range).
 */
const PHONE_MIN_SUBSCRIBER_DIGITS = 5;

/** International numbers ("+46 31 390 06 00") have 9–13 digits with the country code. */
const INTL_PHONE_MIN_DIGITS = 9;
const INTL_PHONE_MAX_DIGITS = 13;

/** Each digit group spoken digit by digit, a comma between groups; a "(0)" trunk prefix is not said. */
function phoneEdits(m: RegExpExecArray): Edit[] {
  const edits: Edit[] = [];
  let previousEnd = -1;
  let separated = false;
  for (const g of m[0].matchAll(/\(0\)|\+?\p{N}+/gu)) {
    const start = m.index + g.index;
    const end = start + g[0].length;
    if (previousEnd >= 0 && start > previousEnd) {
      edits.push({ start: previousEnd, end: start, spoken: separated ? '' : ', ' });
      separated = true;
    }
    if (g[0] === '(0)') {
      edits.push({ start, end, spoken: separated ? '' : ', ' });
      separated = true;
    } else {
      const digits = [...g[0].replace('+', '')].join(' ');
      edits.push({ start, end, spoken: g[0].startsWith('+') ? `plus ${digits}` : digits });
      separated = false;
    }
    previousEnd = end;
  }
  return edits;
}

const nationalPhoneRule = regexRule(
  'phone-numbers',
  /(?<![\p{N}+,.])0\p{N}{1,3}[ \u00A0]?[-–][ \u00A0]?\p{N}{2,8}(?:[ \u00A0]\p{N}{2,3}){0,3}(?![\p{N}]|[,.]\p{N})/u,
  (m) => {
    const digits = m[0].replace(/\D/gu, '');
    const subscriber = m[0].slice(m[0].search(/[-–]/u)).replace(/\D/gu, '');
    if (digits.length < PHONE_MIN_DIGITS || digits.length > PHONE_MAX_DIGITS) return null;
    if (subscriber.length < PHONE_MIN_SUBSCRIBER_DIGITS) return null;
    return phoneEdits(m);
  },
  HAS_NUMBER,
);

const internationalPhoneRule = regexRule(
  'international-phone-numbers',
  /(?<![\p{N}+])\+\p{N}{1,3}(?:[ \u00A0]?\(0\)[ \u00A0]?|[ \u00A0-])\p{N}{1,4}(?:[ \u00A0–-]\p{N}{1,4}){1,5}(?![\p{N}]|[,.]\p{N})/u,
  (m) => {
    const digits = m[0].replace(/\(0\)|\D/gu, '');
    if (digits.length < INTL_PHONE_MIN_DIGITS || digits.length > INTL_PHONE_MAX_DIGITS) return null;
    return phoneEdits(m);
  },
  /\+/u,
);

/**
 * Phone numbers ("0980-319 200", "070-174 06 50", "+46 31 390 06 00") are read digit by digit, group by
 * group with a comma between groups: "0 9 8 0, 3 1 9, 2 0 0". Heard with espeak-ng, the written form came
 * out as "…trehundranitton tusen tvåhundra": voices merge space-separated groups into one big number.
 * Digits one by one are what a listener writes down, and the commas give the pauses people make between
 * groups. "plus" is the same word in Swedish and English.
 */
export const phoneRule: SpeechRule = {
  name: 'phone-numbers',
  find: (text) => [...internationalPhoneRule.find(text), ...nationalPhoneRule.find(text)],
};

/** ISO dates ("2026-04-14") read as "14 april 2026"; left alone they would be read as a range. */
export function isoDateRule(vocab: SpeechVocabulary): SpeechRule {
  return regexRule(
    'iso-dates',
    /(?<![\p{N}-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}-])/u,
    (m) => {
      const month = vocab.months[Number(m[2]) - 1];
      const day = Number(m[3]);
      if (!month || day < 1 || day > 31) return null;
      return whole(m, `${day} ${month} ${m[1]}`);
    },
    HAS_NUMBER,
  );
}

const TIME = '(?:[01]?\\d|2[0-3])[:.][0-5]\\d';
/** Not part of a longer number: no digit, and no ".5"/",5" continuing it. */
const NUMBER_END = '(?![\\p{N}]|[.,:]\\p{N})';

/**
 * "18.00" → "18", "08:30" → "8:30". espeak-ng read "18.00" as "arton punkt noll noll" and "16:00" as
 * "sexton noll noll"; "8:30" it reads "åtta trettio", as people say it.
 */
export function spokenTime(written: string, vocab: SpeechVocabulary): string {
  const [h = '', mm = ''] = written.split(/[:.]/u);
  const hour = Number(h);
  return mm === '00' ? vocab.wholeHour(hour) : `${hour}:${mm}`;
}

/** "08:30–16:00" and "10.00–15.00" → "8:30 till 16". Dotted times count only in a pair or after "kl.". */
export function timeRangeRule(vocab: SpeechVocabulary): SpeechRule {
  return regexRule(
    'time-ranges',
    new RegExp(`(?<![\\p{N}.,:])(${TIME})([ \\u00A0]?[–-][ \\u00A0]?)(${TIME})${NUMBER_END}`, 'du'),
    (m) => {
      const [a, dash, b] = [m.indices![1]!, m.indices![2]!, m.indices![3]!];
      return [
        { start: a[0], end: a[1], spoken: spokenTime(m[1]!, vocab) },
        { start: dash[0], end: dash[1], spoken: ` ${vocab.to} ` },
        { start: b[0], end: b[1], spoken: spokenTime(m[3]!, vocab) },
      ];
    },
    HAS_NUMBER,
  );
}

/** A single time after the clock word ("kl. 18.00", "klockan 7.00 och 22.00"), or any "HH:MM". */
export function clockTimeRule(
  vocab: SpeechVocabulary,
  clockWords: readonly string[],
  joinWords: readonly string[],
): SpeechRule {
  const clock = clockWords.map((w) => w.replace(/\./gu, '\\.')).join('|');
  // "mellan klockan 07.00 och 22.00": the second time is a time too.
  const pair = `(?:${clock})[ \\u00A0]${TIME}[ \\u00A0](?:${joinWords.join('|')})`;
  return regexRule(
    'clock-times',
    new RegExp(
      `(?:(?<=(?<![\\p{L}])(?:${clock}|${pair})[ \\u00A0])${TIME}|(?<![\\p{N}.,:])(?:[01]?\\d|2[0-3]):[0-5]\\d)${NUMBER_END}`,
      'iu',
    ),
    (m) => {
      const spoken = spokenTime(m[0], vocab);
      return spoken === m[0] ? null : whole(m, spoken);
    },
    HAS_NUMBER,
  );
}

/**
 * Range dashes: "20-21 september", "2027–2028", "55 – 60 kr", "F–6", "januari–mars" → "… till …".
 * A hyphen only between digits ("RIB-personal" is a compound); an en dash between any two words when it
 * has no spaces (typographic ranges), and between digits also with spaces. A spaced dash between words is
 * a parenthetical pause and is left to the voice.
 */
export function rangeRule(vocab: SpeechVocabulary): SpeechRule {
  return regexRule(
    'ranges',
    /(?<=\p{N})[ \u00A0]?[–—][ \u00A0]?(?=\p{N})|(?<=\p{N})-(?=\p{N})|(?<=[\p{L}\p{N}])–(?=[\p{L}\p{N}])/u,
    (m) => whole(m, ` ${vocab.to} `),
    /[–—-]/u,
  );
}

/**
 * "10 000" → "10000": voices read the groups as separate numbers ("ten zero zero zero" in English
 * espeak-ng). Only groups of exactly three digits join, so "425 miljoner" and "24 nya" are left alone.
 */
export const groupedNumberRule: SpeechRule = regexRule(
  'grouped-numbers',
  /(?<![\p{N},.])\p{N}{1,3}(?:[ \u00A0\u202F]\p{N}{3})+(?!\p{N})/u,
  (m) => {
    const edits: Edit[] = [];
    for (const s of m[0].matchAll(/[ \u00A0\u202F]/gu)) {
      edits.push({ start: m.index + s.index, end: m.index + s.index + 1, spoken: '' });
    }
    return edits;
  },
  HAS_NUMBER,
);

export interface SymbolWords {
  and: string;
  percent: string;
  permille: string;
  paragraph: string;
  paragraphs: string;
}

/** "&", "%", "‰", "§": espeak-ng says nothing at all for "§", and other voices differ. */
export function symbolRule(words: SymbolWords): SpeechRule {
  return regexRule(
    'symbols',
    /[ \u00A0]?[%‰]|§§|§|&/u,
    (m) => {
      const symbol = m[0].trim();
      const spoken =
        symbol === '&'
          ? ` ${words.and} `
          : symbol === '%'
            ? ` ${words.percent}`
            : symbol === '‰'
              ? ` ${words.permille}`
              : symbol === '§§'
                ? ` ${words.paragraphs} `
                : ` ${words.paragraph} `;
      return whole(m, spoken);
    },
    /[%‰§&]/u,
  );
}

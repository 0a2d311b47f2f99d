// English speech rules: a small set for the English pages of Swedish municipalities.

import { EN_ABBREVIATIONS } from '../abbreviations.ts';
import { abbreviationRule } from './abbreviations.ts';
import {
  addressRule,
  clockTimeRule,
  groupedNumberRule,
  isoDateRule,
  phoneRule,
  rangeRule,
  symbolRule,
  timeRangeRule,
} from './common.ts';
import { HAS_NUMBER, regexRule, whole } from './regex-rule.ts';
import type { SpeechRule, SpeechVocabulary } from './types.ts';

/** Below this hour "8:00" is "8 o'clock"; from it on, the 24-hour clock is read "16 hundred". */
const TWENTY_FOUR_HOUR_FROM = 13;

export const EN_VOCABULARY: SpeechVocabulary = {
  to: 'to',
  at: 'at',
  dot: 'dot',
  slash: 'slash',
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  // Heard: "16:00" came out as "sixteen zero zero".
  wholeHour: (hour) => (hour < TWENTY_FOUR_HOUR_FROM ? `${hour} o'clock` : `${hour} hundred`),
};

/** "4.30 pm" → "4:30 pm", "4.00 pm" → "4 pm": a dotted time would be read as a decimal ("four point three"). */
const twelveHourRule = regexRule(
  'twelve-hour-times',
  /(?<![\p{N}.,:])(1[0-2]|0?\d)[.:]([0-5]\d)(?=[ \u00A0]?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}]))/iu,
  (m) => whole(m, m[2] === '00' ? String(Number(m[1])) : `${Number(m[1])}:${m[2]}`),
  HAS_NUMBER,
);

export const EN_RULES: readonly SpeechRule[] = [
  addressRule(EN_VOCABULARY),
  phoneRule,
  isoDateRule(EN_VOCABULARY),
  twelveHourRule,
  timeRangeRule(EN_VOCABULARY),
  clockTimeRule(EN_VOCABULARY, ['at'], ['and', 'to', 'or']),
  abbreviationRule('en-abbreviations', EN_ABBREVIATIONS),
  rangeRule(EN_VOCABULARY),
  symbolRule({
    and: 'and',
    percent: 'percent',
    permille: 'per mille',
    paragraph: 'section',
    paragraphs: 'sections',
  }),
  groupedNumberRule,
];

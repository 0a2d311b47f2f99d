// The contract of a speech rule: find spans of display text and say what the voice should say instead.

/** Replace display characters [start, end) with `spoken` ("" drops them). Offsets into the rule's input. */
export interface Edit {
  start: number;
  end: number;
  spoken: string;
}

/**
 * One match of a rule. `start`/`end` is the span it claims: later rules may not touch it. Its edits lie
 * inside that span; characters of the span without an edit are spoken as written (and map one to one).
 */
export interface RuleMatch {
  start: number;
  end: number;
  edits: Edit[];
}

export interface SpeechRule {
  name: string;
  find(text: string): RuleMatch[];
  /**
   * Its edits stand alone, so a match that overlaps an earlier claim keeps the edits that do not: a
   * lexicon word inside an e-mail address ("info@bergvik.se") must not stop "@" being read "snabel-a".
   */
  splittable?: boolean;
}

/** Words a language needs for the rules shared by all languages. */
export interface SpeechVocabulary {
  /** Range dash: "20–21" → "20 till 21". */
  to: string;
  /** E-mail "@". */
  at: string;
  /** Dot inside an address. */
  dot: string;
  /** Slash before a short URL path. */
  slash: string;
  /** Month names, January first, for ISO dates. */
  months: readonly string[];
  /** A whole hour: "16:00" → "16" (sv) or "16 hundred" (en). */
  wholeHour: (hour: number) => string;
}

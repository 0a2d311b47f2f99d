// Which writing systems a language is written in, and whether a text's script plainly rules a language out.
import { topScript } from './franc-lite.ts';

/**
 * Scripts (franc's script names) each known language is written in. Languages missing here are not judged
 * (a declared "ja" or "el" is trusted: we have no model to contradict it).
 */
export const LANGUAGE_SCRIPTS: Readonly<Record<string, readonly string[]>> = {
  swe: ['Latin'],
  nob: ['Latin'],
  nno: ['Latin'],
  dan: ['Latin'],
  eng: ['Latin'],
  fin: ['Latin'],
  som: ['Latin'],
  pol: ['Latin'],
  hrv: ['Latin'],
  rmn: ['Latin', 'Cyrillic'],
  deu: ['Latin'],
  fra: ['Latin'],
  spa: ['Latin'],
  ita: ['Latin'],
  nld: ['Latin'],
  por: ['Latin'],
  tur: ['Latin'],
  bos: ['Latin', 'Cyrillic'],
  srp: ['Latin', 'Cyrillic'],
  rus: ['Cyrillic'],
  ukr: ['Cyrillic'],
  arb: ['Arabic'],
  pes: ['Arabic'],
  prs: ['Arabic'],
  // Sorani is written in Arabic script; franc's only Sorani model is Latin, so allow both.
  ckb: ['Arabic', 'Latin'],
  tir: ['Ethiopic'],
  ydd: ['Hebrew'],
};

/**
 * A script "plainly" dominates a text when it covers at least this share of its letters: a Swedish sentence
 * quoting one Arabic word stays Latin, while an Arabic paragraph with a Latin e-mail address is Arabic.
 */
export const PLAIN_SCRIPT_SHARE = 0.6;

const LETTER = /\p{L}/gu;

/** The script that plainly dominates `text`, or null (no letters, or mixed scripts). */
export function plainScript(text: string): string | null {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return null;
  const [script, share] = topScript(text);
  if (!script) return null;
  // topScript's share is per UTF-16 unit of the whole text; rescale it to letters.
  const matched = share * text.length;
  return matched / letters >= PLAIN_SCRIPT_SHARE ? script : null;
}

/** False only when `text` is plainly in a script `iso3` is never written in. */
export function scriptAllows(iso3: string, text: string): boolean {
  const scripts = LANGUAGE_SCRIPTS[iso3];
  if (!scripts) return true;
  const script = plainScript(text);
  return script === null || scripts.includes(script);
}

// The primary language subtag of a BCP 47 tag ("sv-SE" → "sv"): rule tables are kept per primary language.

export function primaryLang(lang: string): string {
  return (lang.split(/[-_]/)[0] ?? '').toLowerCase();
}

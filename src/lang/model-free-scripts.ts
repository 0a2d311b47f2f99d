// Scripts whose municipal languages the widget's detector tells apart without trigram models.

/**
 * Ethiopic (tir) and Hebrew (ydd) hold one municipal language each: `scriptRule` in detect.ts settles them
 * before any scoring, so their models were never read. Cyrillic holds Bosnian and Serbian, which the detector
 * reads as Serbian unless Bosnian is declared (its VARIANT_DEFAULTS); without models the two score alike, so
 * a declared Bosnian is always trusted, as the extension's scope trusts any declaration within that group.
 * Accuracy on dev.jsonl is unchanged on both halves (tests/bench/lang.bench.ts), and the widget's player is
 * ~3 kB gzip smaller. The generator writes empty models for them; franc-lite still lists their languages.
 */
export const MODEL_FREE_SCRIPTS: readonly string[] = ['Cyrillic', 'Ethiopic', 'Hebrew'];

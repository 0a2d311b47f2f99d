// Trigram models of a script far outside ASCII (Arabic, Cyrillic…) stored shifted down next to ASCII, and
// shifted back when the generated data loads: the widget's output is ASCII-only, where every Arabic letter of
// the models would be a 6-byte `\u0627` escape.

/** The space between words stays as it is in every model; every other unit moves by the script's shift. */
const SPACE = ' ';
/** A shifted unit lands at or above this ('!'), so it is never taken for the space and is printable. */
const LOWEST_SHIFTED = 0x21;
/**
 * Only scripts whose models have no unit below this are shifted: a model with ASCII letters in it (Latin)
 * already prints as itself, and shifting it would push its letters into control characters.
 */
const SHIFT_FROM = 0x80;

/** The last unit ASCII prints as itself ('~'). */
const LAST_PRINTABLE = 0x7e;
/** ASCII a string literal must escape, whatever its quotes: `"`, `'`, `\`, `` ` `` (and `$` before `{`). */
const ESCAPED = new Set([0x22, 0x24, 0x27, 0x5c, 0x60]);

/**
 * How far down a script's models move (0: leave them). The lowest unit other than the space lands between
 * '!' and '~', at the place where the most units print as one plain ASCII character each: a unit on a quote or
 * a backslash costs an escape, one past '~' a six-byte `\u` escape.
 */
export function scriptShift(models: readonly string[]): number {
  let lowest = Number.POSITIVE_INFINITY;
  for (const model of models) {
    for (let i = 0; i < model.length; i++) {
      if (model[i] !== SPACE) lowest = Math.min(lowest, model.charCodeAt(i));
    }
  }
  if (!Number.isFinite(lowest) || lowest < SHIFT_FROM) return 0;
  let best = 0;
  let bestPlain = -1;
  for (let shift = lowest - LAST_PRINTABLE; shift <= lowest - LOWEST_SHIFTED; shift++) {
    let plain = 0;
    for (const model of models) {
      for (let i = 0; i < model.length; i++) {
        const unit = model.charCodeAt(i) - shift;
        if (model[i] !== SPACE && unit <= LAST_PRINTABLE && !ESCAPED.has(unit)) plain++;
      }
    }
    if (plain > bestPlain) [best, bestPlain] = [shift, plain];
  }
  return best;
}

/** A model moved down by `shift` (the build step; `unshift` undoes it). */
export function shiftDown(model: string, shift: number): string {
  return moveUnits(model, -shift);
}

/** A stored model as franc wrote it: every unit but the space moved back up by `shift`. */
export function unshift(model: string, shift: number): string {
  return moveUnits(model, shift);
}

/** Every unit but the space moved by `delta`. */
function moveUnits(model: string, delta: number): string {
  return model.replace(/[^ ]/g, (unit) => String.fromCharCode(unit.charCodeAt(0) + delta));
}

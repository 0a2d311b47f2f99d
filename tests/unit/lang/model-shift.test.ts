// Shifted trigram models come back exactly as franc wrote them, and a script is shifted only where that makes
// its units plain ASCII (the generated data's models are checked against franc's in franc-lite.test.ts).
import { data } from 'franc/data.js';
import { describe, expect, test } from 'vitest';
import { scriptShift, shiftDown, unshift } from '../../../src/lang/model-shift.ts';

const models = (script: string): string[] => Object.values(data[script]!).map((m) => m.replaceAll('|', ''));

describe('model shift', () => {
  test.each(['Arabic', 'Cyrillic', 'Devanagari', 'Ethiopic', 'Hebrew'])(
    '%s models survive the shift',
    (script) => {
      const all = models(script);
      const shift = scriptShift(all);
      expect(shift).toBeGreaterThan(0);
      for (const model of all) {
        const stored = shiftDown(model, shift);
        expect(unshift(stored, shift)).toBe(model);
        // Nothing but the space lands on or below it.
        expect([...stored].every((c) => c === ' ' || c.charCodeAt(0) > 0x20)).toBe(true);
      }
    },
  );

  test('most units of the widget’s Arabic models print as one plain ASCII character once shifted', () => {
    const all = ['arb', 'pes', 'prs'].map((lang) => data.Arabic![lang]!.replaceAll('|', ''));
    const units = all.flatMap((m) => [...shiftDown(m, scriptShift(all))]).filter((c) => c !== ' ');
    // Printable, and no quote, backslash or dollar sign that a string literal would escape.
    const plain = units.filter((c) => c.charCodeAt(0) <= 0x7e && !'"$\'\\`'.includes(c));
    expect(plain.length / units.length).toBeGreaterThan(0.9);
  });

  test('Latin models, ASCII already, are left as they are', () => {
    expect(scriptShift(models('Latin'))).toBe(0);
  });
});

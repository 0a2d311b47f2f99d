// Colour helpers: owner colours resolved by the browser, and a text colour that keeps WCAG contrast.

/** Colour presets offered in settings. Sentence colours are light, word colours stronger, all for black text. */
export const SENTENCE_COLORS: Record<string, string> = {
  yellow: '#fff59d',
  green: '#c8f7c5',
  blue: '#cfe8ff',
  pink: '#ffd6e7',
  orange: '#ffe0b2',
};
export const WORD_COLORS: Record<string, string> = {
  yellow: '#ffe033',
  green: '#7ee081',
  blue: '#8cc8ff',
  pink: '#ff9ec7',
  orange: '#ffb347',
};
export const DEFAULT_SENTENCE_COLOR = 'yellow';
export const DEFAULT_WORD_COLOR = 'orange';

/** Resolves any CSS colour to [r, g, b] through a canvas (touches no DOM); null where there is no canvas. */
export function toRgb(color: string, doc: Document = document): [number, number, number] | null {
  try {
    const ctx = doc.createElement('canvas').getContext('2d');
    if (!ctx) return null;
    ctx.fillStyle = '#000';
    ctx.fillStyle = color;
    const v = String(ctx.fillStyle);
    const hex = /^#([0-9a-f]{6})$/i.exec(v);
    if (hex) {
      const n = Number.parseInt(hex[1]!, 16);
      return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
    }
    const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(v);
    return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
  } catch {
    return null;
  }
}

/** WCAG relative luminance. */
export function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: [number, number, number], b: [number, number, number]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever contrasts more with the background. */
export function textColorFor(bg: [number, number, number]): '#000000' | '#ffffff' {
  return contrastRatio(bg, [0, 0, 0]) >= contrastRatio(bg, [255, 255, 255]) ? '#000000' : '#ffffff';
}

// Stand-ins for browser APIs happy-dom lacks, installed on a window for one test: the CSS Custom Highlight
// registry and Highlight (as plain records), and a canvas 2D context that resolves hex colours.

export interface FakeHighlight {
  ranges: Range[];
  priority: number;
}

export function installHighlightApi(win: Window): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  const w = win as unknown as { CSS: Record<string, unknown>; Highlight: unknown };
  w.CSS = { ...(w.CSS ?? {}), highlights: registry, supports: () => true, escape: (s: string) => s };
  w.Highlight = class {
    ranges: Range[];
    priority = 0;
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  };
  return registry;
}

export function removeHighlightApi(win: Window): void {
  const w = win as unknown as { CSS?: Record<string, unknown>; Highlight?: unknown };
  if (w.CSS) w.CSS = { ...w.CSS, highlights: undefined };
  w.Highlight = undefined;
}

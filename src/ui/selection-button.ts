// The small "Lyssna" button that appears beside selected text and reads just the selection.

import { adoptStyles, h, icon } from './dom.ts';
import { ICONS } from './icons.ts';
import { SELECTION_CSS } from './styles.ts';

export const SELECTION_TAG = 'lyssna-selection';
/** Gap between the selection's last line and the button, so it does not cover the text. */
const OFFSET_PX = 8;
/** Keeps the button inside the viewport at 320 px width. */
const EDGE_PX = 8;
/** Button size estimate for clamping before it has been laid out. */
const BUTTON_W = 120;
const BUTTON_H = 44;

export interface SelectionButton {
  readonly host: HTMLElement;
  /** Show the button under a rectangle (viewport coordinates). */
  showAt(rect: { left: number; bottom: number; right: number; top: number }): void;
  hide(): void;
  setLabel(label: string): void;
  readonly visible: boolean;
}

/** Where the button goes: under the selection's end, clamped into the viewport, above it when no room below. */
export function placeButton(
  rect: { left: number; bottom: number; right: number; top: number },
  viewport: { width: number; height: number },
  size: { width: number; height: number } = { width: BUTTON_W, height: BUTTON_H },
): { left: number; top: number } {
  let top = rect.bottom + OFFSET_PX;
  if (top + size.height > viewport.height - EDGE_PX) top = rect.top - OFFSET_PX - size.height;
  const left = Math.min(Math.max(rect.right - size.width, EDGE_PX), viewport.width - size.width - EDGE_PX);
  return { left: Math.round(Math.max(left, EDGE_PX)), top: Math.round(Math.max(top, EDGE_PX)) };
}

export function createSelectionButton(doc: Document, label: string, onClick: () => void): SelectionButton {
  const host = doc.createElement(SELECTION_TAG);
  host.hidden = true;
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, [SELECTION_CSS]);
  // Position lives in its own constructed sheet: no style attribute, so `style-src 'self'` has nothing to block.
  const [positionSheet] = adoptStyles(root, [':host{}']);
  const text = h(doc, 'span', {}, [label]);
  const button = h(doc, 'button', { type: 'button' }, [icon(doc, ICONS.speaker), text]);
  // mousedown would clear the selection before click: keep it.
  button.addEventListener('mousedown', (e) => e.preventDefault());
  button.addEventListener('click', onClick);
  root.append(button);
  const win = doc.defaultView;
  return {
    host,
    get visible() {
      return !host.hidden;
    },
    showAt(rect) {
      const measured = button.getBoundingClientRect();
      const size =
        measured.width > 0
          ? { width: measured.width, height: measured.height }
          : { width: BUTTON_W, height: BUTTON_H };
      const { left, top } = placeButton(
        rect,
        { width: win?.innerWidth ?? 1024, height: win?.innerHeight ?? 768 },
        size,
      );
      positionSheet?.replaceSync(`:host{left:${left}px;top:${top}px}`);
      host.hidden = false;
    },
    hide() {
      host.hidden = true;
    },
    setLabel(l) {
      text.textContent = l;
    },
  };
}

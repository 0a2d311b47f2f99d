// The loader's "Lyssna" button: the player's launcher drawn without the player (same host tag, shadow root,
// class, look and accessible name), so the page shows the real button before a byte of the player loads.

import { textColorFor, toRgb } from '../src/ui/color.ts';
import type { WidgetConfig } from './config.ts';

/** The player's host tag: the extension finds a page's widget by it, before and after the player loads. */
const HOST_TAG = 'lyssna-player';
/** Material Icons "volume_up" (Apache-2.0), the player's launcher icon. */
const SPEAKER =
  'M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 7.97v8.05c1.48-.73 2.5-2.25 2.5-4.02zM14 3.23v2.06c2.89.86 5 3.54 5 6.71s-2.11 5.85-5 6.71v2.06c4.01-.91 7-4.49 7-8.77s-2.99-7.86-7-8.77z';
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The launcher's rules from the player's stylesheet (src/ui/styles.ts), and nothing else: a browser test
 * compares the two buttons' computed styles, so they cannot drift apart unseen.
 */
export const LOADER_CSS = `
:host{all:initial;display:inline-block;font:16px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;
  --lyssna-fg:#1a1a1a;--lyssna-accent:#1d4ed8;--lyssna-on-accent:#ffffff;--lyssna-focus:#1a1a1a;--lyssna-halo:#ffffff;
  color:var(--lyssna-fg)}
:host([theme=dark]){--lyssna-fg:#f2f2f2;--lyssna-accent:#93c5fd;--lyssna-on-accent:#000000;--lyssna-focus:#ffffff;--lyssna-halo:#000000}
@media (prefers-color-scheme:dark){:host([theme=auto]){--lyssna-fg:#f2f2f2;--lyssna-accent:#93c5fd;
  --lyssna-on-accent:#000000;--lyssna-focus:#ffffff;--lyssna-halo:#000000}}
:host([placement=floating]){position:fixed;z-index:2147483000;inset-block-end:16px;inset-inline-end:16px}
:host([placement=floating][position=bottom-start]){inset-inline-end:auto;inset-inline-start:16px}
:host([placement=floating][position=top-end]){inset-block-end:auto;inset-block-start:16px}
:host([placement=floating][position=top-start]){inset-block-end:auto;inset-block-start:16px;inset-inline-end:auto;inset-inline-start:16px}
:host([placement=inline]){display:block;margin-block:8px}
*,*::before,*::after{box-sizing:border-box}
.root{display:flex;flex-direction:column;align-items:flex-start;gap:8px;max-width:calc(100vw - 32px)}
:host([placement=floating]) .root{align-items:flex-end}
:host([placement=floating][position$=start]) .root{align-items:flex-start}
button{font:inherit;margin:0;min-width:44px;min-height:44px;display:inline-flex;align-items:center;justify-content:center;
  gap:6px;border:2px solid var(--lyssna-accent);background:var(--lyssna-accent);color:var(--lyssna-on-accent);
  cursor:pointer;font-weight:600;padding:8px 16px;border-radius:999px}
button:hover{text-decoration:underline}
button[aria-busy=true]{cursor:progress}
button:focus-visible{outline:3px solid var(--lyssna-focus);outline-offset:2px;box-shadow:0 0 0 6px var(--lyssna-halo)}
.icon{width:24px;height:24px;fill:currentColor;flex:none}
.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
@media (prefers-reduced-motion:no-preference){button{transition:background-color .15s}}
@media (forced-colors:active){button{border:2px solid ButtonText;forced-color-adjust:auto;background:ButtonFace;color:ButtonText}
  button:focus-visible{outline-color:Highlight;box-shadow:none}.icon{fill:ButtonText}}
`;

export interface LoaderButton {
  host: HTMLElement;
  button: HTMLButtonElement;
  setLabel(text: string): void;
  /** Say something once in the button's polite live region. */
  announce(text: string): void;
  setBusy(busy: boolean): void;
  /** Does the button have keyboard focus (the player's launcher must take it over)? */
  hasFocus(): boolean;
}

/** Constructed sheets pass `style-src 'self'`; a <style> is the fallback where they do not exist. */
function adopt(root: ShadowRoot, css: string): void {
  const win = root.ownerDocument.defaultView;
  if (win && 'adoptedStyleSheets' in root && 'replaceSync' in win.CSSStyleSheet.prototype) {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else {
    const style = root.ownerDocument.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

export function drawLoaderButton(
  doc: Document,
  config: WidgetConfig,
  label: string,
  uiLang: string,
  dir: 'ltr' | 'rtl',
): LoaderButton {
  const host = doc.createElement(HOST_TAG);
  const mount = doc.querySelector('[data-lyssna-button]');
  host.setAttribute('placement', mount ? 'inline' : 'floating');
  host.setAttribute('position', config.position);
  host.setAttribute('theme', config.theme);
  host.setAttribute('lang', uiLang);
  const root = host.attachShadow({ mode: 'open' });
  adopt(root, LOADER_CSS);
  if (config.color) {
    const rgb = toRgb(config.color, doc);
    if (rgb) adopt(root, `:host{--lyssna-accent:${config.color};--lyssna-on-accent:${textColorFor(rgb)}}`);
  }
  const svg = doc.createElementNS(SVG_NS, 'svg');
  for (const [k, v] of [
    ['viewBox', '0 0 24 24'],
    ['aria-hidden', 'true'],
    ['focusable', 'false'],
    ['class', 'icon'],
  ])
    svg.setAttribute(k!, v!);
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', SPEAKER);
  svg.append(path);
  const text = doc.createElement('span');
  text.textContent = label;
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  button.setAttribute('aria-expanded', 'false');
  button.append(svg, text);
  const live = doc.createElement('div');
  live.className = 'sr';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('aria-atomic', 'true');
  const container = doc.createElement('div');
  container.className = 'root';
  container.setAttribute('dir', dir);
  container.append(button, live);
  root.append(container);
  (mount ?? doc.body).append(host);
  return {
    host,
    button,
    setLabel: (t) => {
      text.textContent = t;
    },
    announce: (t) => {
      live.textContent = t;
    },
    setBusy: (busy) => {
      if (busy) button.setAttribute('aria-busy', 'true');
      else button.removeAttribute('aria-busy');
    },
    hasFocus: () => root.activeElement === button,
  };
}

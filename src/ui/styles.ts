// The player's styles, isolated in its shadow root. Sizes follow WCAG 2.2: 44×44 px targets, a 3 px focus
// ring with a halo that shows on any background, no motion when the reader asks for less.

/** Minimum target size (WCAG 2.5.5 AAA size, comfortably above 2.5.8's 24 px AA). */
export const TARGET_PX = 44;

export const PLAYER_CSS = `
:host{all:initial;display:inline-block;font:16px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;
  --lyssna-bg:#ffffff;--lyssna-fg:#1a1a1a;--lyssna-border:#595959;--lyssna-muted:#4a4a4a;
  --lyssna-accent:#1d4ed8;--lyssna-on-accent:#ffffff;--lyssna-focus:#1a1a1a;--lyssna-halo:#ffffff;
  --lyssna-hover:#e8eefc;color:var(--lyssna-fg)}
:host([theme=dark]){--lyssna-bg:#1e1e1e;--lyssna-fg:#f2f2f2;--lyssna-border:#a6a6a6;--lyssna-muted:#d0d0d0;
  --lyssna-accent:#93c5fd;--lyssna-on-accent:#000000;--lyssna-focus:#ffffff;--lyssna-halo:#000000;--lyssna-hover:#2d3748}
@media (prefers-color-scheme:dark){:host([theme=auto]){--lyssna-bg:#1e1e1e;--lyssna-fg:#f2f2f2;
  --lyssna-border:#a6a6a6;--lyssna-muted:#d0d0d0;--lyssna-accent:#93c5fd;--lyssna-on-accent:#000000;
  --lyssna-focus:#ffffff;--lyssna-halo:#000000;--lyssna-hover:#2d3748}}
:host([hidden]){display:none}
:host([placement=floating]){position:fixed;z-index:2147483000;inset-block-end:16px;inset-inline-end:16px}
:host([placement=floating][position=bottom-start]){inset-inline-end:auto;inset-inline-start:16px}
:host([placement=floating][position=top-end]){inset-block-end:auto;inset-block-start:16px}
:host([placement=floating][position=top-start]){inset-block-end:auto;inset-block-start:16px;inset-inline-end:auto;inset-inline-start:16px}
:host([placement=inline]){display:block;margin-block:8px}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none !important}
.root{display:flex;flex-direction:column;align-items:flex-start;gap:8px;max-width:calc(100vw - 32px)}
:host([placement=floating]) .root{align-items:flex-end}
:host([placement=floating][position$=start]) .root{align-items:flex-start}
:host([placement=floating][position^=bottom]) .root{flex-direction:column-reverse}
button,select{font:inherit;color:inherit;margin:0}
button{min-width:${TARGET_PX}px;min-height:${TARGET_PX}px;display:inline-flex;align-items:center;justify-content:center;
  gap:6px;padding:6px 10px;border:2px solid var(--lyssna-border);border-radius:8px;background:var(--lyssna-bg);
  color:var(--lyssna-fg);cursor:pointer}
button:hover{background:var(--lyssna-hover)}
button:focus-visible,select:focus-visible,input:focus-visible,.panel:focus-visible{outline:3px solid var(--lyssna-focus);
  outline-offset:2px;box-shadow:0 0 0 6px var(--lyssna-halo)}
.icon{width:24px;height:24px;fill:currentColor;flex:none}
.launcher{background:var(--lyssna-accent);color:var(--lyssna-on-accent);border-color:var(--lyssna-accent);
  font-weight:600;padding:8px 16px;border-radius:999px}
.launcher:hover{background:var(--lyssna-accent);text-decoration:underline}
.launcher[aria-expanded=true]{border-color:var(--lyssna-fg)}
.panel{background:var(--lyssna-bg);color:var(--lyssna-fg);border:2px solid var(--lyssna-border);border-radius:12px;
  padding:8px;display:flex;flex-direction:column;gap:8px;max-width:min(560px,calc(100vw - 32px));
  max-height:calc(100vh - 96px);overflow:auto;box-shadow:0 4px 16px rgba(0,0,0,.25)}
.controls{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.play{background:var(--lyssna-accent);color:var(--lyssna-on-accent);border-color:var(--lyssna-accent)}
.play:hover{background:var(--lyssna-accent);text-decoration:underline}
.speed{display:inline-flex;align-items:center;gap:6px}
select{min-height:${TARGET_PX}px;max-width:100%;min-width:0;padding:6px;border:2px solid var(--lyssna-border);border-radius:8px;
  background:var(--lyssna-bg);color:var(--lyssna-fg)}
.status{margin:0;color:var(--lyssna-muted);font-size:14px}
.follow[aria-pressed=true]{background:var(--lyssna-hover)}
.close{margin-inline-start:auto}
.message{margin:0;padding:8px;border-inline-start:4px solid var(--lyssna-accent);max-width:60ch}
.message p{margin:0 0 6px}
.message ul{margin:0 0 6px;padding-inline-start:20px}
.message li{margin-block-end:4px}
.settings{display:flex;flex-direction:column;gap:8px;border-block-start:1px solid var(--lyssna-border);padding-block-start:8px}
.field{display:flex;flex-wrap:wrap;align-items:center;gap:8px;max-width:100%}
.field label{flex:1 1 auto}
.check{display:flex;align-items:center;gap:10px;min-height:${TARGET_PX}px;cursor:pointer}
.check input{width:24px;height:24px;margin:0;accent-color:var(--lyssna-accent)}
.note{margin:0;font-size:14px;color:var(--lyssna-muted);max-width:60ch}
.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.root[dir=rtl] .mirror{transform:scaleX(-1)}
@media (prefers-reduced-motion:no-preference){button{transition:background-color .15s}}
@media (forced-colors:active){button,select,.panel{border:2px solid ButtonText;forced-color-adjust:auto}
  .launcher,.play{background:ButtonFace;color:ButtonText}
  button:focus-visible,select:focus-visible,input:focus-visible{outline-color:Highlight;box-shadow:none}
  .icon{fill:ButtonText}}
`;

export const SELECTION_CSS = `
:host{all:initial;position:fixed;z-index:2147483001;top:0;left:0}
:host([hidden]){display:none}
button{font:600 16px/1.2 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;min-width:${TARGET_PX}px;
  min-height:${TARGET_PX}px;display:inline-flex;align-items:center;gap:6px;padding:6px 12px;border-radius:999px;
  border:2px solid #1d4ed8;background:#1d4ed8;color:#fff;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.3)}
button:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px;box-shadow:0 0 0 6px #fff}
.icon{width:20px;height:20px;fill:currentColor}
@media (forced-colors:active){button{border-color:ButtonText;background:ButtonFace;color:ButtonText}
  .icon{fill:ButtonText}}
`;

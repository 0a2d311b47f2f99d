// The player's view: launcher + panel in a shadow root, rendered from a state object, reporting commands.
// It knows nothing of players or pages, so the widget's custom element and the extension's in-page host both
// mount it (content scripts have no customElements registry: mountPlayerView works on any shadow root).

import { SENTENCE_COLORS } from './color.ts';
import { adoptStyles, h, icon } from './dom.ts';
import { ICONS } from './icons.ts';
import type {
  PlayerView,
  PlayerViewOptions,
  PlayerViewState,
  ViewCommand,
  ViewMessage,
  VoiceChoice,
} from './player-view-types.ts';
import { RATE_STEPS, rateLabel } from './speeds.ts';
import { PLAYER_CSS } from './styles.ts';
import { createInputGate } from './trusted-input.ts';

/** Which keys skip inside the player, per direction (arrows follow the reading direction in RTL). */
export function keyCommand(key: string, dir: 'ltr' | 'rtl'): ViewCommand | null {
  const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  if (key === back) return { command: 'prev-sentence' };
  if (key === forward) return { command: 'next-sentence' };
  if (key === 'ArrowUp') return { command: 'prev-block' };
  if (key === 'ArrowDown') return { command: 'next-block' };
  return null;
}

/** Controls that use arrows or Space themselves: the player's key handling leaves them alone. */
function ownsKeys(target: EventTarget | null): boolean {
  return target instanceof Element && /^(SELECT|INPUT|TEXTAREA)$/.test(target.tagName);
}

export function mountPlayerView(root: ShadowRoot, options: PlayerViewOptions): PlayerView {
  const doc = root.ownerDocument;
  let strings = options.strings;
  let dir = options.dir;
  let state: PlayerViewState | null = null;
  const send = (c: ViewCommand) => options.onCommand(c);
  const isUserInput = options.trustedOnly ? createInputGate(root) : () => true;
  /** Every listener goes through here, so a synthetic event never acts where only user input may. */
  const listen = <E extends Event>(target: EventTarget, type: string, fn: (e: E) => void): void => {
    target.addEventListener(type, (e) => {
      if (!isUserInput(e)) return;
      fn(e as E);
    });
  };

  adoptStyles(root, [PLAYER_CSS]);

  const button = (cls: string, iconPath: string, onClick: () => void, mirror = false) => {
    const ic = icon(doc, iconPath);
    if (mirror) ic.classList.add('mirror');
    const b = h(doc, 'button', { type: 'button', class: cls }, [ic]);
    listen(b, 'click', onClick);
    return b;
  };

  const launcherText = h(doc, 'span', {}, []);
  const launcher = h(doc, 'button', { type: 'button', class: 'launcher', 'aria-expanded': 'false' }, [
    icon(doc, ICONS.speaker),
    launcherText,
  ]);
  listen(launcher, 'click', () => send({ command: 'launcher' }));
  for (const type of ['pointerenter', 'pointerdown', 'focus'] as const) {
    listen(launcher, type, () => send({ command: 'warm' }));
  }

  const playIcon = icon(doc, ICONS.play);
  const pauseIcon = icon(doc, ICONS.pause);
  const playLabel = h(doc, 'span', {}, []);
  const play = h(doc, 'button', { type: 'button', class: 'play' }, [playIcon, pauseIcon, playLabel]);
  listen(play, 'click', () => send({ command: 'toggle' }));
  const stop = button('stop', ICONS.stop, () => send({ command: 'stop' }));
  const prevBlock = button('prev-block', ICONS.prevParagraph, () => send({ command: 'prev-block' }), true);
  const prevSentence = button(
    'prev-sentence',
    ICONS.prevSentence,
    () => send({ command: 'prev-sentence' }),
    true,
  );
  const nextSentence = button(
    'next-sentence',
    ICONS.nextSentence,
    () => send({ command: 'next-sentence' }),
    true,
  );
  const nextBlock = button('next-block', ICONS.nextParagraph, () => send({ command: 'next-block' }), true);
  const speedLabel = h(doc, 'label', { for: 'lyssna-speed' }, []);
  const speed = h(doc, 'select', { id: 'lyssna-speed' }, []);
  listen(speed, 'change', () => send({ command: 'rate', value: Number(speed.value) }));
  const settingsBtn = button('settings-btn', ICONS.settings, () => send({ command: 'settings' }));
  settingsBtn.setAttribute('aria-expanded', 'false');
  settingsBtn.setAttribute('aria-controls', 'lyssna-settings');
  const close = button('close', ICONS.close, () => send({ command: 'close' }));

  const followText = h(doc, 'span', {}, []);
  const follow = h(doc, 'button', { type: 'button', class: 'follow', 'aria-pressed': 'true' }, [
    icon(doc, ICONS.follow),
    followText,
  ]);
  listen(follow, 'click', () => send({ command: 'follow' }));
  const transport = h(doc, 'div', { class: 'controls' }, [
    play,
    stop,
    prevBlock,
    prevSentence,
    nextSentence,
    nextBlock,
  ]);
  const speedBox = h(doc, 'span', { class: 'speed' }, [speedLabel, speed]);
  const secondary = h(doc, 'div', { class: 'controls' }, [speedBox, settingsBtn, follow, close]);
  const status = h(doc, 'p', { class: 'status' }, []);
  const message = h(doc, 'div', { class: 'message', hidden: true }, []);

  // Settings panel.
  const settings = h(doc, 'div', { class: 'settings', id: 'lyssna-settings', hidden: true }, []);
  const voicesBox = h(doc, 'div', { class: 'voices' }, []);
  const check = (key: 'sentenceHighlight' | 'wordHighlight' | 'autoScroll') => {
    const input = h(doc, 'input', { type: 'checkbox', id: `lyssna-${key}` }, []);
    listen(input, 'change', () => send({ command: 'setting', key, value: input.checked }));
    const text = h(doc, 'span', {}, []);
    return { input, text, label: h(doc, 'label', { class: 'check', for: `lyssna-${key}` }, [input, text]) };
  };
  const checks = {
    sentenceHighlight: check('sentenceHighlight'),
    wordHighlight: check('wordHighlight'),
    autoScroll: check('autoScroll'),
  };
  const colorSelect = (key: 'sentenceColor' | 'wordColor') => {
    const select = h(doc, 'select', { id: `lyssna-${key}` }, []);
    listen(select, 'change', () => send({ command: 'color', key, value: select.value }));
    const label = h(doc, 'label', { for: `lyssna-${key}` }, []);
    return { select, label, field: h(doc, 'div', { class: 'field' }, [label, select]) };
  };
  const colors = { sentenceColor: colorSelect('sentenceColor'), wordColor: colorSelect('wordColor') };
  const highlightNote = h(doc, 'p', { class: 'note', hidden: true }, []);
  const keysNote = h(doc, 'p', { class: 'note' }, []);
  settings.append(
    voicesBox,
    checks.sentenceHighlight.label,
    colors.sentenceColor.field,
    checks.wordHighlight.label,
    colors.wordColor.field,
    checks.autoScroll.label,
    highlightNote,
    keysNote,
  );

  const panel = h(
    doc,
    'div',
    { class: 'panel', id: 'lyssna-panel', role: 'region', tabindex: '-1', hidden: true },
    [transport, secondary, status, message, settings],
  );
  launcher.setAttribute('aria-controls', 'lyssna-panel');
  const live = h(
    doc,
    'div',
    { class: 'sr', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' },
    [],
  );
  const container = h(doc, 'div', { class: 'root', dir }, [launcher, panel, live]);
  root.append(container);

  listen<KeyboardEvent>(panel, 'keydown', (e) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      if (state?.settingsOpen) {
        send({ command: 'settings' });
        settingsBtn.focus();
      } else {
        send({ command: 'close' });
      }
      return;
    }
    if (ownsKeys(e.target) || !state?.canPlay) return;
    if (e.key === ' ' && !(e.target instanceof HTMLButtonElement)) {
      // Buttons keep their own Space (activate); elsewhere in the player Space plays and pauses.
      e.preventDefault();
      send({ command: 'toggle' });
      return;
    }
    const c = keyCommand(e.key, dir);
    if (c) {
      e.preventDefault();
      send(c);
    }
  });

  /**
   * The speed steps, plus the current rate when it is not one of them (the extension's popup offers 2.5× and
   * 3×): the box never shows blank.
   */
  const fillSpeed = (current?: number) => {
    const steps: number[] = [...RATE_STEPS];
    if (current !== undefined && !steps.includes(current)) steps.push(current);
    steps.sort((a, b) => a - b);
    speed.replaceChildren(
      ...steps.map((r) => h(doc, 'option', { value: String(r) }, [rateLabel(r, strings.decimal)])),
    );
  };

  const applyStrings = () => {
    container.setAttribute('dir', dir);
    panel.setAttribute('aria-label', strings.region);
    for (const [b, label] of [
      [stop, strings.stop],
      [prevBlock, strings.prevParagraph],
      [prevSentence, strings.prevSentence],
      [nextSentence, strings.nextSentence],
      [nextBlock, strings.nextParagraph],
      [settingsBtn, strings.settings],
      [close, strings.close],
    ] as const) {
      b.setAttribute('aria-label', label);
      b.title = label;
    }
    speedLabel.textContent = strings.speed;
    followText.textContent = strings.follow;
    checks.sentenceHighlight.text.textContent = strings.sentenceHighlight;
    checks.wordHighlight.text.textContent = strings.wordHighlight;
    checks.autoScroll.text.textContent = strings.autoScroll;
    colors.sentenceColor.label.textContent = strings.sentenceColor;
    colors.wordColor.label.textContent = strings.wordColor;
    highlightNote.textContent = strings.noHighlightApi;
    keysNote.textContent = strings.keysHelp;
    fillSpeed(state?.settings.rate);
    for (const c of [colors.sentenceColor, colors.wordColor]) {
      c.select.replaceChildren(
        ...['site', ...Object.keys(SENTENCE_COLORS)].map((k) =>
          h(doc, 'option', { value: k }, [strings.colorNames[k] ?? k]),
        ),
      );
    }
  };
  applyStrings();

  const renderMessage = (m: ViewMessage | null) => {
    message.hidden = !m;
    if (!m) {
      message.replaceChildren();
      return;
    }
    const parts: Node[] = [h(doc, 'p', {}, [m.text])];
    if (m.steps?.length) {
      if (m.stepsIntro) parts.push(h(doc, 'p', {}, [m.stepsIntro]));
      parts.push(
        h(
          doc,
          'ul',
          {},
          m.steps.map((s) => h(doc, 'li', {}, [h(doc, 'strong', {}, [`${s.platform}: `]), s.how])),
        ),
      );
    }
    for (const a of m.actions ?? []) {
      const b = h(doc, 'button', { type: 'button', 'data-action': a.id }, [a.label]);
      listen(b, 'click', () => send({ command: 'action', id: a.id }));
      parts.push(b);
    }
    message.replaceChildren(...parts);
  };

  const renderVoices = (choices: VoiceChoice[]) => {
    voicesBox.replaceChildren(
      ...choices.map((c) => {
        const id = `lyssna-voice-${c.lang}`;
        const select = h(doc, 'select', { id }, [
          h(doc, 'option', { value: '' }, [strings.voiceAuto]),
          ...c.voices.map((v) => h(doc, 'option', { value: v.id }, [v.name])),
        ]);
        select.value = c.selected;
        listen(select, 'change', () => send({ command: 'voice', lang: c.lang, id: select.value }));
        return h(doc, 'div', { class: 'field' }, [h(doc, 'label', { for: id }, [c.label]), select]);
      }),
    );
  };

  let lastMessage: ViewMessage | null = null;
  let lastVoices: VoiceChoice[] | null = null;
  let lastAnnounced = '';

  const view: PlayerView = {
    root,
    render(next) {
      const prev = state;
      state = next;
      launcherText.textContent = next.launcherLabel;
      launcher.setAttribute('aria-expanded', String(next.open));
      panel.hidden = !next.open;
      transport.hidden = !next.canPlay;
      speedBox.hidden = !next.canPlay;
      settingsBtn.hidden = !next.canPlay;
      const playing = next.status === 'playing' || next.status === 'loading';
      playIcon.toggleAttribute('hidden', playing);
      pauseIcon.toggleAttribute('hidden', !playing);
      playLabel.textContent = playing
        ? strings.pause
        : next.status === 'paused'
          ? strings.resume
          : strings.play;
      if (![...speed.options].some((o) => o.value === String(next.settings.rate)))
        fillSpeed(next.settings.rate);
      speed.value = String(next.settings.rate);
      settingsBtn.setAttribute('aria-expanded', String(next.settingsOpen));
      settings.hidden = !next.settingsOpen || !next.canPlay;
      follow.hidden = !next.canPlay || !next.settings.autoScroll;
      follow.setAttribute('aria-pressed', String(next.following));
      status.hidden = !next.canPlay || !next.progress;
      status.textContent = next.progress ? strings.progress(next.progress.done, next.progress.total) : '';
      for (const key of ['sentenceHighlight', 'wordHighlight', 'autoScroll'] as const) {
        checks[key].input.checked = next.settings[key];
      }
      colors.sentenceColor.select.value = next.settings.sentenceColor;
      colors.wordColor.select.value = next.settings.wordColor;
      colors.sentenceColor.select.disabled = !next.settings.sentenceHighlight;
      colors.wordColor.select.disabled = !next.settings.wordHighlight;
      highlightNote.hidden = next.highlightSupported;
      if (next.message !== lastMessage) {
        lastMessage = next.message;
        renderMessage(next.message);
      }
      if (next.voices !== lastVoices) {
        lastVoices = next.voices;
        renderVoices(next.voices);
      }
      // Focus never gets lost inside a part that was just hidden.
      const active = root.activeElement;
      if (active && prev && active instanceof HTMLElement) {
        if (!next.open && panel.contains(active)) launcher.focus();
        else if (!next.settingsOpen && settings.contains(active)) settingsBtn.focus();
        else if (!next.canPlay && active !== close && panel.contains(active)) close.focus();
      }
    },
    announce(text) {
      if (!text || text === lastAnnounced) return;
      lastAnnounced = text;
      live.textContent = text;
    },
    focusLauncher: () => launcher.focus(),
    focusPlay() {
      if (state?.canPlay) play.focus();
      else close.focus();
    },
    setStrings(s, d) {
      strings = s;
      dir = d;
      applyStrings();
      lastMessage = null;
      lastVoices = null;
      if (state) view.render(state);
    },
  };
  return view;
}

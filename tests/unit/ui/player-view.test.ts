// The player view on its own (as the extension mounts it): states rendered into ARIA, commands out.
import { beforeEach, describe, expect, test } from 'vitest';
import { STRINGS } from '../../../src/ui/i18n.ts';
import { mountPlayerView } from '../../../src/ui/player-view.ts';
import type { PlayerView, PlayerViewState, ViewCommand } from '../../../src/ui/player-view-types.ts';

let view: PlayerView;
let commands: ViewCommand[];
let root: ShadowRoot;

const STATE: PlayerViewState = {
  open: false,
  status: 'idle',
  canPlay: true,
  launcherLabel: 'Lyssna',
  settingsOpen: false,
  following: true,
  progress: null,
  message: null,
  settings: {
    rate: 1,
    voices: {},
    sentenceHighlight: true,
    wordHighlight: true,
    sentenceColor: 'yellow',
    wordColor: 'orange',
    autoScroll: true,
  },
  voices: [],
  highlightSupported: true,
};

beforeEach(() => {
  document.body.innerHTML = '';
  const host = document.createElement('div'); // any host works: the extension has no custom elements
  document.body.append(host);
  root = host.attachShadow({ mode: 'open' });
  commands = [];
  view = mountPlayerView(root, { strings: STRINGS.sv, dir: 'ltr', onCommand: (c) => commands.push(c) });
  view.render(STATE);
});

const q = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
const key = (el: Element, k: string) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));

describe('rendering', () => {
  test.each([2.5, 3, 1.1])(
    'a rate off the steps (%s×, set in the extension popup) is shown, never a blank box',
    (rate) => {
      view.render({ ...STATE, open: true, settings: { ...STATE.settings, rate } });
      const speed = q<HTMLSelectElement>('#lyssna-speed');
      expect(speed.value).toBe(String(rate));
      const values = [...speed.options].map((o) => Number(o.value));
      expect(values).toEqual([...values].sort((a, b) => a - b));
    },
  );

  test('synthetic events act on nothing when only trusted input may (the extension)', () => {
    document.body.innerHTML = '';
    const host = document.createElement('div');
    document.body.append(host);
    const closed = host.attachShadow({ mode: 'open' });
    const got: ViewCommand[] = [];
    const v = mountPlayerView(closed, {
      strings: STRINGS.sv,
      dir: 'ltr',
      onCommand: (c) => got.push(c),
      trustedOnly: true,
    });
    v.render({ ...STATE, open: true, settingsOpen: true });
    for (const b of closed.querySelectorAll('button')) b.click();
    for (const sel of closed.querySelectorAll('select')) sel.dispatchEvent(new Event('change'));
    key(closed.querySelector('.panel')!, ' ');
    expect(got).toEqual([]);
  });
  test('every button and field has a Swedish accessible name', () => {
    view.render({ ...STATE, open: true, settingsOpen: true });
    for (const b of root.querySelectorAll('button')) {
      expect((b.getAttribute('aria-label') ?? b.textContent ?? '').trim(), b.className).not.toBe('');
    }
    for (const field of root.querySelectorAll('select, input')) {
      expect(root.querySelector(`label[for="${field.id}"]`)?.textContent?.trim(), field.id).toBeTruthy();
    }
  });

  test.each([
    ['idle', 'Spela'],
    ['loading', 'Pausa'],
    ['playing', 'Pausa'],
    ['paused', 'Fortsätt'],
    ['ended', 'Spela'],
  ] as const)('status %s: the play button says %s', (status, label) => {
    view.render({ ...STATE, open: true, status });
    expect(q('button.play').textContent).toBe(label);
  });

  test('aria-expanded follows the panel and the settings; aria-pressed follows "follow the text"', () => {
    expect(q('button.launcher').getAttribute('aria-expanded')).toBe('false');
    view.render({ ...STATE, open: true, settingsOpen: true, following: false });
    expect(q('button.launcher').getAttribute('aria-expanded')).toBe('true');
    expect(q('button.settings-btn').getAttribute('aria-expanded')).toBe('true');
    expect(q('button.follow').getAttribute('aria-pressed')).toBe('false');
  });

  test('a message with install steps and an offer button', () => {
    view.render({
      ...STATE,
      open: true,
      message: {
        text: 'Det finns ingen röst för svenska på den här enheten.',
        stepsIntro: 'Så lägger du till en röst:',
        steps: [{ platform: 'Linux', how: 'Installera espeak-ng.' }],
        actions: [{ id: 'use-related:sv:nb', label: 'Använd rösten Norsk (norska)' }],
      },
    });
    expect(q('.message li').textContent).toBe('Linux: Installera espeak-ng.');
    q('.message button').click();
    expect(commands).toEqual([{ command: 'action', id: 'use-related:sv:nb' }]);
  });

  test('without the Highlight API the settings say so', () => {
    view.render({ ...STATE, open: true, settingsOpen: true, highlightSupported: false });
    expect(q('.note:not([hidden])').textContent).toBe(STRINGS.sv.noHighlightApi);
  });

  test('closing the panel while focus is inside moves focus to the launcher', () => {
    view.render({ ...STATE, open: true });
    q('button.stop').focus();
    view.render({ ...STATE, open: false });
    expect(root.activeElement).toBe(q('button.launcher'));
  });

  test('English strings and right-to-left on the fly', () => {
    view.setStrings(STRINGS.en, 'rtl');
    expect(q('button.launcher').textContent).toBe('Lyssna'); // the label comes with the state
    expect(q('button.stop').getAttribute('aria-label')).toBe('Stop');
    expect(q('.root').getAttribute('dir')).toBe('rtl');
  });
});

describe('commands', () => {
  test.each([
    ['button.launcher', 'launcher'],
    ['button.play', 'toggle'],
    ['button.stop', 'stop'],
    ['button.prev-block', 'prev-block'],
    ['button.next-sentence', 'next-sentence'],
    ['button.settings-btn', 'settings'],
    ['button.close', 'close'],
    ['button.follow', 'follow'],
  ])('%s → %s', (sel, command) => {
    view.render({ ...STATE, open: true });
    q(sel).click();
    expect(commands).toEqual([{ command }]);
  });

  test('hover or focus on the launcher asks to prepare', () => {
    q('button.launcher').dispatchEvent(new Event('pointerenter'));
    expect(commands).toEqual([{ command: 'warm' }]);
  });

  test('Space on the panel itself plays/pauses; on a button it is left to the button', () => {
    view.render({ ...STATE, open: true });
    key(q('.panel'), ' ');
    expect(commands).toEqual([{ command: 'toggle' }]);
    commands.length = 0;
    expect(key(q('button.stop'), ' ')).toBe(true); // not cancelled: the button's own activation happens
    expect(commands).toEqual([]);
  });

  test('settings controls report their values', () => {
    view.render({ ...STATE, open: true, settingsOpen: true });
    q<HTMLInputElement>('#lyssna-wordHighlight').click();
    const color = q<HTMLSelectElement>('#lyssna-wordColor');
    color.value = 'blue';
    color.dispatchEvent(new Event('change'));
    expect(commands).toEqual([
      { command: 'setting', key: 'wordHighlight', value: false },
      { command: 'color', key: 'wordColor', value: 'blue' },
    ]);
  });
});

// The loader's pure parts: where the player comes from, whether a late player may still start speech for
// the reader's click, and window.Lyssna's queue before the player is there.

import { describe, expect, test, vi } from 'vitest';
import { canStartSpeechNow, TRANSIENT_ACTIVATION_MS } from '../../../widget/activation.ts';
import { createQueuedApi, type LyssnaApi } from '../../../widget/api.ts';
import { playerUrl } from '../../../widget/loader-fetch.ts';
import { UA } from '../../fakes/player-harness.ts';

describe('playerUrl: the player sits in the loader’s own directory', () => {
  test.each([
    ['https://www.kommun.se/js/lyssna.js', 0, 'https://www.kommun.se/js/lyssna-player.js?v=0.1.0'],
    [
      'https://cdn.example.net/npm/lyssna@0.1.0/dist/widget/lyssna.js',
      0,
      'https://cdn.example.net/npm/lyssna@0.1.0/dist/widget/lyssna-player.js?v=0.1.0',
    ],
    [
      'https://www.kommun.se/webdav/files/lyssna/lyssna.js?v=3#x',
      0,
      'https://www.kommun.se/webdav/files/lyssna/lyssna-player.js?v=0.1.0',
    ],
    ['https://www.kommun.se/lyssna.js', 2, 'https://www.kommun.se/lyssna-player.js?v=0.1.0&retry=2'],
    // No src (the loader inlined by a bundler): the page's own directory.
    ['', 0, 'https://www.kommun.se/bo/lyssna-player.js?v=0.1.0'],
  ])('%s (attempt %i) → %s', (src, attempt, want) => {
    expect(playerUrl(src, 'https://www.kommun.se/bo/bygglov.html', '0.1.0', attempt)).toBe(want);
  });
});

describe('canStartSpeechNow: a player that arrives after the click', () => {
  const late = TRANSIENT_ACTIVATION_MS + 1;
  test.each([
    // Chromium checks sticky activation (any earlier click), Firefox none at all: always.
    ['Chrome/Linux, activation expired', UA.chromeLinux, { isActive: false }, late, true],
    ['Chrome/Android, activation expired', UA.chromeAndroid, { isActive: false }, late, true],
    ['Firefox/Windows, no userActivation', UA.firefoxWindows, undefined, late, true],
    // WebKit wants the gesture itself: only while the activation is live.
    ['Safari/iOS, activation live', UA.safariIos, { isActive: true }, late, true],
    ['Safari/iOS, activation expired', UA.safariIos, { isActive: false }, 100, false],
    ['Safari/macOS without userActivation, soon', UA.safariMac, undefined, 100, true],
    ['Safari/macOS without userActivation, late', UA.safariMac, undefined, late, false],
  ])('%s → %s', (_name, ua, activation, ms, want) => {
    expect(canStartSpeechNow(ua, activation, ms)).toBe(want);
  });
});

describe('createQueuedApi: window.Lyssna before the player', () => {
  /** A player's API that logs calls, and fires its listeners on demand. */
  function fakeApi(log: string[]): { real: LyssnaApi; fire(type: string, detail: unknown): void } {
    const listeners = new Map<string, Set<(d: never) => void>>();
    const real: LyssnaApi = {
      version: '0.1.0',
      play: () => log.push('play'),
      pause: () => log.push('pause'),
      stop: () => log.push('stop'),
      read(t) {
        log.push(`read ${typeof t === 'string' ? t : t.id}`);
        return true;
      },
      open: () => log.push('open'),
      close: () => log.push('close'),
      status: 'playing',
      plan: null,
      on(type, fn) {
        if (!listeners.has(type)) listeners.set(type, new Set());
        listeners.get(type)!.add(fn as (d: never) => void);
        return () => listeners.get(type)?.delete(fn as (d: never) => void);
      },
      off: (type, fn) => void listeners.get(type)?.delete(fn as (d: never) => void),
    };
    return {
      real,
      fire(type, detail) {
        for (const f of listeners.get(type) ?? []) f(detail as never);
      },
    };
  }

  test('calls that need the player are queued in order and run once it is attached; the rest do nothing', () => {
    document.body.innerHTML = '<section id="avgifter"><p>Avgift</p></section>';
    const wanted: ((api: LyssnaApi) => void)[] = [];
    const want = vi.fn((call: (api: LyssnaApi) => void) => wanted.push(call));
    const { api, attach } = createQueuedApi(document, want);
    expect(api.status).toBe('idle');
    expect(api.plan).toBeNull();
    api.pause();
    api.stop();
    api.close();
    expect(want).not.toHaveBeenCalled(); // nothing to pause yet: no fetch for it
    api.open();
    expect(api.read('#avgifter')).toBe(true);
    expect(api.read('#saknas')).toBe(false);
    expect(api.read('::not a selector')).toBe(false);
    api.play();
    expect(want).toHaveBeenCalledTimes(3);
    const log: string[] = [];
    attach(fakeApi(log).real);
    for (const call of wanted) call(api);
    expect(log).toEqual(['open', 'read avgifter', 'play']);
    // Attached: straight through.
    api.pause();
    expect(log.at(-1)).toBe('pause');
    expect(api.status).toBe('playing');
  });

  test('listeners wait for the player, move to it, and unsubscribe before or after', () => {
    const { api, attach, emit } = createQueuedApi(document, () => undefined);
    const early = vi.fn();
    const dropped = vi.fn();
    api.on('statechange', early);
    const off = api.on('statechange', dropped);
    emit('error', { code: 'player-load-failed', message: 'x', fatal: true });
    off();
    const { real, fire } = fakeApi([]);
    attach(real);
    fire('statechange', { status: 'playing', previous: 'idle' });
    expect(early).toHaveBeenCalledWith({ status: 'playing', previous: 'idle' });
    expect(dropped).not.toHaveBeenCalled();
    api.off('statechange', early);
    fire('statechange', { status: 'paused', previous: 'playing' });
    expect(early).toHaveBeenCalledTimes(1);
  });

  test('emit reaches the listeners of that type (the player failed to load)', () => {
    const { api, emit } = createQueuedApi(document, () => undefined);
    const onError = vi.fn();
    const onState = vi.fn();
    api.on('error', onError);
    api.on('statechange', onState);
    emit('error', { code: 'player-load-failed', message: 'Uppläsningen kunde inte laddas.', fatal: true });
    expect(onError).toHaveBeenCalledWith({
      code: 'player-load-failed',
      message: 'Uppläsningen kunde inte laddas.',
      fatal: true,
    });
    expect(onState).not.toHaveBeenCalled();
  });
});

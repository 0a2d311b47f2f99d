// "Lyssna härifrån": the content script remembers the last real right-click, for a while, once.
import { describe, expect, test } from 'vitest';
import { CONTEXT_TARGET_MAX_AGE_MS, trackContextTarget } from '../../../src/extension/context-target.ts';

function setup() {
  document.body.innerHTML = '<p id="a">Första stycket.</p><p id="b">Andra stycket.</p>';
  let now = 1_000;
  const tracker = trackContextTarget(document, () => now);
  const rightClick = (id: string, trusted = true) => {
    const el = document.getElementById(id)!;
    const e = new MouseEvent('contextmenu', { bubbles: true, clientX: 1, clientY: 1 });
    // happy-dom marks script-made events untrusted, like browsers do; a real right-click is trusted.
    if (trusted) Object.defineProperty(e, 'isTrusted', { value: true });
    el.dispatchEvent(e);
  };
  return { tracker, rightClick, tick: (ms: number) => (now += ms) };
}

describe('trackContextTarget', () => {
  test('remembers the right-clicked paragraph', () => {
    const { tracker, rightClick } = setup();
    rightClick('b');
    const t = tracker.take();
    expect((t?.node as Element | undefined)?.id ?? t?.node.parentElement?.id).toBe('b');
  });

  test.each([
    ['a synthetic (page-made) event is ignored', (s: ReturnType<typeof setup>) => s.rightClick('a', false)],
    [
      'a stale right-click is forgotten',
      (s: ReturnType<typeof setup>) => {
        s.rightClick('a');
        s.tick(CONTEXT_TARGET_MAX_AGE_MS + 1);
      },
    ],
    [
      'a removed element is forgotten',
      (s: ReturnType<typeof setup>) => {
        s.rightClick('a');
        document.getElementById('a')!.remove();
      },
    ],
  ])('%s', (_name, act) => {
    const s = setup();
    act(s);
    expect(s.tracker.take()).toBeNull();
  });

  test('a target is used once', () => {
    const { tracker, rightClick } = setup();
    rightClick('a');
    expect(tracker.take()).not.toBeNull();
    expect(tracker.take()).toBeNull();
  });
});

// The handshake with a page's own widget: only a widget that answers is driven; a bare element is not one.
import { describe, expect, test } from 'vitest';
import { commandPageWidget, findPageWidget } from '../../../src/extension/page-widget.ts';
import { obeyPageCommand, PAGE_COMMAND_EVENT } from '../../../src/ui/page-command.ts';

function page(withWidget: boolean) {
  document.body.innerHTML = '<lyssna-player></lyssna-player><p>Text.</p>';
  const calls: string[] = [];
  const target = {
    status: 'idle',
    play: () => void calls.push('play'),
    pause: () => void calls.push('pause'),
    stop: () => void calls.push('stop'),
    readSelection: () => {
      calls.push('read-selection');
      return true;
    },
  };
  const listener = (e: Event) => obeyPageCommand(document, target, (e as CustomEvent<unknown>).detail);
  if (withWidget) document.addEventListener(PAGE_COMMAND_EVENT, listener);
  return { calls, remove: () => document.removeEventListener(PAGE_COMMAND_EVENT, listener) };
}

describe('findPageWidget', () => {
  test('a bare <lyssna-player> that nobody answers for is not a widget', () => {
    page(false);
    expect(findPageWidget(document)).toBeNull();
  });

  test('a running widget answers the ping and is then driven; the ping itself runs no command', () => {
    const { calls, remove } = page(true);
    expect(findPageWidget(document)?.localName).toBe('lyssna-player');
    expect(calls).toEqual([]);
    commandPageWidget(document, 'toggle');
    expect(calls).toEqual(['play']);
    remove();
  });

  test('a page answering with the wrong nonce is not a widget', () => {
    document.body.innerHTML = '<lyssna-player></lyssna-player>';
    const fake = () => document.dispatchEvent(new CustomEvent('lyssna:answer', { detail: 'guess' }));
    document.addEventListener(PAGE_COMMAND_EVENT, fake);
    expect(findPageWidget(document)).toBeNull();
    document.removeEventListener(PAGE_COMMAND_EVENT, fake);
  });

  test('a widget loading after an unanswered ping is found on its own new element', () => {
    const { remove } = page(false);
    expect(findPageWidget(document)).toBeNull();
    const target = { status: 'idle', play() {}, pause() {}, stop() {}, readSelection: () => false };
    const listener = (e: Event) => obeyPageCommand(document, target, (e as CustomEvent<unknown>).detail);
    document.addEventListener(PAGE_COMMAND_EVENT, listener);
    document.body.append(document.createElement('lyssna-player'));
    expect(findPageWidget(document)).toBe(document.querySelectorAll('lyssna-player')[1]);
    document.removeEventListener(PAGE_COMMAND_EVENT, listener);
    remove();
  });
});

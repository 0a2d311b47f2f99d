// Message validation: what each channel accepts, by shape and by sender. Anything else is dropped.
import { describe, expect, test } from 'vitest';
import {
  acceptContentMessage,
  acceptTtsPort,
  acceptWorkerMessage,
  parseTabCommand,
  parseTtsClientMessage,
  parseTtsServerMessage,
  type SenderLike,
} from '../../../src/extension/messages.ts';

const SELF = 'abcdefghijklmnopabcdefghijklmnop';
const OTHER = 'ponmlkjihgfedcbaponmlkjihgfedcba';
const speak = { type: 'speak', id: 1, text: 'Hej.', lang: 'sv', rate: 1, pitch: 1, volume: 1 };
const voice = {
  id: 'Swedish espeak-ng',
  name: 'Swedish espeak-ng',
  lang: 'sv',
  localService: true,
  default: false,
};

describe('speech port: content script → worker', () => {
  test.each([
    ['a plain sentence', speak],
    ['with a voice name', { ...speak, voiceName: 'Swedish espeak-ng' }],
    ['a region tag with underscore', { ...speak, lang: 'sv_SE' }],
    ['cancel', { type: 'cancel' }],
    ['ping', { type: 'ping' }],
    ['voices', { type: 'voices', id: 7 }],
  ])('accepts %s', (_name, msg) => {
    expect(parseTtsClientMessage(msg)).toEqual(msg);
  });

  test.each([
    ['null', null],
    ['a string', 'speak'],
    ['an array', [speak]],
    ['unknown type', { type: 'eval', code: '1' }],
    ['empty text (wedges Chromium)', { ...speak, text: '' }],
    ['whitespace text', { ...speak, text: ' \n ' }],
    ['text over the cap', { ...speak, text: 'a'.repeat(40_000) }],
    ['rate 0', { ...speak, rate: 0 }],
    ['rate 11', { ...speak, rate: 11 }],
    ['rate NaN', { ...speak, rate: Number.NaN }],
    ['rate as string', { ...speak, rate: '1' }],
    ['pitch 3', { ...speak, pitch: 3 }],
    ['volume 2', { ...speak, volume: 2 }],
    ['negative id', { ...speak, id: -1 }],
    ['fractional id', { ...speak, id: 1.5 }],
    ['lang with spaces', { ...speak, lang: 'sv SE' }],
    ['lang injection', { ...speak, lang: '<script>' }],
    ['empty voice name', { ...speak, voiceName: '' }],
    ['an extra key', { ...speak, extensionId: 'x' }],
    ['cancel with extra key', { type: 'cancel', all: true }],
    ['voices without id', { type: 'voices' }],
  ])('rejects %s', (_name, msg) => {
    expect(parseTtsClientMessage(msg)).toBeNull();
  });
});

describe('speech port: worker → content script', () => {
  test.each([
    ['start', { type: 'event', id: 3, event: 'start' }],
    ['end', { type: 'event', id: 3, event: 'end' }],
    ['boundary', { type: 'event', id: 3, event: 'boundary', charIndex: 4, charLength: 3 }],
    ['boundary without length', { type: 'event', id: 3, event: 'boundary', charIndex: 0 }],
    ['error', { type: 'event', id: 3, event: 'error', code: 'interrupted' }],
    ['voices', { type: 'voices', id: 2, voices: [voice] }],
    ['voice with no language', { type: 'voices', id: 2, voices: [{ ...voice, lang: '' }] }],
  ])('accepts %s', (_name, msg) => {
    expect(parseTtsServerMessage(msg)).toEqual(msg);
  });

  test.each([
    ['unknown event', { type: 'event', id: 3, event: 'explode' }],
    ['boundary without index', { type: 'event', id: 3, event: 'boundary' }],
    ['error with unknown code', { type: 'event', id: 3, event: 'error', code: 'rm -rf' }],
    ['error without code', { type: 'event', id: 3, event: 'error' }],
    ['a voice with a bad field', { type: 'voices', id: 2, voices: [{ ...voice, localService: 'yes' }] }],
    ['a voice with an extra field', { type: 'voices', id: 2, voices: [{ ...voice, html: '<b>' }] }],
    ['voices not an array', { type: 'voices', id: 2, voices: {} }],
  ])('rejects %s', (_name, msg) => {
    expect(parseTtsServerMessage(msg)).toBeNull();
  });
});

describe('tab commands', () => {
  test.each([
    [{ name: 'toggle' }],
    [{ name: 'start-or-show' }],
    [{ name: 'read-selection' }],
    [{ name: 'read-from-here' }],
    [{ name: 'reader-view', open: true }],
    [{ name: 'set-rate', rate: 1.25 }],
    [{ name: 'set-voice', lang: 'sv', voice }],
    [{ name: 'set-voice', lang: 'sv', voice: null }],
  ])('accepts %j', (cmd) => {
    expect(parseTabCommand(cmd)).toEqual(cmd);
  });

  test.each([
    [{ name: 'toggle', extra: 1 }],
    [{ name: 'set-rate', rate: 0.1 }],
    [{ name: 'set-rate', rate: 4 }],
    [{ name: 'set-voice', lang: 'sv' }],
    [{ name: 'set-voice', lang: '', voice: null }],
    [{ name: 'reader-view' }],
    [{ name: 'navigate', url: 'https://evil.example' }],
    [{}],
  ])('rejects %j', (cmd) => {
    expect(parseTabCommand(cmd)).toBeNull();
  });
});

const popup: SenderLike = { id: SELF, url: `chrome-extension://${SELF}/src/extension/popup/popup.html` };
const popupWithOrigin: SenderLike = { ...popup, origin: `chrome-extension://${SELF}` };
const popupInTab: SenderLike = { ...popup, tab: { id: 9 } };
const contentScriptSpoofingUrl: SenderLike = {
  id: SELF,
  url: 'https://example.se/',
  origin: 'https://example.se',
  tab: { id: 4 },
};
const worker: SenderLike = { id: SELF, url: `chrome-extension://${SELF}/service-worker-loader.js` };
const contentScript: SenderLike = { id: SELF, url: 'https://example.se/', tab: { id: 4 }, frameId: 0 };
const otherExtension: SenderLike = { id: OTHER, url: `chrome-extension://${OTHER}/x.html` };
const otherContent: SenderLike = { id: OTHER, url: 'https://example.se/', tab: { id: 4 } };
const spoofedUrl: SenderLike = { id: SELF, url: `https://chrome-extension.example/${SELF}/` };
const pageNoId: SenderLike = { url: 'https://example.se/', tab: { id: 4 } };

const tabCommand = { type: 'tab-command', tabId: 4, command: { name: 'toggle' } };
const statusChanged = { type: 'status-changed', status: 'playing' };

describe('who may send what', () => {
  test.each([
    ['popup → tab command', tabCommand, popup, true],
    ['popup (with origin) → tab command', tabCommand, popupWithOrigin, true],
    ['popup opened as a tab → tab command', tabCommand, popupInTab, true],
    ['content script with a page origin → tab command', tabCommand, contentScriptSpoofingUrl, false],
    ['content script → tab command (a page could drive other tabs)', tabCommand, contentScript, false],
    ['another extension → tab command', tabCommand, otherExtension, false],
    ['a spoofed url → tab command', tabCommand, spoofedUrl, false],
    ['content script → status', statusChanged, contentScript, true],
    ['popup → status (only content scripts report)', statusChanged, popup, false],
    ['another extension content script → status', statusChanged, otherContent, false],
    ['a sender without id → status', statusChanged, pageNoId, false],
    ['popup → malformed', { type: 'tab-command', tabId: 'x', command: { name: 'toggle' } }, popup, false],
  ])('worker: %s', (_name, msg, sender, accepted) => {
    expect(acceptWorkerMessage(msg, sender, SELF) !== null).toBe(accepted);
  });

  const command = { type: 'command', command: { name: 'stop' } };
  test.each([
    ['worker → command', command, worker, true],
    ['popup → command', command, popup, true],
    ['worker → ping', { type: 'ping' }, worker, true],
    ['another tab’s content script → command', command, contentScript, false],
    ['another extension → command', command, otherExtension, false],
    ['worker → malformed command', { type: 'command', command: { name: 'rm' } }, worker, false],
  ])('content script: %s', (_name, msg, sender, accepted) => {
    expect(acceptContentMessage(msg, sender, SELF) !== null).toBe(accepted);
  });

  test.each([
    ['our content script', 'lyssna-tts', contentScript, true],
    ['our popup (no tab)', 'lyssna-tts', popup, false],
    ['another extension in a tab', 'lyssna-tts', otherContent, false],
    ['a wrong port name', 'tts', contentScript, false],
    ['no sender', 'lyssna-tts', undefined, false],
  ])('speech port from %s', (_name, portName, sender, accepted) => {
    expect(acceptTtsPort(portName, sender, SELF)).toBe(accepted);
  });
});

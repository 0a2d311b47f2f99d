// Extension service worker: the toolbar button, keyboard commands and context menu all lead to one function
// (runTabCommand) that injects the content script on demand and passes it a command; chrome.tts speaks here.

import contentScript from './content.ts?iife';
import {
  acceptTtsPort,
  acceptWorkerMessage,
  type CommandReply,
  type ContentMessage,
  type ReadingStatus,
  type TabCommand,
} from './messages.ts';
import { isRestrictedUrl, isSiteBlocked, refusalFor } from './settings.ts';
import { loadSettings, watchSettings } from './settings-store.ts';
import { createChromeTtsEngine } from './tts-engine.ts';
import { createTtsServer } from './tts-server.ts';
import { replyError } from './ui-strings.ts';

export const MENU_SELECTION = 'lyssna-selection';
export const MENU_FROM_HERE = 'lyssna-from-here';
export const COMMAND_TOGGLE = 'toggle-reading';
export const COMMAND_STOP = 'stop-reading';

const SELF = chrome.runtime.id;
const TOP_FRAME = 0;

// ---------------------------------------------------------------------------------------------------------
// Speech: one chrome.tts engine, served to content scripts over validated ports.

const tts = chrome.tts ? createTtsServer(createChromeTtsEngine(chrome.tts)) : null;

chrome.runtime.onConnect.addListener((port) => {
  if (!acceptTtsPort(port.name, port.sender, SELF) || !tts) {
    port.disconnect();
    return;
  }
  tts.serve(port);
});

// ---------------------------------------------------------------------------------------------------------
// Content script injection and commands.

async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await chrome.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

/** Inject the content script into one frame unless it is already there (it answers a ping). */
async function ensureInjected(tabId: number, frameId: number): Promise<void> {
  const ping: ContentMessage = { type: 'ping' };
  try {
    const pong = await chrome.tabs.sendMessage(tabId, ping, { frameId });
    if (pong === 'pong') return;
  } catch {
    // No receiver yet: inject below.
  }
  await chrome.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [contentScript] });
}

/**
 * The one entry for acting on a tab, used by the popup, the toolbar button, keyboard commands and the
 * context menu (and by the real-browser tests, through the hook their test copies add: tests/support/extension-hooks.ts).
 */
export async function runTabCommand(
  tabId: number,
  command: TabCommand,
  frameId = TOP_FRAME,
): Promise<CommandReply> {
  const url = await tabUrl(tabId);
  const refusal = refusalFor(url);
  if (refusal === 'blank-page') return { ok: false, error: replyError(refusal) };
  // With only activeTab we may not even see the URL of a tab the user did not invoke us on.
  if (url !== undefined && isRestrictedUrl(url)) return { ok: false, error: replyError('restricted-page') };
  const settings = await loadSettings();
  if (isSiteBlocked(url, settings.neverRunOn)) return { ok: false, error: replyError('blocked-site') };
  try {
    await ensureInjected(tabId, frameId);
  } catch {
    // executeScript refuses restricted pages, tabs without activeTab, and files unless the user allowed
    // file URLs: say which, plainly.
    return { ok: false, error: replyError(refusal ?? 'restricted-page') };
  }
  const message: ContentMessage = { type: 'command', command };
  try {
    const reply = (await chrome.tabs.sendMessage(tabId, message, { frameId })) as CommandReply | undefined;
    return reply ?? { ok: false, error: replyError('bad-message') };
  } catch {
    return { ok: false, error: replyError('bad-message') };
  }
}

async function activeTabId(tab?: chrome.tabs.Tab): Promise<number | undefined> {
  if (tab?.id !== undefined && tab.id >= 0) return tab.id;
  const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  return active?.id;
}

/** The toolbar button when it does not open the popup: start, or pause/resume when reading. */
export async function onAction(tab?: chrome.tabs.Tab): Promise<CommandReply> {
  const tabId = await activeTabId(tab);
  if (tabId === undefined) return { ok: false, error: replyError('no-tab') };
  return runTabCommand(tabId, { name: 'toggle' });
}

/** Keyboard commands from the manifest (changeable at chrome://extensions/shortcuts). */
export async function onCommand(command: string, tab?: chrome.tabs.Tab): Promise<CommandReply> {
  const tabId = await activeTabId(tab);
  if (tabId === undefined) return { ok: false, error: replyError('no-tab') };
  if (command === COMMAND_TOGGLE) return runTabCommand(tabId, { name: 'toggle' });
  if (command === COMMAND_STOP) return runTabCommand(tabId, { name: 'stop' });
  return { ok: false, error: replyError('bad-message') };
}

/** Context menu: read the selection, or read from the paragraph the user right-clicked. */
export async function onMenu(
  info: chrome.contextMenus.OnClickData,
  tab?: chrome.tabs.Tab,
): Promise<CommandReply> {
  const tabId = await activeTabId(tab);
  if (tabId === undefined) return { ok: false, error: replyError('no-tab') };
  const frameId = info.frameId ?? TOP_FRAME;
  if (info.menuItemId === MENU_SELECTION) return runTabCommand(tabId, { name: 'read-selection' }, frameId);
  if (info.menuItemId === MENU_FROM_HERE) return runTabCommand(tabId, { name: 'read-from-here' }, frameId);
  return { ok: false, error: replyError('bad-message') };
}

// ---------------------------------------------------------------------------------------------------------
// Listeners.

const msg = (key: string, fallback: string) => chrome.i18n.getMessage(key) || fallback;

function createMenus(): void {
  chrome.contextMenus.removeAll(() => {
    chrome.contextMenus.create({
      id: MENU_SELECTION,
      title: msg('menuSelection', 'Lyssna på markerad text'),
      contexts: ['selection'],
    });
    chrome.contextMenus.create({
      id: MENU_FROM_HERE,
      title: msg('menuFromHere', 'Lyssna härifrån'),
      contexts: ['page'],
    });
  });
}

chrome.runtime.onInstalled.addListener(createMenus);
chrome.contextMenus.onClicked.addListener((info, tab) => void onMenu(info, tab));
chrome.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
chrome.action.onClicked.addListener((tab) => void onAction(tab));

const BADGE: Partial<Record<ReadingStatus, string>> = { playing: '▶', paused: '❚❚' };

chrome.runtime.onMessage.addListener((raw, sender, sendResponse) => {
  const message = acceptWorkerMessage(raw, sender, SELF);
  if (!message) return false; // not ours or malformed: no answer at all
  if (message.type === 'status-changed') {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) void chrome.action.setBadgeText({ tabId, text: BADGE[message.status] ?? '' });
    return false;
  }
  void runTabCommand(message.tabId, message.command).then(sendResponse);
  return true; // answer asynchronously
});

/** The popup is the toolbar button's default; users who want one-click start/pause can turn it off. */
async function applyToolbarSetting(opensPopup: boolean): Promise<void> {
  const popup = chrome.runtime.getManifest().action?.default_popup ?? '';
  await chrome.action.setPopup({ popup: opensPopup ? popup : '' });
}
void loadSettings().then((s) => applyToolbarSetting(s.toolbarOpensPopup));
watchSettings((s) => void applyToolbarSetting(s.toolbarOpensPopup));

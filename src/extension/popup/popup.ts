// The toolbar popup: opening it starts reading the tab (the toolbar click), and it offers play/pause/stop,
// speed, the voice for the page's language, "read selection", the reader view and any error.

import type { VoiceInfo } from '../../core/engine.ts';
import { primaryLanguage } from '../../core/lang-tag.ts';
import { RATE_STEPS } from '../../ui/speeds.ts';
import type { CommandReply, TabCommand, TabStatus, WorkerMessage } from '../messages.ts';
import { applyStrings, formatRate, type PageStrings, pageLanguage } from '../pages/page-i18n.ts';
import { allVoices, languageName, voicesFor } from '../pages/tts-voices.ts';
import { withVoiceChoice } from '../settings.ts';
import { loadSettings, saveSettings } from '../settings-store.ts';

const STRINGS: PageStrings = {
  play: { sv: 'Spela', en: 'Play' },
  pause: { sv: 'Pausa', en: 'Pause' },
  resume: { sv: 'Fortsätt', en: 'Resume' },
  stop: { sv: 'Stoppa', en: 'Stop' },
  readSelection: { sv: 'Läs markerad text', en: 'Read selected text' },
  readerView: { sv: 'Läsvy', en: 'Reader view' },
  closeReader: { sv: 'Stäng läsvyn', en: 'Close reader view' },
  speed: { sv: 'Hastighet', en: 'Speed' },
  voice: { sv: 'Röst', en: 'Voice' },
  voiceAuto: { sv: 'Automatisk', en: 'Automatic' },
  settings: { sv: 'Inställningar', en: 'Settings' },
  idle: { sv: 'Redo att läsa.', en: 'Ready to read.' },
  'loading-voices': { sv: 'Hämtar röster …', en: 'Loading voices …' },
  playing: { sv: 'Läser upp.', en: 'Reading aloud.' },
  paused: { sv: 'Pausad.', en: 'Paused.' },
  ended: { sv: 'Klar.', en: 'Finished.' },
  error: { sv: 'Uppläsningen stoppades.', en: 'Reading stopped.' },
  pageWidget: {
    sv: 'Sidan har en egen Lyssna-spelare; tillägget styr den.',
    en: 'The page has its own Lyssna player; the extension drives it.',
  },
};

/** The popup lives as long as it is open; a second is quick enough for a status line. */
const STATUS_POLL_MS = 1000;

const lang = pageLanguage();
const t = (key: string) => STRINGS[key]?.[lang] ?? key;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const toggleButton = $<HTMLButtonElement>('toggle');
const stopButton = $<HTMLButtonElement>('stop');
const rateSelect = $<HTMLSelectElement>('rate');
const voiceSelect = $<HTMLSelectElement>('voice');
const errorBox = $('error');
let current: TabStatus | null = null;
let voices: VoiceInfo[] = [];
let voiceListLang = '';
let readerOpen = false;

/** The tab to act on: the active tab, or ?tab=<id> when the popup is opened as a page (tests, a11y checks). */
async function resolveTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function send(tabId: number, command: TabCommand): Promise<CommandReply> {
  const message: WorkerMessage = { type: 'tab-command', tabId, command };
  try {
    return ((await chrome.runtime.sendMessage(message)) as CommandReply | undefined) ?? fallbackError();
  } catch {
    return fallbackError();
  }
}

const fallbackError = (): CommandReply => ({
  ok: false,
  error: {
    code: 'bad-message',
    sv: 'Tillägget svarade inte. Ladda om sidan och försök igen.',
    en: 'The extension did not answer. Reload the page and try again.',
  },
});

function render(reply: CommandReply): void {
  if (!reply.ok) {
    errorBox.textContent = reply.error[lang];
    for (const b of [toggleButton, stopButton]) b.disabled = reply.error.code !== 'no-selection';
    return;
  }
  const s = reply.status;
  current = s;
  errorBox.textContent = s.error ? s.error[lang] : '';
  toggleButton.disabled = s.blocks === 0 && !s.pageWidget;
  stopButton.disabled = s.status === 'idle' || s.status === 'ended';
  toggleButton.textContent =
    s.status === 'playing' || s.status === 'loading-voices'
      ? t('pause')
      : s.status === 'paused'
        ? t('resume')
        : t('play');
  // Nothing readable: the refusal says so; "root · 0 blocks" beside it only confused.
  const info = s.pageWidget
    ? t('pageWidget')
    : s.blocks === 0
      ? ''
      : lang === 'sv'
        ? `${languageName(s.lang, lang)} · ${s.blocks} ${s.blocks === 1 ? 'stycke' : 'stycken'}`
        : `${languageName(s.lang, lang)} · ${s.blocks} ${s.blocks === 1 ? 'block' : 'blocks'}`;
  $('page-info').textContent = info;
  $('state').textContent = t(s.status);
  rateSelect.value = String(s.rate);
  readerOpen = s.reader;
  $('reader').textContent = readerOpen ? t('closeReader') : t('readerView');
  // chrome.tts lists voices late (Linux: after the first utterance): fill again until the list is there.
  if (s.lang !== voiceListLang || voices.length === 0) void fillVoices(s.lang);
}

async function fillVoices(pageLang: string): Promise<void> {
  voiceListLang = pageLang;
  if (voices.length === 0) voices = await allVoices();
  const settings = await loadSettings();
  const primary = primaryLanguage(pageLang);
  const saved = settings.voices[primary];
  const known = primary !== '' && primary !== 'und';
  $('voice-label').textContent = known ? `${t('voice')} (${languageName(pageLang, lang)})` : t('voice');
  const options = [new Option(t('voiceAuto'), '')];
  for (const v of voicesFor(voices, pageLang, saved?.name)) options.push(new Option(v.name, v.name));
  voiceSelect.replaceChildren(...options);
  voiceSelect.value = saved && options.some((o) => o.value === saved.name) ? saved.name : '';
}

async function main(): Promise<void> {
  applyStrings(document, STRINGS, lang);
  for (const rate of RATE_STEPS) rateSelect.append(new Option(formatRate(rate, lang), String(rate)));
  const settings = await loadSettings();
  rateSelect.value = String(settings.rate);
  const tabId = await resolveTabId();
  if (tabId === undefined) {
    render({
      ok: false,
      error: { code: 'no-tab', sv: 'Hittade ingen flik att läsa upp.', en: 'Found no tab to read.' },
    });
    return;
  }
  // No waiting for voices here (Firefox lists them seconds late): fillVoices() fetches them when the status comes.

  toggleButton.addEventListener('click', async () => {
    render(await send(tabId, { name: 'toggle' }));
  });
  stopButton.addEventListener('click', async () => render(await send(tabId, { name: 'stop' })));
  $('selection').addEventListener('click', async () => render(await send(tabId, { name: 'read-selection' })));
  $('reader').addEventListener('click', async () => {
    render(await send(tabId, { name: 'reader-view', open: !readerOpen }));
  });
  rateSelect.addEventListener('change', async () => {
    const rate = Number(rateSelect.value);
    await saveSettings({ rate });
    render(await send(tabId, { name: 'set-rate', rate }));
  });
  voiceSelect.addEventListener('change', async () => {
    const pageLang = current?.lang ?? 'sv';
    const primary = primaryLanguage(pageLang);
    const voice = voices.find((v) => v.name === voiceSelect.value) ?? null;
    await saveSettings({ voices: withVoiceChoice((await loadSettings()).voices, primary, voice) });
    render(await send(tabId, { name: 'set-voice', lang: primary, voice }));
  });
  $('options').addEventListener('click', () => void chrome.runtime.openOptionsPage());

  // Opening the popup is the toolbar click: start reading if nothing is playing yet.
  render(await send(tabId, { name: 'start-or-show' }));
  setInterval(async () => render(await send(tabId, { name: 'status' })), STATUS_POLL_MS);
}

void main();

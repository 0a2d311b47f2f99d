// The options page: default rate, voice per language, highlight colours, auto-scroll, reader view defaults,
// sites where the extension never runs, and where to change the keyboard shortcuts. Saved to storage.sync.

import type { VoiceInfo } from '../../core/engine.ts';
import { primaryLanguage } from '../../core/lang-tag.ts';
import { RATE_STEPS } from '../../ui/speeds.ts';
import { applyStrings, formatRate, type PageStrings, pageLanguage } from '../pages/page-i18n.ts';
import { allVoices, languageLabel, voicesFor } from '../pages/tts-voices.ts';
import {
  type ExtensionSettings,
  READER_FONT_SIZE_RANGE,
  READER_LINE_HEIGHT_RANGE,
  withVoiceChoice,
} from '../settings.ts';
import { loadSettings, saveSettings } from '../settings-store.ts';

const STRINGS: PageStrings = {
  title: { sv: 'Lyssna – inställningar', en: 'Lyssna – settings' },
  intro: {
    sv: 'Inställningarna sparas direkt och följer med till andra datorer där du är inloggad i webbläsaren.',
    en: 'Settings are saved at once and follow you to other computers where you are signed in to the browser.',
  },
  reading: { sv: 'Uppläsning', en: 'Reading' },
  rate: { sv: 'Standardhastighet', en: 'Default speed' },
  autoScroll: {
    sv: 'Rulla sidan så att texten som läses syns',
    en: 'Scroll the page to keep the text being read in view',
  },
  toolbarOpensPopup: {
    sv: 'Knappen i verktygsfältet öppnar en panel (annars startar och pausar den direkt)',
    en: 'The toolbar button opens a panel (otherwise it starts and pauses at once)',
  },
  voices: { sv: 'Röst per språk', en: 'Voice per language' },
  voicesHelp: {
    sv: 'Automatisk väljer den bästa rösten som finns för språket.',
    en: 'Automatic picks the best voice available for the language.',
  },
  noVoices: {
    sv: 'Webbläsaren har inte listat några röster ännu. Öppna sidan igen om en stund.',
    en: 'The browser has not listed any voices yet. Open this page again in a moment.',
  },
  voiceAuto: { sv: 'Automatisk', en: 'Automatic' },
  highlight: { sv: 'Markering', en: 'Highlighting' },
  sentenceColor: { sv: 'Färg för meningen som läses', en: 'Colour of the sentence being read' },
  wordColor: { sv: 'Färg för ordet som läses', en: 'Colour of the word being read' },
  readerView: { sv: 'Läsvy', en: 'Reader view' },
  fontSize: { sv: 'Textstorlek (pixlar)', en: 'Text size (pixels)' },
  lineHeight: { sv: 'Radavstånd', en: 'Line spacing' },
  theme: { sv: 'Tema', en: 'Theme' },
  light: { sv: 'Ljust', en: 'Light' },
  dark: { sv: 'Mörkt', en: 'Dark' },
  dyslexiaFont: {
    sv: 'Dyslexivänligt typsnitt med större avstånd mellan bokstäverna',
    en: 'Dyslexia-friendly font with wider letter spacing',
  },
  sites: { sv: 'Webbplatser där Lyssna aldrig körs', en: 'Sites where Lyssna never runs' },
  sitesHelp: {
    sv: 'En webbplats per rad, till exempel banken.se (gäller även www.banken.se)',
    en: 'One site per line, for example mybank.com (also covers www.mybank.com)',
  },
  saveSites: { sv: 'Spara webbplatserna', en: 'Save the sites' },
  shortcuts: { sv: 'Kortkommandon', en: 'Keyboard shortcuts' },
  shortcutsHelp: {
    sv: 'Du kan ändra kortkommandona på sidan chrome://extensions/shortcuts.',
    en: 'You can change the shortcuts on the page chrome://extensions/shortcuts.',
  },
  openShortcuts: { sv: 'Öppna sidan för kortkommandon', en: 'Open the shortcuts page' },
  notSet: { sv: 'inget kortkommando', en: 'no shortcut' },
  privacy: { sv: 'Integritet', en: 'Privacy' },
  privacyText: {
    sv: 'Lyssna skickar ingenting någonstans. Texten läses av rösterna i din egen dator eller webbläsare, och tillägget läser bara en sida när du ber om det.',
    en: 'Lyssna sends nothing anywhere. The text is read by the voices on your own computer or browser, and the extension only reads a page when you ask it to.',
  },
  saved: { sv: 'Sparat.', en: 'Saved.' },
};

/** Languages offered first (Swedish municipalities publish in these); any other language with voices follows. */
const PREFERRED_LANGUAGES = ['sv', 'en', 'fi', 'nb', 'da', 'ar', 'so', 'fa', 'ti', 'pl', 'de', 'fr', 'es'];

const lang = pageLanguage();
const clampNumber = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));
const t = (key: string) => STRINGS[key]?.[lang] ?? key;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function save(patch: Partial<ExtensionSettings> | Record<string, unknown>): Promise<ExtensionSettings> {
  const next = await saveSettings(patch);
  $('saved').textContent = t('saved');
  return next;
}

function languagesWithVoices(voices: VoiceInfo[], saved: ExtensionSettings['voices']): string[] {
  const have = new Set(voices.map((v) => primaryLanguage(v.lang)).filter((l) => l !== ''));
  const first = PREFERRED_LANGUAGES.filter((l) => have.has(l) || l in saved);
  // Every language with a voice: a cap once left Italian, Dutch, Russian, Turkish and Ukrainian unreachable.
  const rest = [...have]
    .filter((l) => !first.includes(l))
    .sort((a, b) => languageLabel(a, lang, voices).localeCompare(languageLabel(b, lang, voices), lang));
  return [...first, ...rest];
}

function renderVoices(voices: VoiceInfo[], settings: ExtensionSettings): void {
  const list = $('voice-list');
  const langs = languagesWithVoices(voices, settings.voices);
  if (langs.length === 0) {
    const p = document.createElement('p');
    p.textContent = t('noVoices');
    list.replaceChildren(p);
    return;
  }
  list.replaceChildren(
    ...langs.map((code) => {
      const row = document.createElement('div');
      row.className = 'voice-row';
      const id = `voice-${code}`;
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = languageLabel(code, lang, voices);
      const select = document.createElement('select');
      select.id = id;
      select.append(new Option(t('voiceAuto'), ''));
      for (const v of voicesFor(voices, code, settings.voices[code]?.name))
        select.append(new Option(v.name, v.name));
      select.value = settings.voices[code]?.name ?? '';
      select.addEventListener('change', async () => {
        const voice = voices.find((v) => v.name === select.value);
        await save({ voices: withVoiceChoice((await loadSettings()).voices, code, voice) });
      });
      row.append(label, select);
      return row;
    }),
  );
}

async function renderShortcuts(): Promise<void> {
  const commands = chrome.commands ? await chrome.commands.getAll() : [];
  $('shortcut-list').replaceChildren(
    ...commands
      .filter((c) => c.name && !c.name.startsWith('_'))
      .map((c) => {
        const li = document.createElement('li');
        const kbd = document.createElement('kbd');
        kbd.textContent = c.shortcut || t('notSet');
        li.append(kbd, ` ${c.description ?? c.name}`);
        return li;
      }),
  );
}

async function main(): Promise<void> {
  applyStrings(document, STRINGS, lang);
  const settings = await loadSettings();

  const rate = $<HTMLSelectElement>('rate');
  for (const r of RATE_STEPS) rate.append(new Option(formatRate(r, lang), String(r)));
  rate.value = String(settings.rate);
  rate.addEventListener('change', () => void save({ rate: Number(rate.value) }));

  for (const key of ['autoScroll', 'toolbarOpensPopup'] as const) {
    const box = $<HTMLInputElement>(key);
    box.checked = settings[key];
    box.addEventListener('change', () => void save({ [key]: box.checked }));
  }

  for (const key of ['sentenceColor', 'wordColor'] as const) {
    const input = $<HTMLInputElement>(key);
    const field = key === 'sentenceColor' ? 'sentence' : 'word';
    input.value = settings.highlight[field];
    input.addEventListener('change', () => void save({ highlight: { [field]: input.value } }));
  }

  for (const key of ['fontSize', 'lineHeight'] as const) {
    const input = $<HTMLInputElement>(key);
    const [min, max] = key === 'fontSize' ? READER_FONT_SIZE_RANGE : READER_LINE_HEIGHT_RANGE;
    input.value = String(settings.reader[key]);
    input.addEventListener('change', async () => {
      // Out of range (500 px, −3) is brought into range, and the field shows what was saved: "Saved." never
      // stands beside a value that was dropped.
      const current = (await loadSettings()).reader[key];
      const wanted = Number(input.value);
      const value =
        input.value.trim() === '' || !Number.isFinite(wanted) ? current : clampNumber(wanted, min, max);
      const next = await save({ reader: { [key]: value } });
      input.value = String(next.reader[key]);
    });
  }

  const theme = $<HTMLSelectElement>('theme');
  const dyslexia = $<HTMLInputElement>('dyslexiaFont');
  theme.value = settings.reader.theme;
  dyslexia.checked = settings.reader.dyslexiaFont;
  theme.addEventListener('change', () => void save({ reader: { theme: theme.value } }));
  dyslexia.addEventListener('change', () => void save({ reader: { dyslexiaFont: dyslexia.checked } }));

  const sites = $<HTMLTextAreaElement>('neverRunOn');
  sites.value = settings.neverRunOn.join('\n');
  $('saveSites').addEventListener('click', async () => {
    const next = await save({ neverRunOn: sites.value.split(/\s*[\n,]\s*/) });
    sites.value = next.neverRunOn.join('\n');
  });

  $('openShortcuts').addEventListener(
    'click',
    () => void chrome.tabs.create({ url: 'chrome://extensions/shortcuts' }),
  );
  await renderShortcuts();
  renderVoices(await allVoices(), settings);
}

void main();

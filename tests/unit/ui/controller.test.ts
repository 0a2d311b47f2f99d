// The widget's glue with a fake player and a hand-made page plan: what a click does, what each player event
// does to the page and the view, and how page changes, settings and missing voices are handled.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { VoiceInfo } from '../../../src/core/engine.ts';
import type { PlanBlock, ReadingPlan } from '../../../src/core/plan.ts';
import type { Steps } from '../../../src/core/steps.ts';
import type { ExtractedArticle, ExtractedBlock } from '../../../src/extract/types.ts';
import { type PagePlan, type PlanOptions, planFromArticle, segmentsReady } from '../../../src/pipeline.ts';
import { type Controller, createController, defaultSettings } from '../../../src/ui/controller.ts';
import { createSettingsStore, SETTINGS_KEY } from '../../../src/ui/settings-store.ts';
import { DEFAULT_CONFIG, type WidgetConfig } from '../../../widget/config.ts';
import { installHighlightApi, removeHighlightApi } from './dom-fakes.ts';
import { createFakePlayer, type FakePlayer } from './fake-player.ts';

const PAGE = `<header><nav><a href="/">Start</a></nav></header>
<main><h1>Ny avfallstaxa</h1>
<p>Taxan gäller från januari. Den ersätter den gamla.</p>
<p>Frågor besvaras av kundtjänst.</p></main>`;

/** A stand-in pipeline: every h1/p in <main> is a block, sentences end with a full stop. */
function fakePipeline(doc: Document, options: PlanOptions = {}): PagePlan {
  const root = options.contentSelector
    ? doc.querySelector(options.contentSelector)
    : doc.querySelector('main');
  const els = root ? [...root.querySelectorAll('h1, h2, p')] : [];
  if (root && els.length === 0 && root.matches('h1, h2, p')) els.push(root);
  const blocks: ExtractedBlock[] = els.map((el) => ({
    kind: el.tagName === 'P' ? 'paragraph' : 'heading',
    text: el.textContent ?? '',
    declaredLang: 'sv',
    ownLang: false,
    element: el,
    toRange(start: number, end: number) {
      const text = el.firstChild;
      if (!text?.isConnected) return null;
      const r = doc.createRange();
      r.setStart(text, start);
      r.setEnd(text, end);
      return r;
    },
  }));
  const article: ExtractedArticle = { title: blocks[0]?.text ?? '', declaredLang: 'sv', root, blocks };
  return { plan: planOf(article), article };
}

function planOf(article: ExtractedArticle): ReadingPlan {
  const blocks: PlanBlock[] = article.blocks.map((b) => {
    const segments = [...b.text.matchAll(/[^.]+\.?/g)]
      .map((m) => ({
        start: m.index + (m[0].length - m[0].trimStart().length),
        end: m.index + m[0].trimEnd().length,
      }))
      .filter((s) => s.end > s.start)
      .map((s) => ({ ...s, spoken: b.text.slice(s.start, s.end), lang: 'sv' }));
    return { kind: b.kind, text: b.text, lang: 'sv', segments };
  });
  return { title: article.title, lang: 'sv', blocks };
}

let player: FakePlayer;
let controller: Controller;
let builds: PlanOptions[];
let registry: ReturnType<typeof installHighlightApi>;
let storage: Map<string, string>;

function start(
  config: Partial<WidgetConfig> = {},
  withPlayer = true,
  pipeline: (doc: Document, options: PlanOptions) => PagePlan = fakePipeline,
  steps?: (doc: Document, options: PlanOptions) => Steps<PagePlan>,
): Controller {
  builds = [];
  player = createFakePlayer();
  controller = createController({
    doc: document,
    win: window as Window & typeof globalThis,
    config: { ...DEFAULT_CONFIG, ...config },
    createPlayer: withPlayer
      ? (settings) => {
          player.setRate(settings.rate);
          player.calls.length = 0;
          return player;
        }
      : null,
    buildPagePlan: (doc, options) => {
      builds.push(options);
      return pipeline(doc, options);
    },
    ...(steps ? { buildPagePlanSteps: steps } : {}),
    planFromArticle: (article) => planOf(article),
    settings: createSettingsStore(
      () =>
        ({
          getItem: (k: string) => storage.get(k) ?? null,
          setItem: (k: string, v: string) => void storage.set(k, v),
        }) as Storage,
      defaultSettings({ ...DEFAULT_CONFIG, ...config }),
    ),
  });
  return controller;
}

const shadow = () => controller.host.shadowRoot!;
const q = <T extends Element = HTMLElement>(sel: string) => shadow().querySelector<T>(sel)!;
const click = (sel: string) => q<HTMLElement>(sel).click();
const calls = (name: string) => player.calls.filter((c) => c.name === name);
const live = () => q('[aria-live=polite]').textContent;
const key = (target: Element, k: string) =>
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }),
  );

beforeEach(() => {
  document.documentElement.setAttribute('lang', 'sv');
  document.documentElement.removeAttribute('dir');
  document.body.innerHTML = PAGE;
  document.adoptedStyleSheets = [];
  storage = new Map();
  registry = installHighlightApi(window);
});
afterEach(() => {
  controller?.dispose();
  removeHighlightApi(window);
});

describe('mounting', () => {
  test('one floating button at the end of the page, collapsed, named "Lyssna"', () => {
    start();
    expect(document.querySelectorAll('lyssna-player')).toHaveLength(1);
    expect(document.body.lastElementChild?.tagName).toMatch(/^LYSSNA-/);
    expect(controller.host.getAttribute('placement')).toBe('floating');
    expect(q('button.launcher').textContent).toBe('Lyssna');
    expect(q('button.launcher').getAttribute('aria-expanded')).toBe('false');
    expect(q('#lyssna-panel').hidden).toBe(true);
    expect(builds).toEqual([]); // the page is read lazily, on the first play
  });

  test('inside the element the owner marks with data-lyssna-button', () => {
    document.querySelector('main')!.insertAdjacentHTML('afterbegin', '<div data-lyssna-button></div>');
    start();
    expect(controller.host.parentElement).toBe(document.querySelector('[data-lyssna-button]'));
    expect(controller.host.getAttribute('placement')).toBe('inline');
  });

  test('English UI on an English page, Swedish otherwise; dir=rtl is followed', () => {
    document.documentElement.setAttribute('lang', 'en');
    document.documentElement.setAttribute('dir', 'rtl');
    start();
    expect(q('button.launcher').textContent).toBe('Listen');
    expect(q('.root').getAttribute('dir')).toBe('rtl');
    expect(controller.host.getAttribute('lang')).toBe('en');
  });
});

describe('the launcher click', () => {
  test('reads the page and starts speech synchronously, inside the click (user activation)', () => {
    start();
    click('button.launcher');
    // No await: both happened before click() returned.
    expect(builds).toHaveLength(1);
    expect(calls('load')).toHaveLength(1);
    expect(calls('play')).toHaveLength(1);
    expect(player.plan!.blocks.map((b) => b.text)).toEqual([
      'Ny avfallstaxa',
      'Taxan gäller från januari. Den ersätter den gamla.',
      'Frågor besvaras av kundtjänst.',
    ]);
    expect(q('button.launcher').getAttribute('aria-expanded')).toBe('true');
    expect(q('#lyssna-panel').hidden).toBe(false);
    expect(shadow().activeElement).toBe(q('button.play'));
    expect(q('button.play').textContent).toBe('Pausa');
    expect(live()).toBe('Spelar');
  });

  test('with the real lazy planner, the click cuts only the first block; the rest fill in idle time', async () => {
    // The fake page's article, planned by the real pipeline (languages, sentences, speech text) on request.
    const real = (doc: Document, options: PlanOptions): PagePlan => {
      const { article } = fakePipeline(doc, options);
      return { plan: planFromArticle(article, options), article };
    };
    start({}, true, real);
    click('button.launcher');
    const plan = player.plan!;
    expect(calls('play')).toHaveLength(1);
    expect(plan.blocks.map((b) => segmentsReady(b))).toEqual([true, false, false]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(plan.blocks.map((b) => segmentsReady(b))).toEqual([true, true, true]);
    expect(plan.blocks.map((b) => b.segments.length)).toEqual([1, 2, 1]);
  });

  test('the owner options reach the pipeline (segments planned lazily: only the first block in the click)', () => {
    start({ contentSelector: 'main', lang: 'sv-SE', lexicon: { inline: { taxan: 'taxan' } } });
    click('button.launcher');
    expect(builds[0]).toEqual({
      lazySegments: true,
      contentSelector: 'main',
      lang: 'sv-SE',
      lexicon: { taxan: 'taxan' },
    });
  });

  test('a page with nothing to read: the button says so and nothing is spoken', () => {
    document.body.innerHTML = '<nav><a href="/">Start</a></nav>';
    start();
    click('button.launcher');
    expect(calls('play')).toHaveLength(0);
    expect(q('button.launcher').textContent).toBe('Lyssna – ingen text att läsa upp');
    expect(q('.message').textContent).toBe('Den här sidan har ingen text som kan läsas upp.');
    expect(q('.play').closest('[hidden]')).not.toBeNull();
  });

  test('no speech synthesis: the button explains, the panel says why, nothing throws', () => {
    start({}, false);
    expect(q('button.launcher').textContent).toBe('Lyssna – fungerar inte i den här webbläsaren');
    click('button.launcher');
    expect(q('.message').textContent).toContain('Den här webbläsaren kan inte läsa upp text.');
    expect(shadow().activeElement).toBe(q('button.close'));
  });

  test('hovering the button reads the page ahead of the click; the click then only starts speech', () => {
    start();
    q('button.launcher').dispatchEvent(new Event('pointerenter'));
    expect(builds).toHaveLength(1);
    expect(calls('play')).toHaveLength(0);
    click('button.launcher');
    expect(builds).toHaveLength(1);
    expect(calls('play')).toHaveLength(1);
  });
});

describe('a huge page, read in slices', () => {
  /** The fake page's plan as steps that take `ms` of busy time in all, a millisecond per step. */
  const slow = (ms: number) =>
    function* (doc: Document, options: PlanOptions): Steps<PagePlan> {
      for (let i = 0; i < ms; i++) {
        const until = performance.now() + 1;
        while (performance.now() < until) {}
        yield;
      }
      builds.push(options);
      return fakePipeline(doc, options);
    };

  test('a page read within the first slice still speaks inside the click', () => {
    start({}, true, fakePipeline, slow(2));
    click('button.launcher');
    expect(builds).toHaveLength(1);
    expect(calls('play')).toHaveLength(1);
  });

  test('a longer one opens the player at once and speaks when read, with tasks between slices', async () => {
    start({}, true, fakePipeline, slow(120));
    click('button.launcher');
    expect(calls('play')).toHaveLength(0);
    expect(q('#lyssna-panel').hidden).toBe(false);
    await vi.waitFor(() => expect(calls('play')).toHaveLength(1), { timeout: 5_000 });
    expect(builds).toHaveLength(1);
    expect(player.plan!.blocks).toHaveLength(3);
  });

  test('on WebKit (speech only inside the gesture) the click reads the whole page and speaks at once', () => {
    const ua = vi
      .spyOn(window.navigator, 'userAgent', 'get')
      .mockReturnValue(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      );
    try {
      start({}, true, fakePipeline, slow(120));
      click('button.launcher');
      expect(calls('play')).toHaveLength(1);
    } finally {
      ua.mockRestore();
    }
  });

  test('closed before it is read: nothing is spoken; hovering starts the reading the click then waits for', async () => {
    start({}, true, fakePipeline, slow(120));
    click('button.launcher');
    key(q('button.play'), 'Escape');
    await vi.waitFor(() => expect(builds).toHaveLength(1), { timeout: 5_000 });
    expect(calls('play')).toHaveLength(0);

    controller.dispose();
    start({}, true, fakePipeline, slow(120));
    q('button.launcher').dispatchEvent(new Event('pointerenter'));
    click('button.launcher');
    await vi.waitFor(() => expect(calls('play')).toHaveLength(1), { timeout: 5_000 });
    expect(builds).toHaveLength(1);
  });
});

describe('player events', () => {
  test('segment and word events highlight the live ranges on the page', () => {
    start();
    click('button.launcher');
    player.emit({ type: 'segment', block: 1, segment: 1, start: 27, end: 50 });
    expect(registry.get('lyssna-sentence')!.ranges[0]!.toString()).toBe('Den ersätter den gamla.');
    player.emit({ type: 'word', block: 1, segment: 1, start: 31, end: 39 });
    expect(registry.get('lyssna-word')!.ranges[0]!.toString()).toBe('ersätter');
    player.emit({ type: 'segment', block: 2, segment: 0, start: 0, end: 30 });
    expect(registry.has('lyssna-word')).toBe(false); // a new sentence starts without a word
    player.stop();
    expect(registry.size).toBe(0);
  });

  test('highlights can be switched off in settings', () => {
    start();
    click('button.launcher');
    click('button.settings-btn');
    expect(q('button.settings-btn').getAttribute('aria-expanded')).toBe('true');
    q<HTMLInputElement>('#lyssna-sentenceHighlight').click();
    player.emit({ type: 'segment', block: 0, segment: 0, start: 0, end: 14 });
    expect(registry.has('lyssna-sentence')).toBe(false);
    expect(JSON.parse(storage.get(SETTINGS_KEY)!).sentenceHighlight).toBe(false);
  });

  test('state changes are announced once each; progress is shown', () => {
    start();
    click('button.launcher');
    expect(live()).toBe('Spelar');
    click('button.play');
    expect(calls('pause')).toHaveLength(1);
    expect(live()).toBe('Pausad');
    expect(q('button.play').textContent).toBe('Fortsätt');
    player.emit({ type: 'progress', block: 1, segment: 0, done: 2, total: 4 });
    expect(q('.status').textContent).toBe('Mening 3 av 4');
    player.emit({ type: 'state', status: 'ended', previous: 'playing' });
    expect(live()).toBe('Uppläsningen är klar');
  });

  test('the public events: on() listeners and lyssna:* DOM events', () => {
    start();
    const seen: string[] = [];
    controller.on('statechange', (d) => seen.push(`on:${d.status}`));
    document.addEventListener('lyssna:statechange', (e) =>
      seen.push(`dom:${(e as CustomEvent).detail.status}`),
    );
    click('button.launcher');
    expect(seen).toEqual(['on:playing', 'dom:playing']);
  });
});

describe('keyboard in the player', () => {
  test.each([
    ['ArrowRight', 'nextSentence'],
    ['ArrowLeft', 'previousSentence'],
    ['ArrowDown', 'nextBlock'],
    ['ArrowUp', 'previousBlock'],
  ])('%s → %s', (k, call) => {
    start();
    click('button.launcher');
    key(q('button.stop'), k);
    expect(calls(call)).toHaveLength(1);
  });

  test('arrows in the speed list change the speed, not the sentence', () => {
    start();
    click('button.launcher');
    key(q('#lyssna-speed'), 'ArrowDown');
    expect(calls('nextBlock')).toHaveLength(0);
  });

  test('Esc closes settings first, then the player, stopping speech and returning focus to the launcher', () => {
    start();
    click('button.launcher');
    click('button.settings-btn');
    q<HTMLInputElement>('#lyssna-autoScroll').focus();
    key(q('#lyssna-autoScroll'), 'Escape');
    expect(q('#lyssna-settings').hidden).toBe(true);
    expect(shadow().activeElement).toBe(q('button.settings-btn'));
    key(q('button.settings-btn'), 'Escape');
    expect(calls('stop')).toHaveLength(1);
    expect(q('#lyssna-panel').hidden).toBe(true);
    expect(shadow().activeElement).toBe(q('button.launcher'));
    expect(live()).toBe('Stoppad');
  });
});

describe('settings', () => {
  test('speed changes go to the player and are saved for the site; saved speed is the start speed', () => {
    start();
    click('button.launcher');
    const select = q<HTMLSelectElement>('#lyssna-speed');
    select.value = '1.5';
    select.dispatchEvent(new Event('change'));
    expect(calls('setRate').at(-1)!.args).toEqual([1.5]);
    expect(JSON.parse(storage.get(SETTINGS_KEY)!).rate).toBe(1.5);
    controller.dispose();
    start();
    expect(player.settings.rate).toBe(1.5);
  });
});

describe('page changes', () => {
  test('text changing in a block being read stops speech; the next play reads the page again', async () => {
    start();
    click('button.launcher');
    document.querySelector('main p')!.textContent = 'Helt ny text.';
    await new Promise((r) => setTimeout(r, 200));
    expect(calls('stop')).toHaveLength(1);
    expect(q('.message').textContent).toBe('Sidan har ändrats. Tryck på Spela för att läsa den nya texten.');
    click('button.play');
    expect(builds).toHaveLength(2);
    expect(player.plan!.blocks[1]!.text).toBe('Helt ny text.');
  });

  test('an unrelated change elsewhere in the article does not interrupt, but the next play re-reads', async () => {
    start();
    click('button.launcher');
    document.querySelector('main')!.append(document.createElement('div'));
    await new Promise((r) => setTimeout(r, 200));
    expect(calls('stop')).toHaveLength(0);
    player.stop();
    click('button.play');
    expect(builds).toHaveLength(2);
  });

  test('a route change (history.pushState) stops speech', () => {
    start();
    click('button.launcher');
    history.pushState({}, '', '/ny-sida');
    expect(calls('stop')).toHaveLength(1);
    history.pushState({}, '', '/');
  });
});

describe('reading part of the page', () => {
  test('read(selector) reads just that element', () => {
    start();
    expect(controller.read('main p:last-child')).toBe(true);
    expect(player.plan!.blocks.map((b) => b.text)).toEqual(['Frågor besvaras av kundtjänst.']);
    expect(calls('play')).toHaveLength(1);
  });

  test('click on a paragraph with the player open reads from there; links stay links', () => {
    start();
    click('button.launcher');
    (document.querySelectorAll('main p')[1] as HTMLElement).click();
    expect(calls('play').at(-1)!.args).toEqual([{ block: 2, segment: 0 }]);
    const before = calls('play').length;
    (document.querySelector('nav a') as HTMLElement).click();
    expect(calls('play')).toHaveLength(before);
  });

  test('Enter with the caret in a paragraph (caret browsing) reads from its sentence', () => {
    start();
    click('button.launcher');
    const p = document.querySelector('main p')!;
    getSelection()!.collapse(p.firstChild!, 30);
    const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    document.body.dispatchEvent(event);
    expect(calls('play').at(-1)!.args).toEqual([{ block: 1, segment: 1 }]);
    expect(event.defaultPrevented).toBe(true);
  });

  test('no page-wide shortcut unless the owner sets one', () => {
    start();
    document.body.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'l', code: 'KeyL', altKey: true, shiftKey: true, bubbles: true }),
    );
    expect(calls('play')).toHaveLength(0);
    controller.dispose();
    start({ shortcut: { key: 'l', alt: true, shift: true, ctrl: false, meta: false } });
    document.body.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'l', code: 'KeyL', altKey: true, shiftKey: true, bubbles: true }),
    );
    expect(calls('play')).toHaveLength(1);
  });

  test('the selection: readSelection reads only the selected sentence', () => {
    start();
    const p = document.querySelector('main p')!;
    const r = document.createRange();
    r.setStart(p.firstChild!, 27);
    r.setEnd(p.firstChild!, 50);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
    expect(controller.readSelection()).toBe(true);
    expect(player.plan!.blocks.map((b) => b.text)).toEqual(['Den ersätter den gamla.']);
  });
});

describe('no voice for the language', () => {
  const voice = (name: string, lang: string): VoiceInfo => ({
    id: name,
    name,
    lang,
    localService: true,
    default: false,
  });

  test('a message with install steps, and a button that reads Swedish with the Norwegian voice', async () => {
    start();
    player.voiceList = [voice('Norsk', 'nb-NO'), voice('English', 'en-US')];
    click('button.launcher');
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    player.emit({
      type: 'error',
      error: { code: 'no-voice-for-language', lang: 'sv', fatal: false },
    });
    const message = q('.message').textContent!;
    expect(message).toContain('Det finns ingen röst för svenska på den här enheten.');
    expect(message).toContain('Windows');
    const offer = q<HTMLButtonElement>('.message button');
    expect(offer.textContent).toBe('Använd rösten Norsk (norska)');
    offer.click();
    expect(player.plan!.blocks.flatMap((b) => b.segments.map((s) => s.lang))).toEqual([
      'nb',
      'nb',
      'nb',
      'nb',
    ]);
    expect(JSON.parse(storage.get(SETTINGS_KEY)!).standIns).toEqual({ sv: 'nb' });
    // The choice is kept for the site: the next visit reads Swedish with the Norwegian voice at once.
    controller.dispose();
    start();
    click('button.launcher');
    expect(player.plan!.blocks.flatMap((b) => b.segments.map((s) => s.lang))).toEqual([
      'nb',
      'nb',
      'nb',
      'nb',
    ]);
  });

  test('an error while the panel is closed opens it, with its open event', () => {
    start();
    const opened: unknown[] = [];
    controller.on('open', (d) => opened.push(d));
    player.emit({
      type: 'error',
      error: { code: 'engine-failed', fatal: true },
    });
    expect(q('button.launcher').getAttribute('aria-expanded')).toBe('true');
    expect(opened).toHaveLength(1);
  });
});

// The shared player UI's public surface: what the widget and the extension give the controller, and get back.

import type { ReadingPlan } from '../core/plan.ts';
import type { Player, PlayerStatus } from '../core/player-types.ts';
import type { Steps } from '../core/steps.ts';
import type { ExtractedArticle } from '../extract/types.ts';
import type { PagePlan, PlanOptions } from '../pipeline.ts';
import type { Lexicon } from '../text/types.ts';
import { DEFAULT_SENTENCE_COLOR, DEFAULT_WORD_COLOR } from './color.ts';
import type { WidgetConfig } from './config.ts';
import type { WidgetEventType, WidgetListener } from './events.ts';
import type { PlayerView } from './player-view-types.ts';
import type { SettingsStore, WidgetSettings } from './settings-store.ts';

export interface ControllerDeps {
  doc: Document;
  win: Window & typeof globalThis;
  config: WidgetConfig;
  /** Null when the browser has no speech synthesis: the widget then explains instead of playing. */
  createPlayer: ((settings: { rate: number; voices: WidgetSettings['voices'] }) => Player) | null;
  buildPagePlan(doc: Document, options: PlanOptions): PagePlan;
  /** buildPagePlan as steps (pipeline.ts), so a huge page is read in slices; without it, read at once. */
  buildPagePlanSteps?(doc: Document, options: PlanOptions): Steps<PagePlan>;
  planFromArticle(article: ExtractedArticle, options: PlanOptions): ReadingPlan;
  /** Where the reader's settings live; by default per site in localStorage (see defaultSettings). */
  settings?: SettingsStore;
  /** Extension hook: host tag for the player (see PlayerElementOptions.tag); the custom element is then not defined. */
  hostTag?: string;
  /** Extension hook: a closed player, trusted input only, no `lyssna:*` page events (see PlayerElementOptions.isolated). */
  isolated?: boolean;
  /** The owner's lexicon from a URL (config.lexicon.url): the widget's only network request. */
  fetchLexicon?: (url: string) => Promise<Lexicon | null>;
}

export interface Controller {
  open(): void;
  close(): void;
  /** Start (or resume) reading the page; call inside a user gesture. */
  play(): void;
  pause(): void;
  stop(): void;
  /** Read one element (or the first match of a selector) instead of the whole page. */
  read(target: string | Element): boolean;
  /** Read the current selection. */
  readSelection(): boolean;
  /** A click is likely (the loader saw the pointer or focus on its button): read the page now. */
  warm(): void;
  /** Extension hook ("Lyssna härifrån"): read from the sentence at `node`/`offset` to the end; opens the panel. */
  playFrom(node: Node, offset?: number | null): boolean;
  on<T extends WidgetEventType>(type: T, listener: WidgetListener<T>): () => void;
  off<T extends WidgetEventType>(type: T, listener: WidgetListener<T>): void;
  readonly status: PlayerStatus;
  readonly plan: ReadingPlan | null;
  readonly view: PlayerView;
  readonly host: HTMLElement;
  readonly player: Player | null;
  dispose(): void;
}

/** The settings a reader starts with on a site: the owner's choices from the config. */
export function defaultSettings(config: WidgetConfig): WidgetSettings {
  return {
    rate: config.rate,
    voices: {},
    sentenceHighlight: true,
    wordHighlight: config.wordHighlight,
    sentenceColor: config.highlightColor ? 'site' : DEFAULT_SENTENCE_COLOR,
    wordColor: config.wordColor ? 'site' : DEFAULT_WORD_COLOR,
    autoScroll: config.autoScroll,
  };
}

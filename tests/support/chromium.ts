// Launches Debian's Chromium for real-browser tests with the flags that work on this machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import type { SpeechEnv } from './speech-env.ts';

export const CHROMIUM_PATH = process.env.LYSSNA_CHROMIUM ?? '/usr/bin/chromium';

/** Without the background-networking flags Chromium keeps dialling out into this closed network. */
export const BASE_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchOptions {
  /** Real voices through speech-dispatcher into this PulseAudio (startSpeechEnv()). */
  speech?: SpeechEnv;
  /**
   * Route speech through speech-dispatcher (default with `speech`). Off for Lyssna röster: with it, Chromium
   * hangs every utterance here, extension engine voices included; without it audio still goes to `speech`'s sink.
   */
  speechDispatcher?: boolean;
  /** Absolute or relative path of an unpacked extension to load (or several). */
  extensionPath?: string | readonly string[];
  /** Let pages speak without a click (only where a test is not about user activation). */
  autoplay?: boolean;
  viewport?: { width: number; height: number };
}

export interface LaunchedChromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A persistent context (needed for extensions) in a fresh, private profile folder. */
export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'lyssna-profile-'));
  const args = [...BASE_FLAGS];
  if (options.speech && options.speechDispatcher !== false) args.push('--enable-speech-dispatcher');
  if (options.autoplay) args.push('--autoplay-policy=no-user-gesture-required');
  if (options.extensionPath) {
    const paths = typeof options.extensionPath === 'string' ? [options.extensionPath] : options.extensionPath;
    const abs = paths.map((p) => resolve(p)).join(',');
    args.push(`--disable-extensions-except=${abs}`, `--load-extension=${abs}`);
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args,
    ignoreDefaultArgs: ['--disable-extensions', '--mute-audio'],
    env: (options.speech?.env ?? process.env) as Record<string, string>,
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

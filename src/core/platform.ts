// Platform detection from a userAgent string (pure): drives the keep-alive and native-pause decisions.

export type BrowserName = 'chrome' | 'edge' | 'firefox' | 'safari' | 'other';
export type EngineFamily = 'chromium' | 'gecko' | 'webkit' | 'other';
export type OsName = 'windows' | 'macos' | 'linux' | 'android' | 'ios' | 'chromeos' | 'other';

export interface PlatformInfo {
  browser: BrowserName;
  engine: EngineFamily;
  os: OsName;
  mobile: boolean;
}

export function detectPlatform(userAgent: string): PlatformInfo {
  const ua = userAgent;
  let os: OsName = 'other';
  // Order matters: Android UAs contain "Linux", iOS UAs contain "Mac OS X".
  if (/Android/i.test(ua)) os = 'android';
  else if (/iPhone|iPad|iPod/i.test(ua)) os = 'ios';
  else if (/CrOS/.test(ua)) os = 'chromeos';
  else if (/Windows/i.test(ua)) os = 'windows';
  else if (/Macintosh|Mac OS X/i.test(ua)) os = 'macos';
  else if (/Linux|X11/i.test(ua)) os = 'linux';

  let browser: BrowserName = 'other';
  let engine: EngineFamily = 'other';
  if (/Edg(e|A|iOS)?\//.test(ua)) {
    browser = 'edge';
    engine = os === 'ios' ? 'webkit' : 'chromium';
  } else if (/Firefox\/|FxiOS\//.test(ua)) {
    browser = 'firefox';
    engine = os === 'ios' ? 'webkit' : 'gecko';
  } else if (/Chrome\/|Chromium\/|CriOS\//.test(ua)) {
    browser = 'chrome';
    engine = os === 'ios' ? 'webkit' : 'chromium';
  } else if (/Safari\//.test(ua) && /AppleWebKit\//.test(ua)) {
    browser = 'safari';
    engine = 'webkit';
  }
  const mobile = os === 'android' || os === 'ios' || /Mobile/.test(ua);
  return { browser, engine, os, mobile };
}

/** Chromium on a desktop OS: the only place the 15-second cut-off of remote voices needs the keep-alive. */
export function isChromiumDesktop(p: PlatformInfo): boolean {
  return p.engine === 'chromium' && !p.mobile && (p.os === 'windows' || p.os === 'macos' || p.os === 'linux');
}

/**
 * Keep-alive (pause();resume() every ~10 s) is a cure only on Chromium desktop; it breaks Edge's "(Natural)"
 * voices, Android, Firefox and Safari (docs/speech-platform.md#keep-alive). Edge is therefore excluded as a whole.
 */
export function keepAliveAllowed(p: PlatformInfo): boolean {
  return isChromiumDesktop(p) && p.browser !== 'edge';
}

/**
 * Native pause()/resume() only where it is known to work: desktop Safari on macOS and Chrome on
 * Windows/macOS (local voices; the player still soft-pauses remote ones). Never Linux (wedges the queue
 * here), Android (pause = cancel), iOS, Firefox (ignored) or Edge (Natural voices).
 */
export function nativePauseKnownToWork(p: PlatformInfo): boolean {
  if (p.mobile) return false;
  if (p.browser === 'safari' && p.os === 'macos') return true;
  if (p.browser === 'chrome' && (p.os === 'windows' || p.os === 'macos')) return true;
  return false;
}

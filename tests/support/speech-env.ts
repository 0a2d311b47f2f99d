// Real speech on a headless Linux box: a private PulseAudio server with a null sink that speech-dispatcher
// plays into in real time, and a recorder on its monitor to prove that sound was made (docs/speech-platform.md#real-speech-on-linux).
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The sink Chromium's speech ends up in. */
export const SINK = 'lyssna_null';
/** PulseAudio takes a moment to answer after daemonising. */
const PULSE_READY_TIMEOUT_MS = 15_000;
/** Recording rate: speech needs no more, and small files are quick to scan. */
const RECORD_RATE = 16_000;

export interface SpeechEnv {
  /** Environment for child processes (Chromium): HOME and XDG_* in a private temporary folder. */
  env: NodeJS.ProcessEnv;
  dir: string;
  startRecording(): Recorder;
  stop(): Promise<void>;
}

export interface Recorder {
  /** Stop recording and measure the audio. */
  stop(): Promise<AudioStats>;
}

export interface AudioStats {
  /** Recorded length in seconds. */
  seconds: number;
  /** Seconds whose 20 ms windows exceed the silence threshold. */
  voicedSeconds: number;
  peak: number;
}

/** 16-bit samples below this are treated as silence (−54 dBFS: espeak-ng speech is far above it). */
const SILENCE_THRESHOLD = 64;
const WINDOW_SECONDS = 0.02;

export function measurePcm16(pcm: Buffer, rate: number): AudioStats {
  const samples = Math.floor(pcm.length / 2);
  const window = Math.max(1, Math.round(rate * WINDOW_SECONDS));
  let voicedWindows = 0;
  let peak = 0;
  for (let w = 0; w < samples; w += window) {
    let max = 0;
    for (let i = w; i < Math.min(samples, w + window); i++) {
      const v = Math.abs(pcm.readInt16LE(i * 2));
      if (v > max) max = v;
    }
    if (max > SILENCE_THRESHOLD) voicedWindows++;
    if (max > peak) peak = max;
  }
  return { seconds: samples / rate, voicedSeconds: voicedWindows * WINDOW_SECONDS, peak };
}

export async function startSpeechEnv(): Promise<SpeechEnv> {
  const dir = mkdtempSync(join(tmpdir(), 'lyssna-speech-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_RUNTIME_DIR: join(dir, 'xdg'),
    XDG_CONFIG_HOME: join(dir, 'config'),
    XDG_CACHE_HOME: join(dir, 'cache'),
    HOME: join(dir, 'home'),
  };
  for (const d of ['xdg', 'config', 'cache', 'home'])
    mkdirSync(join(dir, d), { recursive: true, mode: 0o700 });
  await run(
    'pulseaudio',
    [
      '--daemonize=yes',
      '--exit-idle-time=-1',
      '-n',
      '--use-pid-file=yes',
      '--load=module-native-protocol-unix',
      `--load=module-null-sink sink_name=${SINK}`,
    ],
    { env },
  );
  const deadline = Date.now() + PULSE_READY_TIMEOUT_MS;
  for (;;) {
    try {
      await run('pactl', ['info'], { env });
      break;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`PulseAudio did not start: ${String(error)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const recorders = new Set<ChildProcess>();
  return {
    env,
    dir,
    startRecording() {
      const chunks: Buffer[] = [];
      const child = spawn(
        'parec',
        [`--device=${SINK}.monitor`, '--format=s16le', `--rate=${RECORD_RATE}`, '--channels=1', '--raw'],
        { env, stdio: ['ignore', 'pipe', 'ignore'] },
      );
      recorders.add(child);
      child.stdout?.on('data', (c: Buffer) => chunks.push(c));
      return {
        async stop() {
          const closed = new Promise((r) => child.once('close', r));
          child.kill('SIGTERM');
          await closed;
          recorders.delete(child);
          return measurePcm16(Buffer.concat(chunks), RECORD_RATE);
        },
      };
    },
    async stop() {
      for (const r of recorders) r.kill('SIGKILL');
      // speech-dispatcher ignores SIGTERM without PulseAudio: stop it by pid before PulseAudio goes.
      const pidFile = join(env.XDG_RUNTIME_DIR!, 'speech-dispatcher', 'pid', 'speech-dispatcher.pid');
      if (existsSync(pidFile)) {
        const pid = Number(readFileSync(pidFile, 'utf8').trim());
        if (pid > 0) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }
      }
      await run('pulseaudio', ['--kill'], { env }).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// A typed wrapper over the eSpeak NG Emscripten module: choose a voice (checking its return code: an unknown
// voice silently keeps the previous one), set rate and pitch, synthesise text into 16-bit samples and events.
// Used by the offscreen document and by the benchmark in Node; the module itself is loaded by the caller.

import type { EspeakEvent } from './utterance.ts';

/** The slice of the module's eSpeakNGWorker we use. */
interface EspeakWorker {
  set_voice(name: string): number;
  set_rate(wpm: number): number;
  set_pitch(pitch: number): number;
  get_samplerate(): number;
  synthesize(text: string, callback: (audio: Int16Array, events: EspeakEvent[]) => number): void;
}

export interface EspeakModule {
  eSpeakNGWorker: new () => EspeakWorker;
}

/** The module's default export: a factory that loads the data file and resolves when it is ready. */
export type EspeakFactory = (options?: object) => Promise<EspeakModule>;

export interface Synthesis {
  samples: Int16Array;
  events: EspeakEvent[];
  sampleRate: number;
}

export interface Synth {
  /** null when the voice is set, else the Swedish message to report. */
  setVoice(espeakVoice: string): string | null;
  synthesize(text: string, wpm: number, pitch: number): Synthesis;
}

export async function createSynth(factory: EspeakFactory): Promise<Synth> {
  const module = await factory();
  const worker = new module.eSpeakNGWorker();
  const sampleRate = worker.get_samplerate();
  let voice: string | null = null;
  return {
    setVoice(espeakVoice) {
      if (voice === espeakVoice) return null;
      const code = worker.set_voice(espeakVoice);
      if (code !== 0) {
        voice = null;
        return `Rösten ${espeakVoice} kunde inte laddas (eSpeak NG svarade ${code}).`;
      }
      voice = espeakVoice;
      return null;
    },
    synthesize(text, wpm, pitch) {
      worker.set_rate(wpm);
      worker.set_pitch(pitch);
      const parts: Int16Array[] = [];
      const events: EspeakEvent[] = [];
      worker.synthesize(text, (audio, evs) => {
        parts.push(audio);
        events.push(...evs);
        return 0; // 0 = go on
      });
      const length = parts.reduce((n, p) => n + p.length, 0);
      const samples = new Int16Array(length);
      let at = 0;
      for (const p of parts) {
        samples.set(p, at);
        at += p.length;
      }
      return { samples, events, sampleRate };
    },
  };
}

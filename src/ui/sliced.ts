// Runs pure steps (core/steps.ts) in slices with a task boundary between them: the one place the pipeline's
// work meets timers, so reading a huge page never holds the main thread for long.

import type { Steps } from '../core/steps.ts';

/**
 * A slice runs until this long has passed (one frame): well under the 50 ms that counts as a long task,
 * leaving room for the step that overshoots it (a few dozen nodes or blocks) and for a garbage collection
 * that lands in the slice (traced on 20,000 paragraphs: 25 ms slices became 45-80 ms tasks that way).
 */
export const SLICE_MS = 16;

export interface SliceClock {
  performance: { now(): number };
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface SlicedRun {
  /** The steps ran to the end (or failed) and `onDone` (or `onError`) was called. */
  readonly done: boolean;
  /** Run what is left now, synchronously (a caller that cannot wait); `onDone` is called before it returns. */
  finish(): void;
  /** Run the next slice now, in the caller's task (a click on a page still being read: most end in it). */
  sliceNow(): void;
  /** Stop: no more slices, no callback. */
  cancel(): void;
}

/**
 * Run `steps`: the first slice at once (a short job ends inside it, so its caller sees the result
 * synchronously), the rest in later tasks. Exactly one of `onDone`/`onError` is called, unless cancelled.
 */
export function runSliced<T>(
  steps: Steps<T>,
  clock: SliceClock,
  onDone: (value: T) => void,
  onError: (error: unknown) => void,
): SlicedRun {
  let done = false;
  let timer: number | null = null;
  /** Steps until `until` says stop; true when the steps ended (callback made). */
  const run = (until: () => boolean): boolean => {
    let next: IteratorResult<void, T>;
    try {
      do next = steps.next();
      while (!next.done && !until());
    } catch (error) {
      done = true;
      onError(error);
      return true;
    }
    if (!next.done) return false;
    done = true;
    onDone(next.value);
    return true;
  };
  const slice = (): void => {
    timer = null;
    const end = clock.performance.now() + SLICE_MS;
    if (!run(() => clock.performance.now() >= end)) timer = clock.setTimeout(slice, 0);
  };
  const handle: SlicedRun = {
    get done() {
      return done;
    },
    finish() {
      if (done) return;
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      run(() => false);
    },
    sliceNow() {
      if (done) return;
      if (timer !== null) clock.clearTimeout(timer);
      slice();
    },
    cancel() {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      done = true;
    },
  };
  slice();
  return handle;
}

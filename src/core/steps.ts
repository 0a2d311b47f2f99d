// Long pure work as a generator of steps: it yields where it may be paused, so an edge (the widget, the
// extension) can spread it over several tasks, while a synchronous caller (the CLI, tests) simply drains it.

/** Work that yields between steps and returns its result at the end. */
export type Steps<T> = Generator<void, T, void>;

/** Run steps to the end at once: the synchronous API over the same code. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Pure loops yield after this many units of work (nodes walked, blocks detected): a few hundred microseconds,
 * so the edge's time check is cheap and a slice never overshoots its budget by much.
 */
export const STEP_UNITS = 64;

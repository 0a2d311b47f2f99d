// runSliced: short work ends inside the first slice (the caller sees it at once); long work runs in slices of
// SLICE_MS with a task between them; finish() ends it synchronously; cancel() stops it without a callback.
import { expect, test } from 'vitest';
import type { Steps } from '../../../src/core/steps.ts';
import { runSliced, SLICE_MS, type SliceClock } from '../../../src/ui/sliced.ts';

/** A clock whose time moves only when a step says so, and whose timers run when the test says so. */
function fakeClock() {
  let now = 0;
  const timers = new Map<number, () => void>();
  let nextId = 1;
  const clock: SliceClock = {
    performance: { now: () => now },
    setTimeout(handler) {
      timers.set(nextId, handler);
      return nextId++;
    },
    clearTimeout(id) {
      timers.delete(id);
    },
  };
  return {
    clock,
    advance: (ms: number) => (now += ms),
    pending: () => timers.size,
    /** Run the next timer: one task. */
    tick() {
      const [id, handler] = [...timers][0]!;
      timers.delete(id);
      handler();
    },
  };
}

/** Start `units` steps of 1 ms each on `t`, collecting what they return. */
function start(t: ReturnType<typeof fakeClock>, units: number, results: number[]) {
  return runSliced(
    work(units, 1, t.advance),
    t.clock,
    (v) => results.push(v),
    () => {},
  );
}

function* work(units: number, msEach: number, advance: (ms: number) => void): Steps<number> {
  for (let i = 0; i < units; i++) {
    advance(msEach);
    yield;
  }
  return units;
}

test('short work ends inside the first slice, before runSliced returns', () => {
  const t = fakeClock();
  const results: number[] = [];
  const run = start(t, 5, results);
  expect(results).toEqual([5]);
  expect(run.done).toBe(true);
  expect(t.pending()).toBe(0);
});

test('long work runs in slices of SLICE_MS, one task each', () => {
  const t = fakeClock();
  const results: number[] = [];
  const run = start(t, 200, results);
  let tasks = 1;
  while (!run.done) {
    expect(t.pending()).toBe(1);
    t.tick();
    tasks++;
  }
  expect(results).toEqual([200]);
  // SLICE_MS steps of 1 ms per slice; the 201st call to the steps is the one that returns.
  expect(tasks).toBe(Math.ceil(201 / SLICE_MS));
});

test('finish() ends the work synchronously; cancel() stops it without a callback', () => {
  const t = fakeClock();
  const results: number[] = [];
  const run = start(t, 200, results);
  run.finish();
  expect(results).toEqual([200]);
  expect(t.pending()).toBe(0);

  const cancelled = start(t, 200, results);
  cancelled.cancel();
  expect(t.pending()).toBe(0);
  expect(results).toEqual([200]);
});

test('an error in a step is reported once, to onError', () => {
  const t = fakeClock();
  const errors: unknown[] = [];
  function* failing(): Steps<number> {
    yield;
    throw new Error('broken page');
  }
  runSliced(
    failing(),
    t.clock,
    () => errors.push('done'),
    (e) => errors.push((e as Error).message),
  );
  expect(errors).toEqual(['broken page']);
});

test("sliceNow() runs the next slice in the caller's task instead of waiting for the timer", () => {
  const t = fakeClock();
  const results: number[] = [];
  const run = start(t, SLICE_MS + 5, results);
  expect(run.done).toBe(false);
  run.sliceNow();
  expect(results).toEqual([SLICE_MS + 5]);
  expect(t.pending()).toBe(0);
});

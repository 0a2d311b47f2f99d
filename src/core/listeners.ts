// One typed listener registry (the player's, the widget's public events, the test double's): listeners by
// event type, and an emit that a throwing listener cannot break.

export interface Listeners<M> {
  on<T extends keyof M>(type: T, listener: (detail: M[T]) => void): () => void;
  off<T extends keyof M>(type: T, listener: (detail: M[T]) => void): void;
  emit<T extends keyof M>(type: T, detail: M[T]): void;
  clear(): void;
}

export function createListeners<M>(): Listeners<M> {
  const byType = new Map<keyof M, Set<(detail: never) => void>>();
  const registry: Listeners<M> = {
    on(type, listener) {
      let set = byType.get(type);
      if (!set) {
        set = new Set();
        byType.set(type, set);
      }
      set.add(listener);
      return () => registry.off(type, listener);
    },
    off(type, listener) {
      byType.get(type)?.delete(listener);
    },
    emit(type, detail) {
      // A copy: a listener may remove itself (or others) while being called.
      for (const listener of [...(byType.get(type) ?? [])]) {
        try {
          (listener as (d: typeof detail) => void)(detail);
        } catch (err) {
          // A broken listener must not break the caller (reading goes on); rethrown outside, so not silent.
          queueMicrotask(() => {
            throw err;
          });
        }
      }
    },
    clear() {
      byType.clear();
    },
  };
  return registry;
}

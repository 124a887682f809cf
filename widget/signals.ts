/**
 * A minimal signals core with the @preact/signals API (signal, computed, effect, batch), because the library
 * (1.7 KB gzipped) does not fit in the widget's 12 KB budget next to Preact. The widget needs only this much:
 * one effect per widget re-renders it; computed values are recomputed eagerly when what they read changes.
 */
export interface ReadonlySignal<T> {
  readonly value: T;
  peek(): T;
}
export interface Signal<T> extends ReadonlySignal<T> {
  value: T;
}

/** A computed or an effect. Computeds (`derived`) settle before effects run, so a render never sees half an update. */
type Reaction = { run(): void; sources: Set<Set<Reaction>>; derived: boolean };

let running: Reaction | undefined;
let depth = 0;
let flushing = false;
const queued = new Set<Reaction>();

function flush(): void {
  if (depth || flushing) return;
  flushing = true;
  try {
    while (queued.size) {
      let next: Reaction | undefined;
      for (const r of queued) if (r.derived) (next ??= r);
      next ??= queued.values().next().value!;
      queued.delete(next);
      next.run();
    }
  } finally {
    flushing = false;
  }
}

function react(fn: () => void, derived: boolean): Reaction {
  const reaction: Reaction = {
    derived,
    sources: new Set(),
    run() {
      // Forget what was read last time: the next run reads what it needs now.
      for (const subscribers of reaction.sources) subscribers.delete(reaction);
      reaction.sources.clear();
      const outer = running;
      running = reaction;
      try {
        fn();
      } finally {
        running = outer;
      }
    },
  };
  reaction.run();
  return reaction;
}

export function signal<T>(initial: T): Signal<T> {
  let current = initial;
  const subscribers = new Set<Reaction>();
  return {
    get value() {
      if (running) {
        subscribers.add(running);
        running.sources.add(subscribers);
      }
      return current;
    },
    set value(next: T) {
      if (Object.is(next, current)) return;
      current = next;
      for (const s of subscribers) queued.add(s);
      flush();
    },
    peek: () => current,
  };
}

/** Runs fn now and again whenever a signal it read changes; returns a function that stops it. */
export function effect(fn: () => void): () => void {
  const reaction = react(fn, false);
  return () => {
    for (const subscribers of reaction.sources) subscribers.delete(reaction);
    queued.delete(reaction);
  };
}

export function computed<T>(fn: () => T): ReadonlySignal<T> {
  const result = signal(undefined as T);
  react(() => (result.value = fn()), true);
  return result;
}

/** Applies several writes, then runs each affected reaction once. */
export function batch<T>(fn: () => T): T {
  depth++;
  try {
    return fn();
  } finally {
    depth--;
    flush();
  }
}

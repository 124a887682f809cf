/**
 * A minimal signals core with the @preact/signals API (signal, computed, effect, batch). The library would take
 * 1.7 KB of the widget's 12 KB budget; this is about 0.4 KB and does what the widget needs: push "stale" down
 * to computeds and effects, pull fresh values on read (so a computed read inside a batch is already up to date),
 * and run each affected effect once when the outermost batch ends.
 */
export interface ReadonlySignal<T> {
  readonly value: T;
  peek(): T;
}
export interface Signal<T> extends ReadonlySignal<T> {
  value: T;
}

/** Something that reads signals: a computed or an effect. */
interface Reader {
  sources: Set<Set<Reader>>;
  stale(): void;
}
interface Effect extends Reader {
  run(): void;
}

let running: Reader | undefined;
let depth = 0;
let flushing = false;
const queued = new Set<Effect>();

function track(readers: Set<Reader>): void {
  if (running) {
    readers.add(running);
    running.sources.add(readers);
  }
}

function untrack(reader: Reader): void {
  for (const readers of reader.sources) readers.delete(reader);
  reader.sources.clear();
}

/** Runs fn as `reader`, recording afresh which signals it reads. */
function read<T>(reader: Reader, fn: () => T): T {
  untrack(reader);
  const outer = running;
  running = reader;
  try {
    return fn();
  } finally {
    running = outer;
  }
}

function flush(): void {
  if (depth || flushing) return;
  flushing = true;
  try {
    for (const next of queued) {
      queued.delete(next);
      next.run();
    }
  } finally {
    flushing = false;
  }
}

function notify(readers: Set<Reader>): void {
  for (const reader of [...readers]) reader.stale();
  flush();
}

export function signal<T>(initial: T): Signal<T> {
  let current = initial;
  const readers = new Set<Reader>();
  return {
    get value() {
      track(readers);
      return current;
    },
    set value(next: T) {
      if (!Object.is(next, current)) {
        current = next;
        notify(readers);
      }
    },
    peek: () => current,
  };
}

export function computed<T>(fn: () => T): ReadonlySignal<T> {
  let current: T;
  let dirty = true;
  const readers = new Set<Reader>();
  const self: Reader = {
    sources: new Set(),
    stale() {
      if (!dirty) {
        dirty = true;
        for (const reader of [...readers]) reader.stale();
      }
    },
  };
  const peek = () => {
    if (dirty) {
      dirty = false;
      current = read(self, fn);
    }
    return current;
  };
  return {
    get value() {
      track(readers);
      return peek();
    },
    peek,
  };
}

/** Runs fn now and again whenever a signal it read changes; returns a function that stops it. */
export function effect(fn: () => void): () => void {
  const self: Effect = {
    sources: new Set(),
    stale: () => queued.add(self),
    run: () => read(self, fn),
  };
  self.run();
  return () => {
    untrack(self);
    queued.delete(self);
  };
}

/** Applies several writes, then runs each affected effect once. */
export function batch<T>(fn: () => T): T {
  depth++;
  try {
    return fn();
  } finally {
    depth--;
    flush();
  }
}

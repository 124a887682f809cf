import { describe, expect, it } from 'vitest';
import { batch, computed, effect, signal } from '../../../widget/signals';

describe('widget signals', () => {
  it('re-runs an effect when a signal it read changes, and stops when disposed', () => {
    const name = signal('kopi');
    const seen: string[] = [];
    const stop = effect(() => seen.push(name.value));
    name.value = 'gula aren';
    name.value = 'gula aren';
    stop();
    name.value = 'emping';
    expect(seen).toEqual(['kopi', 'gula aren']);
  });

  it('tracks only what the last run read', () => {
    const useA = signal(true);
    const a = signal(1);
    const b = signal(10);
    let runs = 0;
    effect(() => {
      runs++;
      void (useA.value ? a.value : b.value);
    });
    useA.value = false;
    const before = runs;
    a.value = 2;
    expect(runs).toBe(before);
    b.value = 11;
    expect(runs).toBe(before + 1);
  });

  it('gives a computed fresh value when read inside a batch, before the batch ends', () => {
    const items = signal<string[]>([]);
    const count = computed(() => items.value.length);
    expect(count.value).toBe(0);
    let inside = -1;
    batch(() => {
      items.value = ['a', 'b', 'c'];
      inside = count.value;
    });
    expect(inside).toBe(3);
  });

  it('runs each affected effect once per batch, after all writes', () => {
    const a = signal(1);
    const b = signal(2);
    const sum = computed(() => a.value + b.value);
    const seen: number[] = [];
    effect(() => seen.push(sum.value));
    batch(() => {
      a.value = 10;
      b.value = 20;
    });
    expect(seen).toEqual([3, 30]);
  });

  it('recomputes a computed only when read after a change', () => {
    const a = signal(1);
    let computations = 0;
    const double = computed(() => {
      computations++;
      return a.value * 2;
    });
    a.value = 2;
    a.value = 3;
    expect(computations).toBe(0);
    expect(double.value).toBe(6);
    expect(double.value).toBe(6);
    expect(computations).toBe(1);
  });

  it('propagates through chained computeds to an effect', () => {
    const query = signal('');
    const words = computed(() => query.value.split(' ').filter(Boolean));
    const first = computed(() => words.value[0] ?? '(kosong)');
    const seen: string[] = [];
    effect(() => seen.push(first.value));
    query.value = 'kopi susu';
    expect(seen).toEqual(['(kosong)', 'kopi']);
  });
});

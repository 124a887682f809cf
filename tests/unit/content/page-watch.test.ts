// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { insideHost, watchPage } from '../../../extension/content/page-watch';

describe('watchPage', () => {
  let controller: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    controller = new AbortController();
    document.body.innerHTML = '<main></main>';
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  const flushObservers = () => vi.advanceTimersByTimeAsync(0);

  it('reads once after a burst of mutations has settled', async () => {
    const onChange = vi.fn();
    watchPage({ root: document.body, signal: controller.signal, onChange, debounceMs: 200 });
    for (let i = 0; i < 5; i++) {
      document.querySelector('main')!.append(document.createElement('p'));
      await flushObservers();
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(onChange).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(250);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('still reads while mutations never stop, at the ceiling', async () => {
    const onChange = vi.fn();
    watchPage({ root: document.body, signal: controller.signal, onChange, debounceMs: 200, maxWaitMs: 600 });
    for (let i = 0; i < 10; i++) {
      document.querySelector('main')!.append(document.createElement('p'));
      await flushObservers();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(1);
  });

  it('does nothing while the page is still, and nothing after the abort', async () => {
    const onChange = vi.fn();
    const watch = watchPage({ root: document.body, signal: controller.signal, onChange, debounceMs: 100 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(onChange).not.toHaveBeenCalled();
    watch.poke();
    controller.abort();
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('ignores mutations inside its own host', async () => {
    const onChange = vi.fn();
    const host = document.createElement('rapi-badge');
    document.body.append(host);
    await flushObservers();
    watchPage({ root: document.body, signal: controller.signal, onChange, debounceMs: 100, ignore: insideHost('rapi-badge') });
    host.append(document.createElement('span'));
    await flushObservers();
    await vi.advanceTimersByTimeAsync(500);
    expect(onChange).not.toHaveBeenCalled();
    document.querySelector('main')!.textContent = 'changed';
    await flushObservers();
    await vi.advanceTimersByTimeAsync(500);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

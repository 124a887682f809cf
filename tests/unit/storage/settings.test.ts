import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { langFromBrowser, loadSettings, saveSettings, watchSettings } from '../../../extension/storage/settings';

describe('settings service', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults the language from the browser', () => {
    expect(langFromBrowser(['id-ID', 'en'])).toBe('id');
    expect(langFromBrowser(['id'])).toBe('id');
    expect(langFromBrowser(['en-US', 'id'])).toBe('en');
    expect(langFromBrowser(['ms-MY'])).toBe('en');
    expect(langFromBrowser([])).toBe('en');
  });

  it('remembers the chosen language', async () => {
    expect(await loadSettings()).toEqual({});
    await saveSettings({ lang: 'en' });
    expect(await loadSettings()).toEqual({ lang: 'en' });
    await saveSettings({ lang: 'id' });
    expect((await loadSettings()).lang).toBe('id');
  });

  it('falls back to defaults when the stored value is corrupt', async () => {
    await fakeBrowser.storage.local.set({ 'rapi:settings': { lang: 'klingon' } });
    expect(await loadSettings()).toEqual({});
    await fakeBrowser.storage.local.set({ 'rapi:settings': 'not an object' });
    expect(await loadSettings()).toEqual({});
  });

  it('refuses to save an invalid language', async () => {
    await expect(saveSettings({ lang: 'fr' as never })).rejects.toThrow();
    expect(await loadSettings()).toEqual({});
  });

  it('tells watchers about changes until they stop watching', async () => {
    const seen: unknown[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await saveSettings({ lang: 'en' });
    stop();
    await saveSettings({ lang: 'id' });
    expect(seen).toEqual([{ lang: 'en' }]);
  });
});

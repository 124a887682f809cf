import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDraftService } from '../../../shared/drafts/service';
import { createStoredLangModel } from '../../../shared/ui/lang-model';
import { localSettingsStore, webPreferences } from '../../../web/app/settings';
import { routeFromHash, hashFor } from '../../../web/app/route';
import { freshDB, memoryStorage } from '../storage/helpers';

describe('the phone page keeps preferences like the extension does', () => {
  it('remembers the language, and the export carries it in the same shape', async () => {
    const storage = memoryStorage();
    const lang = createStoredLangModel(localSettingsStore(storage), 'id');
    await lang.choose('en');
    expect(JSON.parse(storage.getItem('rapi:settings')!)).toEqual({ lang: 'en' });
    const service = createDraftService(freshDB(), { preferences: webPreferences(storage) });
    expect((await service.exportAll()).preferences).toEqual({ lang: 'en' });
  });

  it('an import fills in a language only where the phone has none, and a corrupt value reads as none', async () => {
    const storage = memoryStorage();
    storage.setItem('rapi:settings', '{broken');
    const prefs = webPreferences(storage);
    expect(await prefs.read()).toEqual({});
    expect(await prefs.merge({ lang: 'en', unknown: 1 })).toBe(1);
    expect(await prefs.merge({ lang: 'id' })).toBe(0);
    expect(await prefs.read()).toEqual({ lang: 'en' });
  });
});

describe('the phone page\'s addresses', () => {
  it.each([
    ['', { screen: 'check' }],
    ['#drafts', { screen: 'drafts' }],
    ['#draft=manual%3Aabc', { screen: 'check', key: 'manual:abc' }],
    ['#draft=%3Cscript%3E', { screen: 'check' }],
  ] as const)('%s', (hash, route) => {
    expect(routeFromHash(hash)).toEqual(route);
    if (hash !== '#draft=%3Cscript%3E') expect(hashFor(route)).toBe(hash);
  });
});

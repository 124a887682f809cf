import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDraftService } from '../../../shared/drafts/service';
import { createStoredLangModel } from '../../../shared/ui/lang-model';
import { createPhoneModel } from '../../../web/app/model';
import { localSettingsStore, webPreferences } from '../../../web/app/settings';
import { forgetUnusedPhotos, photoKeeper, PHOTO_CACHE, type PhotoKeeper } from '../../../web/photos/keep';
import { until } from '../helpers/wait';
import { freshDB, memoryStorage } from '../storage/helpers';
import { fakeCaches } from './fake-caches';

const BASE = 'https://situs.id/rapi/';
const jpeg = (name: string, fill: number) => new File([new Uint8Array(300).fill(fill)], name, { type: 'image/jpeg' });

describe('photos kept on the phone', () => {
  it('keeps a photo once by its content and gives the same file back', async () => {
    const { caches } = fakeCaches();
    const keeper = photoKeeper(caches, BASE);
    const a = await keeper.keep(jpeg('kopi.jpg', 1));
    expect(a).toMatch(/^photos\/[0-9a-f]{64}$/);
    expect(await keeper.keep(jpeg('salinan.jpg', 1))).toBe(a);
    expect((await (await caches.open(PHOTO_CACHE)).keys()).length).toBe(1);
    const back = await keeper.load(a);
    expect([back?.name, back?.type, back?.size]).toEqual(['kopi.jpg', 'image/jpeg', 300]);
    expect(await keeper.load('photos/' + '0'.repeat(64))).toBeNull();
    expect(await keeper.load('kopi.jpg')).toBeNull();
  });

  it('a draft has its photos again when it is opened the next day; photos nobody names are removed', async () => {
    const storage = memoryStorage();
    const { caches } = fakeCaches();
    let clock = Date.parse('2026-12-01T08:00:00Z');
    const keeper = photoKeeper(caches, BASE, () => clock);
    const db = freshDB();
    const make = (keeper: PhotoKeeper) =>
      createPhoneModel({
        service: createDraftService(db, { preferences: webPreferences(storage) }),
        lang: createStoredLangModel(localSettingsStore(storage), 'id'),
        location: { hash: '', pathname: '/rapi/', search: '' },
        history: { pushState() {}, replaceState() {} },
        storage,
        keeper,
      });
    const first = make(keeper);
    await first.start();
    first.check.editor.edit('title', 'Keripik Pisang 200 gr');
    await until(() => first.check.draft.value !== null);
    await first.check.addPhotos([jpeg('depan.jpg', 2), jpeg('belakang.jpg', 3)]);
    await until(() => first.check.draft.value?.listing.value?.photos?.length === 2);
    await first.flush();
    const orphan = await keeper.keep(jpeg('lama.jpg', 9));
    first.dispose();

    // The next day, the page opens again.
    clock += 26 * 60 * 60 * 1000;
    const nextDay = photoKeeper(caches, BASE, () => clock);
    const second = make(nextDay);
    await second.start();
    await until(() => second.check.editor.droppedFiles.value?.length === 2);
    expect(second.check.editor.droppedFiles.value?.map((f) => (f as File).name)).toEqual(['depan.jpg', 'belakang.jpg']);
    expect(await nextDay.load(orphan)).toBeNull();
    expect(await forgetUnusedPhotos(db, nextDay)).toBe(0);
    second.dispose();
  });

  it('never removes a photo kept moments ago whose draft is not saved yet (a share still opening, another tab)', async () => {
    const { caches } = fakeCaches();
    const db = freshDB();
    const here = photoKeeper(caches, BASE);
    const otherTab = photoKeeper(caches, BASE);
    const shared = await here.keep(jpeg('dibagikan.jpg', 4));
    const typing = await otherTab.keep(jpeg('tab-lain.jpg', 5));
    // No draft names either yet: this page keeps its own, and the other tab's is too recent to be unused.
    expect(await forgetUnusedPhotos(db, here)).toBe(0);
    expect(await here.load(shared)).not.toBeNull();
    expect(await here.load(typing)).not.toBeNull();
    const later = photoKeeper(caches, BASE, () => Date.now() + 25 * 60 * 60 * 1000);
    expect(await forgetUnusedPhotos(db, later)).toBe(2);
  });
});

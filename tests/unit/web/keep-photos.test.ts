import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDraftService } from '../../../shared/drafts/service';
import { createStoredLangModel } from '../../../shared/ui/lang-model';
import { createPhoneModel } from '../../../web/app/model';
import { localSettingsStore, webPreferences } from '../../../web/app/settings';
import { forgetUnusedPhotos, photoKeeper, PHOTO_CACHE } from '../../../web/photos/keep';
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
    const keeper = photoKeeper(caches, BASE);
    const db = freshDB();
    const make = () =>
      createPhoneModel({
        service: createDraftService(db, { preferences: webPreferences(storage) }),
        lang: createStoredLangModel(localSettingsStore(storage), 'id'),
        location: { hash: '', pathname: '/rapi/', search: '' },
        history: { pushState() {}, replaceState() {} },
        storage,
        keeper,
      });
    const first = make();
    await first.start();
    first.check.editor.edit('title', 'Keripik Pisang 200 gr');
    await until(() => first.check.draft.value !== null);
    await first.check.addPhotos([jpeg('depan.jpg', 2), jpeg('belakang.jpg', 3)]);
    await until(() => first.check.draft.value?.listing.value?.photos?.length === 2);
    await first.flush();
    const orphan = await keeper.keep(jpeg('lama.jpg', 9));
    first.dispose();

    const second = make();
    await second.start();
    await until(() => second.check.editor.droppedFiles.value?.length === 2);
    expect(second.check.editor.droppedFiles.value?.map((f) => (f as File).name)).toEqual(['depan.jpg', 'belakang.jpg']);
    expect(await keeper.load(orphan)).toBeNull();
    expect(await forgetUnusedPhotos(db, keeper)).toBe(0);
    second.dispose();
  });
});

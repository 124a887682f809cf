import { describe, expect, it } from 'vitest';
import { putShare, takeShare } from '../../../web/share/inbox';
import { SHARE_FIELDS, SHARE_LIMITS } from '../../../web/share/protocol';
import { fakeCaches } from './fake-caches';

const BASE = 'https://situs.id/rapi/';
const png = (name: string, bytes = 64) => new File([new Uint8Array(bytes)], name, { type: 'image/png' });

describe('the share inbox between the service worker and the page', () => {
  it('keeps the text and photos of a share, and gives them to the page once', async () => {
    const { caches } = fakeCaches();
    const form = new FormData();
    form.set('text', 'Cek Kopi Gayo di Tokopedia! https://tokopedia.link/za5nBXCtM7');
    form.append('photos', png('kopi.png'));
    const meta = await putShare(caches, BASE, form, SHARE_FIELDS, 'abc', 1);
    expect(meta).toMatchObject({ id: 'abc', text: expect.stringContaining('tokopedia.link'), files: [{ name: 'kopi.png', bytes: 64 }], skipped: [] });

    const taken = await takeShare(caches, BASE, 'abc');
    expect(taken?.files.map((f) => [f.name, f.size, f.type])).toEqual([['kopi.png', 64, 'image/png']]);
    expect(taken?.text).toContain('https://tokopedia.link/za5nBXCtM7');
    expect(await takeShare(caches, BASE, 'abc')).toBeNull();
  });

  it('leaves out what is not a photo, too big, or past the limit, and says which', async () => {
    const { caches } = fakeCaches();
    const form = new FormData();
    form.append('photos', new File(['x'], 'video.mp4', { type: 'video/mp4' }));
    for (let i = 0; i < SHARE_LIMITS.files + 2; i++) form.append('photos', png(`foto-${i}.png`));
    form.append('photos', new File([new Uint8Array(SHARE_LIMITS.fileBytes + 1)], 'besar.jpg', { type: 'image/jpeg' }));
    const meta = await putShare(caches, BASE, form, SHARE_FIELDS, 'lim', 1);
    expect(meta.files).toHaveLength(SHARE_LIMITS.files);
    expect(meta.skipped.map((f) => f.name)).toEqual(['video.mp4', 'foto-10.png', 'foto-11.png', 'besar.jpg']);
  });

  it('cuts a huge text, and a broken entry gives nothing rather than an error', async () => {
    const { caches } = fakeCaches();
    const form = new FormData();
    form.set('text', 'a'.repeat(SHARE_LIMITS.textChars * 3));
    expect((await putShare(caches, BASE, form, SHARE_FIELDS, 'big', 1)).text).toHaveLength(SHARE_LIMITS.textChars);
    const cache = await caches.open('rapi-share-inbox');
    await cache.put(`${BASE}share-inbox/bad/meta`, new Response('{not json'));
    expect(await takeShare(caches, BASE, 'bad')).toBeNull();
  });
});

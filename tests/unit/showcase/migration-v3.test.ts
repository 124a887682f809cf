import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppDB } from '../../../shared/storage/db';
import { declareVersions } from '../../../shared/storage/versions';
import { createShowcaseService } from '../../../extension/showcase/service';
import { fakeIndexedDB } from '../storage/helpers';
import { ROOT } from './helpers';

const v2 = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/db/v2.json'), 'utf8')) as { tables: Record<string, object[]> };

describe('database version 3', () => {
  it('moves version 2 showcase rows into "Etalase saya", their item made from their draft, every old field kept', async () => {
    const idb = fakeIndexedDB();
    const old = new Dexie('rapi', idb);
    declareVersions(old, 2);
    await old.open();
    for (const [table, rows] of Object.entries(v2.tables)) await old.table(table).bulkAdd(rows);
    old.close();

    const db = new AppDB('rapi', idb);
    const service = createShowcaseService(db);
    expect(await db.showcases.toArray()).toEqual([
      { id: 'etalase-saya', title: 'Etalase saya', createdAt: 1768100400000, updatedAt: 1768100400000 },
    ]);
    const [row] = await service.listItems('etalase-saya');
    expect(row).toEqual({
      id: 'item-1',
      updatedAt: 1768100400000,
      draftKey: 'shopee:form:shopee-seller:new',
      note: 'Sambal favorit',
      showcaseId: 'etalase-saya',
      position: 0,
      createdAt: 1768100400000,
      origin: { kind: 'draft' },
      item: expect.objectContaining({ id: 'sambal-bawang-botol-150-gr-pedas-level-3', name: 'Sambal Bawang Botol 150 gr Pedas Level 3' }),
    });
    // The moved item can be curated and exported like any other.
    const exported = await service.exportFeed('etalase-saya');
    expect(exported.ok && exported.feed.items.map((i) => i.name)).toEqual(['Sambal Bawang Botol 150 gr Pedas Level 3']);
    db.close();
  });

  it('creates no showcase when version 2 had no showcase rows', async () => {
    const idb = fakeIndexedDB();
    const old = new Dexie('rapi', idb);
    declareVersions(old, 2);
    await old.open();
    old.close();
    const db = new AppDB('rapi', idb);
    await db.open();
    expect(await db.showcases.count()).toBe(0);
    db.close();
  });
});

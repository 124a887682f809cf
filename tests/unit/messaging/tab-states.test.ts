import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { allTabStates, forgetTabState, getTabState, putTabState } from '../../../extension/messaging/tab-states';
import type { TabState } from '../../../extension/messaging/protocol';
import { pageKey } from '../../../extension/sidepanel/models/panel';

const state = (tabId: number, url = 'https://www.tokopedia.com/toko/kopi'): TabState => ({
  tabId,
  url,
  page: { site: 'tokopedia', kind: 'product', shopId: 'toko', itemId: 'kopi' },
  extraction: null,
  revision: 1,
  readAt: 0,
});

describe('tab states (storage.session)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps one state per tab, and forgets a closed tab', async () => {
    await putTabState(state(1));
    await putTabState(state(2));
    expect(await getTabState(1)).toEqual(state(1));
    expect((await allTabStates()).map((s) => s.tabId).sort()).toEqual([1, 2]);
    await forgetTabState(1);
    expect(await getTabState(1)).toBeNull();
    expect((await allTabStates()).map((s) => s.tabId)).toEqual([2]);
  });

  it('ignores a stored value that is not a valid state', async () => {
    await fakeBrowser.storage.session.set({ 'rapi:tab:5': { tabId: 'five' }, unrelated: 1 });
    expect(await getTabState(5)).toBeNull();
    expect(await allTabStates()).toEqual([]);
  });
});

describe('pageKey', () => {
  it('is the same for re-reads of one product, different for another product or tab', () => {
    const a = pageKey(state(1, 'https://www.tokopedia.com/toko/kopi?ref=x'));
    expect(pageKey(state(1, 'https://www.tokopedia.com/toko/kopi'))).toBe(a);
    expect(pageKey({ ...state(1), page: { ...state(1).page, itemId: 'teh' } })).not.toBe(a);
    expect(pageKey(state(2))).not.toBe(a);
  });
});

import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Extraction } from '../../../shared/marketplaces/types';
import { ExtractionPayload, MESSAGES, type ReplyEnvelope, type TabState } from '../../../extension/messaging/protocol';
import { MessageError, createListener, envelope, readReply, type Sender } from '../../../extension/messaging/service';

const extraction: ExtractionPayload = {
  page: { site: 'tokopedia', kind: 'product', shopId: 'tokokopi', itemId: 'kopi-gayo-250-gr' },
  listing: { marketplace: 'tokopedia', title: 'Kopi Arabika Gayo 250 gr', price: 85000 },
  fields: { title: 'read', price: 'read', description: 'missing' },
  problems: [{ id: 'Deskripsi tidak terbaca.', en: 'The description could not be read.' }],
  loginWall: false,
  read: true,
};
/** Rapi's content script in tab 7, and Rapi's side panel (fakeBrowser's extension id and origin). */
const fromTab: Sender = { id: 'test-extension-id', url: 'https://www.tokopedia.com/x/y', tab: { id: 7 } as Sender['tab'] };
const fromPanel: Sender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/sidepanel.html' };

/** Runs a raw listener the way the browser does, collecting what it answers through sendResponse. */
async function deliver(listener: ReturnType<typeof createListener>, message: unknown, sender = fromTab) {
  let answer: ReplyEnvelope | undefined;
  const settled = new Promise<void>((resolve) => {
    const kept = listener(message, sender, (reply) => {
      answer = reply;
      resolve();
    });
    if (!kept && answer === undefined) resolve();
  });
  await settled;
  return answer;
}

describe('message schemas', () => {
  it('accept what the adapters produce (type level)', () => {
    expectTypeOf<Extraction>().toExtend<ExtractionPayload>();
  });

  it('accept a well-formed extraction and reject a listing without a title', () => {
    expect(ExtractionPayload.safeParse(extraction).success).toBe(true);
    const noTitle = { ...extraction, listing: { marketplace: 'tokopedia' } };
    expect(ExtractionPayload.safeParse(noTitle).success).toBe(false);
  });

  it('reject an unknown field state and an unknown page kind', () => {
    expect(ExtractionPayload.safeParse({ ...extraction, fields: { title: 'maybe' } }).success).toBe(false);
    const page = { ...extraction.page, kind: 'checkout' };
    expect(ExtractionPayload.safeParse({ ...extraction, page }).success).toBe(false);
  });

  it('bound the badge score to 0–100', () => {
    const badge = MESSAGES['badge:update'].request;
    const ok = { score: 72, fixes: 3, unreadable: false, lang: 'id' };
    expect(badge.safeParse(ok).success).toBe(true);
    expect(badge.safeParse({ ...ok, score: null, unreadable: true }).success).toBe(true);
    expect(badge.safeParse({ ...ok, score: 101 }).success).toBe(false);
    expect(badge.safeParse({ ...ok, fixes: -1 }).success).toBe(false);
    expect(badge.safeParse({ ...ok, lang: 'fr' }).success).toBe(false);
    expect(badge.safeParse({ score: 72, fixes: 3, lang: 'id' }).success).toBe(false);
  });

  it('accept only the writable seller-form fields, with non-negative numbers', () => {
    const write = MESSAGES['form:write'].request;
    expect(write.safeParse({ values: { title: 'Kopi', price: 25000 } }).success).toBe(true);
    expect(write.safeParse({ values: { price: -5 } }).success).toBe(false);
    expect(write.safeParse({ values: { stock: 'banyak' } }).success).toBe(false);
  });

  it('refuse to build an envelope around a bad request', () => {
    expect(() => envelope('tab:get', { tabId: -1 })).toThrow();
    expect(envelope('tab:get', { tabId: 3 })).toEqual({ rapi: 1, name: 'tab:get', data: { tabId: 3 } });
  });
});

describe('the listener', () => {
  it('answers a valid message addressed to its receiver', async () => {
    const listener = createListener('background', {
      'listing:extracted': (data, sender) => ({
        score: data.extraction.listing.title.length,
        fixes: sender.tab?.id ?? 0,
        unreadable: false,
        lang: 'id',
      }),
    });
    const answer = await deliver(listener, envelope('listing:extracted', { url: 'https://www.tokopedia.com/x/y', extraction }));
    expect(readReply('listing:extracted', answer)).toEqual({ score: 24, fixes: 7, unreadable: false, lang: 'id' });
  });

  it('calls the handler synchronously, inside the dispatch (user-gesture APIs need that)', () => {
    let called = false;
    const listener = createListener('background', {
      'panel:open': () => {
        called = true;
        return { opened: true };
      },
    });
    expect(listener(envelope('panel:open', {}), fromTab, () => {})).toBe(true);
    expect(called).toBe(true);
  });

  it('leaves messages for other receivers, unknown names and foreign messages alone', async () => {
    const listener = createListener('panel', { 'tab:updated': () => ({}) });
    expect(listener(envelope('tab:get', { tabId: 1 }), fromTab, () => {})).toBe(false);
    expect(listener({ rapi: 1, name: 'steal:cookies', data: {} }, fromTab, () => {})).toBe(false);
    expect(listener({ type: 'something-else' }, fromTab, () => {})).toBe(false);
    expect(listener('hello', fromTab, () => {})).toBe(false);
  });

  it('refuses a malformed request with a bilingual error instead of calling the handler', async () => {
    let called = false;
    const listener = createListener('background', {
      'tab:get': () => {
        called = true;
        return null;
      },
    });
    const answer = await deliver(listener, { rapi: 1, name: 'tab:get', data: { tabId: 'seven' } }, fromPanel);
    expect(called).toBe(false);
    expect(answer).toMatchObject({ ok: false, error: { id: expect.any(String), en: expect.any(String) } });
    expect(() => readReply('tab:get', answer)).toThrow(MessageError);
  });

  it('turns a handler that throws into a bilingual refusal', async () => {
    const listener = createListener('background', {
      'panel:open': () => {
        throw new Error('no tab');
      },
    });
    const answer = await deliver(listener, envelope('panel:open', {}));
    expect(answer).toEqual({
      ok: false,
      error: { id: 'Terjadi kesalahan di Rapi: no tab', en: 'Something went wrong inside Rapi: no tab' },
    });
  });

  it('refuses a handler reply that breaks the reply schema', async () => {
    const listener = createListener('background', {
      // Deliberately wrong at runtime: a score above 100.
      'listing:extracted': () => ({ score: 140, fixes: 1, unreadable: false, lang: 'id' }) as never,
    });
    const answer = await deliver(listener, envelope('listing:extracted', { url: 'u', extraction }));
    expect(answer?.ok).toBe(false);
  });
});

describe('readReply', () => {
  it('rejects garbage and passes a valid TabState through', () => {
    expect(() => readReply('tab:get', undefined)).toThrow(MessageError);
    expect(() => readReply('tab:get', { ok: true, data: { tabId: 'x' } })).toThrow(MessageError);
    const state: TabState = {
      tabId: 4,
      url: 'https://www.tokopedia.com/x/y',
      page: extraction.page,
      extraction,
      revision: 2,
      readAt: 1,
    };
    expect(readReply('tab:get', { ok: true, data: state })).toEqual(state);
    expect(readReply('tab:get', { ok: true, data: null })).toBeNull();
  });
});

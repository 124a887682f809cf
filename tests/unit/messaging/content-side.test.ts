/**
 * The content scripts' messaging (no zod): the same envelope, routing and sender check as Rapi's pages, and the
 * same bilingual refusals; the data itself is checked at the extension's end (service.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { handleMessages, sendToBackground } from '../../../extension/messaging/content-side';
import type { ReplyEnvelope } from '../../../extension/messaging/protocol';
import { MessageError, type Sender } from '../../../extension/messaging/service';

const ORIGIN = browser.runtime.getURL('/');
const background: Sender = { id: browser.runtime.id, url: `${ORIGIN}background.js` };
const otherContentScript: Sender = { id: browser.runtime.id, url: 'https://shopee.co.id/x', tab: { id: 7 } as Sender['tab'] };
const badge = { score: 70, fixes: 2, unreadable: false, lang: 'id' };

type Listener = (raw: unknown, sender: Sender, respond: (reply: ReplyEnvelope) => void) => boolean;

/** Registers handlers the way a content script does and returns the listener the browser would call. */
function listen(handlers: Parameters<typeof handleMessages>[1]): Listener {
  const add = vi.spyOn(browser.runtime.onMessage, 'addListener');
  handleMessages('content', handlers);
  return add.mock.calls.at(-1)![0] as unknown as Listener;
}

async function deliver(listener: Listener, raw: unknown, sender: Sender): Promise<ReplyEnvelope | undefined> {
  return new Promise((resolve) => {
    if (!listener(raw, sender, resolve)) setTimeout(() => resolve(undefined), 0);
  });
}

afterEach(() => vi.restoreAllMocks());

describe('content-side handleMessages', () => {
  it('answers a badge update from Rapi\'s background with the handler\'s reply', async () => {
    const update = vi.fn(() => ({}));
    const reply = await deliver(listen({ 'badge:update': update }), { rapi: 1, name: 'badge:update', data: badge }, background);
    expect(update).toHaveBeenCalledWith(badge, background);
    expect(reply).toEqual({ ok: true, data: {} });
  });

  it('refuses the same message from a content script (a page\'s frame), in both languages, without running the handler', async () => {
    const write = vi.fn(() => ({ applied: [], missing: [], problems: [] }));
    const reply = await deliver(listen({ 'form:write': write }), { rapi: 1, name: 'form:write', data: { values: { title: 'x' } } }, otherContentScript);
    expect(write).not.toHaveBeenCalled();
    expect(reply?.ok).toBe(false);
    expect(reply?.error?.id).toMatch(/hanya halaman Rapi/);
    expect(reply?.error?.en).toMatch(/only Rapi's own pages/);
  });

  it('leaves foreign messages, unknown names and messages for other receivers alone', async () => {
    const listener = listen({ 'badge:update': () => ({}) });
    for (const raw of [null, 'x', { rapi: 2, name: 'badge:update' }, { rapi: 1, name: 'nope' }, { rapi: 1, name: 'tab:get', data: { tabId: 1 } }]) {
      expect(await deliver(listener, raw, background)).toBeUndefined();
    }
  });
});

describe('content-side sendToBackground', () => {
  const answer = (raw: unknown) => vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(raw as never);

  it('sends the envelope and returns the reply\'s data', async () => {
    const send = answer({ ok: true, data: { opened: true } });
    await expect(sendToBackground('panel:open', {})).resolves.toEqual({ opened: true });
    expect(send).toHaveBeenCalledWith({ rapi: 1, name: 'panel:open', data: {} });
  });

  it('turns a refusal into a MessageError with its bilingual text, and garbage into a plain bilingual one', async () => {
    answer({ ok: false, error: { id: 'Ditolak.', en: 'Refused.' } });
    await expect(sendToBackground('panel:open', {})).rejects.toEqual(new MessageError({ id: 'Ditolak.', en: 'Refused.' }));
    for (const raw of [undefined, 'ok', { ok: 'yes' }, { ok: false, error: { id: '', en: 'x' } }]) {
      answer(raw);
      const error = await sendToBackground('panel:open', {}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MessageError);
      expect((error as MessageError).text.en).toMatch(/reply it does not recognise/);
    }
  });
});

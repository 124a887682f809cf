/**
 * Who may send what: the messages that read another tab, fill a seller form or make the offscreen document fetch
 * or read a photo are Rapi's own pages' alone. Fake senders stand for each kind of caller, as the browser fills them.
 */
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { MESSAGES, type MessageName, type ReplyEnvelope } from '../../../extension/messaging/protocol';
import { createListener, type Sender } from '../../../extension/messaging/service';
import { isExtensionPage, senderAllowed } from '../../../extension/messaging/senders';

const ID = browser.runtime.id;
const ORIGIN = browser.runtime.getURL('/');
const tab = (id: number) => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito: false }) as Sender['tab'];

const SENDERS = {
  contentScript: { id: ID, url: 'https://shopee.co.id/Kopi-Gayo-i.11.22', tab: tab(7), frameId: 0 },
  contentScriptInFrame: { id: ID, url: 'https://ads.example/frame.html', tab: tab(7), frameId: 3 },
  sidePanel: { id: ID, url: `${ORIGIN}sidepanel.html` },
  rapiTab: { id: ID, url: `${ORIGIN}drafts.html#draft=manual%3Aa`, tab: tab(9), frameId: 0 },
  offscreen: { id: ID, url: `${ORIGIN}offscreen.html` },
  background: { id: ID, url: `${ORIGIN}background.js` },
  foreignExtension: { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/page.html' },
  foreignClaimingOurUrl: { id: 'abcdefghijklmnopabcdefghijklmnop', url: `${ORIGIN}sidepanel.html` },
  webPage: { url: 'https://evil.example/', tab: tab(4) },
  noUrl: { id: ID },
} satisfies Record<string, Sender>;
type SenderName = keyof typeof SENDERS;

const OURS: SenderName[] = ['sidePanel', 'rapiTab', 'offscreen', 'background'];
const NEVER: SenderName[] = ['foreignExtension', 'foreignClaimingOurUrl', 'webPage'];

/** A valid request for each message, so only the sender decides. */
const REQUESTS: { [N in MessageName]: unknown } = {
  'listing:extracted': { url: 'https://shopee.co.id/x', extraction: { page: { site: 'shopee', kind: 'product' }, listing: { title: 'Kopi' }, fields: {}, problems: [], loginWall: false, read: true } },
  'page:no-listing': { url: 'https://shopee.co.id/', page: { site: 'shopee', kind: 'other' } },
  'panel:open': {},
  'tab:get': { tabId: 7 },
  'form:apply': { tabId: 7, values: { title: 'Kopi Gayo 250 gr' } },
  'tab:updated': { tabId: 7, state: null },
  'badge:update': { score: 70, fixes: 2, unreadable: false, lang: 'id' },
  'form:write': { values: { title: 'Kopi' } },
  'photos:offscreen': {},
  'photo:measure': { url: 'blob:x' },
  'photo:read-text': { url: 'blob:x', ticket: 't' },
  'photo:page-blob': { tabId: 7, src: 'blob:https://seller.shopee.co.id/1' },
  'photo:read-blob': { src: 'blob:https://seller.shopee.co.id/1', maxBytes: 10 },
  'photo:progress': { ticket: 't', progress: 0.5 },
};

/** Delivers one message from one sender to a listener whose handler records that it ran. */
function attempt(name: MessageName, from: SenderName): { ran: boolean; answer?: ReplyEnvelope } {
  const spec = MESSAGES[name];
  const outcome: { ran: boolean; answer?: ReplyEnvelope } = { ran: false };
  const handler = () => {
    outcome.ran = true;
    return new Promise(() => {}); // never settles: only whether it ran matters here
  };
  const listener = createListener(spec.to, { [name]: handler } as never);
  listener({ rapi: 1, name, data: REQUESTS[name] }, SENDERS[from], (reply) => (outcome.answer = reply));
  return outcome;
}

const names = Object.keys(MESSAGES) as MessageName[];
const privileged = names.filter((n) => MESSAGES[n].from === 'extension');

describe('who may send each message', () => {
  it.each(Object.keys(REQUESTS) as MessageName[])('%s: the request used here is valid (so only the sender decides)', (name) => {
    expect(MESSAGES[name].request.safeParse(REQUESTS[name]).success).toBe(true);
  });

  it('only the three page reports come from content scripts; everything else is for Rapi\'s pages only', () => {
    expect(names.filter((n) => MESSAGES[n].from === 'content').sort()).toEqual(['listing:extracted', 'page:no-listing', 'panel:open']);
    for (const name of ['tab:get', 'form:apply', 'photo:page-blob', 'photo:measure', 'photo:read-text', 'photos:offscreen'] as const) {
      expect(MESSAGES[name].from, name).toBe('extension');
    }
  });

  it.each(privileged)('%s: a content script (any frame) is refused with a bilingual reason, the handler never runs', (name) => {
    for (const from of ['contentScript', 'contentScriptInFrame', 'noUrl'] as const) {
      const { ran, answer } = attempt(name, from);
      expect(ran, from).toBe(false);
      expect(answer?.ok, from).toBe(false);
      expect(answer?.error?.id, from).toMatch(/hanya halaman Rapi/);
      expect(answer?.error?.en, from).toMatch(/only Rapi's own pages/);
    }
  });

  it.each(privileged)('%s: Rapi\'s own pages (panel, its tabs, offscreen, background) are answered', (name) => {
    for (const from of OURS) expect(attempt(name, from).ran, from).toBe(true);
  });

  it.each(names)('%s: another extension or a web page is never answered', (name) => {
    for (const from of NEVER) expect(attempt(name, from).ran, from).toBe(false);
  });

  it('the page reports are taken from Rapi\'s content scripts', () => {
    for (const name of ['listing:extracted', 'page:no-listing', 'panel:open'] as const) expect(attempt(name, 'contentScript').ran, name).toBe(true);
  });
});

describe('isExtensionPage / senderAllowed', () => {
  const self = { id: ID, origin: ORIGIN };
  it.each([
    ['sidePanel', true],
    ['rapiTab', true],
    ['offscreen', true],
    ['contentScript', false],
    ['foreignClaimingOurUrl', false],
    ['noUrl', false],
  ] as const)('%s → %s', (from, expected) => {
    expect(isExtensionPage(SENDERS[from], self)).toBe(expected);
    expect(senderAllowed('extension', SENDERS[from], self)).toBe(expected);
  });

  it('an origin that only starts like ours is not ours', () => {
    expect(isExtensionPage({ id: ID, url: `${ORIGIN.slice(0, -1)}x.evil/page.html` }, self)).toBe(false);
  });
});

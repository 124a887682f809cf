import { browser } from 'wxt/browser';
import type { BilingualText } from '../../shared/i18n/text';
// The adapters' twin of i18n's bi(): importing values from shared/i18n/text would pull classic zod into content scripts.
import { bi } from '../../shared/marketplaces/text';
import type { ReplyOf, RequestOf } from './protocol';
import { ROUTES, isMessageName, type MessageName, type NamesFor, type Receiver, type ReplyEnvelope } from './routes';
import { senderAllowed, type Self, type Sender } from './senders';

/**
 * What both ends of Rapi's messaging do, whatever checks the data: read the envelope, route by name, check the
 * sender, answer in both languages. service.ts runs it with the zod schemas (Rapi's pages), content-side.ts
 * without them (content scripts). Carries no zod itself.
 */

/** A failed message, with a message the seller can read in both languages. */
export class MessageError extends Error {
  constructor(readonly text: BilingualText) {
    super(`${text.id} / ${text.en}`);
    this.name = 'MessageError';
  }
}

const BAD_REPLY = bi(
  'Rapi mendapat jawaban yang tidak dikenal dari bagian lain ekstensi.',
  'Rapi got a reply it does not recognise from another part of the extension.',
);
const BAD_REQUEST = bi('Rapi menolak pesan yang isinya tidak sesuai.', 'Rapi refused a message whose content does not fit.');
const NOT_ALLOWED = bi(
  'Rapi menolak pesan ini: hanya halaman Rapi sendiri yang boleh memintanya.',
  'Rapi refused this message: only Rapi\'s own pages may ask for it.',
);
const BAD_DATA = bi(
  'Rapi menemukan data yang tidak sesuai dan tidak memakainya. Muat ulang halaman, lalu coba lagi.',
  'Rapi found data that does not fit and did not use it. Reload the page, then try again.',
);

function toText(error: unknown): BilingualText {
  if (error instanceof MessageError) return error.text;
  // A schema refused something (zod, classic or mini): its issue list is for developers, not for sellers.
  if (error instanceof Error && Array.isArray((error as { issues?: unknown }).issues)) return BAD_DATA;
  const detail = error instanceof Error ? error.message : String(error);
  return bi(`Terjadi kesalahan di Rapi: ${detail}`, `Something went wrong inside Rapi: ${detail}`);
}

/** Checks one part of a message against its schema: `{ data }` to use (cleaned), or undefined when it does not fit. */
export type PartCheck = (name: MessageName, part: 'request' | 'reply', data: unknown) => { data: unknown } | undefined;

export type { Sender };
export type Handlers<R extends Receiver> = {
  [N in NamesFor<R>]?: (data: RequestOf<N>, sender: Sender) => ReplyOf<N> | Promise<ReplyOf<N>>;
};
type AnyHandler = (data: unknown, sender: Sender) => unknown;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isText = (value: unknown) => typeof value === 'string' && value !== '';

function self(): Self {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
}

/**
 * Builds the raw runtime.onMessage listener for one receiver. It answers only Rapi envelopes addressed to
 * this receiver and that it has a handler for; everything else is left for other listeners (returns false).
 * A sender the message's `from` does not allow is refused before the request is even read.
 * Answers go through sendResponse (return true), which both Chrome and Firefox honour.
 */
export function createListenerWith<R extends Receiver>(check: PartCheck, receiver: R, handlers: Handlers<R>) {
  return (raw: unknown, sender: Sender, sendResponse: (reply: ReplyEnvelope) => void): boolean => {
    if (!isRecord(raw) || raw.rapi !== 1 || typeof raw.name !== 'string' || !isMessageName(raw.name)) return false;
    const name = raw.name;
    const route = ROUTES[name];
    const handler = (handlers as Record<string, AnyHandler | undefined>)[name];
    if (route.to !== receiver || !handler) return false;
    if (!senderAllowed(route.from, sender, self())) {
      sendResponse({ ok: false, error: NOT_ALLOWED });
      return false;
    }
    const request = check(name, 'request', raw.data);
    if (!request) {
      sendResponse({ ok: false, error: BAD_REQUEST });
      return false;
    }
    // The handler is called synchronously, inside the browser's dispatch: APIs that need the user's click
    // (sidePanel.open from a badge click) only work there, not a microtask later.
    let result: unknown;
    try {
      result = handler(request.data, sender);
    } catch (error) {
      sendResponse({ ok: false, error: toText(error) });
      return false;
    }
    Promise.resolve(result)
      .then((data) => {
        const reply = check(name, 'reply', data);
        sendResponse(reply ? { ok: true, data: reply.data } : { ok: false, error: BAD_REPLY });
      })
      .catch((error: unknown) => sendResponse({ ok: false, error: toText(error) }));
    return true;
  };
}

/** Registers handlers for one receiver; returns the function that removes them. */
export function handleMessagesWith<R extends Receiver>(check: PartCheck, receiver: R, handlers: Handlers<R>): () => void {
  const listener = createListenerWith(check, receiver, handlers);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Checks what came back over the wire; throws a MessageError (bilingual) on a refusal or a malformed reply. */
export function readReplyWith<N extends MessageName>(check: PartCheck, name: N, raw: unknown): ReplyOf<N> {
  if (!isRecord(raw) || typeof raw.ok !== 'boolean') throw new MessageError(BAD_REPLY);
  if (!raw.ok) {
    const error = raw.error;
    throw new MessageError(isRecord(error) && isText(error.id) && isText(error.en) ? { id: error.id as string, en: error.en as string } : BAD_REPLY);
  }
  const data = check(name, 'reply', raw.data);
  if (!data) throw new MessageError(BAD_REPLY);
  return data.data as ReplyOf<N>;
}

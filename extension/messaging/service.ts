import { browser } from 'wxt/browser';
import type { BilingualText } from '../../shared/i18n/text';
// The adapters' twin of i18n's bi(): importing values from shared/i18n/text would pull classic zod into content scripts.
import { bi } from '../../shared/marketplaces/text';
import {
  Envelope,
  MESSAGES,
  ReplyEnvelope,
  isMessageName,
  type MessageName,
  type NamesFor,
  type Receiver,
  type ReplyOf,
  type RequestOf,
} from './protocol';
import { senderAllowed, type Self, type Sender } from './senders';

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

/** Wraps a request in the envelope, validating it first so a bad request fails where it is made. */
export function envelope<N extends MessageName>(name: N, data: RequestOf<N>): Envelope {
  return { rapi: 1, name, data: MESSAGES[name].request.parse(data) };
}

/** Checks what came back over the wire; throws a MessageError (bilingual) on a refusal or a malformed reply. */
export function readReply<N extends MessageName>(name: N, raw: unknown): ReplyOf<N> {
  const reply = ReplyEnvelope.safeParse(raw);
  if (!reply.success) throw new MessageError(BAD_REPLY);
  if (!reply.data.ok) throw new MessageError(reply.data.error ?? BAD_REPLY);
  const data = MESSAGES[name].reply.safeParse(reply.data.data);
  if (!data.success) throw new MessageError(BAD_REPLY);
  return data.data as ReplyOf<N>;
}

export type { Sender };
export type Handlers<R extends Receiver> = {
  [N in NamesFor<R>]?: (data: RequestOf<N>, sender: Sender) => ReplyOf<N> | Promise<ReplyOf<N>>;
};
type AnyHandler = (data: unknown, sender: Sender) => unknown;

function self(): Self {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
}

/**
 * Builds the raw runtime.onMessage listener for one receiver. It answers only Rapi envelopes addressed to
 * this receiver and that it has a handler for; everything else is left for other listeners (returns false).
 * A sender the message's `from` does not allow is refused before the request is even read.
 * Answers go through sendResponse (return true), which both Chrome and Firefox honour.
 */
export function createListener<R extends Receiver>(receiver: R, handlers: Handlers<R>) {
  return (raw: unknown, sender: Sender, sendResponse: (reply: ReplyEnvelope) => void): boolean => {
    const message = Envelope.safeParse(raw);
    if (!message.success || !isMessageName(message.data.name)) return false;
    const name = message.data.name;
    const spec = MESSAGES[name];
    const handler = (handlers as Record<string, AnyHandler | undefined>)[name];
    if (spec.to !== receiver || !handler) return false;
    if (!senderAllowed(spec.from, sender, self())) {
      sendResponse({ ok: false, error: NOT_ALLOWED });
      return false;
    }
    const request = spec.request.safeParse(message.data.data);
    if (!request.success) {
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
        const reply = spec.reply.safeParse(data);
        sendResponse(reply.success ? { ok: true, data: reply.data } : { ok: false, error: BAD_REPLY });
      })
      .catch((error: unknown) => sendResponse({ ok: false, error: toText(error) }));
    return true;
  };
}

/** Registers handlers for one receiver; returns the function that removes them. */
export function handleMessages<R extends Receiver>(receiver: R, handlers: Handlers<R>): () => void {
  const listener = createListener(receiver, handlers);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Content script or side panel → background. */
export async function sendToBackground<N extends NamesFor<'background'>>(name: N, data: RequestOf<N>): Promise<ReplyOf<N>> {
  const raw: unknown = await browser.runtime.sendMessage(envelope(name, data));
  return readReply(name, raw);
}

/** Side panel → the offscreen document that checks photos (Chrome). */
export async function sendToOffscreen<N extends NamesFor<'offscreen'>>(name: N, data: RequestOf<N>): Promise<ReplyOf<N>> {
  const raw: unknown = await browser.runtime.sendMessage(envelope(name, data));
  return readReply(name, raw);
}

/** Background → the content scripts of one tab. */
export async function sendToTab<N extends NamesFor<'content'>>(
  tabId: number,
  name: N,
  data: RequestOf<N>,
): Promise<ReplyOf<N>> {
  const raw: unknown = await browser.tabs.sendMessage(tabId, envelope(name, data));
  return readReply(name, raw);
}

/** Background → every open side panel. No open panel is normal, not an error. */
export async function sendToPanels<N extends NamesFor<'panel'>>(name: N, data: RequestOf<N>): Promise<void> {
  try {
    await browser.runtime.sendMessage(envelope(name, data));
  } catch {
    // "Receiving end does not exist": no side panel is open right now.
  }
}

import { browser } from 'wxt/browser';
import { MESSAGES, type MessageName, type NamesFor, type Receiver, type ReplyOf, type RequestOf } from './protocol';
import type { Envelope } from './routes';
import { createListenerWith, handleMessagesWith, readReplyWith, type Handlers, type PartCheck } from './wire';

/**
 * Messaging for Rapi's own pages (background, side panel, offscreen document): every request and reply is checked
 * against its zod schema (protocol.ts), at both ends. Content scripts use content-side.ts, which relies on these
 * checks instead of carrying zod.
 */

export { MessageError, type Handlers, type Sender } from './wire';

const bySchema: PartCheck = (name, part, data) => {
  const result = MESSAGES[name][part].safeParse(data);
  return result.success ? { data: result.data } : undefined;
};

/** Wraps a request in the envelope, validating it first so a bad request fails where it is made. */
export function envelope<N extends MessageName>(name: N, data: RequestOf<N>): Envelope {
  return { rapi: 1, name, data: MESSAGES[name].request.parse(data) };
}

/** Checks what came back over the wire; throws a MessageError (bilingual) on a refusal or a malformed reply. */
export function readReply<N extends MessageName>(name: N, raw: unknown): ReplyOf<N> {
  return readReplyWith(bySchema, name, raw);
}

/**
 * The raw runtime.onMessage listener for one receiver (see wire.ts): a sender the message's `from` does not allow
 * is refused before the request is read; a request or a reply that breaks its schema is refused in both languages.
 */
export function createListener<R extends Receiver>(receiver: R, handlers: Handlers<R>) {
  return createListenerWith(bySchema, receiver, handlers);
}

/** Registers handlers for one receiver; returns the function that removes them. */
export function handleMessages<R extends Receiver>(receiver: R, handlers: Handlers<R>): () => void {
  return handleMessagesWith(bySchema, receiver, handlers);
}

/** Side panel → background. */
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

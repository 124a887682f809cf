import { browser } from 'wxt/browser';
import type { NamesFor, ReplyOf, RequestOf } from './protocol';
import { handleMessagesWith, readReplyWith, type Handlers, type PartCheck } from './wire';

/**
 * Messaging for the content scripts, without zod: its schemas would take a third of the content-script budget
 * (25 KB gzipped). Nothing goes unchecked for it, because every message a content script sends or receives is
 * checked against its schema at the extension's end (service.ts):
 * - a request it sends is validated where it arrives, in the background;
 * - the background's reply was validated against the reply schema before it was sent;
 * - a request it receives (badge:update, form:write, photo:read-blob) is accepted only from Rapi's own pages
 *   (the sender check in wire.ts, as everywhere), which validated it when they built the envelope, and its
 *   reply is validated where it arrives, in the background.
 * The web page cannot send into runtime messaging at all: its scripts run in another world than this one.
 */

const checkedAtTheOtherEnd: PartCheck = (_name, _part, data) => ({ data });

/** Registers the content script's handlers; returns the function that removes them. */
export function handleMessages(receiver: 'content', handlers: Handlers<'content'>): () => void {
  return handleMessagesWith(checkedAtTheOtherEnd, receiver, handlers);
}

/** Content script → background. */
export async function sendToBackground<N extends NamesFor<'background'>>(name: N, data: RequestOf<N>): Promise<ReplyOf<N>> {
  const raw: unknown = await browser.runtime.sendMessage({ rapi: 1, name, data });
  return readReplyWith(checkedAtTheOtherEnd, name, raw);
}

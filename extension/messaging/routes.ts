import type { BilingualText } from '../../shared/i18n/text';
import type { SenderKind } from './senders';

/**
 * Who sends each message (`from`, see ./senders.ts) and who handles it (`to`), without its schemas: the content
 * scripts route and sender-check with this alone, so they carry no zod (./content-side.ts). protocol.ts adds the
 * request and reply schemas to each entry.
 */
export const ROUTES = {
  'listing:extracted': { from: 'content', to: 'background' },
  'page:no-listing': { from: 'content', to: 'background' },
  'panel:open': { from: 'content', to: 'background' },
  'tab:get': { from: 'extension', to: 'background' },
  'form:apply': { from: 'extension', to: 'background' },
  'tab:updated': { from: 'extension', to: 'panel' },
  'badge:update': { from: 'extension', to: 'content' },
  'form:write': { from: 'extension', to: 'content' },
  'photos:offscreen': { from: 'extension', to: 'background' },
  'photo:measure': { from: 'extension', to: 'offscreen' },
  'photo:read-text': { from: 'extension', to: 'offscreen' },
  'photo:page-blob': { from: 'extension', to: 'background' },
  'photo:read-blob': { from: 'extension', to: 'content' },
  'photo:progress': { from: 'extension', to: 'panel' },
} as const satisfies Record<string, { from: SenderKind; to: 'background' | 'panel' | 'content' | 'offscreen' }>;

export type MessageName = keyof typeof ROUTES;
export type Receiver = (typeof ROUTES)[MessageName]['to'];
export type NamesFor<R extends Receiver> = {
  [N in MessageName]: (typeof ROUTES)[N]['to'] extends R ? N : never;
}[MessageName];

export function isMessageName(name: string): name is MessageName {
  return Object.hasOwn(ROUTES, name);
}

/** The envelope on the wire. `rapi` keeps Rapi's messages apart from anything else on the runtime. */
export interface Envelope {
  rapi: 1;
  name: string;
  data: unknown;
}

/** `ok: true` carries `data`; `ok: false` carries a bilingual `error`. */
export interface ReplyEnvelope {
  ok: boolean;
  data?: unknown;
  error?: BilingualText;
}

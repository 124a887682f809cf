/**
 * The feed's custom checks, as plain predicates. The zod schema runs them through `z.refine`, and the widget's
 * small validator runs the very same functions (the schema names them in its JSON Schema as "x-check").
 */
import { isPhotoSource, parseHttpsUrl, safeMarketplaceHref } from './urls';
import { normalizeWhatsAppNumber } from './whatsapp';

export const CHECKS = {
  blank: (s: string) => s.trim().length > 0,
  https: (s: string) => parseHttpsUrl(s) !== undefined,
  shopee: (s: string) => safeMarketplaceHref(s, 'shopee') !== undefined,
  tokopedia: (s: string) => safeMarketplaceHref(s, 'tokopedia') !== undefined,
  instagram: (s: string) => safeMarketplaceHref(s, 'instagram') !== undefined,
  photo: isPhotoSource,
  whatsapp: (s: string) => normalizeWhatsAppNumber(s) !== undefined,
} satisfies Record<string, (s: string) => boolean>;

export type CheckKey = keyof typeof CHECKS;

export function isCheckKey(value: unknown): value is CheckKey {
  return typeof value === 'string' && Object.hasOwn(CHECKS, value);
}

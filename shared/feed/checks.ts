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
  /** ISO 8601 with a time zone, e.g. 2026-11-20T09:00:00+07:00 (a date without one means different days to different readers). */
  date: (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(s) && !Number.isNaN(Date.parse(s)),
} satisfies Record<string, (s: string) => boolean>;

export type CheckKey = keyof typeof CHECKS;

export function isCheckKey(value: unknown): value is CheckKey {
  return typeof value === 'string' && Object.hasOwn(CHECKS, value);
}

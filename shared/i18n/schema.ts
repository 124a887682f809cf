// zod/mini, like the extension's message protocol that uses these: content scripts have a small size budget.
import * as z from 'zod/mini';

/**
 * The zod side of i18n/text.ts: the schemas that check a language or a bilingual text arriving from outside
 * (stored settings, messages between the extension's parts, files). Kept apart so that code which only writes
 * texts does not load zod.
 */
export const Lang = z.enum(['id', 'en']);
export type Lang = z.infer<typeof Lang>;

/** Every message Rapi shows exists in Bahasa Indonesia first and English second; neither may be empty. */
export const BilingualText = z.object({ id: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
export type BilingualText = z.infer<typeof BilingualText>;

import { z } from 'zod';

/** Every message Rapi shows exists in Bahasa Indonesia first and English second. */
export const Lang = z.enum(['id', 'en']);
export type Lang = z.infer<typeof Lang>;

export const BilingualText = z.object({ id: z.string().min(1), en: z.string().min(1) });
export type BilingualText = z.infer<typeof BilingualText>;

export { bi, both, pick } from './bilingual';

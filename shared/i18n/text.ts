import { z } from 'zod';

/** Every message Rapi shows exists in Bahasa Indonesia first and English second. */
export const Lang = z.enum(['id', 'en']);
export type Lang = z.infer<typeof Lang>;

export const BilingualText = z.object({ id: z.string().min(1), en: z.string().min(1) });
export type BilingualText = z.infer<typeof BilingualText>;

export function bi(id: string, en: string): BilingualText {
  return { id, en };
}

export function pick(text: BilingualText, lang: Lang): string {
  return text[lang];
}

/** "id / en" on one line, for places that must show both (CLI errors, console warnings). */
export function both(text: BilingualText): string {
  return `${text.id} / ${text.en}`;
}

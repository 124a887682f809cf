/**
 * Rapi's languages and its bilingual texts, as plain TypeScript: nothing here loads zod, so content scripts, the
 * widget and the CLI's fast paths (`--help`, errors) use it freely. The schemas the types come from are in
 * ./schema.ts.
 */
import type { BilingualText as BilingualTextSchema, Lang as LangSchema } from './schema';

/** Bahasa Indonesia first, English second. */
export type Lang = LangSchema;

/** Every message Rapi shows exists in Bahasa Indonesia first and English second. */
export type BilingualText = BilingualTextSchema;

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

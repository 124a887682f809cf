/**
 * Bilingual text without the zod schemas of ./text.ts, for code that must start fast (the CLI's `--help` and error
 * paths load no schema library).
 */
export interface Bilingual {
  id: string;
  en: string;
}

export function bi(id: string, en: string): Bilingual {
  return { id, en };
}

export function pick(text: Bilingual, lang: 'id' | 'en'): string {
  return text[lang];
}

/** "id / en" on one line, for places that must show both (CLI errors, console warnings). */
export function both(text: Bilingual): string {
  return `${text.id} / ${text.en}`;
}

import type { BilingualText } from '../../../shared/i18n/text';

/** What "Etalase saya" tells the curator after an action, with an undo where one exists. */
export interface Notice {
  text: BilingualText;
  lines?: BilingualText[];
  tone?: 'info' | 'alert';
  undo?: () => Promise<void>;
}

export type Say = (text: BilingualText, extra?: Omit<Notice, 'text'>) => void;

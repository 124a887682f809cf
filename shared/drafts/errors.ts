import type { BilingualText } from '../i18n/text';

/** A listing that does not fit the Listing model cannot be saved; retrying would not help. */
export class InvalidDraftError extends Error {
  constructor(readonly text: BilingualText) {
    super(`${text.id} / ${text.en}`);
    this.name = 'InvalidDraftError';
  }
}

/** The embed code is built in shared/embed (one builder for "Etalase saya" and `rapi etalase`). */
export * from '../../shared/embed/snippet';
export { escapeHtml, scriptSafeJson } from '../../shared/embed/html';

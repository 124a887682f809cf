/**
 * Escaping for the three places feed text and our scripts land in generated HTML: attribute or text, JSON inside
 * <script type="application/json">, and JavaScript inside <script>.
 */
import type { BilingualText } from '../i18n/text';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** JSON that is safe inside <script type="application/json">: JSON.parse reads \u003c back as "<". */
export function scriptSafeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export class EmbedError extends Error {
  constructor(readonly text: BilingualText) {
    super(text.en);
  }
}

/**
 * Our own built script, to paste between <script> and </script>. An HTML parser ends the element at the first
 * "</script" and treats "<!--" specially, whatever the JavaScript means; the minified widget contains neither,
 * and this refuses (instead of silently breaking the page) if a future build ever does.
 */
export function inlineScript(js: string): string {
  if (/<\/script|<!--|<script/i.test(js)) {
    throw new EmbedError({
      id: 'Skrip widget memuat "</script" atau "<!--" dan tidak bisa ditempel langsung di halaman.',
      en: 'The widget script contains "</script" or "<!--" and cannot be pasted inline into a page.',
    });
  }
  return `<script>${js.trim()}</script>`;
}

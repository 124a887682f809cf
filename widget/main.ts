/**
 * The widget's entry: defines <rapi-etalase> once, even when a page includes the script twice (several
 * snippets pasted into one WordPress page is common).
 */
import { RapiShowcase } from './element';

if (!customElements.get('rapi-etalase')) customElements.define('rapi-etalase', RapiShowcase);

declare global {
  interface HTMLElementTagNameMap {
    'rapi-etalase': RapiShowcase;
  }
}

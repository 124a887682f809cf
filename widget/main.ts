/**
 * The widget's entry: defines <rapi-etalase> once, even when a page includes the script twice (several
 * snippets pasted into one WordPress page is common).
 */
import { RapiEtalase } from './element';

if (!customElements.get('rapi-etalase')) customElements.define('rapi-etalase', RapiEtalase);

declare global {
  interface HTMLElementTagNameMap {
    'rapi-etalase': RapiEtalase;
  }
}

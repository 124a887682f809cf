import { browser } from 'wxt/browser';
import { useText } from '../../../shared/ui/text';
import { COPY } from '../copy';

/** The way back to the welcome page (how to use Rapi, where its button is, what stays on the device). */
export function HelpLink() {
  const t = useText();
  return (
    <footer class="panel-footer">
      <a href={browser.runtime.getURL('/welcome.html')} target="_blank" rel="noopener" data-testid="how-to-use">
        {t(COPY.howToUse)}
        <span class="visually-hidden"> {t(COPY.newTab)}</span>
      </a>
    </footer>
  );
}

import { browser } from 'wxt/browser';
import { createLangModel } from '../kit/lang';
import { mountPage } from '../../shared/ui/mount-page';
import { WELCOME } from './copy';
import { WelcomePage } from './WelcomePage';
import './welcome.css';

/** The welcome page (welcome.html), in Bahasa Indonesia unless the seller already chose English in Rapi. */
export function mountWelcomePage(root: HTMLElement): void {
  const page = { lang: createLangModel({ fallback: 'id' }), title: WELCOME.tabTitle };
  mountPage(root, page, <WelcomePage draftsUrl={browser.runtime.getURL('/drafts.html')} />);
}

import { createPageContext } from '../page-context';
import type { DraftsPageModel } from './drafts-page';

export { useText } from '../text';
export const { PageProvider, usePage } = createPageContext<DraftsPageModel>('Draf saya');

import { createPageContext } from '../kit/page-context';
import type { DraftsPageModel } from './models/drafts-page';

export { useText } from '../../shared/ui/text';
export const { PageProvider, usePage } = createPageContext<DraftsPageModel>('Draf saya');

import { createPageContext } from '../../shared/ui/page-context';
import type { ShowcasePageModel } from './models/showcase-page';

export { useText } from '../../shared/ui/text';
export const { PageProvider, usePage: useShowcasePage } = createPageContext<ShowcasePageModel>('Etalase saya');

import { createPageContext } from '../kit/page-context';
import type { EtalasePageModel } from './models/etalase-page';

export { useText } from '../../shared/ui/text';
export const { PageProvider, usePage: useEtalase } = createPageContext<EtalasePageModel>('Etalase saya');

import { createPageContext } from '../../shared/ui/page-context';
import type { CoachingPageModel } from './models/coaching-page';

export { useText } from '../../shared/ui/text';
export const { PageProvider, usePage } = createPageContext<CoachingPageModel>('Sesi pelatihan');

import { createPageContext } from '../kit/page-context';
import type { PelatihanModel } from './models/pelatihan-page';

export { useText } from '../../shared/ui/text';
export const { PageProvider, usePage } = createPageContext<PelatihanModel>('Sesi pelatihan');

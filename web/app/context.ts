import { createPageContext } from '../../shared/ui/page-context';
import type { PhoneModel } from './model';

export { useText } from '../../shared/ui/text';
export const { PageProvider: PhoneProvider, usePage: usePhone } = createPageContext<PhoneModel>('Rapi di HP');

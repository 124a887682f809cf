import { createDraftService } from '../../shared/drafts/service';
import { appDB } from '../../shared/storage/db';
import { webPreferences } from '../app/settings';

/** The phone page's drafts: Rapi's database in this site's IndexedDB, with the preferences kept in localStorage. */
export function openDraftStorage() {
  return createDraftService(appDB(), { preferences: webPreferences() });
}

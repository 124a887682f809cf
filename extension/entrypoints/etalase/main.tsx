import '../../kit/zod-jitless';
import { draftService } from '../../drafts/service';
import { isDraftKey } from '../../../shared/storage/draft-keys';
import { mountShowcasePage } from '../../showcase/page';

// "Tambah dari draf": the showcase page lists the seller's drafts through this, without importing drafts/.
const drafts = draftService();
mountShowcasePage(document.getElementById('app')!, {
  listDrafts: (query) => drafts.listDrafts(query),
  findDraft: async (key) => (isDraftKey(key) ? drafts.findDraft(key) : null),
});

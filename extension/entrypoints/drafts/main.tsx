import '../../kit/zod-jitless';
import { mountDraftsPage } from '../../drafts/page';

mountDraftsPage(document.getElementById('app')!);

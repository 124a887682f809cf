import '../../kit/zod-jitless';
import { coachingPanelSection } from '../../coaching/panel-section';
import { draftsPanelSection } from '../../drafts/panel-section';
import { photosPanelSection } from '../../photos/panel-section';
import { showcasePanelSection } from '../../showcase/panel-section';
import { mountSidePanel } from '../../sidepanel/page';

// The one place that knows which features the side panel shows besides the checklist.
mountSidePanel(document.getElementById('app')!, {
  photos: photosPanelSection(),
  drafts: draftsPanelSection(),
  more: [showcasePanelSection(), coachingPanelSection()],
});

import { PanelContext } from '../panel-context';
import { AddToShowcase } from '../../showcase/components/AddToShowcase';
import { AddToSession } from '../../coaching/components/AddToSession';
import type { PanelModel } from '../models/panel';
import { DraftBar } from '../../drafts/components/DraftBar';
import { FindingsByArea } from './FindingsByArea';
import { FixFirst } from './FixFirst';
import { Header } from './Header';
import { PhotoChecks } from '../../photos/components/PhotoChecks';
import { ReadFields } from './ReadFields';
import { ScoreCard } from './ScoreCard';
import { SourceNote } from './SourceNote';
import { TitleEditor } from './TitleEditor';

export function App({ model }: { model: PanelModel }) {
  return (
    <PanelContext.Provider value={model}>
      <Header />
      <main>
        <SourceNote />
        <DraftBar />
        <ScoreCard />
        <FixFirst />
        <TitleEditor />
        <PhotoChecks />
        <FindingsByArea />
        <ReadFields />
        <AddToShowcase />
        <AddToSession />
      </main>
    </PanelContext.Provider>
  );
}

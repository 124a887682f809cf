import { CategoryCard } from '../../../shared/ui/checklist/CategoryCard';
import { FindingsByArea } from '../../../shared/ui/checklist/FindingsByArea';
import { FixFirst } from '../../../shared/ui/checklist/FixFirst';
import { ScoreCard } from '../../../shared/ui/checklist/ScoreCard';
import { SourceNote } from '../../../shared/ui/checklist/SourceNote';
import type { PanelModel } from '../models/panel';
import { PanelContext } from '../panel-context';
import { Header } from './Header';
import { HelpLink } from './HelpLink';
import { ReadFields } from './ReadFields';
import { Suggestions } from './Suggestions';
import { TitleEditor } from './TitleEditor';

export function App({ model }: { model: PanelModel }) {
  const { drafts, photos, more } = model;
  return (
    <PanelContext.Provider value={model}>
      <Header />
      <main>
        <SourceNote source={model} />
        <drafts.View />
        <ScoreCard checks={model.checks} />
        <CategoryCard checks={model.checks} onPick={(category) => model.editor.setCategory(category)} />
        <FixFirst checks={model.checks} />
        <TitleEditor />
        <Suggestions />
        <photos.View />
        <FindingsByArea checks={model.checks} />
        <ReadFields />
        {more.map((section, i) => (
          <section.View key={i} />
        ))}
      </main>
      <HelpLink />
    </PanelContext.Provider>
  );
}

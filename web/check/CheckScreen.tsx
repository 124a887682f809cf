import type { ComponentChildren } from 'preact';
import { CategoryCard } from '../../shared/ui/checklist/CategoryCard';
import { FindingsByArea } from '../../shared/ui/checklist/FindingsByArea';
import { FixFirst } from '../../shared/ui/checklist/FixFirst';
import { ReadFactsList } from '../../shared/ui/checklist/ReadFactsList';
import { ScoreCard } from '../../shared/ui/checklist/ScoreCard';
import { ConflictChoice } from '../../shared/ui/drafts/ConflictChoice';
import { History } from '../../shared/ui/drafts/History';
import { SaveStatus } from '../../shared/ui/drafts/SaveStatus';
import { useFocusWhenShown } from '../../shared/ui/focus';
import { Suggestions } from '../../shared/ui/suggest/Suggestions';
import { usePhone, useText } from '../app/context';
import { CHECK_COPY as C } from './copy';
import { ShareNote } from '../share/ShareNote';
import { ListingForm } from './ListingForm';
import { MarketplacePicker } from './MarketplacePicker';

/**
 * "Periksa": the listing the seller pastes, then what Rapi found: the same score, "perbaiki dulu" and findings
 * by area as the extension's panel, and the panel's "Usulan Rapi" once there is a title. A short score line
 * stays at the bottom of the screen and jumps to them.
 */
export function CheckScreen({ photos }: { photos?: ComponentChildren }) {
  const { model } = usePhone();
  const t = useText();
  const { check, drafts } = model;
  const session = check.draft.value;
  const heading = useFocusWhenShown(model.route.value);
  if (drafts.missing.value) {
    return (
      <section class="screen" aria-labelledby="check-heading">
        <h1 id="check-heading" ref={heading} tabIndex={-1}>
          {t(C.missing)}
        </h1>
        <button type="button" onClick={() => model.go({ screen: 'check' })}>
          {t(C.startNew)}
        </button>
      </section>
    );
  }
  const report = check.checks.report.value;
  return (
    <section class="screen check" aria-labelledby="check-heading">
      <h1 id="check-heading" ref={heading} tabIndex={-1}>
        {t(session ? C.heading : C.newListing)}
      </h1>
      {session ? <SaveStatus session={session} /> : <p class="hint">{t(C.intro)}</p>}
      {session && <ConflictChoice session={session} />}
      <ShareNote />
      <form class="listing" onSubmit={(e) => e.preventDefault()}>
        <MarketplacePicker />
        <ListingForm />
      </form>
      {photos}
      <section class="results" id="results" aria-labelledby="results-title">
        <h2 id="results-title">{t(C.checklist)}</h2>
        <ScoreCard checks={check.checks} />
        <CategoryCard checks={check.checks} onPick={(category) => check.editor.setCategory(category)} />
        <FixFirst checks={check.checks} />
        {check.editor.listing.value.title.trim() && (
          // "Salin" to paste into the seller app; "Pakai" puts it in the form above, checked again and saved.
          <Suggestions model={check.suggestions} onUse={(part, text) => check.editor.edit(part, text)} />
        )}
        <FindingsByArea checks={check.checks} />
        <ReadFactsList checks={check.checks} />
      </section>
      {session && (
        <details class="history-box">
          <summary>{t(C.history)}</summary>
          <History session={session} />
        </details>
      )}
      {report && (
        <a class="score-bar" href="#results" data-testid="score-bar" onClick={(e) => {
          e.preventDefault();
          document.getElementById('results-title')?.scrollIntoView({ behavior: 'smooth' });
        }}>
          {t(C.scoreLink(report.score))}
        </a>
      )}
    </section>
  );
}

import type { BilingualText } from '../../../shared/i18n/text';
import { FIELD_LABELS, type ListingField } from '../../../shared/marketplaces/types';
import { PANEL_DRAFT_COPY as C } from '../panel-copy';
import { useText } from '../../../shared/ui/text';
import type { PanelDrafts } from '../models/panel-drafts';

const labelOf = (field: string): BilingualText => FIELD_LABELS[field as ListingField] ?? { id: field, en: field };

/**
 * "Terapkan ke formulir": the draft's title, description, price, stock and weight go into the Seller Centre
 * form (the seller still presses the marketplace's own Save). Says what was filled in and names what the form
 * does not have.
 */
export function ApplyDraftToForm({ drafts }: { drafts: PanelDrafts }) {
  const t = useText();
  const outcome = drafts.applyOutcome.value;
  const busy = drafts.applying.value;
  return (
    <div class="draft-apply">
      <button type="button" onClick={() => void drafts.applyToForm()} disabled={busy} aria-describedby="draft-apply-hint">
        {t(C.applyToForm)}
      </button>
      <p id="draft-apply-hint" class="hint">
        {t(C.applyHint)}
      </p>
      <div role="status" aria-live="polite" data-testid="draft-apply-result">
        {busy && <p>{t(C.applying)}</p>}
        {outcome?.kind === 'nothing' && <p class="problems">{t(C.nothingToApply)}</p>}
        {outcome?.kind === 'written' && outcome.applied.length > 0 && <p class="draft-applied">{t(C.applied(outcome.applied.map(labelOf)))}</p>}
        {outcome?.kind === 'written' &&
          outcome.problems.map((problem) => (
            <p key={problem.en} class="problems" data-testid="draft-apply-problem">
              {t(problem)}
            </p>
          ))}
      </div>
    </div>
  );
}

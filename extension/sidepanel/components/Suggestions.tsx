import { SUGGEST_COPY as C } from '../../../shared/ui/suggest/copy';
import { SuggestionBlock } from '../../../shared/ui/suggest/SuggestionBlock';
import { usePanel, useText } from '../panel-context';

/**
 * "Usulan Rapi": one full title and one description built from the seller's own words (shared/suggest). "Pakai" puts
 * the filled text into the draft (the editor above), where the checklist runs again; on a Seller Centre form,
 * "Terapkan ke formulir" then writes it into the form.
 */
export function Suggestions() {
  const panel = usePanel();
  const t = useText();
  const { suggestions, editor } = panel;
  if (!panel.checks.report.value) return null;
  const usedNote = panel.onSellerForm.value ? C.usedOnForm : C.used;
  return (
    <section class="suggestions" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{t(C.heading)}</h2>
      <p class="hint">{t(C.intro)}</p>
      <SuggestionBlock model={suggestions} part="title" usedNote={usedNote} onUse={(text) => editor.edit('title', text)} />
      <SuggestionBlock model={suggestions} part="description" usedNote={usedNote} onUse={(text) => editor.edit('description', text)} />
    </section>
  );
}

import { SUGGEST_COPY as C } from '../../../shared/ui/suggest/copy';
import { Suggestions as SuggestionsSection } from '../../../shared/ui/suggest/Suggestions';
import { usePanel } from '../panel-context';

/**
 * "Usulan Rapi" in the panel: "Pakai" puts the filled text into the draft (the editor above), where the checklist
 * runs again; on a Seller Centre form, "Terapkan ke formulir" then writes it into the form.
 */
export function Suggestions() {
  const panel = usePanel();
  const { suggestions, editor } = panel;
  if (!panel.checks.report.value) return null;
  return (
    <SuggestionsSection
      model={suggestions}
      usedNote={panel.onSellerForm.value ? C.usedOnForm : C.used}
      onUse={(part, text) => editor.edit(part, text)}
    />
  );
}

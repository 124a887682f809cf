import type { BilingualText } from '../../i18n/text';
import { useText } from '../text';
import { SUGGEST_COPY as C } from './copy';
import type { SuggestionModel, SuggestionPart } from './model';
import { SuggestionBlock } from './SuggestionBlock';

/**
 * "Usulan Rapi": the suggested title and description (shared/suggest), each with its placeholders to fill or remove,
 * "Salin" and, where there is a draft to put it in, "Pakai". The side panel, "Draf saya" and the phone page show it.
 */
export function Suggestions({ model, onUse, usedNote }: { model: SuggestionModel; onUse?: (part: SuggestionPart, text: string) => void; usedNote?: BilingualText }) {
  const t = useText();
  const use = (part: SuggestionPart) => (onUse ? (text: string) => onUse(part, text) : undefined);
  return (
    <section class="suggestions" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{t(C.heading)}</h2>
      <p class="hint">{t(C.intro)}</p>
      <SuggestionBlock model={model} part="title" usedNote={usedNote} onUse={use('title')} />
      <SuggestionBlock model={model} part="description" usedNote={usedNote} onUse={use('description')} />
    </section>
  );
}

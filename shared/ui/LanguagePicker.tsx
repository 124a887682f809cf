import type { Lang } from '../i18n/text';
import { useLangModel } from './lang-context';

const CHOICES: { lang: Lang; name: string }[] = [
  { lang: 'id', name: 'Bahasa Indonesia' },
  { lang: 'en', name: 'English' },
];

/**
 * The language switch every Rapi page shows: two radio buttons in a group, reachable by Tab, switched by the
 * arrow keys, announced by screen readers. Each language is named in itself.
 */
export function LanguagePicker({ legend, className = '' }: { legend: string; className?: string }) {
  const model = useLangModel();
  return (
    <fieldset class={`lang-switch ${className}`.trim()}>
      <legend>{legend}</legend>
      {CHOICES.map((choice) => (
        <label key={choice.lang} lang={choice.lang}>
          <input type="radio" name="rapi-lang" value={choice.lang} checked={model.lang.value === choice.lang} onChange={() => void model.choose(choice.lang)} />
          {choice.name}
        </label>
      ))}
    </fieldset>
  );
}

import type { Lang } from '../../../shared/i18n/text';
import { COPY } from '../copy';
import { usePanel, useText } from '../panel-context';

const CHOICES: { lang: Lang; name: string }[] = [
  { lang: 'id', name: 'Bahasa Indonesia' },
  { lang: 'en', name: 'English' },
];

/** Two radio buttons in a group: reachable by Tab, switched by the arrow keys, announced by screen readers. */
export function LangSwitch() {
  const { lang } = usePanel();
  const t = useText();
  return (
    <fieldset class="lang-switch">
      <legend>{t(COPY.language)}</legend>
      {CHOICES.map((choice) => (
        <label key={choice.lang} lang={choice.lang}>
          <input
            type="radio"
            name="rapi-lang"
            value={choice.lang}
            checked={lang.lang.value === choice.lang}
            onChange={() => void lang.choose(choice.lang)}
          />
          {choice.name}
        </label>
      ))}
    </fieldset>
  );
}

import type { Lang } from '../../../../shared/i18n/text';
import { SHOWCASE_COPY as C } from '../../../showcase/copy';
import { useEtalase, useText } from '../context';

const CHOICES: { lang: Lang; name: string }[] = [
  { lang: 'id', name: 'Bahasa Indonesia' },
  { lang: 'en', name: 'English' },
];

export function LangSwitch() {
  const { lang } = useEtalase();
  const t = useText();
  return (
    <fieldset class="lang-switch no-print">
      <legend>{t(C.language)}</legend>
      {CHOICES.map((choice) => (
        <label key={choice.lang} lang={choice.lang}>
          <input type="radio" name="rapi-lang" value={choice.lang} checked={lang.lang.value === choice.lang} onChange={() => void lang.choose(choice.lang)} />
          {choice.name}
        </label>
      ))}
    </fieldset>
  );
}

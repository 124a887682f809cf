import { COPY } from '../copy';
import { usePanel, useText } from '../panel-context';
import { LanguagePicker } from '../../kit/LanguagePicker';

export function LangSwitch() {
  const { lang } = usePanel();
  const t = useText();
  return <LanguagePicker legend={t(COPY.language)} model={lang} />;
}

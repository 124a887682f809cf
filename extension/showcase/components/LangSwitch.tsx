import { LanguagePicker } from '../../kit/LanguagePicker';
import { SHOWCASE_COPY as C } from '../copy';
import { useEtalase, useText } from '../page-context';

export function LangSwitch() {
  const { lang } = useEtalase();
  const t = useText();
  return <LanguagePicker legend={t(C.language)} model={lang} className="no-print" />;
}

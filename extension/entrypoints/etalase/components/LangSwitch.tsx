import { LanguagePicker } from '../../../ui/components/LanguagePicker';
import { SHOWCASE_COPY as C } from '../../../showcase/copy';
import { useEtalase, useText } from '../context';

export function LangSwitch() {
  const { lang } = useEtalase();
  const t = useText();
  return <LanguagePicker legend={t(C.language)} model={lang} className="no-print" />;
}

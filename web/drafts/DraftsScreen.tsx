import { DataTransfer } from '../../shared/ui/drafts/DataTransfer';
import { DraftList } from '../../shared/ui/drafts/DraftList';
import { useFocusWhenShown } from '../../shared/ui/focus';
import { usePhone, useText } from '../app/context';
import { InstallHelp } from '../app/InstallHelp';
import { DRAFTS_COPY as C } from './copy';

/** "Draf saya" on the phone: the same list, search, export and import as the extension's page. */
export function DraftsScreen() {
  const { model } = usePhone();
  const t = useText();
  const heading = useFocusWhenShown(model.route.value);
  return (
    // The list below is the section named by this heading (shared/ui/drafts/DraftList.tsx).
    <div class="screen drafts">
      <h1 id="page-title" ref={heading} tabIndex={-1}>
        {t(C.title)}
      </h1>
      <p class="hint">{t(C.intro)}</p>
      <DraftList empty={C.empty} />
      <DataTransfer />
      <InstallHelp />
    </div>
  );
}

import type { DraftSession } from '../../drafts/draft-session';
import { useText } from './context';

/** "Menyimpan…" / "Tersimpan", or the plain reason a save failed. Announced politely, never stealing focus. */
export function SaveStatus({ session }: { session: DraftSession }) {
  const t = useText();
  const status = session.status.value;
  const look = status === 'saved' && session.conflict.value ? 'conflict' : status;
  return (
    <p class={`save-status ${look}`} role="status" aria-live="polite" data-status={status} data-testid="save-status">
      {t(session.statusText.value)}
    </p>
  );
}

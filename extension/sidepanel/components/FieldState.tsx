import type { ShownState } from '../../../shared/ui/listing-editor';
import { FIELD_STATE_NAMES } from '../copy';
import { useText } from '../panel-context';

export function FieldStateTag({ state, id }: { state: ShownState; id?: string }) {
  const t = useText();
  return (
    <span id={id} class={`state ${state}`} data-state={state}>
      {t(FIELD_STATE_NAMES[state])}
    </span>
  );
}

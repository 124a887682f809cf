import { PROFILES } from '../../checks';
import type { ReportModel } from '../checklist/report';
import { useText } from '../text';
import { LISTING_COPY as C } from './copy';

/**
 * The title's length against the marketplace's limits, live: "34/120 karakter · Kurang 6 karakter (Shopee: 40
 * sampai 120 karakter)". `counterId` and `rangeId` let the title field describe itself with both parts.
 */
export function TitleCounter({ text, checks, counterId, rangeId }: { text: string; checks: ReportModel; counterId: string; rangeId: string }) {
  const t = useText();
  const length = [...text.trim()].length;
  const { min, max } = checks.titleLimits.value;
  const market = t(PROFILES[checks.profile.value].name);
  const status = length > max ? C.titleTooLong(length - max) : length < min ? C.titleTooShort(min - length) : C.titleFits;
  const state = length > max || length < min ? 'off' : 'ok';
  return (
    <p class={`counter ${state}`}>
      <span id={counterId} data-testid="title-counter" aria-live="polite">
        {t(C.titleCount(length, max))} · {t(status)}
      </span>
      <span id={rangeId} class="range">
        {' '}
        ({t(C.titleRange(min, max, market))})
      </span>
    </p>
  );
}

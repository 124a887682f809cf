import type { BilingualText } from '../../../shared/i18n/text';
import { formatBytes, formatName, formatPixels } from '../../../shared/photos/copy';
import { AFTER_FIX, comparedFindings } from '../../../shared/photos/fix/outcome';
import type { PhotoFinding } from '../../../shared/photos/types';
import { useText } from '../../../shared/ui/text';
import { FIX_COPY } from '../fix-copy';
import type { FixState, PhotoFixerModel } from '../models/photo-fixer';
import type { PhotoEntry } from '../models/photo-checks';
import './photo-fixer.css';

/**
 * "Perbaiki foto" on a photo flagged for its shape, size, frame or backdrop: the button, then the original and the
 * fixed copy side by side, what changed, the checks before → after, and the copy to download or drag into Seller
 * Centre. The work happens in a worker; the panel only shows its progress.
 */
export function PhotoFixer({ entry, fixer, findings, name }: { entry: PhotoEntry; fixer: PhotoFixerModel; findings: PhotoFinding[]; name: BilingualText }) {
  const t = useText();
  const state = fixer.stateOf(entry).value;
  if (state.stage === 'idle' && !fixer.offers(entry, findings)) return null;
  return (
    <div class="photo-fixer" data-testid="photo-fixer" data-stage={state.stage}>
      {state.stage === 'done' ? (
        <FixResult entry={entry} state={state} name={name} />
      ) : state.stage === 'working' ? (
        <p class="fix-working" role="status" data-testid="fix-working">
          <span class="fix-spinner" aria-hidden="true" /> {t(FIX_COPY.working)}
        </p>
      ) : (
        <>
          <button type="button" class="fix-button" aria-label={t(FIX_COPY.buttonOf(name))} data-testid="fix-photo" onClick={() => void fixer.fix(entry)}>
            {t(state.stage === 'failed' ? FIX_COPY.again : FIX_COPY.button)}
          </button>
          <p class="hint">{t(FIX_COPY.what)}</p>
          {state.stage === 'failed' && (
            <p class="photo-problem" role="alert" data-testid="fix-problem">
              {t(state.error)}
            </p>
          )}
        </>
      )}
    </div>
  );
}

function FixResult({ entry, state, name }: { entry: PhotoEntry; state: Extract<FixState, { stage: 'done' }>; name: BilingualText }) {
  const t = useText();
  const before = entry.result.value?.photo;
  const compared = comparedFindings(state.outcome);
  const size = (w?: number, h?: number) => (w && h ? t(formatPixels(w, h)) : '');
  // The file itself travels with the drag, so a page's upload box can take it like a file from the computer.
  const onDragStart = (event: DragEvent) => {
    const data = event.dataTransfer;
    if (!data) return;
    data.effectAllowed = 'copy';
    data.items.add(state.file);
    data.setData('DownloadURL', `image/jpeg:${state.fileName}:${state.url}`);
    data.setData('text/uri-list', state.url);
  };
  return (
    <section class="fix-result" aria-label={t(FIX_COPY.result(name))} data-testid="fix-result">
      <div class="fix-compare">
        <figure>
          {entry.preview.value && <img src={entry.preview.value} alt={t(FIX_COPY.beforeAlt(name))} />}
          <figcaption>
            <strong>{t(FIX_COPY.before)}</strong> {size(before?.width, before?.height)}
          </figcaption>
        </figure>
        <figure>
          <img src={state.url} alt={t(FIX_COPY.afterAlt(name))} draggable onDragStart={onDragStart} data-testid="fixed-photo" />
          <figcaption>
            <strong>{t(FIX_COPY.after)}</strong> {size(state.photo.width, state.photo.height)}
            {state.photo.bytes ? ` · ${t(formatBytes(state.photo.bytes))} ${formatName(state.photo.mime)}` : ''}
          </figcaption>
        </figure>
      </div>
      <h3>{t(FIX_COPY.changed)}</h3>
      <ul class="fix-changes" data-testid="fix-changes">
        {state.outcome.changes.map((change, i) => (
          <li key={i}>{t(change)}</li>
        ))}
      </ul>
      {state.outcome.notes.map((note, i) => (
        <p key={i} class="fix-note" data-testid="fix-note">
          {t(note)}
        </p>
      ))}
      <h3>{t(FIX_COPY.checks)}</h3>
      {compared.length === 0 ? (
        <p class="none">{t(FIX_COPY.noFindings)}</p>
      ) : (
        <ul class="fix-checks" data-testid="fix-checks">
          {compared.map(({ finding, after }) => (
            <li key={`${finding.checkId}:${after}`} data-check={finding.checkId} data-after={after}>
              {t(finding.message)} → <strong>{t(AFTER_FIX[after])}</strong>
            </li>
          ))}
        </ul>
      )}
      <p class="fix-count" data-testid="fix-count">
        {t(AFTER_FIX.count(state.outcome.before.length, state.outcome.after.length))}
      </p>
      <a class="fix-download" href={state.url} download={state.fileName} data-testid="fix-download">
        {t(FIX_COPY.download)}
      </a>
      <p class="hint">{t(FIX_COPY.drag)}</p>
    </section>
  );
}

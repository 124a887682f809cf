import { useState } from 'preact/hooks';
import type { BilingualText } from '../../shared/i18n/text';
import { photoName } from '../../shared/photos/copy';
import type { PhotoFinding } from '../../shared/photos/types';
import { useText } from '../../shared/ui/text';
import type { PhonePhoto, PhonePhotoChecks } from './checks';
import { FIX_COPY as C } from './fix-copy';
import type { PhoneFixer, PhoneFixState, ShareOutcome } from './fixer';

/** "Perbaiki foto": one card per photo the fixer can help, in the order of the photos. */
export function PhotoFixes({ checks, fixer, findings, previews }: {
  checks: PhonePhotoChecks;
  fixer: PhoneFixer;
  findings: readonly PhotoFinding[];
  previews: readonly string[];
}) {
  const t = useText();
  const offered = checks.photos.value.filter((photo) => fixer.offers(photo, findings) || fixer.stateOf(photo).value.stage !== 'idle');
  if (!offered.length) return null;
  return (
    <section class="fixes" aria-labelledby="fixes-title" data-testid="photo-fixes">
      <h3 id="fixes-title">{t(C.heading)}</h3>
      <p class="hint">{t(C.what)}</p>
      {offered.map((photo) => (
        <FixCard key={photo.index} photo={photo} fixer={fixer} checks={checks} preview={previews[photo.index]} />
      ))}
    </section>
  );
}

function FixCard({ photo, fixer, checks, preview }: { photo: PhonePhoto; fixer: PhoneFixer; checks: PhonePhotoChecks; preview?: string }) {
  const t = useText();
  const state = fixer.stateOf(photo).value;
  const name = photoName(photo.index);
  return (
    <div class="fix-card" data-testid="fix-card">
      {state.stage !== 'done' && (
        <button type="button" disabled={state.stage === 'working'} aria-busy={state.stage === 'working'} onClick={() => void fixer.fix(photo)}>
          {t(state.stage === 'failed' ? C.again : C.buttonOf(name))}
        </button>
      )}
      <div role="status">
        {state.stage === 'working' && <p>{t(C.working)}</p>}
        {state.stage === 'failed' && <p class="problems">{t(state.error)}</p>}
      </div>
      {state.stage === 'done' && <FixResult photo={photo} state={state} name={name} fixer={fixer} checks={checks} preview={preview} />}
    </div>
  );
}

function FixResult({ photo, state, name, fixer, checks, preview }: {
  photo: PhonePhoto;
  state: Extract<PhoneFixState, { stage: 'done' }>;
  name: BilingualText;
  fixer: PhoneFixer;
  checks: PhonePhotoChecks;
  preview?: string;
}) {
  const t = useText();
  const [shared, setShared] = useState<ShareOutcome | null>(null);
  const runner = checks.runner.value!;
  const compared = runner.comparedFindings(state.outcome);
  const canShare = fixer.canShare(state.file);
  return (
    <section class="fix-result" aria-label={t(C.result(name))} data-testid="fix-result">
      <div class="fix-compare">
        <figure>
          {preview && <img src={preview} alt={t(C.beforeAlt(name))} />}
          <figcaption>{t(C.before)}</figcaption>
        </figure>
        <figure>
          <img src={state.url} alt={t(C.afterAlt(name))} data-testid="fixed-photo" />
          <figcaption>{t(C.after)}</figcaption>
        </figure>
      </div>
      <h4>{t(C.changed)}</h4>
      <ul class="fix-changes">
        {state.outcome.changes.map((change, i) => (
          <li key={i}>{t(change)}</li>
        ))}
        {compared.map(({ finding, after }) => (
          <li key={`${finding.checkId}:${after}`} data-check={finding.checkId} data-after={after}>
            {t(finding.message)} → <strong>{t(runner.AFTER_FIX[after])}</strong>
          </li>
        ))}
      </ul>
      {state.outcome.notes.map((note, i) => (
        <p key={i} class="hint">
          {t(note)}
        </p>
      ))}
      <p class="hint">{t(canShare ? C.how : C.noShare)}</p>
      <div class="actions">
        <a class="button" href={state.url} download={state.file.name} data-testid="fix-save">
          {t(C.save)}
        </a>
        <button type="button" class="secondary" data-testid="fix-use" onClick={() => void fixer.useInDraft(photo, state.file)}>
          {t(C.use)}
        </button>
        {canShare && (
          <button type="button" class="secondary" data-testid="fix-share" onClick={() => void fixer.share(state.file).then(setShared)}>
            {t(C.share)}
          </button>
        )}
      </div>
      <div role="status">{shared === 'failed' && <p class="problems">{t(C.shareFailed)}</p>}</div>
    </section>
  );
}

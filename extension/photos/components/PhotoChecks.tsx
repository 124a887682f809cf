import { photoName } from '../../../shared/photos/copy';
import { groupPhotoProblems } from '../../../shared/photos/problem-groups';
import type { PhotoFinding } from '../../../shared/photos/types';
import { PHOTO_COPY } from '../copy';
import { useText } from '../../../shared/ui/text';
import type { PhotoChecksModel } from '../models/photo-checks';
import type { PhotoFixerModel } from '../models/photo-fixer';
import { PhotoCard } from './PhotoCard';
import './photo-checks.css';

/**
 * The Foto section: every photo of the listing with its own progress bar, the problems drawn as boxes over it,
 * what is wrong with it, and suggestions from its packaging label. The findings also count in the score above.
 */
export function PhotoChecks({ photos, fixer }: { photos: PhotoChecksModel; fixer?: PhotoFixerModel }) {
  const t = useText();
  const entries = photos.photos.value;
  const findings = photos.findings.value;
  const done = entries.filter((e) => e.stage.value === 'done' || e.stage.value === 'failed').length;
  const failed = photos.failedIndexes.value.length;
  // Nine failed downloads are one line with a count, not nine alarms (each card still says its own reason).
  const grouped = done === entries.length ? groupPhotoProblems(photos.problems.value) : [];
  const byPhoto = new Map<number, PhotoFinding[]>();
  for (const f of findings) byPhoto.set(f.photoIndex, [...(byPhoto.get(f.photoIndex) ?? []), f]);
  return (
    <section class="photo-checks" aria-labelledby="photo-checks-title" data-testid="photo-checks">
      <h2 id="photo-checks-title">{t(PHOTO_COPY.title)}</h2>
      <p class="hint">{t(PHOTO_COPY.intro)}</p>
      {entries.length === 0 ? (
        <p class="none">{t(PHOTO_COPY.none)}</p>
      ) : (
        <>
          <p class="photo-summary" role="status" data-testid="photo-checks-summary" data-done={done} data-total={entries.length} data-failed={failed}>
            {t(PHOTO_COPY.summary(done, entries.length, failed))}
          </p>
          {grouped.length > 0 && (
            <ul class="photo-problem-summary" data-testid="photo-problem-summary">
              {grouped.map((line, i) => (
                <li key={i}>{t(line)}</li>
              ))}
            </ul>
          )}
          {done === entries.length && failed > 0 && (
            <p class="hint" data-testid="photo-provisional">
              {t(PHOTO_COPY.provisional)}
            </p>
          )}
          <ol class="photo-cards">
            {entries.map((entry) => (
              <PhotoCard
                key={`${entry.index}:${entry.label}`}
                entry={entry}
                name={photoName(entry.index)}
                findings={byPhoto.get(entry.index) ?? []}
                {...(fixer ? { fixer } : {})}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

import type { PanelPhotosInput, PanelPhotosSection } from '../kit/panel-section';
import { dexiePhotoCache, type PhotoCache } from './cache';
import { PhotoChecks } from './components/PhotoChecks';
import { createPhotoChecks, type PhotoChecksModel } from './models/photo-checks';
import { createPhotoFixer } from './models/photo-fixer';
import { PageBlob } from './results';
import { createPhotoService, type PhotoService } from './service';

/**
 * The side panel's "Pemeriksaan foto". Chrome: the offscreen document checks the photos; Firefox: the panel
 * itself does (photos/service.ts). Results are cached by the photo's bytes. "Perbaiki foto" runs in a worker of the
 * panel's own (models/photo-fixer.ts).
 */
export function photosPanelSection(deps: { service?: PhotoService; cache?: PhotoCache } = {}) {
  const service = deps.service ?? createPhotoService();
  const cache = deps.cache ?? dexiePhotoCache();
  return (input: PanelPhotosInput): PanelPhotosSection & { model: PhotoChecksModel } => {
    const model = createPhotoChecks({
      listing: input.listing,
      files: input.files,
      service,
      cache,
      readPageBlob: async (src) => PageBlob.parse(await input.readPageBlob(src)),
    });
    const fixer = createPhotoFixer({ listing: input.listing, profile: model.profile, checked: model.checked });
    return {
      model,
      findings: model.findings,
      measuredIndexes: model.measuredIndexes,
      failedIndexes: model.failedIndexes,
      texts: model.texts,
      View: () => <PhotoChecks photos={model} fixer={fixer} />,
      dispose: () => {
        model.dispose();
        fixer.dispose();
      },
    };
  };
}

/**
 * The heavy half of the phone's photo checks, loaded with the first photo (never on the first screen): the shared
 * photo pipeline and checks, the fixer's comparison, and the photo worker's client.
 */
export { photoFindings, runPhotoPipeline } from '../../shared/photos/pipeline';
export { AFTER_FIX, canFix, comparedFindings, fixOutcome } from '../../shared/photos/fix/outcome';
export { createPhotoWorkerClient } from './worker-client';

/**
 * Every photo check, one file each; importing a file registers it in the one check registry (shared/checks/registry.ts).
 * The meta-test (tests/unit/checks/meta.test.ts) checks that every file here is listed and every registered check is
 * translated, sourced and has examples.
 */
import './photo-format';
import './photo-file-size';
import './photo-pixel-size-rejected';
import './photo-low-resolution';
import './photo-aspect-ratio';
import './photo-blurry';
import './photo-too-dark';
import './photo-washed-out';
import './cover-background-not-white';
import './cover-background-busy';
import './cover-product-small';
import './cover-white-border';
import './cover-black-border';
import './cover-collage';
import './photo-duplicate';
import './photo-contact-details';
import './photo-other-marketplace';
import './photo-promo-text';
import './cover-text-heavy';
import './photo-label-specifics';

export { photoChecks } from '../../checks/registry';

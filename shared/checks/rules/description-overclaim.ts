import { bi } from '../../i18n/text';
import { overclaimFinding } from '../claim-rule';
import { findOverclaim } from '../claims';
import { registerCheck } from '../registry';
import { SOURCES } from '../sources';

export const descriptionOverclaim = registerCheck({
  id: 'description-overclaim',
  area: 'deskripsi',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia', 'generic'],
  input: 'text',
  source: SOURCES.ttsMisleadingClaims,
  name: bi('Klaim kesehatan atau kecantikan berlebihan di deskripsi', 'Health or beauty over-claim in the description'),
  examples: {
    failing: { profile: 'tokopedia', listing: { title: 'Krim Wajah 15 gr', description: 'Krim wajah, putih permanen dalam 7 hari, dijamin ampuh.' } },
    passing: { profile: 'tokopedia', listing: { title: 'Krim Wajah 15 gr', description: 'Krim wajah, membantu menyamarkan noda hitam. Pakai setiap malam.' } },
  },
  run({ listing, profile }) {
    const claim = listing.description ? findOverclaim(listing.description) : undefined;
    if (!claim) return [];
    return [overclaimFinding(this, profile, claim, bi('Deskripsi', 'The description'))];
  },
});

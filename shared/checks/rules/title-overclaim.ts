import { bi } from '../../i18n/text';
import { titleExample } from '../../suggest/examples';
import { overclaimFinding } from '../claim-rule';
import { findOverclaim } from '../claims';
import { registerCheck } from '../registry';
import { SOURCES } from '../sources';

export const titleOverclaim = registerCheck({
  id: 'title-overclaim',
  area: 'judul',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia', 'generic'],
  input: 'text',
  source: SOURCES.ttsMisleadingClaims,
  name: bi('Klaim kesehatan atau kecantikan berlebihan di judul', 'Health or beauty over-claim in the title'),
  examples: {
    failing: { profile: 'tokopedia', listing: { title: 'Kapsul Herbal Daun Sirsak Menyembuhkan Diabetes 60 Kapsul' } },
    passing: { profile: 'tokopedia', listing: { title: 'Sabun Cuci Muka Anti Acne Untuk Kulit Berjerawat 100 ml' } },
  },
  exampleIn: 'title',
  run(ctx) {
    const claim = findOverclaim(ctx.facts.title);
    if (!claim) return [];
    return [overclaimFinding(this, ctx.profile, claim, bi('Judul', 'The title'), () => titleExample(this.id, ctx))];
  },
});

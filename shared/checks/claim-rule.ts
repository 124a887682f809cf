import { bi, type BilingualText } from '../i18n/text';
import { finding } from './registry';
import { SOURCES, tokopediaAsReference } from './sources';
import type { Check, Finding, Outcome, ProfileId, RuleSource, Severity } from './types';

/** Tokopedia's own rule on Tokopedia; shown as a reference elsewhere, where Rapi knows no published rule. */
export function claimRule(profile: ProfileId): { severity: Severity; source: RuleSource; outcome: Outcome; why: BilingualText } {
  if (profile === 'tokopedia') {
    return {
      severity: 'quality',
      source: SOURCES.ttsMisleadingClaims,
      outcome: 'penalty',
      why: bi(
        'TikTok Shop by Tokopedia melarang klaim menyembuhkan atau mencegah penyakit dan janji hasil ajaib; akun yang melanggar bisa dikenai sanksi.',
        'TikTok Shop by Tokopedia prohibits claims to cure or prevent disease and promises of miracle results; accounts that break the rule can be penalised.',
      ),
    };
  }
  return {
    severity: 'advice',
    source: tokopediaAsReference(SOURCES.ttsMisleadingClaims),
    outcome: 'buyers',
    why: bi(
      'Klaim menyembuhkan penyakit atau hasil ajaib tidak bisa dibuktikan; Tokopedia melarangnya, dan pembeli yang kecewa memberi ulasan buruk.',
      'Claims to cure disease or promise miracle results cannot be proven; Tokopedia prohibits them, and disappointed buyers leave bad reviews.',
    ),
  };
}

export const CLAIM_FIX = bi(
  'Hapus klaim itu. Tulis manfaat yang wajar dan sesuai izin edar, misalnya "membantu merawat" atau "menyamarkan", dan cara pakainya.',
  'Remove the claim. Write a fair benefit that matches the registration, such as "helps care for" or "helps fade", and how to use it.',
);

/** The finding for an over-claim found in the title or the description. */
export function overclaimFinding(
  check: Pick<Check, 'id' | 'area' | 'severity' | 'source'>,
  profile: ProfileId,
  claim: string,
  where: BilingualText,
  example?: () => BilingualText,
): Finding {
  const rule = claimRule(profile);
  return finding(
    check,
    {
      message: bi(`${where.id} memuat klaim berlebihan: "${claim}".`, `${where.en} has an over-claim: "${claim}".`),
      why: rule.why,
      fix: CLAIM_FIX,
      ...(example ? { example } : {}),
    },
    { severity: rule.severity, source: rule.source, outcome: rule.outcome },
  );
}

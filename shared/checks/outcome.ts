import { bi, type BilingualText } from '../i18n/text';
import type { Finding, Outcome } from './types';

/** What happens, in the seller's words (docs/rules.md#severities-and-outcomes). Shown beside each finding. */
export const OUTCOME_TEXT: Record<Outcome, BilingualText> = {
  blocked: bi('bisa diblokir', 'can be blocked'),
  'refused-at-upload': bi('ditolak saat unggah', 'refused at upload'),
  'quality-level': bi('menahan tingkat kualitas Shopee', 'holds the Shopee quality level'),
  diagnosis: bi('ditandai diagnosis produk', 'flagged by the product diagnosis'),
  search: bi('lebih sulit ditemukan di pencarian', 'harder to find in search'),
  penalty: bi('akun bisa dikenai sanksi', 'the account can be penalised'),
  buyers: bi('saran Rapi: pembeli ragu', 'Rapi advice: buyers hesitate'),
  'not-checked': bi('belum bisa diperiksa', 'not checked yet'),
};

const TIKTOK_CODE = /^(?:TITLE_|DESC_|MAIN_IMG_|ATTRIBUTE_|STOCK_)/;

/** A finding's outcome: the one its check set, else what its severity and source imply. */
export function outcomeOf(finding: Pick<Finding, 'outcome' | 'severity' | 'source' | 'certainty'>): Outcome {
  if (finding.outcome) return finding.outcome;
  if (finding.certainty === 'unreadable') return 'not-checked';
  if (finding.severity === 'blocked') return 'blocked';
  if (finding.severity === 'advice') return 'buyers';
  const code = finding.source.code;
  if (code && TIKTOK_CODE.test(code)) return 'diagnosis';
  if (code) return 'quality-level';
  return 'search';
}

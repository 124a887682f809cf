import { bi, type BilingualText } from '../i18n/text';
import type { Marketplace } from '../listing/schema';
import { SOURCES, shopeeDiagnosis, tiktokDiagnosis } from './sources';
import type { ProfileId, RuleSource } from './types';

/**
 * Every threshold Rapi applies, per marketplace profile, with where it comes from (docs/rules.md).
 * Checks read numbers only from here, so a changed rule is changed in one place.
 */
export interface Profile {
  id: ProfileId;
  name: BilingualText;
  title: { min: number; max: number; searchMin?: number; minSource: RuleSource; maxSource: RuleSource; searchMinSource?: RuleSource };
  description: { min: number; searchMin?: number; minWords?: number; minSource: RuleSource; searchMinSource?: RuleSource; minWordsSource?: RuleSource };
  photos: {
    min: number;
    max: number;
    minSource: RuleSource;
    maxSource: RuleSource;
    /** Rejected below this many pixels on the short side. */
    rejectBelowPx?: number;
    recommendPx: number;
    sizeSource: RuleSource;
    /** Accepted width/height range. */
    ratio: { min: number; max: number; label: BilingualText; source: RuleSource };
    maxBytes: number;
    formats: readonly string[];
    fileSource: RuleSource;
  };
  variants: { maxTiers: number; maxNameChars: number; maxOptionChars: number; source: RuleSource };
  /** Shopee's attribute counts for "Qualified" and "Excellent". */
  attributes?: { qualified: number; excellent: number };
  /** Whether the marketplace publishes quality levels (Shopee). */
  hasQualityLevels: boolean;
}

const JPG_PNG = ['image/jpeg', 'image/png'] as const;

export const PROFILES: Record<ProfileId, Profile> = {
  shopee: {
    id: 'shopee',
    name: bi('Shopee', 'Shopee'),
    title: { min: 25, max: 100, minSource: shopeeDiagnosis('TOO_SHORT_OR_TOO_LONG_NAME'), maxSource: shopeeDiagnosis('TOO_SHORT_OR_TOO_LONG_NAME') },
    description: { min: 100, minSource: shopeeDiagnosis('TOO_SHORT_DESCRIPTION') },
    photos: {
      min: 3,
      max: 9,
      minSource: shopeeDiagnosis('TOO_FEW_IMAGES'),
      maxSource: SOURCES.shopeeImageCountMax,
      recommendPx: 500,
      sizeSource: SOURCES.resolutionHeuristic,
      ratio: { min: 1, max: 1, label: bi('persegi 1:1', 'square 1:1'), source: SOURCES.shopeeImageRatio },
      maxBytes: 10 * 1024 * 1024,
      formats: JPG_PNG,
      fileSource: SOURCES.shopeeImageFile,
    },
    variants: { maxTiers: 2, maxNameChars: 14, maxOptionChars: 20, source: SOURCES.shopeeVariants },
    attributes: { qualified: 1, excellent: 3 },
    hasQualityLevels: true,
  },
  tokopedia: {
    id: 'tokopedia',
    name: bi('Tokopedia', 'Tokopedia'),
    title: {
      min: 25,
      max: 255,
      searchMin: 40,
      minSource: SOURCES.ttsCreateProductName,
      maxSource: SOURCES.ttsCreateProductName,
      searchMinSource: tiktokDiagnosis('TITLE_LESS_THAN_40_CHARACTERS'),
    },
    description: {
      min: 50,
      searchMin: 500,
      minWords: 30,
      minSource: tiktokDiagnosis('DESC_LESS_THAN_FIFTY_CHARS'),
      searchMinSource: tiktokDiagnosis('DESC_LESS_THAN_FIVE_HUNDRED_CHARS'),
      minWordsSource: SOURCES.ttsSeaDescription,
    },
    photos: {
      min: 5,
      max: 9,
      minSource: tiktokDiagnosis('MAIN_IMG_NUMBER_LESS_THAN_FIVE'),
      maxSource: SOURCES.ttsMainImages,
      rejectBelowPx: 300,
      recommendPx: 600,
      sizeSource: SOURCES.ttsMainImages,
      ratio: { min: 3 / 4, max: 4 / 3, label: bi('antara 3:4 dan 4:3', 'between 3:4 and 4:3'), source: SOURCES.ttsImageRatio },
      maxBytes: 5 * 1024 * 1024,
      formats: JPG_PNG,
      fileSource: SOURCES.ttsMainImages,
    },
    variants: { maxTiers: 3, maxNameChars: 20, maxOptionChars: 50, source: SOURCES.ttsVariants },
    hasQualityLevels: false,
  },
  generic: {
    id: 'generic',
    name: bi('Toko lain', 'Other shops'),
    title: { min: 25, max: 150, minSource: SOURCES.rapiHeuristic, maxSource: SOURCES.googleTitle },
    description: { min: 100, minSource: SOURCES.rapiHeuristic },
    photos: {
      min: 3,
      max: 10,
      minSource: SOURCES.rapiHeuristic,
      maxSource: SOURCES.rapiHeuristic,
      recommendPx: 500,
      sizeSource: SOURCES.resolutionHeuristic,
      ratio: { min: 3 / 4, max: 4 / 3, label: bi('antara 3:4 dan 4:3', 'between 3:4 and 4:3'), source: SOURCES.rapiHeuristic },
      maxBytes: 10 * 1024 * 1024,
      formats: [...JPG_PNG, 'image/webp'],
      fileSource: SOURCES.rapiHeuristic,
    },
    variants: { maxTiers: 3, maxNameChars: 20, maxOptionChars: 50, source: SOURCES.rapiHeuristic },
    hasQualityLevels: false,
  },
};

export function profileFor(marketplace: Marketplace | undefined): ProfileId {
  return marketplace === 'shopee' ? 'shopee' : marketplace === 'tokopedia' ? 'tokopedia' : 'generic';
}

// Re-exports so check helpers import their types from one place.
export type { Check, CheckContext, Finding } from './types';
export type { ListingFacts } from './facts';

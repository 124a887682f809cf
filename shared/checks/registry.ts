import type { BilingualText } from '../i18n/text';
import type { PhotoCheck } from '../photos/check-types';
import type { Box, PhotoFinding } from '../photos/types';
import type { Certainty, Check, Finding, Outcome, ProfileId, RuleSource, Severity } from './types';

/**
 * The one registry of checks. A listing check (shared/checks/rules) reads the listing; a photo check
 * (shared/photos/checks) reads the photos' files, pixels and the text on them. Ids are unique across both, one check
 * per file; tests/unit/checks/meta.test.ts holds every check to that.
 */
export type RegisteredCheck = { kind: 'listing'; check: Check } | { kind: 'photos'; check: PhotoCheck };

const registered = new Map<string, RegisteredCheck>();

function register(entry: RegisteredCheck): void {
  if (registered.has(entry.check.id)) throw new Error(`Check "${entry.check.id}" registered twice`);
  registered.set(entry.check.id, entry);
}

/** Each listing check file calls this once (shared/checks/all-rules.ts imports them all). */
export function registerCheck<T extends Check>(check: T): T {
  register({ kind: 'listing', check });
  return check;
}

/** Each photo check file calls this once (shared/photos/checks/index.ts imports them all). */
export function registerPhotoCheck(check: PhotoCheck): PhotoCheck {
  register({ kind: 'photos', check });
  return check;
}

/** Every check registered so far, listing and photo checks, in the order their files were imported. */
export function everyCheck(): RegisteredCheck[] {
  return [...registered.values()];
}

/** The listing checks. */
export function allChecks(): Check[] {
  return everyCheck().flatMap((e) => (e.kind === 'listing' ? [e.check] : []));
}

/** The photo checks (registered once shared/photos/checks is imported). */
export function photoChecks(): PhotoCheck[] {
  return everyCheck().flatMap((e) => (e.kind === 'photos' ? [e.check] : []));
}

/** What the finding builder needs of a check: who it is, and what it says by default or per profile. */
export interface FindingOrigin {
  id: string;
  area: Check['area'];
  severity: Severity;
  source: RuleSource;
  severities?: Partial<Record<ProfileId, Severity>>;
  sources?: Partial<Record<ProfileId, RuleSource>>;
  outcome?: Outcome;
}

export function severityFor(check: FindingOrigin, profile?: ProfileId): Severity {
  return (profile && check.severities?.[profile]) || check.severity;
}

export function sourceFor(check: FindingOrigin, profile?: ProfileId): RuleSource {
  return (profile && check.sources?.[profile]) || check.source;
}

export interface FindingText {
  message: BilingualText;
  why: BilingualText;
  fix: BilingualText;
  /** A function when building it costs something: it is built the first time someone reads it. */
  example?: BilingualText | (() => BilingualText);
}

/** Where and how a finding differs from its check's defaults. */
export interface FindingDetails {
  /** Picks the check's severity and source for this profile, where it declares them per profile. */
  profile?: ProfileId;
  severity?: Severity;
  source?: RuleSource;
  /** Measured unless said otherwise. */
  certainty?: Certainty;
  photoIndex?: number;
  outcome?: Outcome;
  areaScoreCap?: number;
  /** Where on the photo, drawn over it by the panel. */
  boxes?: Box[];
}

/** The one finding builder: a finding of `check` with its id, area, severity and source unless `details` say otherwise. */
export function finding(check: FindingOrigin, text: FindingText, details: FindingDetails & { photoIndex: number }): PhotoFinding;
export function finding(check: FindingOrigin, text: FindingText, details?: FindingDetails): Finding;
export function finding(check: FindingOrigin, text: FindingText, details: FindingDetails = {}): Finding {
  const { example, ...rest } = text;
  const outcome = details.outcome ?? check.outcome;
  const made: Finding = {
    checkId: check.id,
    area: check.area,
    severity: details.severity ?? severityFor(check, details.profile),
    source: details.source ?? sourceFor(check, details.profile),
    certainty: details.certainty ?? 'measured',
    ...(details.photoIndex === undefined ? {} : { photoIndex: details.photoIndex }),
    ...(outcome === undefined ? {} : { outcome }),
    ...(details.areaScoreCap === undefined ? {} : { areaScoreCap: details.areaScoreCap }),
    ...(details.boxes === undefined ? {} : { boxes: details.boxes }),
    ...rest,
  };
  if (typeof example === 'function') {
    // A batch of thousands of listings pays for an example (a whole suggested title) only when it is shown.
    let built: BilingualText | undefined;
    Object.defineProperty(made, 'example', {
      enumerable: true,
      configurable: true,
      get: () => (built ??= example()),
      set: (value: BilingualText) => (built = value),
    });
  } else if (example) {
    made.example = example;
  }
  return made;
}

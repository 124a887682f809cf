import type { Check, Finding } from './types';
import type { BilingualText } from '../i18n/text';

const registered = new Map<string, Check>();

/** Each check file calls this once; ids are unique. */
export function registerCheck<T extends Check>(check: T): T {
  if (registered.has(check.id)) throw new Error(`Check "${check.id}" registered twice`);
  registered.set(check.id, check);
  return check;
}

export function allChecks(): Check[] {
  return [...registered.values()];
}

export interface FindingText {
  message: BilingualText;
  why: BilingualText;
  fix: BilingualText;
  /** A function when building it costs something: it is built the first time someone reads it. */
  example?: BilingualText | (() => BilingualText);
}

/** A finding of `check`, with its area, severity and source unless the profile needs another. */
export function finding(
  check: Pick<Check, 'id' | 'area' | 'severity' | 'source'>,
  text: FindingText,
  overrides: Partial<Pick<Finding, 'severity' | 'source' | 'certainty' | 'photoIndex' | 'outcome' | 'areaScoreCap'>> = {},
): Finding {
  const { example, ...rest } = text;
  const made: Finding = {
    checkId: check.id,
    area: check.area,
    severity: overrides.severity ?? check.severity,
    source: overrides.source ?? check.source,
    certainty: overrides.certainty ?? 'measured',
    ...(overrides.photoIndex === undefined ? {} : { photoIndex: overrides.photoIndex }),
    ...(overrides.outcome === undefined ? {} : { outcome: overrides.outcome }),
    ...(overrides.areaScoreCap === undefined ? {} : { areaScoreCap: overrides.areaScoreCap }),
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

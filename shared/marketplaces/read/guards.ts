/**
 * Shape checks for the marketplaces' own JSON (Shopee's API answers), as small type guards. The adapters run in
 * content scripts, whose budget (25 KB gzipped each) cannot carry zod; Rapi's own data keeps its zod schemas.
 * A guard answers yes or no and never throws; what passes is used as it is (unknown keys stay, unread).
 */
import { isRecord } from './dom';

export type Guard<T> = (value: unknown) => value is T;
export type Guarded<G> = G extends Guard<infer T> ? T : never;

export const isText: Guard<string> = (value): value is string => typeof value === 'string';

/** A finite number (NaN and ±Infinity are not numbers in JSON). */
export const isNumber: Guard<number> = (value): value is number => typeof value === 'number' && Number.isFinite(value);

/** A finite number in [min, max]. */
export const numberIn = (min: number, max: number): Guard<number> => (value): value is number => isNumber(value) && value >= min && value <= max;

/** A string that matches `pattern` in full (the pattern carries its own ^…$). */
export const textLike = (pattern: RegExp): Guard<string> => (value): value is string => isText(value) && pattern.test(value);

export const either = <A, B>(a: Guard<A>, b: Guard<B>): Guard<A | B> => (value): value is A | B => a(value) || b(value);

/** Absent or null is fine too (Shopee writes null for "none"). */
export const maybe = <T>(guard: Guard<T>): Guard<T | null | undefined> => (value): value is T | null | undefined => value == null || guard(value);

export const listOf = <T>(guard: Guard<T>): Guard<T[]> => (value): value is T[] => Array.isArray(value) && value.every(guard);

/** An object whose listed keys pass their guards; other keys are allowed and left alone. */
export const shape =
  <S extends Record<string, Guard<unknown>>>(keys: S): Guard<{ [K in keyof S]: Guarded<S[K]> }> =>
  (value): value is { [K in keyof S]: Guarded<S[K]> } =>
    isRecord(value) && Object.entries(keys).every(([key, guard]) => guard(Object.hasOwn(value, key) ? value[key] : undefined));

/** The adapters' shape checks for Shopee's JSON (read/guards.ts): what zod would accept, without zod. */
import { describe, expect, it } from 'vitest';
import { either, isNumber, isText, listOf, maybe, numberIn, shape, textLike } from '../../../shared/marketplaces/read/guards';

describe('guards', () => {
  it('numbers are finite: NaN and Infinity are refused, like zod', () => {
    expect([1, 0, -2.5].every(isNumber)).toBe(true);
    expect([NaN, Infinity, '1', null].some(isNumber)).toBe(false);
    expect(numberIn(0, 10)(10)).toBe(true);
    expect(numberIn(0, 10)(-1)).toBe(false);
  });

  it('patterned text, either, maybe', () => {
    const id = either(isNumber, textLike(/^\d+$/));
    expect([12, '12'].every(id)).toBe(true);
    expect(['12a', '', {}].some(id)).toBe(false);
    expect([null, undefined, 'x'].every(maybe(isText))).toBe(true);
    expect(maybe(isText)(3)).toBe(false);
  });

  it('shapes check their keys only, refuse arrays and non-objects, and read only own keys', () => {
    const tier = shape({ name: maybe(isText), options: maybe(listOf(maybe(isText))) });
    expect(tier({ name: 'Warna', options: ['Merah', null], extra: 1 })).toBe(true);
    expect(tier({})).toBe(true);
    expect(tier({ name: 5 })).toBe(false);
    expect(tier({ options: ['a', 2] })).toBe(false);
    expect(tier([])).toBe(false);
    expect(tier('x')).toBe(false);
    // A key the object does not own (from its prototype) counts as absent.
    expect(shape({ toString: isText })({})).toBe(false);
    expect(shape({ toString: maybe(isText) })({})).toBe(true);
  });

  it('lists check every element', () => {
    expect(listOf(isText)(['a', 'b'])).toBe(true);
    expect(listOf(isText)(['a', 1])).toBe(false);
    expect(listOf(isText)({ length: 0 })).toBe(false);
  });
});

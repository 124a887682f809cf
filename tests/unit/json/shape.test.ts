import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, jsonShapeProblem, jsonTextDepth } from '../../../shared/json/shape';

const nested = (depth: number, open = '[', close = ']') => open.repeat(depth) + close.repeat(depth);

describe('jsonTextDepth', () => {
  it.each([
    ['1', 0],
    ['[]', 1],
    ['{"a":[{"b":[]}]}', 4],
    ['"[[[[["', 0],
    ['["\\"[[[", []]', 2],
    ['{"a":"}}}","b":{"c":"\\\\"}}', 2],
  ])('%s is %i deep', (text, depth) => expect(jsonTextDepth(text)).toBe(depth));

  it('stops early on a hostile file instead of reading all of it', () => {
    expect(jsonTextDepth(nested(1_000_000))).toBe(MAX_JSON_DEPTH + 1);
    expect(jsonTextDepth(nested(10), 4)).toBe(5);
  });
});

describe('jsonShapeProblem', () => {
  it('accepts what is within the limits, at exactly the limit', () => {
    expect(jsonShapeProblem(JSON.parse(nested(MAX_JSON_DEPTH)), {})).toBeUndefined();
    expect(jsonShapeProblem({ a: [1, 2, 3], b: { c: 'x' } }, { arrayLength: 3, keys: 2 })).toBeUndefined();
  });

  it('names the first limit broken, without overflowing the stack at any depth', () => {
    expect(jsonShapeProblem(JSON.parse(nested(MAX_JSON_DEPTH + 1)), {})).toEqual({ kind: 'depth', limit: MAX_JSON_DEPTH });
    expect(jsonShapeProblem(JSON.parse(nested(200_000)), {})).toEqual({ kind: 'depth', limit: MAX_JSON_DEPTH });
    expect(jsonShapeProblem({ a: [1, 2, 3, 4] }, { arrayLength: 3 })).toEqual({ kind: 'arrayLength', limit: 3 });
    expect(jsonShapeProblem({ a: { b: 1, c: 2, d: 3 } }, { keys: 2 })).toEqual({ kind: 'keys', limit: 2 });
    expect(jsonShapeProblem([[1, 2], [3]], { nodes: 4 })).toEqual({ kind: 'nodes', limit: 4 });
  });
});

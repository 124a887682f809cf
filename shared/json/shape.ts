/**
 * Limits on the shape of JSON from a file or a network answer, checked before anything recursive touches it.
 * JSON.parse copes with any nesting, but a reviver, zod, JSON.stringify and structuredClone all recurse: a few KB
 * of `[[[[…]]]]` overflow the call stack in them ("Maximum call stack size exceeded"). Both checks here are
 * loops with an explicit stack, so the check itself cannot overflow.
 */

/** Deeper than any file Rapi writes (an export nests about 8 levels) and far below where the stack runs out. */
export const MAX_JSON_DEPTH = 64;

/**
 * The deepest nesting of `[` and `{` in JSON text (brackets inside strings do not count). Stops early, returning
 * a number above `stopAbove`, once the text goes deeper than that: a hostile file is not read to its end.
 */
export function jsonTextDepth(text: string, stopAbove = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > deepest && (deepest = depth) > stopAbove) return deepest;
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return deepest;
}

/** True when a parsed value nests deeper than `max` (the depth-only, smaller twin of jsonShapeProblem, for the widget). */
export function jsonTooDeep(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  for (let item; (item = stack.pop()); ) {
    if (!item[0] || typeof item[0] !== 'object') continue;
    if (item[1] >= max) return true;
    for (const child of Object.values(item[0])) stack.push([child, item[1] + 1]);
  }
  return false;
}

export interface JsonShapeLimits {
  /** Deepest nesting of arrays and objects. */
  depth: number;
  /** Longest array. */
  arrayLength: number;
  /** Most keys in one object. */
  keys: number;
  /** Arrays, objects and values in all. */
  nodes: number;
}

export type JsonShapeProblem = { kind: 'depth' | 'arrayLength' | 'keys' | 'nodes'; limit: number };

/**
 * The first limit an already parsed value breaks, or undefined when it keeps them all. Walks the value once with
 * its own stack (no recursion) and stops at the first broken limit. Limits not given: depth MAX_JSON_DEPTH, others none.
 */
export function jsonShapeProblem(value: unknown, given: Partial<JsonShapeLimits>): JsonShapeProblem | undefined {
  const { depth: maxDepth = MAX_JSON_DEPTH, arrayLength = Infinity, keys = Infinity, nodes = Infinity } = given;
  const stack: Array<[unknown, number]> = [[value, 0]];
  for (let seen = 1, item; (item = stack.pop()); seen++) {
    const [node, depth] = item;
    if (seen > nodes) return { kind: 'nodes', limit: nodes };
    if (!node || typeof node !== 'object') continue;
    if (depth >= maxDepth) return { kind: 'depth', limit: maxDepth };
    const children = Object.values(node);
    const list = Array.isArray(node);
    if (children.length > (list ? arrayLength : keys)) return list ? { kind: 'arrayLength', limit: arrayLength } : { kind: 'keys', limit: keys };
    for (const child of children) stack.push([child, depth + 1]);
  }
  return undefined;
}

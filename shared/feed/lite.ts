/**
 * A small validator for the JSON Schema that `feedJsonSchema()` derives from the zod schema. The widget uses it
 * because zod itself would take most of its 12 KB budget. It reads only what that schema contains (type,
 * properties, required, items, const, enum, minimum, maximum, maxLength, maxItems, default, "x-check") and
 * reports the first problem as a zod-shaped issue. tests/unit/feed/lite.test.ts checks that it agrees with zod.
 */
import { CHECKS } from './checks';
import { parseFeedTextWith, parseFeedWith, type FeedResult, type FeedValidators, type Validation } from './parse-core';
import type { FeedIssue } from './reasons';

export interface JsonSchemaNode {
  type?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  const?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  maxItems?: number;
  default?: unknown;
  'x-check'?: string;
}

type Path = PropertyKey[];

/** Stops validation at the first problem, like reading zod's first issue. */
function fail(code: string, path: Path, input: unknown, more?: Partial<FeedIssue>): never {
  throw { code, path, input, message: '', ...more } satisfies FeedIssue;
}

/** A fresh copy of `value` with unknown keys dropped and defaults filled in; throws the first issue. */
export function validateNode(node: JsonSchemaNode, value: unknown, path: Path = []): unknown {
  const { type, maximum = Infinity, minimum = -Infinity } = node;
  if ('const' in node || node.enum) {
    const values = node.enum ?? [node.const];
    return values.includes(value) ? value : fail('invalid_value', path, value, { values });
  }
  if (type === 'string') {
    if (typeof value !== 'string') fail('invalid_type', path, value, { expected: type });
    const check = node['x-check'] as keyof typeof CHECKS | undefined;
    if (check && !CHECKS[check](value)) fail('custom', path, value, { message: check });
    if (value.length > (node.maxLength ?? Infinity)) fail('too_big', path, value, { origin: type, maximum: node.maxLength });
    return value;
  }
  if (type === 'number' || type === 'integer') {
    if (typeof value !== 'number' || !Number.isFinite(value)) fail('invalid_type', path, value, { expected: 'number' });
    if (type === 'integer') {
      // zod's int(): a fraction is the wrong type; a whole number beyond 2^53 is too large.
      if (!Number.isInteger(value)) fail('invalid_type', path, value, { expected: 'int' });
      if (!Number.isSafeInteger(value)) fail('too_big', path, value, { origin: 'number', maximum: Number.MAX_SAFE_INTEGER });
    }
    if (value < minimum) fail('too_small', path, value, { origin: type, minimum });
    if (value > maximum) fail('too_big', path, value, { origin: type, maximum });
    return value;
  }
  if (type === 'array') {
    if (!Array.isArray(value)) fail('invalid_type', path, value, { expected: type });
    // zod reports a too-long list before the problems of its items.
    if (value.length > (node.maxItems ?? Infinity)) fail('too_big', path, value, { origin: type, maximum: node.maxItems });
    const items = node.items;
    return items ? value.map((v, i) => validateNode(items, v, [...path, i])) : [...value];
  }
  if (type === 'object') {
    if (typeof value !== 'object' || !value || Array.isArray(value)) fail('invalid_type', path, value, { expected: type });
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = validateNode(child, v, [...path, key]);
      else if ('default' in child) out[key] = structuredClone(child.default);
      else if (node.required?.includes(key)) fail('invalid_type', [...path, key], v, { expected: child.type });
    }
    return out;
  }
  // An empty schema ({}) accepts anything.
  return value;
}

function validator<T>(node: JsonSchemaNode) {
  return (json: unknown): Validation<T> => {
    try {
      return { ok: true, data: validateNode(node, json) as T };
    } catch (issue) {
      return { ok: false, issues: [issue as FeedIssue] };
    }
  };
}

/** Validators for parseFeedWith from the feed's JSON Schema (the whole feed, as feedJsonSchema() returns it). */
export function liteFeedValidators(feedSchema: JsonSchemaNode): FeedValidators {
  const props = feedSchema.properties!;
  return {
    // The envelope checks `items` only as a list; each item is checked on its own.
    envelope: validator({ ...feedSchema, properties: { ...props, items: { type: 'array' } } }),
    item: validator(props.items!.items!),
  };
}

export function createLiteFeedParser(feedSchema: JsonSchemaNode): {
  parseFeed(json: unknown): FeedResult;
  parseFeedText(text: string): FeedResult;
} {
  const validators = liteFeedValidators(feedSchema);
  return {
    parseFeed: (json) => parseFeedWith(validators, json),
    parseFeedText: (text) => parseFeedTextWith(validators, text),
  };
}

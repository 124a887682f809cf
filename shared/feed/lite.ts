/**
 * A small validator for the JSON Schema that `feedJsonSchema()` derives from the zod schema. The widget uses it
 * because zod itself would take most of its 12 KB budget. It reads only what that schema contains (type,
 * properties, required, items, const, enum, min/max, maxLength, maxItems, pattern, default, "x-check") and
 * reports issues shaped like zod's, first problem only. tests/unit/feed/lite.test.ts checks it agrees with zod.
 */
import { CHECKS, isCheckKey } from './checks';
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
  pattern?: string;
  format?: string;
  default?: unknown;
  'x-check'?: string;
}

type Path = PropertyKey[];
type Result = { value: unknown } | { issue: FeedIssue };

const patterns = new Map<string, RegExp>();

function issue(code: string, path: Path, input: unknown, extra: Partial<FeedIssue> = {}): { issue: FeedIssue } {
  return { issue: { code, path, input, message: 'Invalid input', ...extra } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkString(node: JsonSchemaNode, value: string, path: Path): Result {
  const check = node['x-check'];
  if (isCheckKey(check) && !CHECKS[check](value)) return issue('custom', path, value, { message: check });
  // zod counts UTF-16 code units, as does String.length.
  if (node.maxLength !== undefined && value.length > node.maxLength) {
    return issue('too_big', path, value, { origin: 'string', maximum: node.maxLength });
  }
  if (node.pattern !== undefined) {
    let re = patterns.get(node.pattern);
    if (!re) patterns.set(node.pattern, (re = new RegExp(node.pattern)));
    if (!re.test(value)) return issue('invalid_format', path, value, { format: node.format === 'date-time' ? 'datetime' : 'regex' });
  }
  return { value };
}

function checkNumber(node: JsonSchemaNode, value: unknown, path: Path): Result {
  if (typeof value !== 'number' || !Number.isFinite(value)) return issue('invalid_type', path, value, { expected: 'number' });
  if (node.type === 'integer' && !Number.isSafeInteger(value)) return issue('invalid_type', path, value, { expected: 'int' });
  if (node.minimum !== undefined && value < node.minimum) return issue('too_small', path, value, { origin: 'number', minimum: node.minimum });
  if (node.maximum !== undefined && value > node.maximum) return issue('too_big', path, value, { origin: 'number', maximum: node.maximum });
  return { value };
}

/** Returns a fresh value (unknown keys dropped, defaults filled) or the first issue, depth first in schema order. */
export function validateNode(node: JsonSchemaNode, value: unknown, path: Path = []): Result {
  if ('const' in node) return value === node.const ? { value } : issue('invalid_value', path, value, { values: [node.const] });
  if (node.enum) return node.enum.includes(value) ? { value } : issue('invalid_value', path, value, { values: node.enum });
  switch (node.type) {
    case 'string':
      return typeof value === 'string' ? checkString(node, value, path) : issue('invalid_type', path, value, { expected: 'string' });
    case 'number':
    case 'integer':
      return checkNumber(node, value, path);
    case 'array': {
      if (!Array.isArray(value)) return issue('invalid_type', path, value, { expected: 'array' });
      const out: unknown[] = [];
      for (let i = 0; i < value.length; i++) {
        const r = node.items ? validateNode(node.items, value[i], [...path, i]) : { value: value[i] };
        if ('issue' in r) return r;
        out.push(r.value);
      }
      if (node.maxItems !== undefined && value.length > node.maxItems) {
        return issue('too_big', path, value, { origin: 'array', maximum: node.maxItems });
      }
      return { value: out };
    }
    case 'object': {
      if (!isObject(value)) return issue('invalid_type', path, value, { expected: 'object' });
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        const v = value[key];
        if (v === undefined) {
          if ('default' in child) out[key] = structuredClone(child.default);
          else if (node.required?.includes(key)) return issue('invalid_type', [...path, key], undefined, { expected: child.type });
          continue;
        }
        const r = validateNode(child, v, [...path, key]);
        if ('issue' in r) return r;
        out[key] = r.value;
      }
      return { value: out };
    }
    default:
      // An empty schema ({}) accepts anything: the envelope's items are checked one by one later.
      return { value };
  }
}

function toValidation<T>(r: Result): Validation<T> {
  return 'issue' in r ? { ok: false, issues: [r.issue] } : { ok: true, data: r.value as T };
}

/** Validators for parseFeedWith from the feed's JSON Schema (the whole feed, as feedJsonSchema() returns it). */
export function liteFeedValidators(feedSchema: JsonSchemaNode): FeedValidators {
  const props = feedSchema.properties ?? {};
  const itemSchema = props.items?.items ?? {};
  const envelopeSchema: JsonSchemaNode = { ...feedSchema, properties: { ...props, items: { type: 'array' } } };
  return {
    envelope: (json) => toValidation(validateNode(envelopeSchema, json)),
    item: (json) => toValidation(validateNode(itemSchema, json)),
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

import { isDeepStrictEqual } from 'node:util';
import type { FastifySerializerCompiler } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { $ZodType } from 'zod/v4/core';

/**
 * A check of an answer's shape compiled once from its zod schema: true when the value has exactly
 * the schema's form (the types, the enums, no key the schema does not declare), so that zod would
 * hand it back unchanged. Undefined when the schema holds something whose answer zod may change
 * (a transform, a default filled in, a trimmed string, a union of objects): such a route keeps the
 * plain zod pass.
 */
type Check = (v: unknown) => boolean;

interface Def {
  type: string;
  innerType?: $ZodType;
  element?: $ZodType;
  shape?: Record<string, $ZodType>;
  catchall?: $ZodType;
  entries?: Record<string, unknown>;
  values?: unknown[];
  options?: $ZodType[];
  keyType?: $ZodType;
  valueType?: $ZodType;
  checks?: { _zod: { def: { check: string } } }[];
}

const defOf = (s: $ZodType): Def => s._zod.def as unknown as Def;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function compileObject(def: Def): Check | undefined {
  const shape = def.shape!;
  // A loose object passes keys it does not declare: the exact-keys check below would refuse them.
  if (def.catchall && defOf(def.catchall).type !== 'never') return undefined;
  const keys = Object.keys(shape);
  const checks: Check[] = [];
  for (const k of keys) {
    const c = compileCheck(shape[k]!);
    if (!c) return undefined;
    checks.push(c);
  }
  const declared = new Set(keys);
  return (v) => {
    if (!isObject(v)) return false;
    for (const k in v) if (!declared.has(k)) return false;
    for (let i = 0; i < keys.length; i++) if (!checks[i]!(v[keys[i]!])) return false;
    return true;
  };
}

export function compileCheck(schema: $ZodType): Check | undefined {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      // Trimming or normalising checks rewrite the value; refinements (a real date, a pattern)
      // hold for what the server itself stored and built, and are checked in full under test.
      if (def.checks?.some((c) => c._zod.def.check === 'overwrite')) return undefined;
      return (v) => typeof v === 'string';
    case 'number':
      return (v) => typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'null':
      return (v) => v === null;
    case 'any':
    case 'unknown':
      return () => true;
    case 'enum': {
      const allowed = new Set(Object.values(def.entries!));
      return (v) => allowed.has(v);
    }
    case 'literal': {
      const allowed = new Set(def.values);
      return (v) => allowed.has(v);
    }
    case 'nullable': {
      const inner = compileCheck(def.innerType!);
      return inner && ((v) => v === null || inner(v));
    }
    case 'optional': {
      const inner = compileCheck(def.innerType!);
      return inner && ((v) => v === undefined || inner(v));
    }
    case 'readonly':
      return compileCheck(def.innerType!);
    case 'default':
    case 'prefault': {
      // A missing value would be filled in by zod: only a present one goes the short way.
      const inner = compileCheck(def.innerType!);
      return inner && ((v) => v !== undefined && inner(v));
    }
    case 'array': {
      const el = compileCheck(def.element!);
      return (
        el &&
        ((v) => {
          if (!Array.isArray(v)) return false;
          for (let i = 0; i < v.length; i++) if (!el(v[i])) return false;
          return true;
        })
      );
    }
    case 'record': {
      // Keys of a plain string only: an enum of keys must all be present, which zod checks.
      const key = def.keyType && defOf(def.keyType);
      if (!key || key.type !== 'string' || key.checks?.length) return undefined;
      const value = compileCheck(def.valueType!);
      return (
        value &&
        ((v) => {
          if (!isObject(v)) return false;
          for (const k in v) if (!value(v[k])) return false;
          return true;
        })
      );
    }
    case 'union': {
      // Only unions of plain values: for objects zod takes the first option that parses, which may drop keys.
      const options = def.options!.map((o) => (defOf(o).type === 'object' ? undefined : compileCheck(o)));
      if (options.some((o) => !o)) return undefined;
      return (v) => options.some((o) => o!(v));
    }
    case 'object':
      return compileObject(def);
    default:
      return undefined;
  }
}

/**
 * Under test every answer also goes through zod in full (refinements included) and must come out the
 * same: a wrong answer, or a check here that lets through what zod would change, fails there.
 */
const CHECK_IN_FULL = process.env.NODE_ENV === 'test' || !!process.env.VITEST;

/**
 * The app's response serializer: an answer of exactly its schema's form is written as it is, with
 * the check compiled from the schema; anything else (a key the schema does not declare, a value of
 * another type, a schema with transforms) goes through zod as before, which strips, rewrites or
 * refuses it. A list of 50 rows was re-validated field by field by zod on every request: a tenth
 * of the request's time. The OpenAPI document still comes from the same zod schemas.
 */
export const fastSerializerCompiler: FastifySerializerCompiler<unknown> = (route) => {
  const plain = serializerCompiler(route as Parameters<typeof serializerCompiler>[0]);
  const maybe = route.schema as unknown;
  const schema =
    maybe instanceof $ZodType
      ? maybe
      : isObject(maybe) && maybe.properties instanceof $ZodType
        ? maybe.properties
        : undefined;
  const check = schema && compileCheck(schema);
  if (!check) return plain;
  return (data) => {
    if (!check(data)) return plain(data);
    const fast = JSON.stringify(data);
    if (CHECK_IN_FULL && !isDeepStrictEqual(JSON.parse(plain(data)), JSON.parse(fast)))
      throw new Error(`${route.method} ${route.url}: the compiled answer differs from zod's`);
    return fast;
  };
};

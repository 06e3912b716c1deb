import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PeoplePage } from '@thidua/contracts';
import { compileCheck, fastSerializerCompiler } from './serializer.ts';

const Row = z.object({
  id: z.string(),
  status: z.enum(['working', 'retired']),
  born: z.string().nullable(),
  tags: z.array(z.string()),
  flags: z.object({ edit: z.boolean() }),
});
const serialize = (schema: z.ZodType) =>
  fastSerializerCompiler({ schema, method: 'GET', url: '/x', httpStatus: '200' } as never);

describe('the response serializer compiled from the schema', () => {
  const row = { id: 'a', status: 'working', born: null, tags: ['x'], flags: { edit: false } };

  it('writes an answer of exactly its form as it is', () => {
    expect(JSON.parse(serialize(Row)(row))).toEqual(row);
  });

  it('never writes a key the schema does not declare, as before', () => {
    const leaked = { ...row, password_hash: 'secret', flags: { edit: true, admin: true } };
    expect(JSON.parse(serialize(Row)(leaked))).toEqual({ ...row, flags: { edit: true } });
  });

  it('refuses an answer that breaks the schema', () => {
    expect(() => serialize(Row)({ ...row, status: 'gone' })).toThrow();
    expect(() => serialize(Row)({ ...row, tags: [1] })).toThrow();
  });

  it('leaves a schema zod would rewrite to zod', () => {
    const Trimmed = z.object({ name: z.string().trim() });
    expect(compileCheck(Trimmed)).toBeUndefined();
    expect(JSON.parse(serialize(Trimmed)({ name: '  An  ' }))).toEqual({ name: 'An' });
  });

  it('leaves a record keyed by an enum to zod, which wants every key', () => {
    expect(compileCheck(z.record(z.enum(['a', 'b']), z.number()))).toBeUndefined();
    expect(compileCheck(z.record(z.string(), z.number()))).toBeTypeOf('function');
    expect(() => serialize(z.record(z.enum(['a', 'b']), z.number()))({ a: 1 })).toThrow();
  });

  it('compiles the people list', () => {
    expect(compileCheck(PeoplePage)).toBeTypeOf('function');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import type { OpenAPIV3 } from 'openapi-types';
import { Problem } from '@thidua/contracts';
import { makeHarness, type Harness } from '../test/harness.ts';
import { operationIdOf } from './openapi.ts';

describe('the OpenAPI document', () => {
  let h: Harness;
  let doc: OpenAPIV3.Document;
  beforeAll(async () => {
    h = await makeHarness('sqlite');
    doc = h.app.swagger() as OpenAPIV3.Document;
  });
  afterAll(() => h.close());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([url, item]) =>
      (['get', 'put', 'post', 'delete', 'patch'] as const)
        .filter((m) => item?.[m])
        .map((m) => ({ url, method: m, op: item![m]! })),
    );

  it("passes Redocly's recommended rules without an error", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: 'openapi.json', config });
    const errors = problems.filter((p) => p.severity === 'error');
    const warnings = problems.filter((p) => p.severity === 'warn');
    const counts = new Map<string, number>();
    for (const p of warnings) counts.set(p.ruleId, (counts.get(p.ruleId) ?? 0) + 1);
    console.log(
      `OpenAPI lint (recommended): ${operations().length} operations, ${errors.length} errors, ${warnings.length} warnings`,
      [...counts].map(([rule, n]) => `${rule}: ${n}`).join(', '),
    );
    expect(errors.map((e) => `${e.ruleId} ${e.message} at ${e.location[0]?.pointer}`)).toEqual([]);
  });

  it('gives every operation a unique camelCase operationId, a summary and problem+json error answers', () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(100);
    const ids = ops.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { url, method, op } of ops) {
      const where = `${method.toUpperCase()} ${url}`;
      expect(op.operationId, where).toMatch(/^[a-z][A-Za-z0-9]*$/u);
      expect(op.summary, where).toBeTruthy();
      for (const status of ['400', '4XX', '5XX']) {
        const r = op.responses[status] as OpenAPIV3.ResponseObject;
        expect(r?.content?.['application/problem+json']?.schema, `${where} ${status}`).toEqual({
          $ref: '#/components/schemas/ProblemDetails',
        });
      }
    }
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })]);
    const health = doc.paths['/api/health']!.get!;
    expect(health.security).toEqual([]);
    expect(health.responses['401']).toBeUndefined();
    expect(doc.paths['/api/v1/people/{id}']!.get!.responses['404']).toBeDefined();
  });

  it('declares the problem details the server really answers', async () => {
    const schema = doc.components!.schemas!.ProblemDetails as OpenAPIV3.SchemaObject;
    expect(schema.required).toEqual(expect.arrayContaining(['type', 'title', 'status', 'code', 'detail']));
    const res = await h.app.inject({ method: 'GET', url: '/api/v1/people/x' });
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/u);
    expect(Problem.safeParse(res.json()).success).toBe(true);
  });

  it('derives operation ids from method and path', () => {
    expect(operationIdOf('get', '/api/v1/people/{id}')).toBe('getPeopleById');
    expect(operationIdOf('post', '/api/v1/movements/{id}/registrations/{orgId}')).toBe(
      'postMovementsByIdRegistrationsByOrgId',
    );
    expect(operationIdOf('get', '/api/v1/proposals/export.xlsx')).toBe('getProposalsExportXlsx');
    expect(operationIdOf('get', '/api/v1/initiative-rounds')).toBe('getInitiativeRounds');
    expect(operationIdOf('get', '/api/health')).toBe('getHealth');
  });
});

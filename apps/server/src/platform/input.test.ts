import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreatePersonRequest,
  DecisionPreviewRequest,
  PeopleQuery,
  longText,
  searchText,
  text,
} from '@thidua/contracts';
import { DIALECTS, asAdmin, makeHarness, makeOrg, rootOrgId, type Client, type Harness } from '../test/harness.ts';

const NUL = '\u0000';
const RLO = '\u202E';

describe('text builders of the contracts', () => {
  it('refuse NUL, other controls and bidirectional overrides, with a Vietnamese message', () => {
    for (const bad of [`An${NUL}`, `An\u0007`, `An${RLO}fdp.exe`, `An\u2066x\u2069`, 'An\u0085']) {
      const r = text(50).safeParse(bad);
      expect(r.success, JSON.stringify(bad)).toBe(false);
      expect(r.error!.issues[0]!.message).toMatch(/ký tự điều khiển/u);
      expect(longText(500).safeParse(bad).success).toBe(false);
    }
  });

  it('keep tab and newlines in multi-line text, collapse them in single-line text, compose to NFC', () => {
    expect(longText(500).parse('Dòng 1\r\nDòng\t2\rDòng 3')).toBe('Dòng 1\nDòng 2\nDòng 3');
    expect(text(50).parse('Nguyễn\tVăn\nAn')).toBe('Nguyễn Văn An');
    const decomposed = 'Nguye\u0302\u0303n';
    expect(text(50).parse(decomposed)).toBe('Nguyễn');
    expect(searchText().parse(decomposed)).toBe('Nguyễn');
    expect(PeopleQuery.parse({ q: decomposed }).q).toBe('Nguyễn');
    expect(PeopleQuery.safeParse({ q: `a${NUL}` }).success).toBe(false);
  });

  it('name the field in a request schema', () => {
    const r = CreatePersonRequest.safeParse({
      familyName: `Trần${NUL}`,
      givenName: 'An',
      gender: 'male',
      orgId: 'x',
      employmentType: 'civil_servant',
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toContain('familyName');
    const d = DecisionPreviewRequest.safeParse({ summary: `a${RLO}b` });
    expect(d.success).toBe(false);
  });
});

describe.each(DIALECTS)('unsafe text and unknown ids at the boundary (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let root: string;
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    root = await rootOrgId(h);
    await makeOrg(admin, root, 'QLCN', 'Phòng Quản lý Công nghiệp');
  });
  afterAll(() => h.close());

  const expectProblem = (res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }) => {
    expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/u);
    return res.json() as { code: string; detail: string; errors?: { path: string; message: string }[] };
  };

  it('refuses a NUL or an override in a body field with 400 naming the field, not 500', async () => {
    for (const bad of [NUL, RLO, '\u001B[31m']) {
      const res = await admin.send('POST', '/api/v1/organisations', {
        parentId: root,
        code: 'X1',
        name: `Phòng${bad}Thử`,
        kind: 'division',
      });
      expect(res.statusCode).toBe(400);
      const p = expectProblem(res);
      expect(p.errors?.map((e) => e.path)).toEqual(['name']);
      expect(p.detail).toMatch(/"name"/u);
      expect(p.detail).toMatch(/ký tự/u);
    }
  });

  it('refuses unsafe text in a nested field, an object key, the query string and a path parameter', async () => {
    const nested = await admin.send('POST', '/api/v1/eligibility/check', {
      subjectId: 'x',
      awardCode: 'CSTDCS',
      year: 2025,
      extra: { [`k${NUL}`]: [`v${NUL}`] },
    });
    expect(nested.statusCode).toBe(400);
    expect(expectProblem(nested).errors?.map((e) => e.path)).toEqual([`extra.k${NUL}`, `extra.k${NUL}.0`]);
    for (const url of [
      '/api/v1/proposals?q=a%00b',
      '/api/v1/decisions?q=%E2%80%AEabc',
      '/api/v1/people/%00',
      '/api/v1/initiatives?orgId=%00',
    ]) {
      const res = await admin.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(expectProblem(res).code, url).toBe('unsafe_text');
    }
  });

  it('accepts newlines and tabs in a multi-line field', async () => {
    const res = await admin.send('POST', '/api/v1/decisions/preview', { summary: 'Dòng 1\n\tDòng 2' });
    // Whatever else the preview objects to, the text itself is not refused.
    expect(res.statusCode).toBeLessThan(500);
    if (res.statusCode === 400) expect(expectProblem(res).code).not.toBe('unsafe_text');
  });

  it('answers an unknown organisation in a list filter with an empty list on both databases', async () => {
    for (const url of [
      '/api/v1/proposals?orgId=abc',
      '/api/v1/initiatives?orgId=abc',
      '/api/v1/people?orgId=abc',
      '/api/v1/people?orgId=abc&subtree=false',
      `/api/v1/proposals?orgId=${'z'.repeat(64)}`,
    ]) {
      const res = await admin.get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.json().items, url).toEqual([]);
    }
    const xlsx = await admin.get('/api/v1/proposals/export.xlsx?orgId=abc');
    expect(xlsx.statusCode).toBe(200);
    for (const url of [
      '/api/v1/proposals?orgId=',
      `/api/v1/proposals?orgId=${'z'.repeat(5000)}`,
      '/api/v1/initiatives?orgId=',
      `/api/v1/initiatives?orgId=${'z'.repeat(65)}`,
    ]) {
      const res = await admin.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(expectProblem(res).errors?.[0]?.path, url).toBe('querystring.orgId');
    }
  });

  it('answers garbage in every id filter of every list without a server error', async () => {
    const doc = h.app.swagger() as {
      paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
    };
    let probed = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      const get = ops.get;
      if (!get || path.includes('{')) continue;
      const ids = (get.parameters ?? []).filter((p) => p.in === 'query' && /Ids?$/u.test(p.name));
      for (const p of ids)
        for (const garbage of ['abc', '', 'z'.repeat(300), "'; select 1 --", RLO, NUL]) {
          const url = `${path}?${p.name}=${encodeURIComponent(garbage)}`;
          const res = await admin.get(url);
          expect(res.statusCode, url).toBeLessThan(500);
          if (res.statusCode >= 400) expectProblem(res);
          probed++;
        }
    }
    expect(probed).toBeGreaterThan(20);
  });
});

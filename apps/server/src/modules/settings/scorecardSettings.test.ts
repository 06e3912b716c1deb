import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCORECARDS, classify } from '@thidua/domain';
import { DIALECTS, asAdmin, makeHarness, type Client, type Harness } from '../../test/harness.ts';
import { scorecardSettings } from './read.ts';

const KEYS = ['scorecards.tieBreak', 'scorecards.bands', 'scorecards.explanationRounds', 'scorecards.evidenceTypes'];

describe.each(DIALECTS)('scorecard settings (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;

  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
  });
  afterAll(() => h.close());

  const put = (key: string, value: unknown, version = 0) =>
    admin.send('PUT', `/api/v1/settings/${key}`, { value, version });

  it('shows the four keys under their own area with the defaults, which the reader returns', async () => {
    const items = (await admin.get('/api/v1/settings')).json().items as {
      key: string;
      area: string;
      areaLabel: string;
      value: unknown;
      tag: string;
      form: { kind: string }[];
    }[];
    const mine = items.filter((i) => i.area === 'scorecards');
    expect(mine.map((i) => i.key)).toEqual(KEYS);
    expect(new Set(mine.map((i) => i.areaLabel))).toEqual(new Set(['Chấm điểm thi đua, Chỉ số CCHC']));
    expect(mine.find((i) => i.key === 'scorecards.bands')).toMatchObject({ tag: 'U', value: DEFAULT_SCORECARDS.bands });
    expect(mine.find((i) => i.key === 'scorecards.tieBreak')!.form[0]!.kind).toBe('list');
    expect(await scorecardSettings(h.db.kysely)).toEqual({
      tieBreak: ['field_order', 'fewer_penalty', 'smaller_reduction'],
      bands: [
        { minPercent: 90, label: 'Xuất sắc' },
        { minPercent: 80, label: 'Tốt' },
        { minPercent: 65, label: 'Khá' },
        { minPercent: 50, label: 'Trung bình' },
        { minPercent: 0, label: 'Yếu' },
      ],
      explanationRounds: 1,
      evidenceTypes: ['pdf', 'docx', 'xlsx', 'jpg', 'png'],
    });
  });

  it('keeps the tie-break order chosen and refuses a key listed twice or unknown, naming it', async () => {
    const twice = await put('scorecards.tieBreak', ['fewer_penalty', 'field_order', 'fewer_penalty']);
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors).toEqual([
      { path: 'value.2', message: 'Tiêu chí phân định: "Ít điểm trừ hơn" chọn hai lần' },
    ]);
    const unknown = await put('scorecards.tieBreak', ['coin_toss']);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].message).toMatch(/^Tiêu chí phân định: giá trị không thuộc danh sách cho phép/u);
    expect((await put('scorecards.tieBreak', [])).json().errors).toEqual([
      { path: 'value', message: 'Tiêu chí phân định: cần chọn ít nhất 1' },
    ]);

    const saved = await put('scorecards.tieBreak', ['higher_self', 'field_order']);
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await scorecardSettings(h.db.kysely)).tieBreak).toEqual(['higher_self', 'field_order']);
  });

  it('stores the bands highest first whatever order they were typed in, and classifies by them', async () => {
    const dup = await put('scorecards.bands', [
      { minPercent: 85, label: 'Xuất sắc' },
      { minPercent: 85, label: 'Tốt' },
      { minPercent: 120, label: 'Khá' },
    ]);
    expect(dup.statusCode).toBe(400);
    expect(dup.json().errors).toEqual(
      expect.arrayContaining([
        { path: 'value.1.minPercent', message: 'Mức xếp loại: trùng ngưỡng 85%' },
        { path: 'value.2.minPercent', message: 'Mức xếp loại: từ (% điểm tối đa): tối đa là 100' },
      ]),
    );
    expect((await put('scorecards.bands', [{ minPercent: 50, label: '  ' }])).json().errors).toEqual([
      { path: 'value.0.label', message: 'Mức xếp loại: tên mức không được để trống' },
    ]);

    const saved = await put('scorecards.bands', [
      { minPercent: 0, label: 'Chưa đạt' },
      { minPercent: 85, label: ' Xuất sắc ' },
      { minPercent: 70, label: 'Đạt' },
    ]);
    expect(saved.statusCode, saved.body).toBe(200);
    const { bands } = await scorecardSettings(h.db.kysely);
    expect(bands).toEqual([
      { minPercent: 85, label: 'Xuất sắc' },
      { minPercent: 70, label: 'Đạt' },
      { minPercent: 0, label: 'Chưa đạt' },
    ]);
    // 85 % of 80 points is 68.
    expect(classify(68, 80, bands)).toBe('Xuất sắc');
    expect(classify(67.99, 80, bands)).toBe('Đạt');
  });

  it('refuses explanation rounds out of range and evidence kinds the files check does not know', async () => {
    expect((await put('scorecards.explanationRounds', 4)).json().errors).toEqual([
      { path: 'value', message: 'Số lần giải trình: tối đa là 3' },
    ]);
    expect((await put('scorecards.explanationRounds', 1.5)).statusCode).toBe(400);
    expect((await put('scorecards.explanationRounds', 0)).statusCode).toBe(200);

    const exe = await put('scorecards.evidenceTypes', ['pdf', 'exe']);
    expect(exe.statusCode).toBe(400);
    expect(exe.json().errors[0]).toMatchObject({ path: 'value.1' });
    expect((await put('scorecards.evidenceTypes', [])).json().errors).toEqual([
      { path: 'value', message: 'Loại tệp kiểm chứng: cần chọn ít nhất 1' },
    ]);
    expect((await put('scorecards.evidenceTypes', ['pdf', 'png'])).statusCode).toBe(200);
    expect(await scorecardSettings(h.db.kysely)).toMatchObject({ explanationRounds: 0, evidenceTypes: ['pdf', 'png'] });
  });
});

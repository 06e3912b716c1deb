import { describe, expect, it } from 'vitest';
import { formNumber, headOf, type FormContext } from './common.ts';
import type { FormTransition } from './queries.ts';

const step = (seq: number, action: string | null): FormTransition => ({
  seq,
  action,
  toStatus: 'in_process',
  actorId: null,
  actorName: 'motcua',
  reason: '',
  at: '2027-02-01T02:00:00.000Z',
  data: {},
});

describe('the number of a one-stop form (Số: …/symbol)', () => {
  it('is the receipt day and running number of the dossier code, with the occurrence after the first', () => {
    expect(formNumber('000.00.00.H00-270129-0002')).toBe('270129-0002');
    expect(formNumber('000.00.17.H56-250708-0001', 2)).toBe('250708-0001.2');
    // A code of another shape is used whole rather than cut wrongly.
    expect(formNumber('HS-ABC')).toBe('HS-ABC');
  });

  it('counts which supplement request or apology a form prints; forms 01 and 06 are one per dossier', () => {
    const transitions = [
      step(1, null),
      step(2, 'accept'),
      step(3, 'transfer'),
      step(4, 'request_supplement'),
      step(5, 'resume'),
      step(6, 'request_supplement'),
      step(7, 'resume'),
      step(8, 'apologise'),
    ];
    const c = {
      forms: { dossier: { code: '000.00.00.H00-270129-0002' }, transitions },
      agency: { agency: 'SỞ CÔNG THƯƠNG', parentAgency: 'UBND TỈNH THÁI NGUYÊN', place: 'Thái Nguyên' },
    } as unknown as FormContext;
    const head = (form: '01' | '02' | '04' | '06', t?: FormTransition) =>
      headOf(c, form, '2027-02-01T02:00:00.000Z', true, t);
    expect([head('01').number, head('01').symbol]).toEqual(['270129-0002', 'TNHS']);
    expect(head('02', transitions[3]).number).toBe('270129-0002');
    expect(head('02', transitions[5]).number).toBe('270129-0002.2');
    expect([head('04', transitions[7]).number, head('04', transitions[7]).symbol]).toEqual(['270129-0002', 'PXL']);
    expect(head('06').number).toBe('270129-0002');
  });
});

import { describe, expect, it } from 'vitest';
import { WORKFLOWS } from './workflow/index.ts';
import { auditActionLabel, auditEntityLabel } from './audit.ts';

// One table names the log's entries for the web page and the server's Excel export alike.
describe('the audit log in words', () => {
  it('names an action by its own wording, its workflow step, or its verb and record', () => {
    expect(auditActionLabel('person.created')).toBe('Thêm cán bộ');
    expect(auditActionLabel('person.created', 'en')).toBe('Person added');
    expect(auditActionLabel('movement.updated')).toBe('Sửa phong trào thi đua');
    expect(auditActionLabel('proposal.submit')).toBe(WORKFLOWS.proposal.actions.submit!.label);
    expect(auditActionLabel('something.unknown')).toBe('something.unknown');
  });

  it('names a kind of record, leaving an unnamed one as its code', () => {
    expect(auditEntityLabel('council_member')).toBe('Thành viên Hội đồng');
    expect(auditEntityLabel('council_member', 'en')).toBe('Council member');
    expect(auditEntityLabel('no_such_kind')).toBe('no_such_kind');
  });
});

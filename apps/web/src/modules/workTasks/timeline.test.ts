import { describe, expect, it } from 'vitest';
import { taskLabel, timelineRows } from './timeline.ts';

const base = { title: 'Kế hoạch', status: 'in_progress' as const, overdue: false };
const task = (id: string, orgId: string, orgName: string, start: string, original: string, deadline: string) => ({
  ...base,
  id,
  code: id,
  orgId,
  orgName,
  startDate: start,
  originalDeadline: original,
  deadline,
});

describe('timelineRows', () => {
  it('groups the tasks under their unit in charge, units by name, tasks by start', () => {
    const rows = timelineRows([
      task('NV-3', 'b', 'Phòng Quản lý thương mại', '2026-03-01', '2026-06-30', '2026-06-30'),
      task('NV-1', 'a', 'Phòng Kế hoạch - Tài chính', '2026-05-01', '2026-09-30', '2026-09-30'),
      task('NV-2', 'a', 'Phòng Kế hoạch - Tài chính', '2026-01-15', '2026-03-31', '2026-03-31'),
    ]);
    expect(rows.map((r) => (r.kind === 'unit' ? `# ${r.label} (${r.count})` : r.task.code))).toEqual([
      '# Phòng Kế hoạch - Tài chính (2)',
      'NV-2',
      'NV-1',
      '# Phòng Quản lý thương mại (1)',
      'NV-3',
    ]);
  });

  it('keeps the original deadline and the extension apart, and colours by how the task stands', () => {
    const [, row] = timelineRows([
      { ...task('NV-5', 'a', 'Phòng Quản lý công nghiệp', '2026-02-01', '2026-08-31', '2026-10-15'), overdue: true },
    ]);
    expect(row).toMatchObject({
      kind: 'task',
      start: '2026-02-01',
      originalDeadline: '2026-08-31',
      deadline: '2026-10-15',
      extended: true,
      tone: 'overdue',
    });
    const [, done] = timelineRows([
      { ...task('NV-6', 'a', 'Văn phòng', '2026-02-01', '2026-03-31', '2026-03-31'), status: 'done' as const },
    ]);
    expect(done).toMatchObject({ extended: false, tone: 'done' });
  });

  it('cuts a long title on the axis and keeps the code', () => {
    const label = taskLabel({
      code: 'NV-12',
      title: 'Xây dựng kế hoạch phát triển cụm công nghiệp giai đoạn 2026 - 2030',
    });
    expect(label.startsWith('NV-12 Xây dựng kế hoạch')).toBe(true);
    expect(label.endsWith('…')).toBe(true);
    expect(label.length).toBeLessThanOrEqual(6 + 42);
  });
});

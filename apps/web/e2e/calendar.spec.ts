import { expect, test, type Locator } from '@playwright/test';
import { ADMIN_PASSWORD, clickUntilAnswered, expectToast, nav, shot, signInAdmin, signedIn, apiAs } from './helpers.ts';

const UNIT = 'Phòng Quản lý Công nghiệp';

type Dossier = { id: string; version: number; postingFrom: string | null; postingTo: string | null };
const vn = (iso: string) => iso.split('-').reverse().join('/');

/** Types a date and leaves the field with Tab (Enter would submit the form before the other fields are filled). */
async function pickDate(field: Locator, text: string) {
  await field.fill(text);
  await field.press('Tab');
  await expect(field).toHaveValue(text);
  await expect(field.page().locator('.ant-picker-dropdown:visible')).toHaveCount(0);
}

test('calendar: the admin adds a holiday and a publicly posted dossier ends its posting a working day later', async ({
  browser,
  page: admin,
}) => {
  expect(ADMIN_PASSWORD, 'E2E_ADMIN_PASSWORD must be set (npm test sets it)').not.toBe('');
  const run = Date.now().toString(36).toUpperCase();
  let p: Dossier = { id: '', version: 0, postingFrom: null, postingTo: null };

  await test.step('a Huân chương dossier of the unit is accepted and publicly posted', async () => {
    const unit = await apiAs(browser, 'canbo.donvi');
    const office = await apiAs(browser, 'canbo.tdkt');
    const orgs = await unit.get<{ items: { id: string; name: string }[] }>('/api/v1/organisations');
    const orgId = orgs.items.find((o) => o.name === UNIT)!.id;
    const people = await unit.get<{ items: { id: string }[] }>(
      `/api/v1/people?orgId=${orgId}&subtree=false&pageSize=5`,
    );
    p = await unit.call<Dossier>('POST', '/api/v1/proposals', {
      orgId,
      title: `Đề nghị thử lịch làm việc (${run})`,
      year: 2026,
      items: [
        {
          subjectKind: 'individual',
          subjectId: people.items[0]!.id,
          awardCode: 'order_labour_3',
          achievement: 'Thành tích xuất sắc nhiều năm liền.',
          justification: 'Đề nghị thử: thành tích đặc biệt xuất sắc.',
        },
      ],
    });
    for (const [c, action] of [
      [unit, 'submit'],
      [office, 'accept'],
      [office, 'post'],
    ] as const)
      p = await c.call<Dossier>('POST', `/api/v1/proposals/${p.id}/transitions`, { action, version: p.version });
    expect(p.postingTo).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  const end = p.postingTo!;
  const office = await signedIn(browser, 'canbo.tdkt');
  await test.step('the office sees when the posting ends', async () => {
    await office.goto(`/proposals/${p.id}`);
    await expect(office.getByText(`${vn(p.postingFrom!)} – ${vn(end)}`)).toBeVisible();
  });

  let dayId = '';
  try {
    await test.step('the admin adds a holiday on the last day of the posting', async () => {
      await signInAdmin(admin);
      await nav(admin, 'Lịch làm việc').click();
      await expect(admin.getByRole('heading', { name: 'Lịch làm việc' })).toBeVisible();
      await admin.goto(`/calendar?year=${end.slice(0, 4)}`);
      // The seeded year shows its statutory days, Quốc khánh among them.
      await expect(admin.getByRole('cell', { name: `02/09/${end.slice(0, 4)}` })).toBeVisible();
      await admin.getByRole('button', { name: 'Thêm ngày' }).click();
      const dialog = admin.getByRole('dialog');
      await pickDate(dialog.getByLabel('Ngày', { exact: true }), vn(end));
      await dialog.getByLabel('Tên ngày').fill(`Ngày nghỉ thử (${run})`);
      await dialog.getByLabel('Căn cứ').fill('Thông báo thử của Sở');
      const answer = await clickUntilAnswered(dialog.getByRole('button', { name: 'Lưu', exact: true }));
      expect(answer.status(), await answer.text()).toBe(201);
      dayId = ((await answer.json()) as { id: string }).id;
      await expectToast(admin, 'Đã lưu thay đổi.');
      await expect(dialog).toBeHidden();
      const row = admin.getByRole('row', { name: new RegExp(`Ngày nghỉ thử \\(${run}\\)`) });
      await expect(row.getByText('Nghỉ lễ, tết')).toBeVisible();
      await expect(row.getByRole('cell', { name: vn(end) })).toBeVisible();
      await shot(admin, 'calendar-1-holiday');
    });

    await test.step('the same day again is refused on the date field', async () => {
      await admin.getByRole('button', { name: 'Thêm ngày' }).click();
      const dialog = admin.getByRole('dialog');
      await pickDate(dialog.getByLabel('Ngày', { exact: true }), vn(end));
      await dialog.getByLabel('Tên ngày').fill('Trùng ngày');
      const answer = await clickUntilAnswered(dialog.getByRole('button', { name: 'Lưu', exact: true }));
      expect(answer.status()).toBe(409);
      await expect(dialog.getByText(`Đã có: Ngày nghỉ thử (${run})`)).toBeVisible();
      await dialog.getByRole('button', { name: 'Hủy' }).click();
    });

    await test.step("the dossier's posting now ends on the next working day", async () => {
      const office2 = await apiAs(browser, 'canbo.tdkt');
      const moved = await office2.get<Dossier>(`/api/v1/proposals/${p.id}`);
      expect(moved.postingTo! > end).toBe(true);
      await office.reload();
      await expect(office.getByText(`${vn(p.postingFrom!)} – ${vn(moved.postingTo!)}`)).toBeVisible();
      await shot(office, 'calendar-2-posting-moved');
    });
  } finally {
    // Leave the calendar as the seed has it for the other specs.
    if (dayId) {
      const root = await apiAs(browser, 'admin', ADMIN_PASSWORD);
      const day = (
        await root.get<{ days: { id: string; version: number }[] }>(`/api/v1/calendar?year=${end.slice(0, 4)}`)
      ).days.find((d) => d.id === dayId);
      if (day) await root.call('DELETE', `/api/v1/calendar/days/${dayId}?version=${day.version}`);
    }
  }
});

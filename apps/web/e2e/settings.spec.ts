import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import {
  ADMIN_PASSWORD,
  DEMO_PASSWORD,
  clickUntilAnswered,
  expectToast,
  nav,
  shot,
  signInAdmin,
  signedIn,
  apiAs as apiClient,
} from './helpers.ts';

const UNIT = 'Phòng Quản lý Công nghiệp';
const VOTING = 'Biểu quyết của Hội đồng';

/** A signed-in API client whose context is closed after the test. */
async function apiAs(browser: Browser, username: string, password = DEMO_PASSWORD) {
  const api = await apiClient(browser, username, password);
  opened.push(api.context);
  return api;
}

type Dossier = { id: string; version: number };
/** The API clients' contexts, closed when the test ends. */
const opened: BrowserContext[] = [];

test('settings: the admin raises the council threshold and a session closed afterwards judges by it', async ({
  browser,
  page: admin,
}) => {
  expect(ADMIN_PASSWORD, 'E2E_ADMIN_PASSWORD must be set (npm test sets it)').not.toBe('');
  const run = Date.now().toString(36).toUpperCase();
  const title = `Đề nghị thử ngưỡng biểu quyết (${run})`;
  let sessionUrl = '';

  await test.step('a Giấy khen dossier of the unit reaches the council; three of four members entitled agree', async () => {
    const unit = await apiAs(browser, 'canbo.donvi');
    const office = await apiAs(browser, 'canbo.tdkt');
    const orgs = await unit.get<{ items: { id: string; name: string }[] }>('/api/v1/organisations');
    const orgId = orgs.items.find((o) => o.name === UNIT)!.id;
    const people = await unit.get<{ items: { id: string }[] }>(
      `/api/v1/people?orgId=${orgId}&subtree=false&pageSize=5`,
    );
    let p = await unit.call<Dossier>('POST', '/api/v1/proposals', {
      orgId,
      title,
      year: 2026,
      items: [
        {
          subjectKind: 'individual',
          subjectId: people.items[0]!.id,
          awardCode: 'commendation_certificate',
          achievement: 'Hoàn thành xuất sắc nhiệm vụ được giao.',
          justification: 'Thành tích đột xuất trong năm.',
        },
      ],
    });
    const act = async (c: typeof unit, action: string) =>
      (p = await c.call<Dossier>('POST', `/api/v1/proposals/${p.id}/transitions`, { action, version: p.version }));
    await act(unit, 'submit');
    await act(office, 'accept');
    await act(office, 'to_council');
    let session = await office.call<Dossier & { items: { itemId: string }[] }>('POST', '/api/v1/council/sessions', {
      title: `Phiên họp thử ngưỡng (${run})`,
      heldOn: new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10),
      proposalIds: [p.id],
    });
    const members = await office.get<{ items: { id: string }[] }>('/api/v1/council/members');
    session = await office.call('PUT', `/api/v1/council/sessions/${session.id}/attendance`, {
      presentMemberIds: members.items.map((m) => m.id),
      version: session.version,
    });
    // The member of the unit (hd.qlcn) is recused: four members are entitled, three agree (75%).
    for (const member of ['lanhdao', 'hoidong', 'hd.uyvien']) {
      const c = await apiAs(browser, member);
      await c.call('POST', `/api/v1/council/sessions/${session.id}/ballot`, {
        votes: [{ itemId: session.items[0]!.itemId, choice: 'agree' }],
      });
    }
    sessionUrl = `/council/sessions/${session.id}`;
  });

  const office = await signedIn(browser, 'canbo.tdkt');
  await test.step('the office sees the default threshold of 50% on the open session', async () => {
    await office.goto(sessionUrl);
    await expect(office.getByText('Ngưỡng thông qua: trên 50% số thành viên được biểu quyết')).toBeVisible();
  });

  try {
    await test.step('the admin sets the threshold of other awards to 80% on the settings page', async () => {
      await signInAdmin(admin);
      await nav(admin, 'Cấu hình').click();
      await expect(admin.getByRole('heading', { name: 'Cấu hình nghiệp vụ' })).toBeVisible();
      const card = admin.getByRole('region', { name: VOTING });
      await expect(card.getByText('Mặc định', { exact: true })).toBeVisible();
      await card.getByRole('button', { name: `Sửa: ${VOTING}` }).click();
      const share = card.getByLabel('Ngưỡng biểu quyết: Các hình thức khác (mặc định)');
      await share.fill('80');
      const answer = await clickUntilAnswered(card.getByRole('button', { name: 'Lưu', exact: true }));
      expect(answer.status(), await answer.text()).toBe(200);
      await expectToast(admin, 'Đã lưu cấu hình.');
      await expect(card.getByText('Đã thay đổi', { exact: true })).toBeVisible();
      await shot(admin, 'settings-1-voting');
    });

    await test.step('the open session now needs 80%; closed, the item fails at 75%', async () => {
      await office.reload();
      await expect(office.getByText('Ngưỡng thông qua: trên 80% số thành viên được biểu quyết')).toBeVisible();
      await office.getByRole('button', { name: 'Kết thúc phiên họp' }).click();
      const answer = await clickUntilAnswered(
        office.getByRole('dialog').getByRole('button', { name: 'Kết thúc phiên họp' }),
      );
      expect(answer.status(), await answer.text()).toBe(200);
      await expectToast(office, 'Đã kết thúc phiên họp và công bố kết quả.');
      await expect(office.getByText('Không đạt: 3/4 phiếu đồng ý (75%), ngưỡng: trên 80%')).toBeVisible();
      await shot(office, 'settings-2-tally');
    });

    await test.step('the admin returns the setting to its default', async () => {
      const card = admin.getByRole('region', { name: VOTING });
      await card.getByRole('button', { name: `Về mặc định: ${VOTING}` }).click();
      await clickUntilAnswered(admin.locator('.ant-popconfirm .ant-btn-primary'));
      await expectToast(admin, 'Đã trả về giá trị mặc định.');
      await expect(card.getByText('Mặc định', { exact: true })).toBeVisible();
    });
  } finally {
    // Other specs count on the default thresholds: never leave the raised one behind.
    const api = await apiAs(browser, 'admin', ADMIN_PASSWORD);
    const v = await api.get<{ version: number; isDefault: boolean }>('/api/v1/settings/council.voting');
    if (!v.isDefault) await api.call('DELETE', `/api/v1/settings/council.voting?version=${v.version}`);
    for (const c of opened.splice(0)) await c.close();
  }
});

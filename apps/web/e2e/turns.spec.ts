import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { apiAs, clickUntilAnswered, expectToast, shot, signedIn } from './helpers.ts';

const UNIT = 'Phòng Quản lý Công nghiệp';
/** Where the closing note's screenshots are kept (the home page with the council member's notice). */
const NOTES = process.env.E2E_NOTES_SCREENS ?? '/work/notes/screens';

type Dossier = { id: string; version: number };

const nextStep = (page: Page) => page.getByRole('status', { name: 'Bước tiếp theo' });

test('whose turn it is: the next step on the dossier, the council told of the session it must vote in', async ({
  browser,
}) => {
  // Four signed-in people and a session opened through the pages: more than one default budget on a busy machine.
  test.setTimeout(420_000);
  const run = Date.now().toString(36).toUpperCase();
  const title = `Đề nghị Giấy khen — lượt xử lý (${run})`;
  const sessionTitle = `Phiên họp xét Giấy khen (${run})`;

  // A dossier of the unit with one Giấy khen, submitted and accepted: nothing in it must be posted publicly.
  const unit = await apiAs(browser, 'canbo.donvi');
  const officeApi = await apiAs(browser, 'canbo.tdkt');
  const orgs = await unit.get<{ items: { id: string; name: string }[] }>('/api/v1/organisations');
  const orgId = orgs.items.find((o) => o.name === UNIT)!.id;
  const people = await unit.get<{ items: { id: string }[] }>(`/api/v1/people?orgId=${orgId}&subtree=false&pageSize=5`);
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
        justification: 'Có thành tích nổi bật trong năm.',
      },
    ],
  });
  p = await unit.call<Dossier>('POST', `/api/v1/proposals/${p.id}/transitions`, {
    action: 'submit',
    version: p.version,
  });
  p = await officeApi.call<Dossier>('POST', `/api/v1/proposals/${p.id}/transitions`, {
    action: 'accept',
    version: p.version,
  });
  const dossierUrl = `/proposals/${p.id}`;

  const office = await signedIn(browser, 'canbo.tdkt');
  await test.step('the accepted dossier names the office’s next step; posting is not offered, and says why', async () => {
    await office.goto(dossierUrl);
    await expect(nextStep(office)).toContainText(
      'Bước tiếp theo: Phòng Thi đua – Khen thưởng: trình Hội đồng Thi đua – Khen thưởng xét.',
    );
    await expect(nextStep(office)).toContainText('Đến lượt bạn.');
    await expect(office.getByRole('button', { name: 'Công khai danh sách', exact: true })).toBeDisabled();
    await expect(office.getByText(/^Chưa thể công khai: hồ sơ không có hình thức khen thưởng nào/u)).toBeVisible();
    await shot(office, 'turns-1-accepted');
    await office.getByRole('button', { name: 'Trình Hội đồng', exact: true }).click();
    const answer = await clickUntilAnswered(office.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }));
    expect(answer.status(), await answer.text()).toBe(200);
    await expectToast(office, 'Đã thực hiện: Trình Hội đồng.');
    await expect(nextStep(office)).toContainText('lập phiên họp Hội đồng TĐKT để Hội đồng bỏ phiếu.');
  });

  let sessionUrl = '';
  await test.step('the emulation officer opens a council session with the dossier', async () => {
    await office.goto('/council');
    await office.getByRole('tab', { name: 'Phiên họp' }).click();
    await office.getByRole('button', { name: 'Tạo phiên họp' }).click();
    const dialog = office.getByRole('dialog');
    await dialog.getByLabel('Tên phiên họp').fill(sessionTitle);
    await dialog.getByRole('checkbox', { name: `Chọn hồ sơ ${title}` }).check();
    const answer = await clickUntilAnswered(dialog.getByRole('button', { name: 'Tạo phiên họp' }));
    expect(answer.status(), await answer.text()).toBe(200);
    await expect(office.getByRole('heading', { name: sessionTitle })).toBeVisible();
    sessionUrl = new URL(office.url()).pathname;
  });

  await test.step('the council member hoidong is told, follows the link, and sees it is his turn', async () => {
    const member = await signedIn(browser, 'hoidong');
    const bell = member.getByRole('button', { name: /^Thông báo \(\d+ chưa đọc\)$/u });
    await expect(bell).toBeVisible();
    await bell.click();
    const notice = member.getByRole('button', {
      name: new RegExp(`Đang họp: ${sessionTitle.replace(/[()]/gu, '\\$&')}`, 'u'),
    });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Bước tiếp theo: Thành viên Hội đồng TĐKT: bỏ phiếu kín từng đề nghị');
    mkdirSync(NOTES, { recursive: true });
    await member.screenshot({ path: `${NOTES}/home-council.png` });
    await shot(member, 'turns-2-member-notice');
    await notice.click();
    await expect(member).toHaveURL(new RegExp(`${sessionUrl}$`, 'u'));
    await expect(member.getByRole('heading', { name: sessionTitle })).toBeVisible();
    await expect(nextStep(member)).toContainText('Thành viên Hội đồng TĐKT: bỏ phiếu kín từng đề nghị');
    await expect(nextStep(member)).toContainText('Đến lượt bạn.');
    await shot(member, 'turns-3-session');

    await member.goto(dossierUrl);
    await expect(member.getByRole('heading', { name: title })).toBeVisible();
    await expect(nextStep(member)).toContainText(`Chờ Hội đồng TĐKT bỏ phiếu — phiên họp "${sessionTitle}" ngày`);
    await shot(member, 'turns-4-dossier');
  });
});

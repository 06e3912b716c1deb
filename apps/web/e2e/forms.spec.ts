import { expect, test, type Page, type Request } from '@playwright/test';
import { clickUntilAnswered, expectToast, nav, pickOption, shot, signedIn } from './helpers.ts';

const UNIT = 'Phòng Quản lý Công nghiệp';

/** Requests of one method and path prefix the page sends from now on. */
function watchRequests(page: Page, method: string, path: string): Request[] {
  const sent: Request[] = [];
  page.on('request', (r) => {
    if (r.method() === method && new URL(r.url()).pathname.startsWith(path)) sent.push(r);
  });
  return sent;
}

/** The new-person form of the unit, with the required fields but the dates filled. */
async function newPerson(page: Page, givenName: string): Promise<void> {
  const orgs = (await (await page.request.get('/api/v1/organisations')).json()) as {
    items: { id: string; name: string }[];
  };
  const orgId = orgs.items.find((o) => o.name === UNIT)!.id;
  await page.goto(`/people/new?orgId=${orgId}`);
  await expect(page.getByRole('heading', { name: 'Thêm cán bộ' })).toBeVisible();
  await page.getByLabel('Họ', { exact: true }).fill('Phạm');
  await page.getByLabel('Tên đệm', { exact: true }).fill('Thu');
  await page.getByLabel('Tên', { exact: true }).fill(givenName);
  await page.getByRole('radio', { name: 'Nữ' }).check();
  await pickOption(page, page.getByLabel('Loại', { exact: true }), 'Công chức');
}

test('a form with unsaved changes asks before it is left and offers its draft back', async ({ browser }) => {
  const page = await signedIn(browser, 'canbo.donvi');
  const title = `Đề nghị khen thưởng chưa lưu ${Date.now().toString(36)}`;

  await test.step('typing in the proposal form, then a menu link: the prompt appears; staying keeps the text', async () => {
    await page.goto('/proposals');
    await page.getByRole('button', { name: 'Tạo hồ sơ đề nghị' }).click();
    await expect(page.getByRole('heading', { name: 'Tạo hồ sơ đề nghị khen thưởng' })).toBeVisible();
    await page.getByLabel('Trích yếu', { exact: true }).fill(title);
    await nav(page, 'Cán bộ / Nhân sự').click();
    const prompt = page.getByRole('dialog', { name: 'Rời trang khi chưa lưu?' });
    await expect(prompt).toBeVisible();
    await expect(prompt).toContainText('Bản nháp được giữ trên máy này');
    await shot(page, 'forms-01-leave-prompt');
    await prompt.getByRole('button', { name: 'Ở lại' }).click();
    await expect(prompt).toBeHidden();
    await expect(page).toHaveURL(/\/proposals\/new$/u);
    await expect(page.getByLabel('Trích yếu', { exact: true })).toHaveValue(title);
  });

  await test.step('Back asks too; confirming leaves', async () => {
    await page.goBack();
    const prompt = page.getByRole('dialog', { name: 'Rời trang khi chưa lưu?' });
    await expect(prompt).toBeVisible();
    await prompt.getByRole('button', { name: 'Ở lại' }).click();
    await expect(page).toHaveURL(/\/proposals\/new$/u);
    await nav(page, 'Cán bộ / Nhân sự').click();
    await page
      .getByRole('dialog', { name: 'Rời trang khi chưa lưu?' })
      .getByRole('button', { name: 'Rời trang' })
      .click();
    await expect(page).toHaveURL(/\/people$/u);
  });

  await test.step('reopening the form offers the draft back, and restoring it brings the text', async () => {
    await page.goto('/proposals/new');
    const offer = page.getByRole('alert').filter({ hasText: /Khôi phục bản nháp chưa lưu từ \d{2}:\d{2}\?/u });
    await expect(offer).toBeVisible();
    await expect(page.getByLabel('Trích yếu', { exact: true })).toHaveValue('');
    await shot(page, 'forms-02-draft-offered');
    await offer.getByRole('button', { name: 'Khôi phục' }).click();
    await expect(page.getByLabel('Trích yếu', { exact: true })).toHaveValue(title);
    await expect(offer).toBeHidden();
  });

  await test.step('closing the tab with the restored changes asks the browser to confirm', async () => {
    const dialog = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const asked = await dialog;
    expect(asked.type()).toBe('beforeunload');
    await asked.dismiss();
    expect(page.isClosed()).toBe(false);
    await expect(page.getByLabel('Trích yếu', { exact: true })).toHaveValue(title);
    await page.context().close();
  });
});

test('an impossible birth date stays visible, is explained and blocks the save', async ({ browser }) => {
  const page = await signedIn(browser, 'canbo.donvi');
  const givenName = `Ngày${Date.now().toString(36).slice(-4)}`;
  await newPerson(page, givenName);
  const birth = page.getByLabel('Ngày sinh', { exact: true });
  await birth.fill('31/02/1990');
  await birth.press('Tab');
  await expect(birth).toHaveValue('31/02/1990');
  await expect(page.getByText('Ngày không hợp lệ: 31/02/1990 — tháng 2 năm 1990 chỉ có 28 ngày')).toBeVisible();

  const posts = watchRequests(page, 'POST', '/api/v1/people');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Ngày không hợp lệ: 31/02/1990 — tháng 2 năm 1990 chỉ có 28 ngày')).toBeVisible();
  await expect(birth).toHaveValue('31/02/1990');
  await expect(page).toHaveURL(/\/people\/new/u);
  await shot(page, 'forms-03-invalid-birth-date');
  expect(posts, 'the form sent the person with an impossible date').toHaveLength(0);

  await birth.fill('28/02/1990');
  await birth.press('Enter');
  const answer = await clickUntilAnswered(page.getByRole('button', { name: 'Lưu', exact: true }));
  expect(answer.status(), await answer.text()).toBe(201);
  await expectToast(page, `Đã thêm cán bộ Phạm Thu ${givenName}.`);
  await expect(page.getByLabel('Ngày sinh', { exact: true })).toHaveValue('28/02/1990');
  await page.context().close();
});

test('an over-long name says the limit and is not cut', async ({ browser }) => {
  const page = await signedIn(browser, 'canbo.donvi');
  await newPerson(page, 'Lan');
  const family = page.getByLabel('Họ', { exact: true });
  const long = 'Nguyễn '.repeat(143).slice(0, 1000);
  await family.fill(long);
  await expect(family).toHaveValue(long);
  await expect(page.getByText('Tối đa 50 ký tự — đang có 1.000 ký tự, hãy rút gọn trước khi lưu')).toBeVisible();
  await expect(page.getByText('1.000 / 50')).toBeVisible();

  const posts = watchRequests(page, 'POST', '/api/v1/people');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText(/Tối đa 50 ký tự — đang có 1\.000 ký tự/u)).toBeVisible();
  await shot(page, 'forms-04-name-too-long');
  expect(posts).toHaveLength(0);
  await expect(family).toHaveValue(long);
  await page.context().close();
});

test('a reason being typed for a step asks before the page is left', async ({ browser }) => {
  const page = await signedIn(browser, 'canbo.tdkt');
  // The demo's dossier the unit has sent and the office has not yet taken.
  await page.goto('/proposals');
  await page.getByRole('link', { name: 'Đề nghị khen thưởng năm 2026 – Phòng Quản lý Thương mại' }).first().click();
  await page.getByRole('button', { name: 'Trả lại để bổ sung' }).click();
  const step = page.getByRole('dialog', { name: 'Trả lại để bổ sung' });
  const reason = step.getByLabel('Lý do', { exact: true });
  await reason.fill('Thiếu biên bản họp xét của đơn vị');
  await page.goBack();
  const prompt = page.getByRole('dialog', { name: 'Rời trang khi chưa lưu?' });
  await expect(prompt).toBeVisible();
  await prompt.getByRole('button', { name: 'Ở lại' }).click();
  await expect(page).toHaveURL(/\/proposals\/[0-9a-f-]{36}$/u);
  await expect(reason).toHaveValue('Thiếu biên bản họp xét của đơn vị');
  // Cancelling the step drops the reason: nothing is left to ask about.
  await step.getByRole('button', { name: 'Hủy' }).click();
  await page.goBack();
  await expect(page).toHaveURL(/\/proposals$/u);
  await page.context().close();
});

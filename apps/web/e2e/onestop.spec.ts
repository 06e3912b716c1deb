import { expect, test, type Page } from '@playwright/test';
import { apiAs, clickUntilAnswered, expectToast, signedIn } from './helpers.ts';

/** The one-stop section's clerk; the officer who handles the steps; the leader. */
const CLERK = 'motcua';
const OFFICER = 'thuly';
const OFFICER_NAME = 'Lương Văn Quyết';
const LEADER = 'lanhdao';

type Version = {
  id: string;
  processingTime: { label: string };
  noAppointment: boolean;
  documents: { name: string; required: boolean }[];
  steps: { name: string }[];
  legs: unknown[];
};
type Procedure = { id: string; name: string; currentVersionId: string; versions: Version[] };
type Dossier = { id: string; code: string; status: string; version: number; dueAt: string; ratingToken?: string };

/** An instant as the pages show it, in Vietnam time: dd/mm/yyyy HH:mm. */
const vn = (iso: string) => {
  const d = new Date(Date.parse(iso) + 7 * 3_600_000).toISOString();
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)} ${d.slice(11, 16)}`;
};
const nextStep = (page: Page) => page.getByRole('status', { name: 'Bước tiếp theo' });
const isStep = (id: string) => (r: { method(): string; url(): string }) =>
  r.method() === 'POST' && new URL(r.url()).pathname === `/api/v1/dossiers/${id}/transitions`;

/** Takes a workflow step from the dossier page: the button, the dialog (reason when given), the server's answer. */
async function takeStep(
  page: Page,
  id: string,
  label: string,
  reason?: string,
  fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: label });
  await expect(dialog).toBeVisible();
  if (fill) await fill(dialog);
  if (reason) await dialog.getByLabel(/^Lý do/u).fill(reason);
  const answer = await clickUntilAnswered(dialog.getByRole('button', { name: 'Xác nhận' }), isStep(id));
  expect(answer.status(), await answer.text()).toBe(200);
  await expectToast(page, `Đã thực hiện: ${label}.`);
  return (await answer.json()) as Dossier;
}

test('a dossier from the counter to the result: receipt, supplement, steps, apology, hand-over, lookup and rating', async ({
  browser,
}) => {
  // Four people signed in, a dozen steps and two public pages on a busy two-core machine.
  test.setTimeout(600_000);

  // A published procedure of the demo catalog with internal steps, an appointment and no inter-agency leg.
  const clerkApi = await apiAs(browser, CLERK);
  const list = await clerkApi.get<{ items: { id: string }[] }>('/api/v1/procedures?status=published&pageSize=100');
  let procedure: Procedure | undefined;
  let version: Version | undefined;
  for (const item of list.items) {
    const p = await clerkApi.get<Procedure>(`/api/v1/procedures/${item.id}`);
    const v = p.versions.find((x) => x.id === p.currentVersionId)!;
    if (v.steps.length === 3 && !v.legs.length && !v.noAppointment && v.documents.some((d) => d.required)) {
      procedure = p;
      version = v;
      break;
    }
  }
  expect(procedure, 'a published procedure with three steps').toBeDefined();
  const required = version!.documents.filter((d) => d.required);

  const leader = await signedIn(browser, LEADER);
  await test.step('the leader’s desk: the overdue queue of the demo, red rows with the due time', async () => {
    await leader.setViewportSize({ width: 1366, height: 768 });
    await leader.goto('/one-stop');
    // The first page of the session loads its code on a busy machine: wait for the list's heading.
    await expect(leader.getByRole('heading', { name: 'Hồ sơ thủ tục hành chính' })).toBeVisible({ timeout: 120_000 });
    await leader.getByText('Quá hạn', { exact: true }).first().click();
    await expect(leader).toHaveURL(/queue=overdue/u);
    const firstRow = leader.locator('tr.dossier-row-overdue').first();
    await expect(firstRow).toBeVisible();
    await expect(firstRow.getByText('Quá hạn', { exact: true })).toBeVisible();
    await leader.screenshot({ path: 'test-results/onestop-desk.png' });
  });

  const clerk = await signedIn(browser, CLERK);
  await clerk.setViewportSize({ width: 1366, height: 768 });
  let dossier!: Dossier;
  await test.step('the clerk receives it at the counter: procedure, applicant, every required document ticked', async () => {
    await clerk.goto('/one-stop/receive');
    await expect(clerk.getByRole('heading', { name: 'Tiếp nhận hồ sơ' })).toBeVisible({ timeout: 120_000 });
    await clerk.getByLabel('Tìm thủ tục theo tên hoặc mã').fill(procedure!.name);
    await clerk.getByRole('button', { name: procedure!.name }).first().click();
    await expect(clerk.getByText(version!.processingTime.label).first()).toBeVisible();
    await clerk.getByRole('button', { name: 'Tiếp tục' }).click();
    await clerk.getByLabel('Họ và tên').fill('Nguyễn Văn Thử');
    await clerk.getByLabel('Số CCCD/định danh cá nhân').fill('001099012345');
    await clerk.getByLabel('Số điện thoại').fill('0912345678');
    await clerk.getByRole('button', { name: 'Tiếp tục' }).click();
    for (const d of required) await clerk.getByLabel(`Đã nộp: ${d.name}`).check();
    await expect(clerk.getByText(/^Đủ thành phần hồ sơ bắt buộc/u)).toBeVisible();
    await clerk.screenshot({ path: 'test-results/onestop-receive.png' });
    const answer = await clickUntilAnswered(
      clerk.getByRole('button', { name: 'Tiếp nhận', exact: true }),
      (r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/dossiers',
    );
    expect(answer.status(), await answer.text()).toBe(200);
    dossier = (await answer.json()) as Dossier;
    expect(dossier.status).toBe('accepted');
    // The appointment the page prints is the one the server computed over the calendar.
    await expect(clerk.getByText(`Hẹn trả kết quả: ${vn(dossier.dueAt)}`)).toBeVisible();
    await expect(nextStep(clerk)).toContainText('Bộ phận Một cửa: chuyển hồ sơ đến phòng chuyên môn');
  });

  await test.step('the appointment slip carries the rating token returned once', async () => {
    const sent = clerk.waitForRequest((r) => /\/documents\/01\.pdf/u.test(r.url()));
    const download = clerk.waitForEvent('download');
    await clerk.getByRole('button', { name: /In giấy tiếp nhận và hẹn trả kết quả \(PDF\)/u }).click();
    expect(new URL((await sent).url()).searchParams.get('token')).toBe(dossier.ratingToken);
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/u);
  });

  await test.step('the clerk transfers it to the division; the leader assigns the officer', async () => {
    await clerk.getByRole('button', { name: 'Mở hồ sơ' }).click();
    await expect(clerk.getByRole('heading', { name: `Hồ sơ ${dossier.code}` })).toBeVisible();
    await expect(nextStep(clerk)).toContainText('Đến lượt bạn.');
    await takeStep(clerk, dossier.id, 'Chuyển phòng chuyên môn');
    // The leader's officer picker needs the server to list the accounts; the assignment is set up through the API.
    const leaderApi = await apiAs(browser, LEADER);
    const admin = await apiAs(browser, 'admin', process.env.E2E_ADMIN_PASSWORD ?? '');
    const users = await admin.get<{ items: { id: string; username: string }[] }>('/api/v1/users');
    const current = await leaderApi.get<Dossier>(`/api/v1/dossiers/${dossier.id}`);
    await leaderApi.call('POST', `/api/v1/dossiers/${dossier.id}/transitions`, {
      action: 'assign',
      version: current.version,
      assigneeId: users.items.find((u) => u.username === OFFICER)!.id,
    });
    await Promise.all([leaderApi.context.close(), admin.context.close()]);
  });

  const officer = await signedIn(browser, OFFICER);
  await officer.setViewportSize({ width: 1366, height: 768 });
  const page = `/one-stop/dossiers/${dossier.id}`;
  await test.step('the officer is told it is his turn, and asks the applicant for a supplement', async () => {
    await officer.goto(page);
    await expect(nextStep(officer)).toContainText(`${OFFICER_NAME}: xử lý bước "${version!.steps[0]!.name}"`);
    await expect(nextStep(officer)).toContainText('Đến lượt bạn.');
    await expect(officer.getByRole('status', { name: 'Hẹn trả' })).toContainText(vn(dossier.dueAt));
    await officer.screenshot({ path: 'test-results/onestop-dossier.png' });
    await takeStep(
      officer,
      dossier.id,
      'Yêu cầu bổ sung hồ sơ',
      'Bổ sung bản sao giấy chứng nhận đăng ký doanh nghiệp.',
    );
    await expect(officer.getByText('Yêu cầu bổ sung (tạm dừng tính thời hạn)').first()).toBeVisible();
    await expect(officer.getByRole('status', { name: 'Hẹn trả' })).toContainText('đang tạm dừng tính thời hạn');
  });

  await test.step('the clerk receives the supplement and the clock runs again', async () => {
    await clerk.goto(page);
    await expect(nextStep(clerk)).toContainText('Chờ tổ chức, cá nhân bổ sung hồ sơ');
    await takeStep(clerk, dossier.id, 'Đã nhận bổ sung, tiếp tục giải quyết');
    await expect(clerk.getByText('Đang giải quyết', { exact: true }).first()).toBeVisible();
  });

  await test.step('the officer passes two steps, keeping the next one himself', async () => {
    await officer.goto(page);
    for (const next of [version!.steps[1]!.name, version!.steps[2]!.name]) {
      await takeStep(officer, dossier.id, 'Chuyển bước tiếp theo', undefined, async (dialog) => {
        await expect(dialog.getByRole('checkbox', { name: `Tôi xử lý tiếp bước "${next}"` })).toBeChecked();
      });
      await expect(nextStep(officer)).toContainText(`${OFFICER_NAME}: xử lý bước "${next}"`);
    }
  });

  await test.step('the officer apologises and sets a new appointment; form 04 is offered', async () => {
    const current = await clerkApi.get<Dossier>(`/api/v1/dossiers/${dossier.id}`);
    const later = new Date(Date.parse(current.dueAt) + 7 * 86_400_000 + 7 * 3_600_000).toISOString();
    const typed = `${later.slice(8, 10)}/${later.slice(5, 7)}/${later.slice(0, 4)}`;
    const after = await takeStep(
      officer,
      dossier.id,
      'Xin lỗi và hẹn lại ngày trả',
      'Cần thêm thời gian thẩm định.',
      async (dialog) => {
        await dialog.getByLabel('Ngày hẹn trả mới').fill(typed);
      },
    );
    await expect(officer.getByRole('status', { name: 'Hẹn trả' })).toContainText(vn(after.dueAt));
    await expect(officer.getByRole('status', { name: 'Hẹn trả' })).toContainText('đã xin lỗi, hẹn lại 1 lần');
    await expect(officer.getByText('Mẫu 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả')).toBeVisible();
  });

  await test.step('the officer finishes it; the clerk hands the result over', async () => {
    await takeStep(officer, dossier.id, 'Hoàn thành giải quyết');
    await expect(nextStep(officer)).toContainText('Bộ phận Một cửa: trả kết quả');
    await clerk.goto(page);
    await expect(nextStep(clerk)).toContainText('Đến lượt bạn.');
    await takeStep(clerk, dossier.id, 'Trả kết quả');
    await expect(clerk.getByText('Đã trả kết quả', { exact: true }).first()).toBeVisible();
  });

  const publicPage = await (await browser.newContext()).newPage();
  await test.step('the applicant looks it up without signing in, and rates it with the slip’s token', async () => {
    await publicPage.goto('/tra-cuu');
    await publicPage.getByLabel('Mã hồ sơ').fill(dossier.code);
    await publicPage.getByLabel(/^4 số cuối/u).fill('5678');
    await publicPage.getByRole('button', { name: 'Tra cứu' }).click();
    await expect(publicPage.getByRole('heading', { name: `Hồ sơ ${dossier.code}` })).toBeVisible();
    await expect(publicPage.getByText('Đã trả kết quả')).toBeVisible();
    await publicPage.goto(
      `/danh-gia?ma=${encodeURIComponent(dossier.code)}&t=${encodeURIComponent(dossier.ratingToken!)}`,
    );
    await publicPage.getByLabel('Rất hài lòng').check();
    await publicPage.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await expect(publicPage.getByText(`Cảm ơn bạn đã đánh giá việc giải quyết hồ sơ ${dossier.code}`)).toBeVisible();
  });

  await test.step('the statistics of today count it received and finished', async () => {
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const report = await clerkApi.get<{ total: { received: number; finished: number } }>(
      `/api/v1/one-stop/report?from=${today}&to=${today}&groupBy=procedure`,
    );
    expect(report.total.received).toBeGreaterThanOrEqual(1);
    expect(report.total.finished).toBeGreaterThanOrEqual(1);
    await clerk.goto('/one-stop/report');
    await expect(clerk.getByRole('heading', { name: 'Thống kê giải quyết thủ tục hành chính' })).toBeVisible();
  });

  await Promise.all([
    clerkApi.context.close(),
    clerk.context().close(),
    officer.context().close(),
    leader.context().close(),
    publicPage.context().close(),
  ]);
});

test('a dossier missing a required document cannot be accepted: the clerk guides the applicant in writing', async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const clerkApi = await apiAs(browser, CLERK);
  const list = await clerkApi.get<{ items: { id: string; name: string }[] }>(
    '/api/v1/procedures?status=published&pageSize=1&sort=name',
  );
  const procedure = await clerkApi.get<Procedure>(`/api/v1/procedures/${list.items[0]!.id}`);
  const missing = procedure.versions
    .find((v) => v.id === procedure.currentVersionId)!
    .documents.filter((d) => d.required)
    .map((d) => d.name);
  expect(missing.length).toBeGreaterThan(0);

  const clerk = await signedIn(browser, CLERK);
  await clerk.goto('/one-stop/receive');
  await expect(clerk.getByRole('heading', { name: 'Tiếp nhận hồ sơ' })).toBeVisible({ timeout: 120_000 });
  await clerk.getByLabel('Tìm thủ tục theo tên hoặc mã').fill(procedure.name);
  await clerk.getByRole('button', { name: procedure.name }).first().click();
  await clerk.getByRole('button', { name: 'Tiếp tục' }).click();
  await clerk.getByText('Tổ chức, doanh nghiệp', { exact: true }).click();
  await clerk.getByLabel('Tên tổ chức, doanh nghiệp').fill('Công ty TNHH Thử Nghiệm');
  await clerk.getByLabel('Mã số thuế').fill('123');
  await clerk.getByRole('button', { name: 'Tiếp tục' }).click();
  // A tax code is ten digits: the form says so before anything is sent.
  await expect(clerk.getByText('Mã số thuế gồm 10 chữ số')).toBeVisible();
  await clerk.getByLabel('Mã số thuế').fill('4600123456');
  await clerk.getByRole('button', { name: 'Tiếp tục' }).click();

  await expect(clerk.getByRole('button', { name: 'Tiếp nhận', exact: true })).toBeDisabled();
  await expect(clerk.getByText(/^Chưa đủ thành phần hồ sơ bắt buộc/u)).toContainText(missing[0]!);
  await clerk.getByRole('button', { name: 'Hướng dẫn bổ sung' }).click();
  const dialog = clerk.getByRole('dialog', { name: 'Hướng dẫn bổ sung' });
  // The reason starts as the list of what is missing, for the clerk to complete.
  await expect(dialog.getByLabel('Nội dung cần bổ sung, hoàn thiện')).toHaveValue(
    new RegExp(missing[0]!.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'u'),
  );
  const answer = await clickUntilAnswered(dialog.getByRole('button', { name: 'Xác nhận' }), (r) =>
    /\/api\/v1\/dossiers\/[^/]+\/transitions$/u.test(new URL(r.url()).pathname),
  );
  expect(answer.status(), await answer.text()).toBe(200);
  const guided = (await answer.json()) as Dossier;
  expect(guided.status).toBe('submitted');
  await expect(clerk.getByText(`Hồ sơ ${guided.code}: đã hướng dẫn bổ sung, hoàn thiện`)).toBeVisible();
  await expect(clerk.getByRole('button', { name: /In phiếu yêu cầu bổ sung, hoàn thiện \(PDF\)/u })).toBeVisible();
  await Promise.all([clerkApi.context.close(), clerk.context().close()]);
});

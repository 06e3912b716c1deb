import { expect, test, type Browser } from '@playwright/test';
import { ADMIN_PASSWORD, apiAs, clickUntilAnswered, signedIn } from './helpers.ts';

/**
 * A dossier across Tết on the server's test clock (THIDUA_TEST_CLOCK=1, PUT /api/v1/test/clock): received
 * at the counter on the last working Friday before the Tết Đinh Mùi holidays of the seeded 2027 calendar,
 * after the transfer cut-off; its due time counted in working days over the holidays; a supplement that
 * pauses the clock; two steps passed; the clock moved past the due time; an apology; finished late,
 * returned, looked up and rated; Biểu 06 counts it as finished late.
 */
const CLERK = 'motcua';
const OFFICER = 'thuly';
const LEADER = 'lanhdao';
const FRIDAY = '2027-01-29';
const RECEIVED_AT = `${FRIDAY}T15:30:00+07:00`;

type Version = {
  id: string;
  processingTime: { amount: number; unit: string; label: string };
  time: { amount: number; unit: string };
  noAppointment: boolean;
  documents: { name: string; required: boolean }[];
  steps: { name: string }[];
  legs: unknown[];
};
type Procedure = { id: string; name: string; currentVersionId: string; versions: Version[] };
type Dossier = {
  id: string;
  code: string;
  status: string;
  version: number;
  dueAt: string;
  originalDueAt: string;
  transferDueAt: string | null;
  overdue: boolean;
  ratingToken?: string;
};
type ReportRow = { key: string; label: string; finishedLate: number; finishedOnTime: number; inProcessOverdue: number };
type Report = { rows: ReportRow[] };

/** dd/mm/yyyy HH:mm in Vietnam time, as the pages print an instant. */
const vn = (iso: string) => {
  const d = new Date(Date.parse(iso) + 7 * 3_600_000).toISOString();
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)} ${d.slice(11, 16)}`;
};
const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Moves the server's clock (null: back to real time) and checks it took. */
async function setClock(browser: Browser, now: string | null) {
  const admin = await apiAs(browser, 'admin', ADMIN_PASSWORD);
  const answer = await admin.call<{ now: string; set: boolean }>('PUT', '/api/v1/test/clock', { now });
  expect(answer.set).toBe(now !== null);
  if (now) expect(Math.abs(Date.parse(answer.now) - Date.parse(now))).toBeLessThan(120_000);
  await admin.context.close();
}

test('a dossier received on the Friday afternoon before Tết, due over the holidays, finished late and counted late', async ({
  browser,
}) => {
  test.setTimeout(600_000);
  // Sessions end when the clock jumps days ahead: each stage signs its people in anew.
  try {
    await setClock(browser, RECEIVED_AT);
    const clerkApi = await apiAs(browser, CLERK);

    // The seeded calendar: 29/01/2027 is a working Friday; the Tết days off follow the next week.
    const calendar = await clerkApi.get<{ days: { date: string; kind: string }[] }>('/api/v1/calendar?year=2027');
    const off = new Set(calendar.days.filter((d) => d.kind !== 'makeup_workday').map((d) => d.date));
    const makeup = new Set(calendar.days.filter((d) => d.kind === 'makeup_workday').map((d) => d.date));
    const working = (date: string) => {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      return makeup.has(date) || (weekday !== 0 && weekday !== 6 && !off.has(date));
    };
    expect(new Date(`${FRIDAY}T00:00:00Z`).getUTCDay()).toBe(5);
    expect(working(FRIDAY)).toBe(true);
    const tet = ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'];
    expect(tet.filter(working), 'the Tết days off of 2027 in the calendar').toEqual([]);
    /** The n-th working day after a day, at the end of the afternoon session (17:00 Vietnam time). */
    const nthWorkingDayAfter = (date: string, n: number) => {
      let d = date;
      for (let left = n; left > 0; ) {
        d = addDays(d, 1);
        if (working(d)) left--;
      }
      return new Date(`${d}T17:00:00+07:00`).toISOString();
    };

    // A published procedure counted in working days long enough to cross Tết, with three internal steps.
    const list = await clerkApi.get<{ items: { id: string }[] }>('/api/v1/procedures?status=published&pageSize=100');
    let procedure: Procedure | undefined;
    let version: Version | undefined;
    for (const item of list.items) {
      const p = await clerkApi.get<Procedure>(`/api/v1/procedures/${item.id}`);
      const v = p.versions.find((x) => x.id === p.currentVersionId)!;
      const t = v.time ?? v.processingTime;
      if (
        t.unit === 'working_days' &&
        t.amount >= 5 &&
        v.steps.length >= 3 &&
        !v.legs.length &&
        !v.noAppointment &&
        v.documents.some((d) => d.required)
      ) {
        procedure = p;
        version = v;
        break;
      }
    }
    expect(procedure, 'a published procedure in working days (≥ 5) with three steps').toBeDefined();
    const amount = (version!.time ?? version!.processingTime).amount;
    await clerkApi.context.close();

    let dossier!: Dossier;
    await test.step('Friday 29/01/2027 15:30: the clerk receives it at the counter', async () => {
      const clerk = await signedIn(browser, CLERK);
      await clerk.goto('/one-stop/receive');
      await expect(clerk.getByRole('heading', { name: 'Tiếp nhận hồ sơ' })).toBeVisible({ timeout: 120_000 });
      await clerk.getByLabel('Tìm thủ tục theo tên hoặc mã').fill(procedure!.name);
      await clerk.getByRole('button', { name: procedure!.name }).first().click();
      await clerk.getByRole('button', { name: 'Tiếp tục' }).click();
      await clerk.getByLabel('Họ và tên').fill('Trần Thị Tết');
      await clerk.getByLabel('Số CCCD/định danh cá nhân').fill('001199024680');
      await clerk.getByLabel('Số điện thoại').fill('0987654321');
      await clerk.getByRole('button', { name: 'Tiếp tục' }).click();
      for (const d of version!.documents.filter((x) => x.required)) await clerk.getByLabel(`Đã nộp: ${d.name}`).check();
      const answer = await clickUntilAnswered(
        clerk.getByRole('button', { name: 'Tiếp nhận', exact: true }),
        (r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/dossiers',
      );
      expect(answer.status(), await answer.text()).toBe(200);
      dossier = (await answer.json()) as Dossier;
      expect(dossier.status).toBe('accepted');
      // Counted from the first working day after the Friday, over the weekend and the Tết days off.
      const due = nthWorkingDayAfter(FRIDAY, amount);
      expect(dossier.dueAt).toBe(due);
      expect(Date.parse(due)).toBeGreaterThan(Date.parse('2027-02-11T17:00:00Z'));
      await expect(clerk.getByText(`Hẹn trả kết quả: ${vn(due)}`)).toBeVisible();
      // Accepted after the 15:00 cut-off: at the division by the end of the next working day (Monday).
      expect(dossier.transferDueAt).toBe('2027-02-01T10:00:00.000Z');
      await clerk.screenshot({ path: 'test-results/onestop-tet-receipt.png' });
      await clerk.context().close();
    });

    const step = async (api: Awaited<ReturnType<typeof apiAs>>, body: Record<string, unknown>) => {
      const current = await api.get<Dossier>(`/api/v1/dossiers/${dossier.id}`);
      return api.call<Dossier>('POST', `/api/v1/dossiers/${dossier.id}/transitions`, {
        version: current.version,
        ...body,
      });
    };

    let officerId = '';
    await test.step('the same afternoon: transferred to the division, the leader assigns the officer', async () => {
      const clerkApi = await apiAs(browser, CLERK);
      await step(clerkApi, { action: 'transfer' });
      const admin = await apiAs(browser, 'admin', ADMIN_PASSWORD);
      const users = await admin.get<{ items: { id: string; username: string }[] }>('/api/v1/users?pageSize=200');
      officerId = users.items.find((u) => u.username === OFFICER)!.id;
      const leaderApi = await apiAs(browser, LEADER);
      await step(leaderApi, { action: 'assign', assigneeId: officerId });
      await Promise.all([clerkApi.context.close(), admin.context.close(), leaderApi.context.close()]);
    });

    await test.step('Monday 01/02: a supplement pauses the clock; back within the hour, the due time moves a day', async () => {
      await setClock(browser, '2027-02-01T09:00:00+07:00');
      let officerApi = await apiAs(browser, OFFICER);
      const paused = await step(officerApi, {
        action: 'request_supplement',
        reason: 'Bổ sung bản sao giấy chứng nhận đăng ký doanh nghiệp.',
      });
      expect(paused.status).toBe('supplement');
      await officerApi.context.close();
      await setClock(browser, '2027-02-01T10:00:00+07:00');
      const clerkApi = await apiAs(browser, CLERK);
      const resumed = await step(clerkApi, { action: 'resume' });
      expect(resumed.status).toBe('in_process');
      // Monday was touched by the pause and does not count: the n-th working day after it.
      expect(resumed.dueAt).toBe(nthWorkingDayAfter('2027-02-01', amount));
      expect(resumed.originalDueAt).toBe(resumed.dueAt);
      dossier = { ...dossier, dueAt: resumed.dueAt, originalDueAt: resumed.originalDueAt };
      // The officer passes two steps, keeping the next one himself (signed in again: an hour idle ends a session).
      officerApi = await apiAs(browser, OFFICER);
      await step(officerApi, { action: 'complete_step', assigneeId: officerId });
      const second = await step(officerApi, { action: 'complete_step', assigneeId: officerId });
      expect(second.status).toBe('in_process');
      await Promise.all([officerApi.context.close(), clerkApi.context.close()]);
    });

    const lateDay = addDays(dossier.dueAt.slice(0, 10), 1);
    let before!: ReportRow;
    const span = `from=2027-01-01&to=2027-03-31&groupBy=procedure`;
    await test.step('the day after the due date: the desk shows it overdue; the officer apologises', async () => {
      await setClock(browser, `${lateDay}T09:00:00+07:00`);
      const officer = await signedIn(browser, OFFICER);
      await officer.goto(`/one-stop?queue=overdue&q=${encodeURIComponent(dossier.code)}`);
      const row = officer.locator('tr.dossier-row-overdue').filter({ hasText: dossier.code });
      await expect(row).toBeVisible({ timeout: 120_000 });
      await expect(row.getByText('Quá hạn', { exact: true })).toBeVisible();
      await officer.screenshot({ path: 'test-results/onestop-tet-overdue.png' });
      const officerApi = await apiAs(browser, OFFICER);
      const clerkApi = await apiAs(browser, CLERK);
      before = (await clerkApi.get<Report>(`/api/v1/one-stop/report?${span}`)).rows.find(
        (r) => r.key === procedure!.id,
      )!;
      expect(before.inProcessOverdue).toBeGreaterThanOrEqual(1);
      const apologised = await step(officerApi, {
        action: 'apologise',
        reason: 'Cần thêm thời gian thẩm định sau kỳ nghỉ Tết.',
        newDueAt: addDays(lateDay, 7),
      });
      expect(apologised.originalDueAt).toBe(dossier.originalDueAt);
      expect(Date.parse(apologised.dueAt)).toBeGreaterThan(Date.parse(dossier.dueAt));
      await Promise.all([officer.context().close(), officerApi.context.close(), clerkApi.context.close()]);
    });

    await test.step('finished within the new appointment but after the legal due date, and returned', async () => {
      await setClock(browser, `${lateDay}T14:00:00+07:00`);
      const officerApi = await apiAs(browser, OFFICER);
      const finished = await step(officerApi, { action: 'finish', result: 'granted' });
      expect(finished.status).toBe('finished');
      const clerkApi = await apiAs(browser, CLERK);
      const returned = await step(clerkApi, { action: 'return_result' });
      expect(returned.status).toBe('returned');
      await Promise.all([officerApi.context.close(), clerkApi.context.close()]);
    });

    await test.step('the applicant looks it up and rates it without signing in', async () => {
      const page = await (await browser.newContext()).newPage();
      await page.goto('/tra-cuu');
      await page.getByLabel('Mã hồ sơ').fill(dossier.code);
      await page.getByLabel(/^4 số cuối/u).fill('4321');
      await page.getByRole('button', { name: 'Tra cứu' }).click();
      await expect(page.getByRole('heading', { name: `Hồ sơ ${dossier.code}` })).toBeVisible();
      await expect(page.getByText('Đã trả kết quả')).toBeVisible();
      await page.goto(`/danh-gia?ma=${encodeURIComponent(dossier.code)}&t=${encodeURIComponent(dossier.ratingToken!)}`);
      await page.getByLabel('Rất hài lòng').check();
      await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
      await expect(page.getByText(`Cảm ơn bạn đã đánh giá việc giải quyết hồ sơ ${dossier.code}`)).toBeVisible();
      await page.context().close();
    });

    await test.step('Biểu 06 of the first quarter of 2027 counts it finished late, on the page as in the API', async () => {
      const clerkApi = await apiAs(browser, CLERK);
      const after = (await clerkApi.get<Report>(`/api/v1/one-stop/report?${span}`)).rows.find(
        (r) => r.key === procedure!.id,
      )!;
      expect(after.finishedLate).toBe(before.finishedLate + 1);
      expect(after.finishedOnTime).toBe(before.finishedOnTime);
      expect(after.inProcessOverdue).toBe(before.inProcessOverdue - 1);
      await clerkApi.context.close();

      const clerk = await signedIn(browser, CLERK);
      await clerk.goto(`/one-stop/report?${span}`);
      await expect(clerk.getByRole('heading', { name: 'Thống kê giải quyết thủ tục hành chính' })).toBeVisible({
        timeout: 120_000,
      });
      // Columns of the form: STT, procedure, received ×4, finished (total, early, on time, late), …
      const row = clerk.locator('.ant-table-tbody tr').filter({ hasText: procedure!.name });
      await expect(row.locator('td').nth(9)).toHaveText(String(after.finishedLate));
      await clerk.screenshot({ path: 'test-results/onestop-tet-report.png', fullPage: true });
      await clerk.context().close();
    });
  } finally {
    await setClock(browser, null);
  }
});

import { expect as baseExpect, test, type Page, type Request } from '@playwright/test';
import { apiAs, clickUntilAnswered, pickOption, pickTreeOption, shot as fullShot, signedIn } from './helpers.ts';

/**
 * A bloc's year-end scoring (issue 17), as the bloc's secretariat and a member unit do it: two members
 * self-assess (one of them the unit's own officer, by keyboard), the appraiser reduces one criterion with a reason
 * and asks the other member to explain another, the member explains, the appraiser concludes, the cycle is ranked
 * and published, and the leading unit then meets the province's flag criterion "leads its bloc" with the bloc,
 * year and rank as evidence. The bloc, its 2026 members and the template are set up through the API (the
 * templates editor has its own test); everything after is clicked.
 */

// Ceilings, not waits: on a machine loaded by other builds a page can take a minute to show the server's answer.
const expect = baseExpect.configure({ timeout: 120_000 });
test.use({ actionTimeout: 120_000, navigationTimeout: 120_000 });

const YEAR = 2026;
const UNIT = 'Phòng Quản lý Công nghiệp';

type Item = { code: string; kind: string; name: string; maxPoints: number; children: Item[]; guidance?: string };
const leaf = (code: string, name: string, maxPoints: number, guidance = ''): Item => ({
  code,
  kind: 'criterion',
  name,
  maxPoints,
  children: [],
  guidance,
});
const TREE: Item[] = [
  {
    code: '1',
    kind: 'field',
    name: 'Công tác chỉ đạo, điều hành',
    maxPoints: 30,
    children: [
      leaf('1.1', 'Ban hành kế hoạch thi đua năm', 15, 'Kế hoạch ban hành trước ngày 31/3: 15 điểm; chậm: 10 điểm.'),
      leaf('1.2', 'Tổ chức ký kết giao ước thi đua', 15),
    ],
  },
  {
    code: '2',
    kind: 'field',
    name: 'Thực hiện nhiệm vụ chuyên môn',
    maxPoints: 40,
    children: [leaf('2.1', 'Hoàn thành chỉ tiêu được giao', 20), leaf('2.2', 'Cải cách hành chính', 20)],
  },
  {
    code: '3',
    kind: 'field',
    name: 'Công tác khen thưởng',
    maxPoints: 30,
    children: [leaf('3.1', 'Phát hiện, nhân rộng điển hình', 15), leaf('3.2', 'Khen thưởng kịp thời', 15)],
  },
];

/** A full-page picture from the top: a focused cell would leave the page scrolled under the sticky header. */
async function shot(page: Page, name: string) {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await fullShot(page, name);
}

/**
 * A write of this sheet (self, appraisal, explanation or a step). A step saves the typing (PUT) before the step
 * itself (POST): waiting for the first of them keeps the confirm button from being clicked again while a loaded
 * server is still saving.
 */
const sheetWrite = (memberId: string) => (r: Request) =>
  r.method() !== 'GET' && new URL(r.url()).pathname.includes(`/members/${memberId}/`);

/** Types the points of the sheet's criteria in order, moving down with Enter as a clerk does. */
async function typePoints(page: Page, points: number[]) {
  const codes = ['1.1', '1.2', '2.1', '2.2', '3.1', '3.2'];
  await page.getByLabel('Điểm tự chấm tiêu chí 1.1', { exact: true }).click();
  for (let i = 0; i < points.length; i++) {
    const cell = page.getByLabel(`Điểm tự chấm tiêu chí ${codes[i]}`, { exact: true });
    await expect(cell).toBeFocused();
    await cell.fill(String(points[i]));
    await cell.press('Enter');
  }
}

/** Takes a step of the record with the workflow's confirmation dialog; returns the server's answer. */
async function step(page: Page, label: string, matches: (r: Request) => boolean) {
  await page.getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: label });
  await expect(dialog).toBeVisible();
  const answer = await clickUntilAnswered(dialog.getByRole('button', { name: 'Xác nhận' }), matches);
  expect(answer.status(), await answer.text()).toBeLessThan(300);
  await expect(dialog).toBeHidden();
  return answer;
}

test('scorecards: self-assessment, appraisal with a reduction and an explanation, ranking, the flag', async ({
  browser,
}) => {
  test.setTimeout(1_200_000);
  const run = Date.now().toString(36).slice(-5).toUpperCase();
  const blocName = `Khối thi đua các sở kinh tế ${run}`;
  const other = `Sở Xây dựng (${run})`;
  const office = await apiAs(browser, 'canbo.tdkt');
  let templateName = '';

  await test.step('setup: a province bloc of two members in 2026 and its template of three fields', async () => {
    const orgs = await office.get<{ items: { id: string; name: string }[] }>('/api/v1/organisations');
    const unitId = orgs.items.find((o) => o.name === UNIT)!.id;
    const bloc = await office.call<{ id: string }>('POST', '/api/v1/blocs', {
      name: blocName,
      kind: 'bloc',
      organiser: 'province',
      description: '',
    });
    await office.call('PUT', `/api/v1/blocs/${bloc.id}/years/${YEAR}`, {
      members: [
        { orgId: unitId, name: '', role: 'member' },
        { orgId: null, name: other, role: 'leader' },
      ],
      version: null,
    });
    templateName = `Bảng điểm ${blocName} năm ${YEAR}`;
    const tpl = await office.call<{ id: string; version: number }>('POST', '/api/v1/scorecard-templates', {
      kind: 'bloc',
      blocId: bloc.id,
      year: YEAR,
      name: templateName,
    });
    await office.call('PUT', `/api/v1/scorecard-templates/${tpl.id}`, {
      name: templateName,
      basis: '',
      bonusCap: 5,
      penaltyCap: 5,
      items: TREE,
      version: tpl.version,
    });
  });

  const secretariat = await signedIn(browser, 'canbo.tdkt');
  let cycleUrl = '';
  await test.step('the secretariat opens the cycle on the template: both members get a sheet', async () => {
    await secretariat.goto('/scorecards');
    await expect(secretariat.getByRole('heading', { name: 'Kỳ chấm điểm thi đua' })).toBeVisible();
    await secretariat.getByRole('button', { name: 'Mở kỳ chấm điểm' }).click();
    const dialog = secretariat.getByRole('dialog', { name: 'Mở kỳ chấm điểm' });
    await pickOption(secretariat, dialog.getByLabel('Bảng điểm', { exact: true }), templateName);
    await shot(secretariat, 'scorecards-00-open-dialog');
    const answer = await clickUntilAnswered(dialog.getByRole('button', { name: 'Mở kỳ chấm điểm' }));
    expect(answer.status(), await answer.text()).toBe(201);
    await expect(secretariat).toHaveURL(/\/scorecards\/[^/]+$/u);
    cycleUrl = new URL(secretariat.url()).pathname;
    await expect(secretariat.getByRole('status', { name: 'Bước tiếp theo' })).toContainText(
      'Các thành viên tự chấm điểm',
    );
    const members = secretariat.locator('.ant-card').filter({ hasText: 'Thành viên và bảng chấm điểm' });
    await expect(members.getByRole('row').filter({ hasText: UNIT })).toContainText('Đang tự chấm');
    await expect(members.getByRole('row').filter({ hasText: other })).toContainText('Đang tự chấm');
    // Closing is offered to the secretariat but closed while sheets are out, with the reason.
    await expect(secretariat.getByText(/Còn 2 thành viên chưa gửi bản tự chấm/u).first()).toBeVisible();
    await shot(secretariat, 'scorecards-01-cycle-open');
  });

  const unit = await signedIn(browser, 'canbo.donvi');
  let unitSheet = '';
  await test.step("the unit's officer scores his sheet by keyboard, is told what is missing, then sends it", async () => {
    await unit.goto(cycleUrl);
    await unit.getByRole('row').filter({ hasText: UNIT }).getByRole('button', { name: 'Chấm điểm' }).click();
    await expect(unit.getByRole('heading', { name: `Bảng chấm điểm: ${UNIT}` })).toBeVisible();
    unitSheet = new URL(unit.url()).pathname;
    await expect(unit.getByRole('status', { name: 'Bước tiếp theo' })).toContainText('Đến lượt bạn.');
    await expect(unit.getByText('Kế hoạch ban hành trước ngày 31/3', { exact: false })).toBeVisible();
    await typePoints(unit, [14, 15, 18, 20, 15]);
    // The totals follow the typing: 14 + 15 + 18 + 20 + 15 = 82.
    await expect(unit.getByRole('group', { name: 'Điểm tự chấm' })).toContainText('82');
    const memberId = unitSheet.split('/').pop()!;
    const saved = await clickUntilAnswered(
      unit.getByRole('button', { name: 'Lưu điểm tự chấm' }),
      sheetWrite(memberId),
    );
    expect(saved.status(), await saved.text()).toBe(200);
    // One criterion left: sending is closed, and the guard says which.
    await expect(unit.getByText('Chưa chấm 1 tiêu chí: 3.2.').first()).toBeVisible();
    await expect(unit.getByRole('button', { name: 'Gửi bản tự chấm' })).toBeDisabled();
    const last = unit.getByLabel('Điểm tự chấm tiêu chí 3.2', { exact: true });
    await last.fill('14');
    await unit.getByLabel('Ghi chú tiêu chí 3.2', { exact: true }).fill('Khen thưởng 12 tập thể, 30 cá nhân');
    await expect(unit.getByRole('group', { name: 'Điểm tự chấm' })).toContainText('96');
    await shot(unit, 'scorecards-02-self-assessment');
    // The step saves the typing first, then sends.
    await step(unit, 'Gửi bản tự chấm', sheetWrite(memberId));
    await expect(unit.getByText('Đã gửi, chờ thẩm định').first()).toBeVisible();
  });

  let otherSheet = '';
  await test.step("the secretariat scores the other agency's sheet (outside the department) and sends it", async () => {
    await secretariat.goto(cycleUrl);
    await secretariat.getByRole('row').filter({ hasText: other }).getByRole('button', { name: 'Chấm điểm' }).click();
    await expect(secretariat.getByRole('heading', { name: `Bảng chấm điểm: ${other}` })).toBeVisible();
    otherSheet = new URL(secretariat.url()).pathname;
    const memberId = otherSheet.split('/').pop()!;
    await typePoints(secretariat, [12, 14, 18, 18, 13, 12]);
    await expect(secretariat.getByRole('group', { name: 'Điểm tự chấm' })).toContainText('87');
    await step(secretariat, 'Gửi bản tự chấm', sheetWrite(memberId));
  });

  await test.step('the secretariat closes the self-assessment', async () => {
    await secretariat.goto(cycleUrl);
    await expect(secretariat.getByText('2/2').first()).toBeVisible();
    await step(secretariat, 'Kết thúc tự chấm, chuyển thẩm định', (r) => r.url().endsWith('/transitions'));
    await expect(secretariat.getByText('Đang thẩm định').first()).toBeVisible();
  });

  await test.step('the appraiser reduces criterion 2.1 of the other agency with a reason and concludes', async () => {
    await secretariat.goto(otherSheet);
    const memberId = otherSheet.split('/').pop()!;
    await pickOption(
      secretariat,
      secretariat.getByLabel('Kết quả thẩm định tiêu chí 2.1', { exact: true }),
      'Giảm điểm',
    );
    await secretariat.getByLabel('Điểm thẩm định tiêu chí 2.1', { exact: true }).fill('15');
    await secretariat
      .getByLabel('Lý do giảm điểm tiêu chí 2.1', { exact: true })
      .fill('Chỉ tiêu 3 chưa đạt, thiếu báo cáo kết quả');
    await secretariat.getByRole('button', { name: 'Chấp nhận các tiêu chí chưa thẩm định' }).click();
    // The difference is shown beside the self points, and the appraised total follows: 87 − 3 = 84.
    await expect(secretariat.getByRole('row').filter({ hasText: 'Hoàn thành chỉ tiêu được giao' })).toContainText('-3');
    await expect(secretariat.getByRole('group', { name: 'Điểm thẩm định' })).toContainText('84');
    await shot(secretariat, 'scorecards-03-appraisal');
    await step(secretariat, 'Kết luận thẩm định', sheetWrite(memberId));
    await expect(secretariat.getByText('Đã thẩm định').first()).toBeVisible();
  });

  await test.step('the appraiser asks the unit to explain criterion 1.2', async () => {
    await secretariat.goto(unitSheet);
    const memberId = unitSheet.split('/').pop()!;
    await pickOption(
      secretariat,
      secretariat.getByLabel('Kết quả thẩm định tiêu chí 1.2', { exact: true }),
      'Đề nghị giải trình',
    );
    await secretariat
      .getByLabel('Nội dung đề nghị giải trình tiêu chí 1.2', { exact: true })
      .fill('Đề nghị cung cấp biên bản ký kết giao ước thi đua');
    await step(secretariat, 'Đề nghị giải trình', sheetWrite(memberId));
    await expect(secretariat.getByText('Chờ giải trình').first()).toBeVisible();
  });

  await test.step('the unit reads the question and explains', async () => {
    await unit.goto(unitSheet);
    const memberId = unitSheet.split('/').pop()!;
    await expect(unit.getByRole('status', { name: 'Bước tiếp theo' })).toContainText('Đến lượt bạn.');
    await expect(unit.getByText('Đề nghị cung cấp biên bản ký kết giao ước thi đua')).toBeVisible();
    await unit
      .getByLabel('Giải trình tiêu chí 1.2', { exact: true })
      .fill('Biên bản ký kết ngày 15/02/2026 đã đính kèm hồ sơ của khối');
    await shot(unit, 'scorecards-04-explanation');
    await step(unit, 'Gửi giải trình', sheetWrite(memberId));
    await expect(unit.getByText('Đã giải trình, chờ thẩm định').first()).toBeVisible();
  });

  await test.step('the appraiser accepts the explanation and concludes', async () => {
    await secretariat.goto(unitSheet);
    const memberId = unitSheet.split('/').pop()!;
    await expect(secretariat.getByText('Biên bản ký kết ngày 15/02/2026')).toBeVisible();
    await pickOption(
      secretariat,
      secretariat.getByLabel('Kết quả thẩm định tiêu chí 1.2', { exact: true }),
      'Chấp nhận',
    );
    await secretariat.getByRole('button', { name: 'Chấp nhận các tiêu chí chưa thẩm định' }).click();
    await step(secretariat, 'Kết luận thẩm định', sheetWrite(memberId));
    await expect(secretariat.getByText('Đã thẩm định').first()).toBeVisible();
  });

  await test.step('the secretariat ranks and publishes: the unit leads with 96', async () => {
    await secretariat.goto(cycleUrl);
    await step(secretariat, 'Tính điểm cuối cùng và xếp hạng', (r) => r.url().endsWith('/transitions'));
    const ranking = secretariat.locator('.ant-card').filter({ hasText: 'Bảng xếp hạng' });
    const first = ranking.getByRole('row').filter({ hasText: UNIT });
    await expect(first).toContainText('96');
    await expect(first.getByRole('cell').first()).toHaveText('1');
    await expect(ranking.getByRole('row').filter({ hasText: other })).toContainText('84');
    await expect(secretariat.getByRole('img', { name: 'Điểm theo lĩnh vực' })).toBeVisible();
    await shot(secretariat, 'scorecards-05-ranked');
    await step(secretariat, 'Công bố kết quả', (r) => r.url().endsWith('/transitions'));
    await expect(secretariat.getByText('Đã công bố').first()).toBeVisible();
    await expect(secretariat.getByRole('status', { name: 'Bước tiếp theo' })).toContainText('Cờ thi đua');
    await shot(secretariat, 'scorecards-07-published');
    await secretariat.goto('/scorecards');
    await expect(secretariat.getByRole('row').filter({ hasText: blocName })).toContainText(UNIT);
    await shot(secretariat, 'scorecards-08-list');
  });

  await test.step('the unit meets the province flag\'s criterion "leads its bloc", the ranking as evidence', async () => {
    await secretariat.goto('/eligibility/candidates');
    await secretariat.getByRole('button', { name: 'Vì sao không?' }).click();
    const dialog = secretariat.getByRole('dialog', { name: 'Vì sao không?' });
    await dialog.getByRole('radio', { name: 'Tập thể (đơn vị)' }).check();
    await pickTreeOption(secretariat, dialog.getByLabel('Đơn vị', { exact: true }), 'quan ly cong nghiep', UNIT);
    await pickOption(
      secretariat,
      dialog.getByLabel('Danh hiệu / hình thức', { exact: true }),
      'Cờ thi đua của UBND tỉnh',
    );
    await pickOption(secretariat, dialog.getByLabel('Năm thành tích', { exact: true }), String(YEAR));
    await dialog.getByRole('button', { name: 'Xem giải thích' }).click();
    const line = secretariat.locator('[data-criterion="bloc_leader"]');
    await expect(line).toHaveAttribute('data-met', 'met');
    await expect(line).toContainText(`Dẫn đầu ${blocName} năm ${YEAR}: hạng 1/2`);
    await shot(secretariat, 'scorecards-06-flag');
  });

  await office.context.close();
});

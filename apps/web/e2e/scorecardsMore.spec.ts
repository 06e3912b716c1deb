import { readFileSync } from 'node:fs';
import { expect as baseExpect, test, type Locator, type Page, type Request } from '@playwright/test';
import JSZip from 'jszip';
import { apiAs, clickUntilAnswered, shot, signedIn } from './helpers.ts';

/**
 * The scorecards' pages that the main scenario does not walk: the PAR-index history (a year entered, corrected,
 * shown in the chart and the table), evidence files on a sheet criterion with the sheet's signer, and the bloc's
 * acclamation minutes (filled, saved, printed as DOCX). Every wait is for the server's answer.
 */

const expect = baseExpect.configure({ timeout: 120_000 });
test.use({ actionTimeout: 120_000, navigationTimeout: 120_000 });

const UNIT = 'Phòng Quản lý Công nghiệp';

async function downloaded(page: Page, button: Locator): Promise<{ name: string; content: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: d.suggestedFilename(), content: readFileSync((await d.path())!) };
}

async function docxText(buf: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

const writeOf = (path: string, method: string) => (r: Request) =>
  r.method() === method && new URL(r.url()).pathname.startsWith(path);

test('PAR index: a year entered, then corrected, shows in the chart and the table', async ({ browser }) => {
  test.setTimeout(600_000);
  const office = await signedIn(browser, 'canbo.tdkt');
  const api = await apiAs(browser, 'canbo.tdkt');
  // The year under test is the current one (2026), which the demo leaves empty; a rerun starts from scratch.
  const before = await api.get<{ items: { id: string; year: number; version: number }[] }>('/api/v1/par-index/history');
  const left = before.items.find((r) => r.year === 2026);
  if (left) await api.call('DELETE', `/api/v1/par-index/${left.id}?version=${left.version}`);

  await office.goto('/par-index');
  await expect(office.getByRole('heading', { name: /Chỉ số cải cách hành chính của Sở/u })).toBeVisible();
  const table = office.getByRole('table');
  await expect(table.getByRole('row').filter({ hasText: '462/QĐ-UBND' })).toBeVisible();

  await office.getByRole('button', { name: 'Nhập kết quả một năm' }).click();
  const add = office.getByRole('dialog', { name: 'Nhập kết quả Chỉ số CCHC' });
  await add.getByLabel('Năm', { exact: true }).fill('2026');
  await add.getByLabel('Xếp hạng', { exact: true }).fill('3');
  await add.getByLabel('Số cơ quan xếp hạng', { exact: true }).fill('19');
  await add.getByLabel('Tổng điểm', { exact: true }).fill('90,5');
  await add.getByLabel('Số quyết định', { exact: true }).fill('215/QĐ-UBND');
  const created = await clickUntilAnswered(
    add.getByRole('button', { name: 'Lưu' }),
    writeOf('/api/v1/par-index', 'PUT'),
  );
  expect(created.status(), await created.text()).toBe(200);
  await expect(add).toBeHidden();
  const row = table.getByRole('row').filter({ hasText: '215/QĐ-UBND' });
  await expect(row).toContainText('2026');
  await expect(row).toContainText('3/19');
  await expect(row).toContainText('90,5');

  // Corrected when the decision came: second, not third.
  await row.getByRole('button', { name: 'Sửa' }).click();
  const edit = office.getByRole('dialog', { name: 'Sửa kết quả Chỉ số CCHC năm 2026' });
  await edit.getByLabel('Xếp hạng', { exact: true }).fill('2');
  const saved = await clickUntilAnswered(
    edit.getByRole('button', { name: 'Lưu' }),
    writeOf('/api/v1/par-index', 'PUT'),
  );
  expect(saved.status(), await saved.text()).toBe(200);
  await expect(edit).toBeHidden();
  await expect(row).toContainText('2/19');
  // The chart (SVG) carries the new year on its axis and its rank label.
  const chart = office.getByRole('img', { name: 'Điểm và thứ hạng qua các năm' });
  await expect(chart.locator('text').filter({ hasText: /^2026$/u })).toHaveCount(1);
  await expect(
    chart
      .locator('text')
      .filter({ hasText: /^2\/19$/u })
      .first(),
  ).toBeVisible();
  // The headline still reads the record from the rows: first or second every year since 2016.
  await expect(office.getByText(/Xếp thứ nhất hoặc thứ hai mọi năm từ 2016/u)).toBeVisible();
  await shot(office, 'scorecardsMore-01-par-index');

  const after = await api.get<{ items: { id: string; year: number; version: number }[] }>('/api/v1/par-index/history');
  const mine = after.items.find((r) => r.year === 2026)!;
  await api.call('DELETE', `/api/v1/par-index/${mine.id}?version=${mine.version}`);
  await api.context.close();
  await office.context().close();
});

test('a sheet criterion: evidence uploaded, listed and downloaded; the sheet’s signer saved', async ({ browser }) => {
  test.setTimeout(600_000);
  const run = Date.now().toString(36).slice(-5).toUpperCase();
  const office = await apiAs(browser, 'canbo.tdkt');
  const orgs = await office.get<{ items: { id: string; name: string }[] }>('/api/v1/organisations');
  const unitId = orgs.items.find((o) => o.name === UNIT)!.id;
  const bloc = await office.call<{ id: string }>('POST', '/api/v1/blocs', {
    name: `Khối thi đua kiểm chứng ${run}`,
    kind: 'bloc',
    organiser: 'province',
    description: '',
  });
  await office.call('PUT', `/api/v1/blocs/${bloc.id}/years/2026`, {
    members: [
      { orgId: unitId, name: '', role: 'leader' },
      { orgId: null, name: `Sở Xây dựng (${run})`, role: 'member' },
    ],
    version: null,
  });
  const tpl = await office.call<{ id: string; version: number }>('POST', '/api/v1/scorecard-templates', {
    kind: 'bloc',
    blocId: bloc.id,
    year: 2026,
    name: `Bảng điểm kiểm chứng ${run}`,
  });
  const leaf = (code: string, name: string, maxPoints: number) => ({
    code,
    kind: 'criterion',
    name,
    maxPoints,
    children: [],
    evidence: code === '1.1' ? 'Kế hoạch thi đua năm có chữ ký, đóng dấu' : '',
  });
  await office.call('PUT', `/api/v1/scorecard-templates/${tpl.id}`, {
    name: `Bảng điểm kiểm chứng ${run}`,
    basis: '',
    bonusCap: 0,
    penaltyCap: 0,
    items: [
      {
        code: '1',
        kind: 'field',
        name: 'Công tác chỉ đạo, điều hành',
        maxPoints: 30,
        children: [leaf('1.1', 'Ban hành kế hoạch thi đua năm', 15), leaf('1.2', 'Ký kết giao ước thi đua', 15)],
      },
    ],
    version: tpl.version,
  });
  const cycle = await office.call<{ id: string; members: { id: string; name: string }[] }>(
    'POST',
    '/api/v1/scorecards',
    { templateId: tpl.id },
  );
  const memberId = cycle.members.find((m) => m.name === UNIT)!.id;

  const unit = await signedIn(browser, 'canbo.donvi');
  await unit.goto(`/scorecards/${cycle.id}/members/${memberId}`);
  await expect(unit.getByRole('heading', { name: `Bảng chấm điểm: ${UNIT}` })).toBeVisible();

  await unit.getByRole('button', { name: 'Tài liệu kiểm chứng tiêu chí 1.1 (0 tệp)' }).click();
  const dialog = unit.getByRole('dialog', { name: /Tài liệu kiểm chứng: 1\.1/u });
  await expect(dialog).toContainText('Kế hoạch thi đua năm có chữ ký, đóng dấu');
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
  const uploaded = unit.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith('/evidence'),
  );
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'Ke hoach thi dua 2026.pdf',
    mimeType: 'application/pdf',
    buffer: pdf,
  });
  const answer = await uploaded;
  expect(answer.status(), await answer.text()).toBeLessThan(300);
  const file = dialog.getByRole('listitem').filter({ hasText: 'Ke hoach thi dua 2026.pdf' });
  await expect(file).toBeVisible();
  const got = await downloaded(unit, dialog.getByRole('button', { name: 'Tải về Ke hoach thi dua 2026.pdf' }));
  expect(got.content.equals(pdf)).toBe(true);
  await shot(unit, 'scorecardsMore-02-evidence');
  await dialog.getByRole('button', { name: /Close|Đóng/u }).click();
  await expect(unit.getByRole('button', { name: 'Tài liệu kiểm chứng tiêu chí 1.1 (1 tệp)' })).toBeVisible();

  // The head who signs the sheet, saved with the self-assessment and printed under it.
  await unit.getByLabel('Thủ trưởng đơn vị (người ký bảng điểm)').fill('Đặng Văn Khoa, Trưởng phòng');
  const saved = await clickUntilAnswered(
    unit.getByRole('button', { name: 'Lưu điểm tự chấm' }),
    writeOf(`/api/v1/scorecards/${cycle.id}/members/${memberId}/self`, 'PUT'),
  );
  expect(saved.status(), await saved.text()).toBe(200);
  await expect(unit.getByRole('button', { name: 'Lưu điểm tự chấm' })).toBeDisabled();
  const docx = await downloaded(unit, unit.getByRole('button', { name: 'Bảng điểm (DOCX)' }));
  expect(await docxText(docx.content)).toContain('Đặng Văn Khoa');
  await office.context.close();
  await unit.context().close();
});

test('the bloc’s acclamation minutes: filled, saved, printed as DOCX', async ({ browser }) => {
  test.setTimeout(600_000);
  const api = await apiAs(browser, 'canbo.tdkt');
  const list = await api.get<{ items: { id: string; name: string }[] }>('/api/v1/scorecards?kind=bloc&year=2025');
  const cycle = list.items.find((c) => c.name.includes('phòng chuyên môn'))!;
  expect(cycle, JSON.stringify(list.items.map((c) => c.name))).toBeDefined();
  await api.context.close();

  const office = await signedIn(browser, 'canbo.tdkt');
  await office.goto(`/scorecards/${cycle.id}`);
  await office.getByRole('button', { name: 'Biên bản suy tôn', exact: true }).click();
  const dialog = office.getByRole('dialog', { name: 'Biên bản suy tôn' });
  // The demo's minutes are loaded into the form, then corrected.
  await expect(dialog.getByLabel('Chủ trì', { exact: true })).toHaveValue(/Trần Thị Thanh Hà/u);
  await dialog.getByLabel('Chủ trì', { exact: true }).fill('Lê Quang Tiến, Giám đốc Sở');
  await dialog.getByLabel('Thư ký', { exact: true }).fill('Nguyễn Thị Thu Trang, chuyên viên Văn phòng Sở');
  await dialog.getByLabel('Địa điểm', { exact: true }).fill('Hội trường tầng 2, Sở Công Thương');
  await dialog.getByLabel('Số đại biểu có mặt', { exact: true }).fill('15');
  await dialog.getByLabel('Số phiếu phát ra', { exact: true }).fill('14');
  await dialog.getByLabel(`Số phiếu suy tôn: ${UNIT}`, { exact: true }).fill('13');
  await dialog.getByLabel('Kết luận', { exact: true }).fill('Giao Phòng Quản lý Công nghiệp hoàn thiện hồ sơ.');
  // The demo's divisions voted on paper; the counting committee is named and corrected too.
  await expect(dialog.getByRole('radio', { name: 'Bỏ phiếu kín bằng phiếu giấy (Ban kiểm phiếu)' })).toBeChecked();
  await expect(dialog.getByLabel('Ban kiểm phiếu', { exact: true })).toHaveValue(/Trưởng ban/u);
  await dialog.getByLabel('Ban kiểm phiếu', { exact: true }).fill('Đặng Văn Khoa (Trưởng ban), Nguyễn Thị Thu Trang');
  await shot(office, 'scorecardsMore-03-minutes-form');
  const saved = await clickUntilAnswered(
    dialog.getByRole('button', { name: 'Lưu' }),
    writeOf(`/api/v1/scorecards/${cycle.id}/minutes`, 'PUT'),
  );
  expect(saved.status(), await saved.text()).toBe(200);
  await expect(dialog).toBeHidden();

  const doc = await downloaded(office, office.getByRole('button', { name: 'Biên bản (DOCX)' }));
  const text = await docxText(doc.content);
  for (const s of [
    'Họp bình xét, suy tôn thi đua năm 2025',
    'Hội trường tầng 2, Sở Công Thương',
    'Lê Quang Tiến',
    'Nguyễn Thị Thu Trang',
    '13/14',
    'bỏ phiếu kín bằng phiếu giấy',
    'Ban kiểm phiếu gồm: Đặng Văn Khoa (Trưởng ban), Nguyễn Thị Thu Trang',
    'Giao Phòng Quản lý Công nghiệp hoàn thiện hồ sơ.',
  ])
    expect(text, s).toContain(s);
  expect(text).toContain(`Khối thống nhất suy tôn ${UNIT}`);
  await office.context().close();
});

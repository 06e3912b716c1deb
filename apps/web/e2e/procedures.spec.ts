import { expect, test, type Page } from '@playwright/test';
import { clickUntilAnswered, pickOption, shot, signedIn } from './helpers.ts';

test.use({ viewport: { width: 1366, height: 768 } });

/** A one-page PDF as the form template a citizen downloads. */
const TEMPLATE_PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

const isApi = (method: string, path: RegExp) => (r: { method(): string; url(): string }) =>
  r.method() === method && path.test(new URL(r.url()).pathname);

/** Fills the decision of a publish/amend step in its dialog and confirms it; the server must accept. */
async function takeStep(page: Page, action: string, decision: { no: string; date: string; signer: string }) {
  await page.getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Số quyết định').fill(decision.no);
  await dialog.getByLabel('Ngày quyết định').fill(decision.date);
  await dialog.getByLabel('Ngày quyết định').press('Tab');
  await dialog.getByLabel('Người ký').fill(decision.signer);
  const answer = await clickUntilAnswered(
    dialog.getByRole('button', { name: 'Xác nhận' }),
    isApi('POST', /\/procedures\/[^/]+\/transitions$/u),
  );
  expect(answer.status(), await answer.text()).toBe(200);
  await expect(dialog).toBeHidden();
}

test('procedure catalog: create with documents and steps, publish, amend 15 → 10 days, version history and simplification', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const run = Date.now();
  const code = `2.${String(run % 1_000_000).padStart(6, '0')}`;
  const name = `Cấp giấy phép hoạt động điện lực thử nghiệm ${run.toString(36)}`;
  const year = new Date().getFullYear();
  const page = await signedIn(browser, 'motcua');

  await test.step('the catalog lists procedures with their time limit, fees and online level', async () => {
    await page.goto('/procedures');
    await expect(page.getByRole('heading', { name: 'Danh mục thủ tục hành chính' })).toBeVisible();
    await expect(page.locator('.ant-table-row').first()).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Thời hạn giải quyết' })).toBeVisible();
    await shot(page, 'procedures-catalog');
  });

  await test.step('the clerk creates a draft with two documents, a fee and two internal steps', async () => {
    await page.getByRole('button', { name: 'Thêm thủ tục' }).click();
    await expect(page.getByRole('heading', { name: 'Thêm thủ tục hành chính' })).toBeVisible();
    await page.getByLabel('Mã thủ tục').fill(code);
    await page.getByLabel('Tên thủ tục').fill(name);
    await pickOption(page, page.getByLabel('Lĩnh vực'), 'Điện');
    await pickOption(
      page,
      page.getByLabel('Dịch vụ công trực tuyến', { exact: true }),
      'Dịch vụ công trực tuyến toàn trình',
    );
    await page.getByLabel('Thời hạn giải quyết').fill('15');
    await page.getByLabel('Căn cứ pháp lý').fill('Luật Điện lực 2024; Nghị định 146/2025/NĐ-CP.');
    await page.getByLabel('Kết quả thực hiện').fill('Giấy phép hoạt động điện lực');

    await page.getByRole('button', { name: 'Thêm giấy tờ' }).click();
    await page.getByLabel('Tên giấy tờ 1').fill('Văn bản đề nghị cấp giấy phép (Mẫu 01)');
    await page.getByRole('button', { name: 'Thêm giấy tờ' }).click();
    await page.getByLabel('Tên giấy tờ 2').fill('Bản sao quyết định thành lập doanh nghiệp');
    await pickOption(page, page.getByLabel('Loại bản 2'), 'Bản sao');

    await page.getByRole('button', { name: 'Thêm phí, lệ phí' }).click();
    await page.getByLabel('Tên phí, lệ phí 1').fill('Phí thẩm định cấp giấy phép');
    await page.getByLabel('Mức thu (đồng) 1').fill('800000');

    await page.getByRole('button', { name: 'Thêm bước' }).click();
    await page.getByLabel('Bước xử lý 1').fill('Tiếp nhận, chuyển hồ sơ');
    await page.getByLabel('Đơn vị, bộ phận thực hiện 1').fill('Bộ phận Một cửa');
    await page.getByLabel('Thời gian 1').fill('1');
    await page.getByRole('button', { name: 'Thêm bước' }).click();
    await page.getByLabel('Bước xử lý 2').fill('Thẩm định, trình ký');
    await page.getByLabel('Đơn vị, bộ phận thực hiện 2').fill('Phòng Quản lý năng lượng');
    await page.getByLabel('Thời gian 2').fill('12');

    await page.getByLabel('Chi phí tuân thủ một hồ sơ (đồng)').fill('1200000');
    await page.getByLabel('Số hồ sơ một năm').fill('250');
    await shot(page, 'procedures-new');

    const answer = await clickUntilAnswered(
      page.getByRole('button', { name: 'Lưu dự thảo' }),
      isApi('POST', /\/procedures$/u),
    );
    expect(answer.status(), await answer.text()).toBe(200);
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await expect(page.getByText('Dự thảo', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Văn bản đề nghị cấp giấy phép (Mẫu 01)', exact: true })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Thẩm định, trình ký' })).toBeVisible();
  });

  await test.step('the form the citizen fills in is uploaded on the draft', async () => {
    const uploaded = page.waitForResponse((r) => isApi('POST', /\/draft\/documents\/1\/template$/u)(r.request()));
    await page
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: 'Mẫu 01 - Văn bản đề nghị.pdf', mimeType: 'application/pdf', buffer: TEMPLATE_PDF });
    const answer = await uploaded;
    expect(answer.status(), await answer.text()).toBe(200);
    await expect(
      page.getByRole('button', { name: 'Thay mẫu: Văn bản đề nghị cấp giấy phép (Mẫu 01)', exact: true }),
    ).toBeVisible();
  });

  await test.step('publishing asks for the decision, then the version is in force', async () => {
    await takeStep(page, 'Công bố', { no: `15/QĐ-UBND`, date: `05/01/${year}`, signer: 'Nguyễn Văn Hùng' });
    await expect(page.locator('.page-header').getByText('Đã công bố', { exact: true })).toBeVisible();
    await expect(page.getByText(`Số 15/QĐ-UBND ngày 05/01/${year}, Nguyễn Văn Hùng ký`).first()).toBeVisible();
    await shot(page, 'procedure-published');
  });

  await test.step('the public page of the procedure offers the citizen its form to download', async () => {
    const citizen = await (await browser.newContext()).newPage();
    await citizen.goto(`/thu-tuc/${code}`);
    const link = citizen.getByRole('link', { name: 'Tải mẫu đơn, tờ khai: Mẫu 01 - Văn bản đề nghị.pdf' });
    await expect(link).toBeVisible();
    const download = citizen.waitForEvent('download');
    await link.click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/u);
    await citizen.context().close();
  });

  await test.step('an amendment cuts the time limit from 15 to 10 working days and the compliance cost', async () => {
    const started = await clickUntilAnswered(
      page.getByRole('button', { name: 'Soạn phiên bản sửa đổi' }),
      isApi('POST', /\/procedures\/[^/]+\/versions$/u),
    );
    expect(started.status(), await started.text()).toBe(200);
    await expect(page.getByRole('heading', { name: 'Dự thảo sửa đổi (phiên bản 2)' })).toBeVisible();
    await expect(page.getByLabel('Thời hạn giải quyết')).toHaveValue('15');
    await page.getByLabel('Thời hạn giải quyết').fill('10');
    await page.getByLabel('Thời gian 2').fill('8');
    await page.getByLabel('Chi phí tuân thủ một hồ sơ (đồng)').fill('900000');
    await page.getByLabel('Nội dung sửa đổi, ghi chú').fill('Rút ngắn thời hạn thẩm định theo Nghị định mới.');
    const saved = await clickUntilAnswered(
      page.getByRole('button', { name: 'Lưu dự thảo' }),
      isApi('PUT', /\/procedures\/[^/]+\/draft$/u),
    );
    expect(saved.status(), await saved.text()).toBe(200);
    await expect(page.getByRole('heading', { name })).toBeVisible();

    await takeStep(page, 'Công bố phiên bản sửa đổi', {
      no: `230/QĐ-UBND`,
      date: `20/06/${year}`,
      signer: 'Nguyễn Văn Hùng',
    });
  });

  await test.step('the version history shows both versions and what changed', async () => {
    const history = page.getByRole('region', { name: 'Lịch sử phiên bản' });
    await expect(history.getByRole('row')).toHaveCount(3);
    await expect(history.getByText('Đã được sửa đổi, thay thế')).toBeVisible();
    await expect(history.getByText('Đang có hiệu lực')).toBeVisible();
    await expect(history.getByText('10 ngày làm việc')).toBeVisible();
    await expect(history.getByText('15 ngày làm việc')).toBeVisible();
    const record = page.getByTestId('simplification');
    await expect(record.getByText('15 ngày làm việc → 10 ngày làm việc')).toBeVisible();
    await expect(record.getByText('75.000.000 đ')).toBeVisible();
    await shot(page, 'procedure-amended');

    await history.getByRole('button', { name: 'So sánh' }).click();
    const dialog = page.getByRole('dialog', { name: 'So sánh hai phiên bản' });
    await expect(dialog.getByRole('row', { name: /Thời hạn giải quyết/u })).toContainText('15 ngày làm việc');
    await expect(dialog.getByRole('row', { name: /Thời hạn giải quyết/u })).toContainText('10 ngày làm việc');
    await expect(dialog.getByRole('row', { name: /Thời hạn giải quyết/u })).toContainText('Thay đổi');
    await shot(page, 'procedure-compare');
    await dialog.getByRole('button', { name: /close|đóng/iu }).click();
  });

  await test.step('the catalog finds it without diacritics; the simplification page counts the cut', async () => {
    await page.goto(`/procedures?q=${encodeURIComponent('giay phep hoat dong dien luc thu nghiem')}`);
    await expect(page.getByRole('link', { name })).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(code.replace('.', '\\.'), 'u') })).toContainText(
      '10 ngày làm việc',
    );

    await page.getByRole('button', { name: 'Kết quả đơn giản hóa' }).click();
    await expect(page.getByRole('heading', { name: 'Kết quả đơn giản hóa thủ tục hành chính' })).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(`^Năm ${year}`, 'u') }).first()).toBeVisible();
    await shot(page, 'procedures-simplification');
  });

  await page.context().close();
});

test('one-stop statistics: Biểu 06 for a year with its grouped header and total, lateness and satisfaction tabs', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const year = new Date().getFullYear();
  const page = await signedIn(browser, 'motcua');
  await test.step('the one-stop statistics show Biểu 06 for the year', async () => {
    await page.goto(`/one-stop/report?period=${year}`);
    await expect(page.getByRole('heading', { name: 'Thống kê giải quyết thủ tục hành chính' })).toBeVisible();
    const table = page.getByRole('region', { name: /Biểu 06/u });
    await expect(table.getByRole('columnheader', { name: 'Số hồ sơ nhận giải quyết' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Số hồ sơ đã giải quyết' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Số hồ sơ đang giải quyết' })).toBeVisible();
    await expect(table.getByText('Tổng cộng')).toBeVisible();
    await shot(page, 'onestop-report');
    await page.getByRole('tab', { name: 'Hồ sơ trễ hạn' }).click();
    await expect(page.getByRole('region', { name: 'Hồ sơ trễ hạn' })).toBeVisible();
    await shot(page, 'onestop-report-lateness');
    await page.getByRole('tab', { name: 'Mức độ hài lòng' }).click();
    await expect(page.getByRole('region', { name: 'Mức độ hài lòng' })).toBeVisible();
    await shot(page, 'onestop-report-satisfaction');
  });

  await page.context().close();
});

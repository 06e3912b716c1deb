import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { clickUntilAnswered, shot, signedIn } from './helpers.ts';

/**
 * The wording of a decision as the department's register words it, read from the DOCX the pages
 * download: a title is recognised ("Công nhận danh hiệu “Lao động tiên tiến”"), a form is conferred
 * ("Tặng Giấy khen"). The leader finds the signer pre-filled with the Director in office and the draft
 * numbered "…/QĐ-SCT" until it is issued; the office's template page refuses an unknown placeholder.
 * Runs on the demo department (a fresh server): its Thanh tra dossier was decided (title), its Phòng
 * Quản lý Năng lượng dossier awaits the Director (form).
 */

async function downloaded(page: Page, button: Locator): Promise<Buffer> {
  const [d] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFile(await d.path());
}

/** The body text of a DOCX (word/document.xml), paragraph by paragraph. */
async function docxText(buf: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((p) => p.replace(/<[^>]+>/gu, ''))
    .join('\n')
    .replace(/&amp;/gu, '&')
    .normalize('NFC');
}

test('decision wording: a title recognised, a form conferred, in the DOCX the pages download', async ({ browser }) => {
  await test.step('the office’s template page refuses an unknown placeholder', async () => {
    const office = await signedIn(browser, 'canbo.tdkt');
    await office.goto('/decision-templates');
    await expect(office.getByRole('heading', { name: 'Mẫu lời văn quyết định' })).toBeVisible();
    const grant = office.getByRole('tabpanel').getByLabel('Điều 1 – công nhận, tặng thưởng');
    await expect(grant).toHaveValue(/^Công nhận danh hiệu \{danh_hieu\}/u);
    await expect(office.getByTestId('preview-title-grant')).toContainText(
      'Công nhận danh hiệu “Lao động tiên tiến”, “Chiến sĩ thi đua cơ sở” năm 2026',
    );
    await grant.fill('Công nhận danh hiệu {ten_danh_hieu} cho {doi_tuong}.');
    await office.getByRole('button', { name: 'Lưu mẫu' }).click();
    await expect(office.getByText('Không có chỗ điền {ten_danh_hieu}')).toBeVisible();
    await shot(office, 'decisions-wording-templates');
  });

  const leader = await signedIn(browser, 'lanhdao');

  await test.step('a title: the decided dossier’s decision recognises “Lao động tiên tiến”', async () => {
    await leader.goto('/decisions?year=2026');
    const row = leader
      .getByRole('row')
      .filter({ hasText: 'Về việc công nhận danh hiệu “Lao động tiên tiến” năm 2026' })
      .filter({ hasText: 'Lê Quang Tiến' })
      .first();
    await expect(row).toBeVisible();
    await row.getByRole('link', { name: /\/QĐ-SCT$/u }).click();
    await expect(leader.getByRole('heading', { name: /^Quyết định số \d+\/QĐ-SCT$/u })).toBeVisible();
    const text = await docxText(await downloaded(leader, leader.getByRole('button', { name: 'Quyết định (.docx)' })));
    expect(text).toMatch(/Điều 1\. Công nhận danh hiệu “Lao động tiên tiến” năm 2026 cho 03 cá nhân/u);
    expect(text).not.toMatch(/Tặng Lao động tiên tiến/u);
    expect(text).toContain('DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC CÔNG NHẬN DANH HIỆU “LAO ĐỘNG TIÊN TIẾN” NĂM 2026');
  });

  await test.step('a form: the leader drafts, issues and downloads “Tặng Giấy khen”', async () => {
    const title = 'Đề nghị tặng Giấy khen năm 2026 – Phòng Quản lý Năng lượng';
    await leader.goto('/decisions/new');
    // The Director in office signs unless the leader types another name.
    await expect(leader.getByLabel('Người ký', { exact: true })).toHaveValue('Lê Quang Tiến');
    await leader.getByRole('checkbox', { name: `Chọn hồ sơ ${title}` }).check();
    await leader.getByRole('button', { name: 'Xem trước' }).click();
    await expect(leader.getByText('Xem trước quyết định (Số: …/QĐ-SCT)')).toBeVisible();
    const articles = leader.getByRole('region', { name: 'Lời văn quyết định' });
    await expect(articles).toContainText('Tặng Giấy khen cho 01 tập thể và 03 cá nhân có tên trong danh sách kèm theo');
    await shot(leader, 'decisions-wording-preview');
    const draft = await docxText(await downloaded(leader, leader.getByRole('button', { name: 'Tải dự thảo (.docx)' })));
    expect(draft).toContain('Kèm theo Quyết định số …/QĐ-SCT');
    expect(draft).toContain('Điều 1. Tặng Giấy khen cho 01 tập thể và 03 cá nhân');

    await leader.getByRole('button', { name: 'Ban hành', exact: true }).click();
    const answer = await clickUntilAnswered(
      leader.getByRole('dialog').getByRole('button', { name: 'Ban hành', exact: true }),
    );
    expect(answer.status(), await answer.text()).toBeLessThan(300);
    const heading = leader.getByRole('heading', { name: /^Quyết định số \d+\/QĐ-SCT$/u });
    await expect(heading).toBeVisible();
    const number = (await heading.textContent())!.replace('Quyết định số ', '');
    const text = await docxText(await downloaded(leader, leader.getByRole('button', { name: 'Quyết định (.docx)' })));
    expect(text).toContain('Về việc tặng Giấy khen cho các tập thể, cá nhân đã có thành tích xuất sắc năm 2026');
    expect(text).toMatch(/Điều 1\. Tặng Giấy khen cho 01 tập thể và 03 cá nhân/u);
    expect(text).toMatch(/Điều 2\. Tiền thưởng kèm theo Giấy khen là [\d.]+ đồng/u);
    expect(text).toContain(`Kèm theo Quyết định số ${number}`);
    expect(text).not.toMatch(/công nhận danh hiệu/iu);
  });
});
